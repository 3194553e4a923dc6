use yew::prelude::*;

/// Catalog text, with its `backtick` spans shown as `<code>`.
///
/// The text is split into Yew text nodes, never parsed as HTML, so even a
/// catalog string with markup in it could only ever show as characters.
///
/// A plain function, not a component: it has no state, and a widget shows a
/// dozen of these, so a component each would cost a scope per span on every
/// render and a lifecycle's worth of wasm.
pub fn rich_text(text: &str) -> Html {
    text.split('`')
        .enumerate()
        .filter(|(_, part)| !part.is_empty())
        .map(|(i, part)| {
            let part = part.to_owned();
            if i % 2 == 1 {
                html! { <code>{ part }</code> }
            } else {
                html! { { part } }
            }
        })
        .collect()
}
