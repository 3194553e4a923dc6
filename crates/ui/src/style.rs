//! The stylesheets of the shadow roots views render in: the widget's
//! (`wsclose_yew::STYLE`) in every one, the overlay's on top in its own.
//!
//! They live here, not in the JS API's module, because nothing is styled
//! before something is shown: 2 KiB gzip less for every page up front.

use std::cell::OnceCell;

use wasm_bindgen::JsValue;
use web_sys::{CssStyleSheet, ShadowRoot};

/// The overlay's own styles (badge, groups, diagnosis): `overlay.css`,
/// minified by the build script (`build.rs`).
const OVERLAY: &str = include_str!(concat!(env!("OUT_DIR"), "/overlay.css"));

/// A stylesheet parsed once per page and shared by every shadow root that
/// uses it.
struct SharedStyle {
    css: &'static str,
    sheet: OnceCell<Option<CssStyleSheet>>,
}

thread_local! {
    static WIDGET_STYLE: SharedStyle = const { SharedStyle::new(wsclose_yew::STYLE) };
    static OVERLAY_STYLE: SharedStyle = const { SharedStyle::new(OVERLAY) };
}

impl SharedStyle {
    const fn new(css: &'static str) -> Self {
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
    fn add_to(&self, root: &ShadowRoot, own: bool) -> Result<(), JsValue> {
        let sheet = self.sheet.get_or_init(|| {
            let sheet = CssStyleSheet::new().ok()?;
            sheet.replace_sync(self.css).ok()?;
            Some(sheet)
        });
        match sheet {
            Some(sheet) if own => {
                let sheets = root.adopted_style_sheets();
                if !sheets.includes(sheet, 0) {
                    sheets.push(sheet);
                    root.set_adopted_style_sheets(&sheets);
                }
            }
            _ => {
                let document = root
                    .owner_document()
                    .ok_or_else(|| JsValue::from_str("the shadow root has no document"))?;
                let style = document.create_element("style")?;
                style.set_text_content(Some(self.css));
                root.append_child(&style)?;
            }
        }
        Ok(())
    }
}

/// Styles `root`: the widget's sheet, and the overlay's after it when
/// `overlay`. `own` says whether `root` is in this page's document.
pub fn adopt(root: &ShadowRoot, own: bool, overlay: bool) -> Result<(), JsValue> {
    WIDGET_STYLE.with(|style| style.add_to(root, own))?;
    if overlay {
        OVERLAY_STYLE.with(|style| style.add_to(root, own))?;
    }
    Ok(())
}
