use yew::prelude::*;

use super::{code_path, LiveCheck, PairPicker, SearchBox};
use crate::facts::groups;
use crate::route::{range_end, Route, RANGES};
use crate::text::{fill, text};
use wsclose_core::i18n::Locale;
use wsclose_yew::components::rich_text;

#[derive(Properties, PartialEq, Clone)]
pub struct IndexPageProps {
    pub locale: Locale,
}

/// One code in a list: number, localized name, one-line summary.
pub fn code_item(locale: Locale, code: u16) -> Html {
    let e = wsclose_core::explain(code, locale);
    html! {
        <li data-code={code.to_string()}>
            <a href={code_path(locale, code)}>
                <span class="num">{ code }</span>
                <span class="name">{ e.title }</span>
            </a>
            <span class="summary">{ rich_text(&e.summary) }</span>
        </li>
    }
}

/// Every code grouped by range, with search, the pair picker and the live check.
#[component]
pub fn IndexPage(props: &IndexPageProps) -> Html {
    let locale = props.locale;
    let t = text(locale);
    let [protocol, library] = groups();
    let range_link = |first: u16| {
        let (f, l) = (first.to_string(), range_end(first).to_string());
        html! {
            <p><a href={Route::Range { locale, first }.path()}>
                { fill(t.range_link, &[("first", &f), ("last", &l)]) }
            </a></p>
        }
    };
    let group = |id: &str, heading: &str, note: &str, codes: &[u16], range: u16| {
        html! {
            <section class="group" id={id.to_owned()}>
                <h2>{ heading.to_owned() }</h2>
                <p class="note">{ rich_text(note) }</p>
                <ul class="code-list">
                    { for codes.iter().map(|c| code_item(locale, *c)) }
                </ul>
                { range_link(range) }
            </section>
        }
    };
    html! {
        <>
            <h1>{ t.index_title }</h1>
            <p class="lead">{ rich_text(t.index_intro) }</p>
            <SearchBox {locale} />
            <p class="js-note">{ t.live_needs_js }</p>
            { group("protocol", t.group_protocol, t.group_protocol_note, &protocol, RANGES[0].0) }
            { group("library", t.group_library, t.group_library_note, &library, RANGES[1].0) }
            <section class="group" id="private">
                <h2>{ t.group_private }</h2>
                <p class="note">{ rich_text(t.group_private_note) }</p>
                <p><a href={format!("{}?code=4001", Route::Range { locale, first: RANGES[2].0 }.path())}>{ t.private_example }</a></p>
            </section>
            <PairPicker {locale} first={1000} second={1006} />
            <LiveCheck {locale} />
        </>
    }
}
