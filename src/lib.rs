//! wsclose explains WebSocket close codes where developers meet them.
//!
//! - [`codes`]: what RFC 6455, the IANA registry and the WHATWG standard say
//!   about each code (pure data, no DOM);
//! - [`engines`]: what Chromium, Firefox and WebKit show the page in each
//!   situation, measured on every test run;
//! - [`i18n`]: every sentence, in each locale;
//! - [`explain()`]: the answer for one close, shared by all front ends;
//! - [`servers`]: what common servers and proxies do by default (limits,
//!   timeouts, keepalive), each fact with its source;
//! - [`diagnose`]: why a watched socket closed, from its recorded history;
//! - [`reconnect`]: how long to wait before reconnecting, if at all;
//! - [`components`] and [`hooks`]: the Yew widget and hook for Yew apps;
//! - `web` (wasm only): the JavaScript API of `dist/pkg/wsclose.js`.
//!
//! Yew apps add [`STYLE`] to their page (or a shadow root) for the widget's look.

pub mod codes;
pub mod components;
pub mod diagnose;
pub mod engines;
pub mod explain;
pub mod hooks;
pub mod i18n;
pub mod reconnect;
pub mod servers;
#[cfg(feature = "site")]
pub mod site;
#[cfg(target_arch = "wasm32")]
pub mod web;

pub use explain::{explain, Close, Explanation};
pub use i18n::Locale;

/// The widget's stylesheet, for Yew apps that render [`components::CloseExplainer`] themselves.
pub const STYLE: &str = include_str!("style.css");
