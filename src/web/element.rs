//! `<ws-close-explainer code="1009" reason="…" was-clean="true" lang="vi">`.

use std::cell::RefCell;

use wasm_bindgen::prelude::*;
use web_sys::Element;
use yew::{AppHandle, AttrValue, Renderer};

use super::{glue, input, interop, shadow};
use crate::components::{CloseExplainerProps, ExplainerElement, ExplainerElementProps};
use crate::i18n::Locale;

pub const NAME: &str = "ws-close-explainer";

thread_local! {
    /// The app of every connected element; few enough for a linear search.
    static APPS: RefCell<Vec<(Element, AppHandle<ExplainerElement>)>> = const { RefCell::new(Vec::new()) };
}

/// Registers the element; called once by `init()`.
///
/// The three callbacks live as long as the element definition, which is the
/// page's lifetime: handing them to JS for good is the point, not a leak.
pub fn define() -> Result<bool, JsValue> {
    let connected = Closure::<dyn Fn(Element)>::new(connected).into_js_value();
    let disconnected = Closure::<dyn Fn(Element)>::new(disconnected).into_js_value();
    let changed = Closure::<dyn Fn(Element)>::new(changed).into_js_value();
    glue::define_element(NAME, &connected, &disconnected, &changed)
}

/// The element's attributes as explainer props, or a message for the page.
///
/// Reads attributes with the native `getAttribute` and may run the page's
/// `navigator.languages` getter: never called with a borrow held.
fn props(element: &Element) -> ExplainerElementProps {
    let raw = interop::attribute(element, "code").unwrap_or_default();
    // An attribute is text: digits only, so no float parser in the wasm.
    let code = raw
        .trim()
        .parse::<u16>()
        .map_err(|_| format!("an integer from 0 to 65535, got {}", interop::quoted(&raw)));
    let props = match code {
        Ok(code) => Ok(CloseExplainerProps {
            code,
            reason: interop::attribute(element, "reason").map(AttrValue::from),
            was_clean: interop::attribute(element, "was-clean").map(|v| v != "false"),
            locale: locale(element),
        }),
        Err(message) => Err(AttrValue::from(format!(
            "<{NAME}>: the code attribute must be {}",
            message.trim_start_matches("code must be ")
        ))),
    };
    ExplainerElementProps { props }
}

/// The language of the element as HTML defines it: its own `lang`, else the
/// nearest ancestor's; else the browser's preference.
fn locale(element: &Element) -> Locale {
    interop::lang(element)
        .filter(|tag| !tag.is_empty())
        .map(|tag| Locale::from_tag(&tag).unwrap_or_default())
        .unwrap_or_else(input::browser_locale)
}

fn connected(element: Element) {
    disconnected(element.clone());
    // Worked out before anything is attached: reading the props may run
    // page code that disconnects or changes this element again.
    let props = props(&element);
    match shadow::attach(&element) {
        Ok(mount_point) => {
            let app =
                Renderer::<ExplainerElement>::with_root_and_props(mount_point, props).render();
            let replaced = APPS.with_borrow_mut(|apps| {
                let old = apps
                    .iter()
                    .position(|(e, _)| *e == element)
                    .map(|i| apps.swap_remove(i).1);
                apps.push((element, app));
                old
            });
            if let Some(old) = replaced {
                super::mount::destroy_app(old);
            }
        }
        Err(error) => interop::report("wsclose: cannot render <ws-close-explainer>", &error),
    }
}

fn disconnected(element: Element) {
    let app = APPS.with_borrow_mut(|apps| {
        let index = apps.iter().position(|(e, _)| *e == element)?;
        Some(apps.swap_remove(index).1)
    });
    if let Some(app) = app {
        super::mount::destroy_app(app);
    }
}

fn changed(element: Element) {
    // Outside the borrow: reading the props may run page code (a
    // `navigator.languages` getter) that changes another element, whose
    // own `changed` then needs the table.
    let props = props(&element);
    APPS.with_borrow_mut(|apps| {
        if let Some((_, app)) = apps.iter_mut().find(|(e, _)| *e == element) {
            // Yew only queues the render: no page code runs here.
            app.update(props);
        }
    });
}
