use yew::prelude::*;

#[derive(Properties, PartialEq, Clone)]
pub struct RichTextProps {
    pub text: AttrValue,
}

/// Catalog text, with its `backtick` spans shown as `<code>`.
///
/// The text is split into Yew text nodes, never parsed as HTML, so even a
/// catalog string with markup in it could only ever show as characters.
#[component]
pub fn RichText(props: &RichTextProps) -> Html {
    props
        .text
        .split('`')
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
