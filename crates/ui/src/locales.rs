//! The UI module's copy of the locales' text: the API hands over each pack
//! it installs, and components waiting for that locale re-render.

use std::cell::RefCell;

use wasm_bindgen::prelude::*;
use wsclose_core::i18n::{pack, Locale};

/// A component to re-render once its locale's text is here.
type Waiter = (Locale, Box<dyn FnOnce()>);

thread_local! {
    /// Whoever waits for a locale's text. A list: there are 14 locales.
    static WAITING: RefCell<Vec<Waiter>> = const { RefCell::new(Vec::new()) };
}

/// The components' locale loader (`set_locale_loader`): the API has already
/// started loading every locale it asks this module to show, so waiting is
/// all there is to do.
pub fn wait(locale: Locale, on_ready: Box<dyn FnOnce()>) {
    WAITING.with_borrow_mut(|waiting| waiting.push((locale, on_ready)));
}

/// Installs a locale's pack, as the API installed it, and wakes the
/// components waiting for it (in a later microtask: the caller is the API,
/// perhaps inside the page's close handler). The first pack of a locale wins.
#[wasm_bindgen(js_name = installLocale)]
pub fn install_locale(tag: &str, pack: String) -> Result<(), JsError> {
    let locale = Locale::from_tag(tag).ok_or_else(|| JsError::new("not a locale tag"))?;
    // Waiters are woken even when the text is already there: linked into
    // the API's own tests (`ui-inline`), both share one copy of the text,
    // which the API has just installed.
    if locale.text().is_none() {
        locale.install(pack::read(locale, pack).map_err(|e| JsError::new(&e))?);
    }
    wasm_bindgen_futures::spawn_local(async move {
        let ready = WAITING.with_borrow_mut(|waiting| {
            let (ready, rest) = std::mem::take(waiting)
                .into_iter()
                .partition::<Vec<_>, _>(|(l, _)| *l == locale);
            *waiting = rest;
            ready
        });
        ready.into_iter().for_each(|(_, on_ready)| on_ready());
    });
    Ok(())
}
