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

/// The widget's stylesheet, for apps that render [`components::CloseExplainer`]:
/// `src/style.css` without its comments and spare whitespace (`build.rs`).
pub const STYLE: &str = include_str!(concat!(env!("OUT_DIR"), "/style.css"));

/// The build scripts' minifier, compiled here for its unit tests.
#[cfg(test)]
#[path = "../css_min.rs"]
mod css_min;

#[cfg(test)]
mod tests {
    /// The minified sheet keeps every rule and value of the source.
    #[test]
    fn style_is_the_source_minified() {
        let source: String = include_str!("style.css")
            .split("/*")
            .enumerate()
            .map(|(i, part)| {
                if i == 0 {
                    part
                } else {
                    part.split_once("*/").map_or("", |p| p.1)
                }
            })
            .collect();
        assert!(super::STYLE.len() < include_str!("style.css").len() * 4 / 5);
        assert!(!super::STYLE.contains("/*") && !super::STYLE.contains('\n'));
        for c in ['{', '}', '(', ')', '"'] {
            assert_eq!(
                super::STYLE.matches(c).count(),
                source.matches(c).count(),
                "{c}"
            );
        }
        assert!(super::STYLE.contains("width:min(30rem,calc(100vw - 2rem))"));
        assert!(super::STYLE.contains("@media (prefers-color-scheme:dark){"));
        // The one space that is a combinator.
        assert!(super::STYLE.contains(".wsclose :focus-visible"));
        assert!(
            super::STYLE.starts_with(":host{all:initial;display:block;color-scheme:light dark}")
        );
    }
}
