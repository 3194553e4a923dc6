//! The UI module (`wsclose_ui.js`, the `wsclose-ui` crate): Yew, the cards
//! and the dev overlay, in a wasm module of its own.
//!
//! This crate's wasm module is what every page loads: explain, watch,
//! install, the element, shadow roots. None of it needs Yew until something
//! is shown, so the UI module is imported then ([`Shown::new`]), and
//! fetched ahead at idle by `watch()` and `install()` ([`prefetch`]). What
//! it shows crosses as one serialized [`View`]; the locale text it needs is
//! started here and handed over by `locale_text` as it is installed.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use serde::Serialize;
use wasm_bindgen::JsValue;

use self::backend::Rendered;
use super::shadow::MountPoint;
use super::{interop, locales};
use crate::view::View;

thread_local! {
    /// Whether the UI module has loaded (it stays loaded).
    static LOADED: Cell<bool> = const { Cell::new(false) };
}

/// A [`View`] in a mount point: rendered by the UI module once that is
/// loaded, updated by [`Shown::show`], removed when dropped.
#[must_use]
pub(crate) struct Shown {
    state: Rc<RefCell<State>>,
}

enum State {
    /// The UI module is on its way; where to render and the latest view.
    Pending(MountPoint, JsValue),
    /// The UI module did not load (reported on the console): the next
    /// [`Shown::show`] tries again with its view, so an overlay or a target
    /// that missed one close while the network was gone shows the next one.
    Failed(MountPoint),
    /// The first render call is under way; the view to show after it, if
    /// another came meanwhile.
    Rendering(Option<JsValue>),
    Live(Rendered),
    Gone,
}

impl Shown {
    /// Shows `view` in `mount_point`: at the end of the current microtask
    /// queue if the UI module is loaded, else once it is.
    pub fn new(mount_point: MountPoint, view: &View) -> Shown {
        let state = Rc::new(RefCell::new(State::Gone));
        if let Some(view) = data(view) {
            *state.borrow_mut() = State::Pending(mount_point, view);
            render_when_loaded(&state);
        }
        Shown { state }
    }

    /// Shows another view in the same place.
    pub fn show(&self, view: &View) {
        let Some(view) = data(view) else { return };
        let taken = std::mem::replace(&mut *self.state.borrow_mut(), State::Gone);
        let (state, live, retry) = match taken {
            State::Pending(at, _) => (State::Pending(at, view), None, false),
            State::Failed(at) => (State::Pending(at, view), None, true),
            State::Rendering(_) => (State::Rendering(Some(view)), None, false),
            State::Live(rendered) => (State::Live(rendered.clone()), Some((rendered, view)), false),
            State::Gone => (State::Gone, None, false),
        };
        *self.state.borrow_mut() = state;
        if let Some((rendered, view)) = live {
            show(&rendered, &view);
        }
        if retry {
            render_when_loaded(&self.state);
        }
    }
}

/// Loads the UI module (if it is not yet), then renders the pending view,
/// unless the [`Shown`] was dropped meanwhile.
fn render_when_loaded(state: &Rc<RefCell<State>>) {
    let pending = Rc::downgrade(state);
    wasm_bindgen_futures::spawn_local(async move {
        // Dropped in the task that made it (React StrictMode's double
        // mount): nothing to load or show. Checked before the await, so
        // 5,000 such views do not hold 5,000 promises at once.
        if pending.strong_count() == 0 {
            return;
        }
        // Once the module is here, the render needs no promise at all.
        let loaded = if LOADED.get() {
            Ok(())
        } else {
            backend::load().await.inspect(|()| LOADED.set(true))
        };
        let Some(state) = pending.upgrade() else {
            return;
        };
        let taken = std::mem::replace(&mut *state.borrow_mut(), State::Rendering(None));
        let State::Pending(mount_point, view) = taken else {
            *state.borrow_mut() = taken;
            return;
        };
        if let Err(error) = loaded {
            interop::report("wsclose: cannot show the explanation:", &error);
            *state.borrow_mut() = State::Failed(mount_point);
            return;
        }
        // No borrow is held while the UI module runs.
        let rendered = match backend::render(&mount_point, &view) {
            Ok(rendered) => rendered,
            Err(error) => {
                interop::report("wsclose: cannot show the explanation:", &error);
                *state.borrow_mut() = State::Gone;
                return;
            }
        };
        let next = match std::mem::replace(&mut *state.borrow_mut(), State::Live(rendered.clone()))
        {
            State::Rendering(next) => next,
            // Dropped while it rendered.
            _ => {
                *state.borrow_mut() = State::Gone;
                destroy(&rendered);
                return;
            }
        };
        if let Some(view) = next {
            show(&rendered, &view);
        }
    });
}

impl Drop for Shown {
    fn drop(&mut self) {
        let state = std::mem::replace(&mut *self.state.borrow_mut(), State::Gone);
        if let State::Live(rendered) = state {
            destroy(&rendered);
        }
    }
}

/// Starts loading the UI module now: called first thing by whoever is about
/// to show a card, so the download overlaps their own work.
pub(crate) fn start() {
    if !LOADED.get() {
        if let Err(error) = backend::start() {
            interop::warn("wsclose: cannot load the UI module:", &error);
        }
    }
}

/// Starts loading the UI module when the page is idle (once per page).
pub(crate) fn prefetch() {
    if let Err(error) = backend::prefetch() {
        interop::warn("wsclose: cannot fetch the UI module ahead:", &error);
    }
}

/// The view as the UI module reads it (`None`, reported, if it cannot be
/// serialized); also starts loading the locale text it will need (which
/// this module hands over when it is installed).
fn data(view: &View) -> Option<JsValue> {
    if let Some(locale) = view.locale() {
        locales::request(locale, || {});
    }
    match view.serialize(&serde_wasm_bindgen::Serializer::json_compatible()) {
        Ok(view) => Some(view),
        Err(error) => {
            interop::report("wsclose: cannot describe the view:", &error.into());
            None
        }
    }
}

fn show(rendered: &Rendered, view: &JsValue) {
    if let Err(error) = backend::show(rendered, view) {
        interop::report("wsclose: cannot show the explanation:", &error);
    }
}

fn destroy(rendered: &Rendered) {
    if let Err(error) = backend::destroy(rendered) {
        interop::warn("wsclose: cannot remove the explanation:", &error);
    }
}

/// Hands an installed locale's pack to the UI module, now or when it loads.
pub(crate) fn share_pack(locale: crate::i18n::Locale, pack: &JsValue) {
    if let Err(error) = backend::share_pack(locale.tag(), pack) {
        interop::warn("wsclose: the cards cannot have this text:", &error);
    }
}

/// The UI module as pages get it: `wsclose_ui.js`, imported by `glue.js`.
#[cfg(not(feature = "ui-inline"))]
mod backend {
    use wasm_bindgen::JsValue;

    pub use super::super::glue::{
        load_ui as load, prefetch_ui as prefetch, share_pack, start_ui as start,
        ui_destroy as destroy, ui_show as show, Rendered,
    };
    use super::super::shadow::MountPoint;

    pub fn render(at: &MountPoint, view: &JsValue) -> Result<Rendered, JsValue> {
        super::super::glue::ui_render(&at.root, at.own_document, &at.element, view)
    }
}

/// The UI module's crate linked into this one, for the wasm-bindgen tests:
/// their runner serves one module, with no `wsclose_ui.js` beside it. The
/// pages of the e2e suite load the real, separate module.
#[cfg(feature = "ui-inline")]
mod backend {
    use std::rc::Rc;

    use wasm_bindgen::{JsCast, JsValue};

    use super::super::shadow::MountPoint;

    pub type Rendered = Rc<wsclose_ui::Rendered>;

    pub async fn load() -> Result<(), JsValue> {
        Ok(())
    }

    pub fn prefetch() -> Result<(), JsValue> {
        Ok(())
    }

    pub fn start() -> Result<(), JsValue> {
        Ok(())
    }

    pub fn render(at: &MountPoint, view: &JsValue) -> Result<Rendered, JsValue> {
        wsclose_ui::render(
            at.root.clone(),
            at.own_document,
            at.element.clone(),
            view.clone(),
        )
        .map(Rc::new)
    }

    pub fn show(rendered: &Rendered, view: &JsValue) -> Result<(), JsValue> {
        rendered.show(view.clone()).map_err(JsValue::from)
    }

    pub fn destroy(rendered: &Rendered) -> Result<(), JsValue> {
        rendered.destroy();
        Ok(())
    }

    pub fn share_pack(tag: &str, pack: &JsValue) -> Result<(), JsValue> {
        let pack = pack.dyn_ref::<js_sys::JsString>().map(String::from);
        wsclose_ui::install_locale(tag, pack.unwrap_or_default()).map_err(JsValue::from)
    }
}
