//! wsclose explains WebSocket close codes where developers meet them.
//!
//! The knowledge (codes, engines, text, `explain`, diagnosis, reconnect
//! policy) lives in the `wsclose-core` crate and is re-exported here under
//! the same names:
//! [`codes`], [`engines`], [`i18n`], [`explain()`], [`servers`],
//! [`diagnose`], [`reconnect`].
//!
//! - [`components`] and [`hooks`]: the Yew widget and hook for Yew apps;
//! - `web` (wasm only): the JavaScript API of `dist/pkg/wsclose.js`.
//!
//! Yew apps add [`STYLE`] to their page (or a shadow root) for the widget's look.

pub use wsclose_core::{codes, diagnose, engines, explain, i18n, reconnect, servers};

pub mod components;
pub mod hooks;
#[cfg(feature = "site")]
pub mod site;
#[cfg(target_arch = "wasm32")]
pub mod web;

pub use explain::{Close, Explanation};
pub use i18n::Locale;

/// The widget's stylesheet, for Yew apps that render [`components::CloseExplainer`] themselves.
pub const STYLE: &str = include_str!("style.css");
