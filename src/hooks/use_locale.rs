use yew::prelude::*;

use crate::i18n::Locale;

/// What [`use_locale`] returns.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct UseLocaleHandle {
    requested: Locale,
    shown: Locale,
}

impl UseLocaleHandle {
    /// The locale to render in now: the requested one once its text is at
    /// hand, English until then.
    pub fn shown(&self) -> Locale {
        self.shown
    }

    /// Whether the requested locale's text is still on its way.
    pub fn is_loading(&self) -> bool {
        self.shown != self.requested
    }
}

/// The locale a component can render in, loading the requested one if needed.
///
/// In builds that embed every locale this is `requested` itself. The widget's
/// wasm embeds English only: there the first render is English, the
/// requested locale's pack is fetched, and the component re-renders when it
/// lands (every component waiting for that locale shares one fetch).
#[hook]
pub fn use_locale(requested: Locale) -> UseLocaleHandle {
    let rerender = use_force_update();
    use_effect_with(requested, move |&requested| {
        #[cfg(lazy_locales)]
        crate::web::locales::request(requested, move || rerender.force_update());
        #[cfg(not(lazy_locales))]
        let _ = (requested, rerender);
    });
    UseLocaleHandle {
        requested,
        shown: requested.available(),
    }
}
