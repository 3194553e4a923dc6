//! Turning untrusted JavaScript values into typed Rust input.
//!
//! Every public JS entry point goes through here, so this is where bad input
//! becomes a thrown `Error` with a clear message instead of a wasm panic.

use std::fmt::{self, Display};

use js_sys::{Function, Object};
use wasm_bindgen::{JsCast, JsError, JsValue};
use web_sys::Element;

use super::interop::{self, Thrown};
use super::locale_text;
use crate::explain::Close;
use crate::i18n::Locale;

/// The one error of the JS API: thrown as an `Error` whose message starts
/// with `wsclose.<function>:`, so a page can tell wsclose's refusals from
/// its own exceptions.
#[derive(Debug)]
pub struct Error {
    api: &'static str,
    message: String,
}

impl Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "wsclose.{}: {}", self.api, self.message)
    }
}

impl From<Error> for JsValue {
    fn from(error: Error) -> JsValue {
        JsError::new(&error.to_string()).into()
    }
}

pub type Result<T> = std::result::Result<T, Error>;

/// An `Error` whose message names the API that rejected the input.
pub fn error(api: &'static str, message: impl Display) -> Error {
    Error {
        api,
        message: message.to_string(),
    }
}

/// What the page's code threw while wsclose read `what`.
pub fn threw(api: &'static str, what: &str, thrown: Thrown) -> Error {
    error(api, format!("reading {what} threw {thrown}"))
}

/// A short description of a value for error messages: `"1000" (a string)`.
///
/// Only type checks: describing a value never runs the page's code.
pub fn describe(value: &JsValue) -> String {
    if let Some(s) = value.as_string() {
        let shown: String = s.chars().take(40).collect();
        format!("{} (a string)", interop::quoted(&shown))
    } else if let Some(n) = value.as_f64() {
        interop::number_text(n)
    } else if value.is_undefined() {
        "undefined".into()
    } else if value.is_null() {
        "null".into()
    } else if let Some(b) = value.as_bool() {
        format!("{b} (a boolean)")
    } else if value.is_function() {
        "a function".into()
    } else {
        value
            .js_typeof()
            .as_string()
            .map_or_else(|| "a value".into(), |t| format!("an {t}"))
    }
}

pub fn code(api: &'static str, value: &JsValue) -> Result<u16> {
    match value.as_f64() {
        Some(n) => crate::codes::from_number(n)
            .map_err(|why| error(api, format!("{why}, got {}", describe(value)))),
        None => Err(error(
            api,
            format!(
                "code must be a number from 0 to 65535, got {}",
                describe(value)
            ),
        )),
    }
}

/// A close from a code, a `CloseEvent`, or a `{code, reason?, wasClean?}`
/// object: the one conversion, for the API's input and for the events the
/// watchers hear.
///
/// All three are read as properties, so a `CloseEvent`'s getters, a plain
/// object's fields and a Proxy's traps take the same path, and a forged
/// `Object.create(CloseEvent.prototype)`, whose getters throw "Illegal
/// invocation", is a clear error. Plain objects may carry other fields (a
/// logged or serialized event has `type`, `timeStamp`, …).
pub fn close(api: &'static str, value: &JsValue) -> Result<Close> {
    if value.as_f64().is_some() {
        return Ok(Close::from(code(api, value)?));
    }
    let Some(object) = as_object(value) else {
        return Err(error(
            api,
            format!(
                "expected a close code, a CloseEvent or {{code, reason, wasClean}}, got {}",
                describe(value)
            ),
        ));
    };
    Ok(Close {
        code: code(api, &get(api, object, "code")?)?,
        reason: string(api, object, "reason")?,
        was_clean: boolean(api, object, "wasClean")?,
    })
}

/// An options/props object whose keys must all be known: a typo like
/// `{lcoale: "vi"}` should fail loudly, not be silently ignored.
pub fn options<'a>(
    api: &'static str,
    value: &'a JsValue,
    known: &[&str],
) -> Result<Option<&'a Object>> {
    if value.is_undefined() || value.is_null() {
        return Ok(None);
    }
    let object = as_object(value).ok_or_else(|| {
        error(
            api,
            format!("options must be an object, got {}", describe(value)),
        )
    })?;
    let keys = interop::keys(object).map_err(|e| threw(api, "the option names", e))?;
    for key in keys {
        if !known.contains(&key.as_str()) {
            return Err(error(
                api,
                format!(
                    "unknown option {} (known: {})",
                    interop::quoted(&key),
                    known.join(", ")
                ),
            ));
        }
    }
    Ok(Some(object))
}

fn as_object(value: &JsValue) -> Option<&Object> {
    (value.is_object() && !value.is_function()).then(|| value.unchecked_ref::<Object>())
}

/// `object[key]`; a getter or trap that throws is the page's error, reported.
pub fn get(api: &'static str, object: &Object, key: &str) -> Result<JsValue> {
    interop::get(object, key).map_err(|e| threw(api, key, e))
}

/// Reads an optional field: absent (`undefined`/`null`) is `None`, a value
/// of the wrong type is an error naming the field and the expected type.
fn optional<T>(
    api: &'static str,
    object: &Object,
    key: &str,
    expected: &str,
    convert: impl FnOnce(&JsValue) -> Option<T>,
) -> Result<Option<T>> {
    let value = get(api, object, key)?;
    if value.is_undefined() || value.is_null() {
        return Ok(None);
    }
    convert(&value).map(Some).ok_or_else(|| {
        error(
            api,
            format!("{key} must be {expected}, got {}", describe(&value)),
        )
    })
}

pub fn string(api: &'static str, object: &Object, key: &str) -> Result<Option<String>> {
    optional(api, object, key, "a string", JsValue::as_string)
}

pub fn boolean(api: &'static str, object: &Object, key: &str) -> Result<Option<bool>> {
    optional(api, object, key, "a boolean", JsValue::as_bool)
}

pub fn function(api: &'static str, object: &Object, key: &str) -> Result<Option<Function>> {
    // A function of any realm: `instanceof Function` would refuse an iframe's.
    optional(api, object, key, "a function", |v| {
        v.is_function()
            .then(|| v.clone().unchecked_into::<Function>())
    })
}

/// A DOM element, as a required argument.
pub fn element(api: &'static str, what: &str, value: &JsValue) -> Result<Element> {
    interop::element(value).ok_or_else(|| {
        error(
            api,
            format!("{what} must be a DOM Element, got {}", describe(value)),
        )
    })
}

pub fn optional_element(api: &'static str, object: &Object, key: &str) -> Result<Option<Element>> {
    optional(api, object, key, "a DOM Element", interop::element)
}

/// The `locale` option: a BCP 47 tag picks the closest locale, and a tag we
/// don't speak falls back to English (documented); a locale module's default
/// export (`import vi from "wsclose/locales/vi"`, `{tag, pack}`) installs its
/// text on the spot, so the answer is in that locale with no await. Anything
/// else throws. Without the option, the browser's preferred languages decide.
pub fn locale(api: &'static str, object: Option<&Object>) -> Result<Locale> {
    let Some(object) = object else {
        return Ok(browser_locale());
    };
    let value = get(api, object, "locale")?;
    if value.is_undefined() || value.is_null() {
        return Ok(browser_locale());
    }
    if let Some(tag) = value.as_string() {
        return Ok(Locale::from_tag(&tag).unwrap_or_default());
    }
    match as_object(&value) {
        Some(module) => locale_module(api, module),
        None => Err(error(
            api,
            format!(
                "locale must be a string or a locale module ({{tag, pack}}), got {}",
                describe(&value)
            ),
        )),
    }
}

/// A locale module's default export, `{tag, pack}`: its text installed (the
/// first pack of a locale wins; a second one is not even read).
fn locale_module(api: &'static str, module: &Object) -> Result<Locale> {
    let field = |key: &str| {
        string(api, module, key)?
            .ok_or_else(|| error(api, format!("the locale module has no {key} string")))
    };
    let tag = field("tag")?;
    let locale = Locale::ALL
        .into_iter()
        .find(|locale| locale.tag() == tag)
        .ok_or_else(|| {
            error(
                api,
                format!("{} is not a locale module's tag", interop::quoted(&tag)),
            )
        })?;
    if locale.text().is_some() {
        return Ok(locale);
    }
    locale_text::install(locale, field("pack")?).map_err(|why| {
        error(
            api,
            format!("the {tag} locale module is not a {tag} pack: {why}"),
        )
    })?;
    Ok(locale)
}

/// The first of `navigator.languages` that wsclose speaks, or English.
///
/// The getter may be the page's: callers must not hold any borrow here.
pub fn browser_locale() -> Locale {
    let languages = interop::languages();
    Locale::negotiate(languages.iter().map(String::as_str))
}
