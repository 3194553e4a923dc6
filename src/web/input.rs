//! Turning untrusted JavaScript values into typed Rust input.
//!
//! Every public JS entry point goes through here, so this is where bad input
//! becomes a thrown `Error` with a clear message instead of a wasm panic.

use std::fmt::Display;

use js_sys::{Function, Object, Reflect};
use wasm_bindgen::{JsCast, JsError, JsValue};
use web_sys::{CloseEvent, Element};

use crate::explain::Close;
use crate::i18n::Locale;

pub type Result<T> = std::result::Result<T, JsError>;

/// An `Error` whose message names the API that rejected the input.
pub fn error(api: &str, message: impl Display) -> JsError {
    JsError::new(&format!("wsclose.{api}: {message}"))
}

/// A short description of a value for error messages: `"1000" (a string)`.
pub fn describe(value: &JsValue) -> String {
    if let Some(s) = value.as_string() {
        let shown: String = s.chars().take(40).collect();
        format!("{shown:?} (a string)")
    } else if let Some(n) = value.as_f64() {
        // JavaScript's own spelling (`NaN`, `1.5`, `1e+21`), and no float
        // printer in the wasm.
        js_sys::Number::from(n)
            .to_string_with_radix(10)
            .map_or_else(|_| "a number".into(), String::from)
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

pub fn code(api: &str, value: &JsValue) -> Result<u16> {
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

/// A close from a code, a `CloseEvent`, or a `{code, reason?, wasClean?}` object.
///
/// Plain objects may carry other fields (a logged or serialized event has
/// `type`, `timeStamp`, …); only the three that matter are read.
pub fn close(api: &str, value: &JsValue) -> Result<Close> {
    if value.as_f64().is_some() {
        return Ok(Close::from(code(api, value)?));
    }
    if let Some(event) = value.dyn_ref::<CloseEvent>() {
        return Ok(Close {
            code: event.code(),
            reason: Some(event.reason()),
            was_clean: Some(event.was_clean()),
        });
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
        code: code(api, &get(object, "code"))?,
        reason: string(api, object, "reason")?,
        was_clean: boolean(api, object, "wasClean")?,
    })
}

/// An options/props object whose keys must all be known: a typo like
/// `{lcoale: "vi"}` should fail loudly, not be silently ignored.
pub fn options<'a>(api: &str, value: &'a JsValue, known: &[&str]) -> Result<Option<&'a Object>> {
    if value.is_undefined() || value.is_null() {
        return Ok(None);
    }
    let object = as_object(value).ok_or_else(|| {
        error(
            api,
            format!("options must be an object, got {}", describe(value)),
        )
    })?;
    for key in Object::keys(object).iter() {
        let key = key.as_string().unwrap_or_default();
        if !known.contains(&key.as_str()) {
            return Err(error(
                api,
                format!("unknown option {key:?} (known: {})", known.join(", ")),
            ));
        }
    }
    Ok(Some(object))
}

fn as_object(value: &JsValue) -> Option<&Object> {
    (value.is_object() && !value.is_function()).then(|| value.unchecked_ref::<Object>())
}

pub fn get(object: &Object, key: &str) -> JsValue {
    Reflect::get(object, &JsValue::from_str(key)).unwrap_or(JsValue::UNDEFINED)
}

/// Reads an optional field: absent (`undefined`/`null`) is `None`, a value
/// of the wrong type is an error naming the field and the expected type.
fn optional<T>(
    api: &str,
    object: &Object,
    key: &str,
    expected: &str,
    convert: impl FnOnce(&JsValue) -> Option<T>,
) -> Result<Option<T>> {
    let value = get(object, key);
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

pub fn string(api: &str, object: &Object, key: &str) -> Result<Option<String>> {
    optional(api, object, key, "a string", JsValue::as_string)
}

pub fn boolean(api: &str, object: &Object, key: &str) -> Result<Option<bool>> {
    optional(api, object, key, "a boolean", JsValue::as_bool)
}

pub fn function(api: &str, object: &Object, key: &str) -> Result<Option<Function>> {
    optional(api, object, key, "a function", |v| {
        v.dyn_ref::<Function>().cloned()
    })
}

/// A DOM element, as a required argument.
pub fn element(api: &str, what: &str, value: &JsValue) -> Result<Element> {
    value.dyn_ref::<Element>().cloned().ok_or_else(|| {
        error(
            api,
            format!("{what} must be a DOM Element, got {}", describe(value)),
        )
    })
}

pub fn optional_element(api: &str, object: &Object, key: &str) -> Result<Option<Element>> {
    optional(api, object, key, "a DOM Element", |v| {
        v.dyn_ref::<Element>().cloned()
    })
}

/// The `locale` option: a BCP 47 tag picks the closest locale, and a tag we
/// don't speak falls back to English (documented), while a non-string throws.
/// Without the option, the browser's preferred languages decide.
pub fn locale(api: &str, object: Option<&Object>) -> Result<Locale> {
    match object
        .map(|o| string(api, o, "locale"))
        .transpose()?
        .flatten()
    {
        Some(tag) => Ok(Locale::from_tag(&tag).unwrap_or_default()),
        None => Ok(browser_locale()),
    }
}

/// The first of `navigator.languages` that wsclose speaks, or English.
pub fn browser_locale() -> Locale {
    let languages = web_sys::window()
        .map(|w| w.navigator().languages())
        .map(|list| {
            list.iter()
                .filter_map(|v| v.as_string())
                .collect::<Vec<_>>()
        })
        .unwrap_or_default();
    Locale::negotiate(languages.iter().map(String::as_str))
}
