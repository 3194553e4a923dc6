use std::cell::Cell;

use yew::prelude::*;

use wsclose_core::i18n::Locale;

/// Starts loading a locale's text and calls its second argument once the
/// text is installed ([`Locale::install`]).
pub type LocaleLoader = fn(Locale, Box<dyn FnOnce()>);

thread_local! {
    static LOADER: Cell<Option<LocaleLoader>> = const { Cell::new(None) };
}

/// Tells [`use_locale`] how this build gets text it does not embed.
///
/// Builds that embed every locale (native ones, and Yew apps by default)
/// need no loader. A build of `wsclose-core` with `lazy-locales` embeds
/// English only: whoever ships it (the JS API fetches packs) sets the loader
/// once at start, and every component asking for a missing locale then
/// shares one load and re-renders when it lands.
pub fn set_locale_loader(loader: LocaleLoader) {
    LOADER.set(Some(loader));
}

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
/// requested locale's text is loaded by the [`set_locale_loader`] loader,
/// and the component re-renders when it lands.
#[hook]
pub fn use_locale(requested: Locale) -> UseLocaleHandle {
    let rerender = use_force_update();
    let shown = requested.available();
    use_effect_with(requested, move |&requested| {
        match (requested.text(), LOADER.get()) {
            // The loader is copied out of its cell before it runs: no Rust
            // state is held while it calls into the page.
            (None, Some(load)) => load(requested, Box::new(move || rerender.force_update())),
            // The text arrived between this render and its effect (another
            // widget's load, `loadLocale`): nobody will wake this one.
            (Some(_), _) if shown != requested => rerender.force_update(),
            _ => {}
        }
    });
    UseLocaleHandle { requested, shown }
}
