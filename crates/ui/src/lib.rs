//! The UI module of the JS API (`dist/pkg/wsclose_ui.js`): the widget's
//! cards and the dev overlay, rendered with Yew.
//!
//! The JS API's own module (`wsclose.js`, the root crate) has no Yew in it,
//! so a page pays for Yew only once something needs showing: the API
//! imports this module on first need (and fetches it ahead at idle after
//! `watch()` or `install()`, so a close that comes with the network gone
//! still shows). The API owns the page: shadow roots, styles, sockets and
//! what to show. This module is told a [`View`] for a mount point inside a
//! shadow root, and renders it; it never reads a page value.
//!
//! Its text: English is built in; the API hands over every locale pack it
//! installs ([`install_locale`]), and components waiting for one re-render.

mod locales;
mod style;

use std::cell::RefCell;
use std::rc::Rc;

use wasm_bindgen::prelude::*;
use web_sys::{Element, ShadowRoot};
use yew::{AppHandle, AttrValue, Renderer};

use wsclose_core::diagnose::{self, Diagnosis, Params};
use wsclose_core::i18n::Locale;
use wsclose_core::view::{self, View};
use wsclose_yew::components::{
    CloseExplainerProps, DevOverlay, DevOverlayProps, ExplainerElement, ExplainerElementProps,
    OverlayEntry, OverlayGroup,
};

pub use locales::install_locale;

/// A Yew app showing a [`View`] in one mount point, until `destroy()`.
#[wasm_bindgen]
pub struct Rendered {
    mount_point: Element,
    app: RefCell<App>,
    /// Each overlay entry is diagnosed once per language it is shown in:
    /// the panel re-renders with every close, and its older entries do not
    /// change.
    diagnosed: RefCell<Vec<Diagnosed>>,
}

struct Diagnosed {
    id: u64,
    locale: Locale,
    diagnosis: Rc<Vec<Diagnosis>>,
}

enum App {
    Card(AppHandle<ExplainerElement>),
    Overlay(AppHandle<DevOverlay>),
    Gone,
}

/// Renders `view` (a serialized [`View`]) into `mount_point`, an element of
/// `root`, a shadow root of the API's, which it styles (`own_document`:
/// whether `root` is in the document this module runs in, which the API
/// has read through its interop layer).
///
/// The DOM is written at the end of the current microtask queue, like any
/// Yew render. Throws if `view` is not a `View`: the API's bug, never the
/// page's, and a thrown error (unlike a panic) leaves the module working.
#[wasm_bindgen]
pub fn render(
    root: ShadowRoot,
    own_document: bool,
    mount_point: Element,
    view: JsValue,
) -> Result<Rendered, JsValue> {
    // Components that need a locale this module lacks wait for the API to
    // hand its pack over. (Set here, not in a start function: the API's
    // wasm-bindgen tests link this crate into theirs, which has one.)
    wsclose_yew::hooks::set_locale_loader(locales::wait);
    let view: View = serde_wasm_bindgen::from_value(view)?;
    style::adopt(&root, own_document, matches!(view, View::Overlay { .. }))?;
    let rendered = Rendered {
        mount_point,
        app: RefCell::new(App::Gone),
        diagnosed: RefCell::new(Vec::new()),
    };
    rendered.update(view);
    Ok(rendered)
}

#[wasm_bindgen]
impl Rendered {
    /// Shows another view in the same place.
    pub fn show(&self, view: JsValue) -> Result<(), JsError> {
        self.update(serde_wasm_bindgen::from_value(view)?);
        Ok(())
    }

    /// Removes the app (after the render work already queued). Safe to call twice.
    pub fn destroy(&self) {
        destroy(std::mem::replace(&mut *self.app.borrow_mut(), App::Gone));
    }
}

impl Rendered {
    /// Yew only queues the render, so no page code runs while the app is
    /// borrowed.
    fn update(&self, view: View) {
        let mut app = self.app.borrow_mut();
        match (&mut *app, view) {
            (App::Card(card), View::Card { close, locale }) => {
                card.update(card_props(close, locale))
            }
            (App::Card(card), View::Invalid { message }) => card.update(invalid_props(message)),
            (App::Overlay(overlay), View::Overlay { groups, earlier }) => {
                overlay.update(self.overlay_props(groups, earlier))
            }
            (app, view) => {
                let props = match view {
                    View::Card { close, locale } => Ok(card_props(close, locale)),
                    View::Invalid { message } => Ok(invalid_props(message)),
                    View::Overlay { groups, earlier } => Err(self.overlay_props(groups, earlier)),
                };
                let root = self.mount_point.clone();
                let new = match props {
                    Ok(card) => App::Card(Renderer::with_root_and_props(root, card).render()),
                    Err(overlay) => {
                        App::Overlay(Renderer::with_root_and_props(root, overlay).render())
                    }
                };
                destroy(std::mem::replace(app, new));
            }
        }
    }

    fn overlay_props(&self, groups: Vec<view::Group>, earlier: u64) -> DevOverlayProps {
        let mut diagnosed = self.diagnosed.borrow_mut();
        // Entries no longer listed are forgotten.
        diagnosed.retain(|d| groups.iter().any(|g| g.latest.id == d.id));
        let groups = groups
            .into_iter()
            .map(|group| {
                let view::Entry {
                    id,
                    close,
                    locale,
                    history,
                } = group.latest;
                let shown = locale.available();
                let diagnosis = match diagnosed.iter().find(|d| d.id == id && d.locale == shown) {
                    Some(d) => d.diagnosis.clone(),
                    None => {
                        let diagnosis = Rc::new(diagnose::diagnose(
                            &close,
                            &history,
                            &Params::default(),
                            locale,
                        ));
                        diagnosed.retain(|d| d.id != id);
                        diagnosed.push(Diagnosed {
                            id,
                            locale: shown,
                            diagnosis: diagnosis.clone(),
                        });
                        diagnosis
                    }
                };
                OverlayGroup {
                    id: group.id,
                    count: group.count,
                    latest: OverlayEntry {
                        id,
                        url: AttrValue::from(history.url.clone()),
                        close,
                        locale,
                        history: Rc::new(history),
                        diagnosis,
                    },
                }
            })
            .collect();
        DevOverlayProps {
            groups: Rc::new(groups),
            earlier,
        }
    }
}

fn card_props(close: wsclose_core::Close, locale: Locale) -> ExplainerElementProps {
    ExplainerElementProps {
        props: Ok(CloseExplainerProps {
            code: close.code,
            reason: close.reason.map(AttrValue::from),
            was_clean: close.was_clean,
            locale,
        }),
    }
}

fn invalid_props(message: String) -> ExplainerElementProps {
    ExplainerElementProps {
        props: Err(AttrValue::from(message)),
    }
}

/// Destroys an app after the render work already queued.
///
/// Yew's scheduler runs queued destroys before queued creates, so an app
/// destroyed before its first render was created after its destroy had
/// found nothing, and lived on: about 1.3 KB of JS heap per mount (issue
/// 11). Queued behind the scheduler's own task, the destroy comes after the
/// create.
fn destroy(app: App) {
    match app {
        App::Card(app) => wasm_bindgen_futures::spawn_local(async move { app.destroy() }),
        App::Overlay(app) => wasm_bindgen_futures::spawn_local(async move { app.destroy() }),
        App::Gone => {}
    }
}
