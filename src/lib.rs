//! The JavaScript API of wsclose (`dist/pkg/wsclose.js`): `explain`,
//! `reconnectDelay`, `loadLocale`, widgets (`mount`, `watch`, `install`) and
//! the `<ws-close-explainer>` element, compiled to WebAssembly.
//!
//! This crate is only the JS edge. The knowledge is `wsclose-core`
//! (`crates/core`), the widget `wsclose-yew` (`crates/yew`); Rust and Yew apps
//! depend on those and get none of these exports. Inside this crate they go
//! by their short names (`crate::codes`, `crate::components`, ...).

#[cfg(target_arch = "wasm32")]
use wsclose_core::{codes, diagnose, explain, i18n, reconnect, view};

#[cfg(target_arch = "wasm32")]
pub mod web;

/// The module's allocator: dlmalloc is 3.3 KiB gzip of a module every page
/// loads up front (see `wsclose-heap`).
#[cfg(all(target_arch = "wasm32", not(target_feature = "atomics")))]
#[global_allocator]
static HEAP: wsclose_heap::WasmHeap = wsclose_heap::WasmHeap::new();
