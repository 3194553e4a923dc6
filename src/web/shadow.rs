//! Shadow roots that keep the widget's styles and the host page's apart.

use std::cell::OnceCell;

use wasm_bindgen::JsValue;

use super::interop;
use web_sys::{CssStyleSheet, Document, Element, ShadowRoot, ShadowRootInit, ShadowRootMode};

const STYLE: &str = wsclose_yew::STYLE;

/// A stylesheet parsed once per page and shared by every shadow root that
/// uses it: the widget's, and the overlay's on top of it.
pub struct SharedStyle {
    css: &'static str,
    sheet: OnceCell<Option<CssStyleSheet>>,
}

impl SharedStyle {
    pub const fn new(css: &'static str) -> Self {
        SharedStyle {
            css,
            sheet: OnceCell::new(),
        }
    }

    /// Adds the sheet after those `root` already has (once: adding it again
    /// changes nothing). It is adopted as a constructable stylesheet when the
    /// browser has them (everywhere since 2023): adopted sheets are not inline
    /// styles, so a strict `style-src 'self'` CSP allows them. Elsewhere, and
    /// in a shadow root of another document (a `<template>`'s content, an
    /// iframe's, a `DOMParser` one), where a constructed sheet may not be
    /// adopted, it is a `<style>` element made by that document.
    pub fn add_to(&self, root: &ShadowRoot, own_document: bool) -> Result<(), JsValue> {
        let sheet = self.sheet.get_or_init(|| {
            let sheet = CssStyleSheet::new().ok()?;
            sheet.replace_sync(self.css).ok()?;
            Some(sheet)
        });
        match sheet {
            Some(sheet) if own_document => {
                let sheets = root.adopted_style_sheets();
                if !sheets.includes(sheet, 0) {
                    sheets.push(sheet);
                    root.set_adopted_style_sheets(&sheets);
                }
            }
            _ => {
                let (document, _) = interop::document_of(root).map_err(|e| e.to_string())?;
                let style = document.create_element("style")?;
                style.set_text_content(Some(self.css));
                root.append_child(&style)?;
            }
        }
        Ok(())
    }
}

thread_local! {
    static WIDGET_STYLE: SharedStyle = const { SharedStyle::new(STYLE) };
}

pub fn document() -> Result<Document, JsValue> {
    web_sys::window()
        .and_then(|w| w.document())
        .ok_or_else(|| JsValue::from_str("no document: wsclose runs in a browser window"))
}

/// Gives `host` an open shadow root (reusing one it already has) holding the
/// stylesheet and an empty element for a Yew app to render into, all made
/// by `host`'s own document.
pub fn attach(host: &Element) -> Result<Element, JsValue> {
    let (document, own) = interop::document_of(host).map_err(|e| e.to_string())?;
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
    WIDGET_STYLE.with(|style| style.add_to(&root, own))?;
    let mount_point = document.create_element("div")?;
    root.append_child(&mount_point)?;
    Ok(mount_point)
}

/// A new `<div data-wsclose>` appended to `parent`, with a shadow root.
/// Returns the host (to remove later) and the Yew mount point inside it.
/// On failure nothing is left in `parent`.
pub fn host_in(parent: &Element, role: &str) -> Result<(Element, Element), JsValue> {
    let (document, _) = interop::document_of(parent).map_err(|e| e.to_string())?;
    let host = document.create_element("div")?;
    host.set_attribute("data-wsclose", role)?;
    interop::append(parent, &host).map_err(|e| e.to_string())?;
    let mount_point = attach(&host).inspect_err(|_| interop::remove(&host))?;
    Ok((host, mount_point))
}
