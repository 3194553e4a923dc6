use yew::prelude::*;

use super::{CloseExplainer, CloseExplainerProps};

#[derive(Properties, PartialEq, Clone)]
pub struct ExplainerElementProps {
    /// The explainer's props, or why the element's attributes don't make one.
    pub props: Result<CloseExplainerProps, AttrValue>,
}

/// What `<ws-close-explainer>` renders: the explainer, or a visible message
/// naming the bad attribute (an element cannot throw at the page).
#[component]
pub fn ExplainerElement(props: &ExplainerElementProps) -> Html {
    match &props.props {
        Ok(props) => html! { <CloseExplainer ..props.clone() /> },
        Err(message) => html! {
            <p class="wsclose-error" role="alert" data-part="error">{ message.clone() }</p>
        },
    }
}
