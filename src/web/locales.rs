//! Loading the other locales' text: the wasm carries English, and each other
//! locale is a pack (`crate::i18n::pack`) fetched from `locales/<tag>.txt`
//! next to `wsclose.js` the first time something asks for it.
//!
//! Widgets ask on their own (mount, watch, install and the element start the
//! fetch, and re-render when it lands); `explain()` is synchronous and answers
//! in English until `loadLocale()` has resolved, with `locale: "en"` saying so.

use std::cell::RefCell;
use std::collections::HashMap;

use wasm_bindgen::prelude::*;

use super::{glue, input, interop};
use crate::i18n::{pack, Locale};

type Waiters = Vec<Box<dyn FnOnce()>>;

/// The largest body taken for a pack: every real pack is a small fraction of
/// it, and a larger answer (an error page, a wrong URL) is refused before it
/// is copied into wasm memory.
const PACK_LIMIT_BYTES: f64 = 1024.0 * 1024.0;

thread_local! {
    /// Locales being fetched, with whoever waits for them.
    static PENDING: RefCell<HashMap<Locale, Waiters>> = RefCell::new(HashMap::new());
}

/// Starts fetching `locale`'s pack unless it is at hand or already coming;
/// `on_ready` runs once it is installed. A failed fetch is reported on the
/// console and leaves the widget in English, which it already shows.
pub fn request(locale: Locale, on_ready: impl FnOnce() + 'static) {
    if locale.text().is_some() {
        return;
    }
    let first = PENDING.with_borrow_mut(|pending| {
        let waiters = pending.entry(locale).or_default();
        waiters.push(Box::new(on_ready));
        waiters.len() == 1
    });
    if first {
        wasm_bindgen_futures::spawn_local(async move {
            let loaded = load(locale, None).await;
            let waiters = PENDING.with_borrow_mut(|pending| pending.remove(&locale));
            match loaded {
                Ok(()) => waiters.into_iter().flatten().for_each(|ready| ready()),
                Err(error) => interop::warn(
                    &format!(
                        "wsclose: showing English, the {} text did not load:",
                        locale.tag()
                    ),
                    &error,
                ),
            }
        });
    }
}

/// Fetches and installs `locale`'s pack, from `url` or the default place.
async fn load(locale: Locale, url: Option<String>) -> Result<(), JsValue> {
    if locale.text().is_some() {
        return Ok(());
    }
    let url = url.unwrap_or_else(|| glue::locale_url(&pack::file_name(locale)));
    let body = glue::fetch_text(&url, PACK_LIMIT_BYTES).await?;
    let body = body.as_string().unwrap_or_default();
    let text = pack::read(locale, body).map_err(|why| {
        JsValue::from(input::error(
            "loadLocale",
            format!("{url} is not a {} pack: {why}", locale.tag()),
        ))
    })?;
    locale.install(text);
    Ok(())
}

/// Loads a locale's text so that `explain()` answers in it; resolves to the
/// tag of the locale now available (`"en"` for a tag wsclose does not speak).
///
/// `url` overrides where the pack is fetched from, for bundlers that move
/// `locales/` away from `wsclose.js`. Rejects with an `Error` if the fetch
/// fails or the file is not this version's pack for that locale.
#[wasm_bindgen(js_name = loadLocale, unchecked_return_type = "Promise<string>")]
pub async fn load_locale(
    #[wasm_bindgen(unchecked_param_type = "Locale")] locale: JsValue,
    #[wasm_bindgen(unchecked_param_type = "string | undefined")] url: JsValue,
) -> Result<JsValue, JsValue> {
    let tag = locale.as_string().ok_or_else(|| {
        JsValue::from(input::error(
            "loadLocale",
            format!("locale must be a string, got {}", input::describe(&locale)),
        ))
    })?;
    let url = match url.as_string() {
        Some(url) => Some(url),
        None if url.is_undefined() => None,
        None => {
            return Err(input::error(
                "loadLocale",
                format!("url must be a string, got {}", input::describe(&url)),
            )
            .into())
        }
    };
    let locale = Locale::from_tag(&tag).unwrap_or_default();
    load(locale, url).await?;
    Ok(locale.tag().into())
}
