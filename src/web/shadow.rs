//! Shadow roots that keep the widget's styles and the host page's apart.
//!
//! Made here, at once, so `mount()` fails where it is called; styled by the
//! UI module when it renders into them (`wsclose_ui::style`).

use wasm_bindgen::JsValue;

use super::interop;
use web_sys::{Document, Element, ShadowRoot, ShadowRootInit, ShadowRootMode};

pub fn document() -> Result<Document, JsValue> {
    web_sys::window()
        .and_then(|w| w.document())
        .ok_or_else(|| JsValue::from_str("no document: wsclose runs in a browser window"))
}

/// Where the UI module renders: an empty element in a shadow root of ours.
///
/// The root and whether it belongs to this page's document travel with it,
/// read here through the interop layer, so the UI module, which styles the
/// root, never has to ask the page's DOM (whose prototypes a page may patch).
pub struct MountPoint {
    pub root: ShadowRoot,
    pub element: Element,
    pub own_document: bool,
}

/// Gives `host` an open shadow root (reusing one it already has) holding an
/// empty element for the UI module to render into, made by `host`'s own
/// document.
pub fn attach(host: &Element) -> Result<MountPoint, JsValue> {
    let (document, own_document) = interop::document_of(host).map_err(|e| e.to_string())?;
    let root: ShadowRoot = match interop::shadow_root(host) {
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
    let element = document.create_element("div")?;
    root.append_child(&element)?;
    Ok(MountPoint {
        root,
        element,
        own_document,
    })
}

/// A new `<div data-wsclose>` appended to `parent`, with a shadow root.
/// Returns the host (to remove later) and the mount point inside it.
/// On failure nothing is left in `parent`.
pub fn host_in(parent: &Element, role: &str) -> Result<(Element, MountPoint), JsValue> {
    let (document, _) = interop::document_of(parent).map_err(|e| e.to_string())?;
    let host = document.create_element("div")?;
    host.set_attribute("data-wsclose", role)?;
    interop::append(parent, &host).map_err(|e| e.to_string())?;
    let mount_point = attach(&host).inspect_err(|_| interop::remove(&host))?;
    Ok((host, mount_point))
}
