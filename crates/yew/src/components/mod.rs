//! Yew components: one per file, each a pure function of its props.

mod close_explainer;
mod dev_overlay;
mod explainer_element;
mod rich_text;

pub use close_explainer::{CloseExplainer, CloseExplainerProps};
pub use dev_overlay::{DevOverlay, DevOverlayProps, OverlayEntry, OverlayGroup};
pub use explainer_element::{ExplainerElement, ExplainerElementProps};
pub use rich_text::rich_text;
