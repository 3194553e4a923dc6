//! Installing a locale's text on the page, and telling whoever waits for it.
//!
//! The text arrives three ways: the widgets' own load of the locale module
//! (`locales.rs`), `loadLocale(tag, url)`, and a locale module's default
//! export passed to `explain(x, {locale})` (installed synchronously). Each
//! ends here, so a widget that started in English re-renders however the
//! text came, including after its own load failed (a bundler that moved the
//! modules away) and the page then called `loadLocale` with a URL.
//!
//! Every pack installed here is also handed to the UI module (`ui`), which
//! renders the cards with a copy of the text of its own.
//!
//! Imports neither `input` nor `locales`: both call it.

use std::cell::RefCell;

use wasm_bindgen::JsValue;

use crate::i18n::{pack, Locale};

type Waiters = Vec<Box<dyn FnOnce()>>;

/// The largest pack taken: every real pack is a small fraction of it, and a
/// larger body (an error page, a wrong URL) is refused before it is copied
/// into wasm memory.
pub const PACK_LIMIT_BYTES: usize = 1024 * 1024;

thread_local! {
    /// Whoever waits for a locale's text, until it is installed. A list,
    /// not a map: there are 14 locales, and a `HashMap` of our own costs
    /// the bundle its hasher and table code.
    static WAITING: RefCell<Vec<(Locale, Waiters)>> = const { RefCell::new(Vec::new()) };
}

/// Runs `on_ready` once `locale`'s text is installed (never, if it never
/// is). The caller has checked that it is not installed yet.
pub fn wait(locale: Locale, on_ready: impl FnOnce() + 'static) {
    WAITING.with_borrow_mut(|waiting| {
        let i = match waiting.iter().position(|(l, _)| *l == locale) {
            Some(i) => i,
            None => {
                waiting.push((locale, Vec::new()));
                waiting.len() - 1
            }
        };
        waiting[i].1.push(Box::new(on_ready));
    });
}

/// Checks and installs `pack` as `locale`'s text, then wakes its waiters in
/// a later microtask (the caller may be inside the page's close handler, or
/// inside a Yew render). The first pack wins: when the locale is already at
/// hand, `pack` is not read at all. `Err` says why the pack was refused.
pub fn install(locale: Locale, pack: String) -> Result<(), String> {
    if locale.text().is_some() {
        return Ok(());
    }
    if pack.len() > PACK_LIMIT_BYTES {
        return Err(format!(
            "it is {} bytes, more than a locale pack ({PACK_LIMIT_BYTES})",
            pack.len()
        ));
    }
    let shared = JsValue::from_str(&pack);
    let text = pack::read(locale, pack)?;
    locale.install(text);
    super::ui::share_pack(locale, &shared);
    wasm_bindgen_futures::spawn_local(async move { wake(locale) });
    Ok(())
}

/// Runs every waiter of `locale`, outside the table's borrow: a waiter
/// re-renders a widget, which may ask for another locale.
fn wake(locale: Locale) {
    let waiters = WAITING.with_borrow_mut(|waiting| {
        let i = waiting.iter().position(|(l, _)| *l == locale)?;
        Some(waiting.swap_remove(i).1)
    });
    waiters.into_iter().flatten().for_each(|ready| ready());
}
