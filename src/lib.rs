//! The JavaScript API of wsclose (`dist/pkg/wsclose.js`): `explain`,
//! `reconnectDelay`, `loadLocale`, widgets (`mount`, `watch`, `install`) and
//! the `<ws-close-explainer>` element, compiled to WebAssembly.
//!
//! This crate is only the JS edge, and has no Yew in it: the knowledge is
//! `wsclose-core` (`crates/core`); the cards and the overlay are rendered by
//! a second wasm module, `wsclose-ui` (`crates/ui`, on the Yew widget
//! `wsclose-yew`), which this one imports when something first needs
//! showing. Rust and Yew apps depend on the core or the widget and get none
//! of these exports. Inside this crate the core's modules go by their short
//! names (`crate::codes`, `crate::explain`, ...).

#[cfg(target_arch = "wasm32")]
use wsclose_core::{codes, diagnose, explain, i18n, reconnect, view};

#[cfg(target_arch = "wasm32")]
pub mod web;

/// The module's allocator: dlmalloc is 3.3 KiB gzip of a module every page
/// loads up front (see `wsclose-heap`).
#[cfg(all(target_arch = "wasm32", not(target_feature = "atomics")))]
#[global_allocator]
static HEAP: wsclose_heap::WasmHeap = wsclose_heap::WasmHeap::new();
