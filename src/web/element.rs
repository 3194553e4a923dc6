//! `<ws-close-explainer code="1009" reason="…" was-clean="true" lang="vi">`.

use std::cell::RefCell;

use wasm_bindgen::prelude::*;
use web_sys::Element;
use yew::{AppHandle, AttrValue, Renderer};

use super::{glue, input, shadow};
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
pub fn define() {
    let connected = Closure::<dyn Fn(Element)>::new(connected).into_js_value();
    let disconnected = Closure::<dyn Fn(Element)>::new(disconnected).into_js_value();
    let changed = Closure::<dyn Fn(Element)>::new(changed).into_js_value();
    glue::define_element(NAME, &connected, &disconnected, &changed);
}

/// The element's attributes as explainer props, or a message for the page.
fn props(element: &Element) -> ExplainerElementProps {
    let raw = element.get_attribute("code").unwrap_or_default();
    // An attribute is text: digits only, so no float parser in the wasm.
    let code = raw
        .trim()
        .parse::<u16>()
        .map_err(|_| format!("an integer from 0 to 65535, got {raw:?}"));
    let props = match code {
        Ok(code) => Ok(CloseExplainerProps {
            code,
            reason: element.get_attribute("reason").map(AttrValue::from),
            was_clean: element.get_attribute("was-clean").map(|v| v != "false"),
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
    element
        .closest("[lang]")
        .ok()
        .flatten()
        .and_then(|e| e.get_attribute("lang"))
        .filter(|tag| !tag.is_empty())
        .map(|tag| Locale::from_tag(&tag).unwrap_or_default())
        .unwrap_or_else(input::browser_locale)
}

fn connected(element: Element) {
    disconnected(element.clone());
    match shadow::attach(&element) {
        Ok(mount_point) => {
            let app =
                Renderer::<ExplainerElement>::with_root_and_props(mount_point, props(&element))
                    .render();
            APPS.with_borrow_mut(|apps| apps.push((element, app)));
        }
        Err(error) => web_sys::console::error_2(
            &"wsclose: cannot render <ws-close-explainer>".into(),
            &error,
        ),
    }
}

fn disconnected(element: Element) {
    let app = APPS.with_borrow_mut(|apps| {
        let index = apps.iter().position(|(e, _)| *e == element)?;
        Some(apps.swap_remove(index).1)
    });
    if let Some(app) = app {
        app.destroy();
    }
}

fn changed(element: Element) {
    APPS.with_borrow_mut(|apps| {
        if let Some((_, app)) = apps.iter_mut().find(|(e, _)| *e == element) {
            app.update(props(&element));
        }
    });
}
