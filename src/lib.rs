//! The JavaScript API of wsclose (`dist/pkg/wsclose.js`): `explain`,
//! `reconnectDelay`, `loadLocale`, widgets (`mount`, `watch`, `install`) and
//! the `<ws-close-explainer>` element, compiled to WebAssembly.
//!
//! This crate is only the JS edge. The knowledge is `wsclose-core`
//! (`crates/core`), the widget `wsclose-yew` (`crates/yew`); Rust and Yew apps
//! depend on those and get none of these exports. Inside this crate they go
//! by their short names (`crate::codes`, `crate::components`, ...).

#[cfg(target_arch = "wasm32")]
use wsclose_core::{codes, diagnose, explain, i18n, reconnect};
#[cfg(target_arch = "wasm32")]
use wsclose_yew::{components, hooks};

#[cfg(target_arch = "wasm32")]
pub mod web;
