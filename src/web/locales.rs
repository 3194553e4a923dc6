//! Loading the other locales' text: the wasm carries English, and each other
//! locale is an ES module, `locales/<tag>.js` next to `wsclose.js`, whose
//! default export is `{tag, pack}` (the pack: `crate::i18n::pack`).
//!
//! The modules are loaded with one literal `import("…/locales/vi.js")` per
//! locale (`glue.js`), which every bundler follows: Vite (build and dev
//! server), webpack and esbuild with `--splitting` each emit the locales as
//! chunks of their own. `loadLocale(tag, url)` with a URL fetches a pack's
//! text instead, for apps that host the packs themselves.
//!
//! Widgets ask on their own (mount, watch, install and the element start the
//! load, and re-render when the text is installed, whichever way it came:
//! see `locale_text`); `explain()` is synchronous and answers in English
//! until the text is installed, with `locale: "en"` saying so.

use std::cell::RefCell;

use wasm_bindgen::prelude::*;

use super::{glue, input, interop, locale_text};
use crate::i18n::Locale;

#[wasm_bindgen(typescript_custom_section)]
const TYPES: &str = r#"
/**
 * Loads a locale's text so that `explain()` answers in it; resolves to the
 * tag of the locale now available (`"en"` for a tag wsclose does not speak).
 * Every widget waiting for that locale re-renders in it.
 *
 * Without `url` the locale's module (`locales/<tag>.js`) is imported; with
 * it, the pack text at `url` is fetched, for apps that host the packs
 * elsewhere. Rejects with an `Error` starting `wsclose.loadLocale:` if the
 * load fails or the text is not this version's pack for that locale.
 */
export function loadLocale(locale: string, url?: string): Promise<string>;
"#;

thread_local! {
    /// Locales whose module is being imported.
    static LOADING: RefCell<Vec<Locale>> = const { RefCell::new(Vec::new()) };
}

/// Starts loading `locale`'s module unless its text is at hand or already
/// coming; `on_ready` runs once the text is installed. A failed load is
/// reported on the console and leaves the widget in English, which it
/// already shows, still waiting: a later `loadLocale(tag, url)` wakes it.
pub fn request(locale: Locale, on_ready: impl FnOnce() + 'static) {
    if locale.text().is_some() {
        return;
    }
    locale_text::wait(locale, on_ready);
    let first = LOADING.with_borrow_mut(|loading| {
        let first = !loading.contains(&locale);
        if first {
            loading.push(locale);
        }
        first
    });
    if !first {
        return;
    }
    wasm_bindgen_futures::spawn_local(async move {
        let loaded = load(locale, None).await;
        LOADING.with_borrow_mut(|loading| loading.retain(|l| *l != locale));
        if let Err(error) = loaded {
            interop::warn(
                &format!(
                    "wsclose: showing English, the {} text did not load:",
                    locale.tag()
                ),
                &error,
            );
        }
    });
}

/// Loads and installs `locale`'s text: from its module, or the pack at `url`.
async fn load(locale: Locale, url: Option<String>) -> Result<(), JsValue> {
    if locale.text().is_some() {
        return Ok(());
    }
    let limit = locale_text::PACK_LIMIT_BYTES as f64;
    let (body, from) = match url {
        Some(url) => (glue::fetch_text(&url, limit).await?, url),
        None => (
            glue::import_locale(locale.tag(), limit).await?,
            format!("locales/{}.js", locale.tag()),
        ),
    };
    let body = body.as_string().unwrap_or_default();
    locale_text::install(locale, body).map_err(|why| {
        JsValue::from(input::error(
            "loadLocale",
            format!("{from} is not a {} pack: {why}", locale.tag()),
        ))
    })
}

/// Loads a locale's text so that `explain()` answers in it; resolves to the
/// tag of the locale now available (`"en"` for a tag wsclose does not speak).
/// Every widget waiting for that locale re-renders in it.
///
/// Without `url` the locale's module (`locales/<tag>.js`) is imported; with
/// it, the pack text at `url` is fetched, for apps that host the packs
/// elsewhere. Rejects with an `Error` if the load fails or the text is not
/// this version's pack for that locale.
///
/// Its TypeScript declaration is written out below: wasm-bindgen would
/// declare `url` as required and the result as `Promise<Promise<…>>`.
#[wasm_bindgen(js_name = loadLocale, skip_typescript)]
pub async fn load_locale(locale: JsValue, url: Option<JsValue>) -> Result<JsValue, JsValue> {
    let tag = locale.as_string().ok_or_else(|| {
        JsValue::from(input::error(
            "loadLocale",
            format!("locale must be a string, got {}", input::describe(&locale)),
        ))
    })?;
    let url = match url {
        None => None,
        Some(url) => Some(url.as_string().ok_or_else(|| {
            JsValue::from(input::error(
                "loadLocale",
                format!("url must be a string, got {}", input::describe(&url)),
            ))
        })?),
    };
    let locale = Locale::from_tag(&tag).unwrap_or_default();
    load(locale, url).await?;
    Ok(locale.tag().into())
}
