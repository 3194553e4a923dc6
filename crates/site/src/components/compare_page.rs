use yew::prelude::*;

use super::PairPicker;
use crate::facts::title;
use crate::route::pair;
use crate::text::{fill, text};
use wsclose_core::codes::KNOWN;
use wsclose_core::i18n::Locale;

#[derive(Properties, PartialEq, Clone)]
pub struct ComparePageProps {
    pub locale: Locale,
}

/// Every pair as a link, grouped by the lower code, under the picker.
///
/// The picker's form sends `?a=…&b=…` here: with JavaScript the boot script
/// goes on to the pair's page; without it, the reader picks from the list.
#[component]
pub fn ComparePage(props: &ComparePageProps) -> Html {
    let locale = props.locale;
    let t = text(locale);
    html! {
        <>
            <h1>{ t.compare_title }</h1>
            <p class="lead">{ t.compare_description }</p>
            <PairPicker {locale} first={1000} second={1006} heading=false />
            <p class="js-note">{ t.compare_needs_js }</p>
            <div class="pair-index">
                { for KNOWN.iter().enumerate().take(KNOWN.len() - 1).map(|(i, low)| html! {
                    <section class="pair-group">
                        <h2><span class="num">{ low.code }</span>{ " " }{ title(low.code, locale) }</h2>
                        <ul class="pair-links">
                            { for KNOWN[i + 1..].iter().map(|high| html! {
                                <li>
                                    <a href={pair(locale, low.code, high.code).path()}>
                                        { fill(t.compare_link, &[("a", &low.code.to_string()), ("b", &high.code.to_string())]) }
                                    </a>
                                </li>
                            }) }
                        </ul>
                    </section>
                }) }
            </div>
        </>
    }
}
