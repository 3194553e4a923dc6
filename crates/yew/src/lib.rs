//! The wsclose widget for Yew apps: a component that explains a close, the
//! development overlay, and hooks that follow a `WebSocket`.
//!
//! - [`components`]: one component per file, each a pure function of its props;
//! - [`hooks`]: [`hooks::use_websocket_close`] follows a socket's close,
//!   [`hooks::use_locale`] renders in a locale once its text is at hand.
//!
//! The crate has no `#[wasm_bindgen]` exports and no start function: an app
//! that depends on it keeps its module's exports its own (the JS API is the
//! root `wsclose` crate). The knowledge it shows is `wsclose-core`'s,
//! re-exported here as [`core`].
//!
//! Add [`STYLE`] to the page (or the shadow root the widget renders in):
//!
//! ```
//! use wsclose_yew::components::CloseExplainer;
//! use yew::prelude::*;
//!
//! #[component]
//! fn Closed() -> Html {
//!     html! {
//!         <>
//!             <style>{ wsclose_yew::STYLE }</style>
//!             <CloseExplainer code={1009} />
//!         </>
//!     }
//! }
//! ```

pub mod components;
pub mod hooks;

pub use wsclose_core as core;
pub use wsclose_core::{Close, Locale};

/// The widget's stylesheet, for apps that render [`components::CloseExplainer`].
pub const STYLE: &str = include_str!("style.css");
