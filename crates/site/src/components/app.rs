use yew::prelude::*;

use super::{CodePage, ComparePage, IndexPage, Layout, NotFoundPage, PairPage, RangePage};
use crate::text::{fill, text};
use crate::Route;

#[derive(Properties, PartialEq, Clone)]
pub struct AppProps {
    pub route: Route,
    /// On a range page, the code from `?code=` (the boot script reads it).
    #[prop_or_default]
    pub lookup: Option<u16>,
}

/// The whole page for a route: the same function prerenders and hydrates it.
#[component]
pub fn App(props: &AppProps) -> Html {
    let route = props.route.clone();
    let page = match route {
        Route::Index { locale } => html! { <IndexPage {locale} /> },
        Route::Compare { locale } => html! { <ComparePage {locale} /> },
        Route::Range { locale, first } => {
            html! { <RangePage {locale} {first} lookup={props.lookup} /> }
        }
        Route::Code { locale, code } => html! { <CodePage {locale} {code} /> },
        Route::Pair { locale, low, high } => html! { <PairPage {locale} {low} {high} /> },
        Route::ReversePair { locale, .. } => {
            // The boot script replaces the URL at once; this shows only if it cannot.
            let path = route.canonical().path();
            html! {
                <p class="notice">
                    <a href={path.clone()}>{ fill(text(locale).redirecting, &[("path", &path)]) }</a>
                </p>
            }
        }
        Route::NotFound { .. } => html! { <NotFoundPage route={route.clone()} /> },
    };
    html! { <Layout route={props.route.clone()}>{ page }</Layout> }
}
