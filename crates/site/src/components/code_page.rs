use yew::prelude::*;

use super::code_parts::{browsers, snippet, sources_section};
use super::PairPicker;
use crate::facts::{confused_with, title, use_when};
use crate::route::{pair, range_end, range_of, Route};
use crate::text::{fill, text};
use wsclose_core::i18n::Locale;
use wsclose_yew::components::{rich_text, CloseExplainer};

#[derive(Properties, PartialEq, Clone)]
pub struct CodePageProps {
    pub locale: Locale,
    pub code: u16,
}

/// Everything about one code below its heading: the explainer, when it is
/// sent, how to read it, what browsers report, sources and comparisons.
/// The range pages show the same for the code looked up.
pub fn code_sections(locale: Locale, code: u16) -> Html {
    let t = text(locale);
    let confused = confused_with(code);
    let second = confused
        .first()
        .copied()
        .unwrap_or(if code == 1000 { 1006 } else { 1000 });
    html! {
        <>
            <CloseExplainer {code} {locale} />
            <section class="sending">
                <h2>{ t.code_when_heading }</h2>
                <p>{ rich_text(use_when(locale, code)) }</p>
            </section>
            { snippet(locale, code) }
            { browsers(locale, code) }
            { sources_section(locale, &[code]) }
            if !confused.is_empty() {
                <section class="confused">
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
                </section>
            }
            <PairPicker {locale} first={code} {second} />
        </>
    }
}

/// One code's page.
#[component]
pub fn CodePage(props: &CodePageProps) -> Html {
    let CodePageProps { locale, code } = *props;
    let t = text(locale);
    let c = code.to_string();
    html! {
        <>
            <h1>{ fill(t.code_heading, &[("code", &c)]) }</h1>
            if let Some(first) = range_of(code) {
                <p class="notice">
                    { fill(t.range_page_note, &[("code", &c)]) }{ " " }
                    <a href={Route::Range { locale, first }.path()}>
                        { fill(t.range_link, &[("first", &first.to_string()), ("last", &range_end(first).to_string())]) }
                    </a>
                </p>
            }
            { code_sections(locale, code) }
        </>
    }
}
