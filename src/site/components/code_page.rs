use yew::prelude::*;

use super::PairPicker;
use crate::components::{rich_text, CloseExplainer};
use crate::i18n::Locale;
use crate::site::facts::{confused_with, title, use_when, who_sends};
use crate::site::route::{is_prerendered, pair};
use crate::site::text::{fill, text};

#[derive(Properties, PartialEq, Clone)]
pub struct CodePageProps {
    pub locale: Locale,
    pub code: u16,
}

/// Everything about one code: the explainer, who sends it, and what to compare it with.
#[component]
pub fn CodePage(props: &CodePageProps) -> Html {
    let CodePageProps { locale, code } = *props;
    let t = text(locale);
    let c = code.to_string();
    let confused = confused_with(code);
    let second = confused
        .first()
        .copied()
        .unwrap_or(if code == 1000 { 1006 } else { 1000 });
    html! {
        <>
            <h1>{ fill(t.code_heading, &[("code", &c)]) }</h1>
            if !is_prerendered(code) {
                <p class="notice">{ fill(t.range_page_note, &[("code", &c)]) }</p>
            }
            <CloseExplainer {code} {locale} />
            <section class="sending">
                <h2>{ t.when_to_use }</h2>
                <p>{ rich_text(&who_sends(locale, code)) }</p>
                <p>{ rich_text(use_when(locale, code)) }</p>
            </section>
            <section class="confused">
                if confused.is_empty() {
                    <h2>{ t.picker_heading }</h2>
                    <p>{ t.confused_none }</p>
                } else {
                    <h2>{ t.confused_heading }</h2>
                    <ul class="pair-links">
                        { for confused.iter().map(|&other| {
                            let (a, b) = (code.min(other), code.max(other));
                            html! {
                                <li>
                                    <a href={pair(locale, a, b).path()}>
                                        { fill(t.compare_link, &[("a", &a.to_string()), ("b", &b.to_string())]) }
                                    </a>
                                    { " · " }{ title(other, locale) }
                                </li>
                            }
                        }) }
                    </ul>
                }
            </section>
            <PairPicker {locale} first={code} {second} />
        </>
    }
}
