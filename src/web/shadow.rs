//! Shadow roots that keep the widget's styles and the host page's apart.

use std::cell::OnceCell;

use js_sys::Array;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{CssStyleSheet, Document, Element, ShadowRoot, ShadowRootInit, ShadowRootMode};

const STYLE: &str = include_str!("../style.css");

thread_local! {
    /// One parsed stylesheet shared by every shadow root on the page.
    static SHEET: OnceCell<Option<CssStyleSheet>> = const { OnceCell::new() };
}

/// The widget's stylesheet as a constructable stylesheet, when the browser
/// has them (everywhere since 2023). Adopted sheets are not inline styles, so
/// a strict `style-src 'self'` CSP allows them.
fn sheet() -> Option<CssStyleSheet> {
    SHEET.with(|cell| {
        cell.get_or_init(|| {
            let sheet = CssStyleSheet::new().ok()?;
            sheet.replace_sync(STYLE).ok()?;
            Some(sheet)
        })
        .clone()
    })
}

pub fn document() -> Result<Document, JsValue> {
    web_sys::window()
        .and_then(|w| w.document())
        .ok_or_else(|| JsValue::from_str("no document: wsclose runs in a browser window"))
}

/// Gives `host` an open shadow root (reusing one it already has) holding the
/// stylesheet and an empty element for a Yew app to render into.
pub fn attach(host: &Element) -> Result<Element, JsValue> {
    let root: ShadowRoot = match host.shadow_root() {
        Some(root) => {
            // An element moved in the DOM is connected again: start afresh.
            // Removing nodes (not `innerHTML = ""`) keeps Trusted Types happy.
            while let Some(child) = root.first_child() {
                root.remove_child(&child)?;
            }
            root
        }
        None => {
            let init = ShadowRootInit::new(ShadowRootMode::Open);
            host.attach_shadow(&init)?
        }
    };
    let document = document()?;
    match sheet() {
        Some(sheet) => root.set_adopted_style_sheets(&Array::of1(&sheet)),
        None => {
            let style = document.create_element("style")?;
            style.set_text_content(Some(STYLE));
            root.append_child(&style)?;
        }
    }
    let mount_point = document.create_element("div")?;
    root.append_child(&mount_point)?;
    Ok(mount_point)
}

/// A new `<div data-wsclose>` appended to `parent`, with a shadow root.
/// Returns the host (to remove later) and the Yew mount point inside it.
pub fn host_in(parent: &Element, role: &str) -> Result<(Element, Element), JsValue> {
    let host = document()?.create_element("div")?;
    host.set_attribute("data-wsclose", role)?;
    parent.append_child(&host)?;
    let mount_point = attach(&host).inspect_err(|_| host.remove())?;
    Ok((host.unchecked_into(), mount_point))
}
