use yew::prelude::*;

use super::{code_path, navigate};
use crate::route::{range_of, Route};
use crate::search::search;
use crate::text::{fill, text};
use wsclose_core::i18n::Locale;

#[derive(Properties, PartialEq, Clone)]
pub struct SearchBoxProps {
    pub locale: Locale,
}

/// The page that explains `code`: its own, or its range's with the code looked up.
fn page_of(locale: Locale, code: u16) -> String {
    match range_of(code) {
        Some(first) => format!("{}?code={code}", Route::Range { locale, first }.path()),
        None => code_path(locale, code),
    }
}

/// Finds codes by number or by words in the page's language; Enter opens the first.
#[component]
pub fn SearchBox(props: &SearchBoxProps) -> Html {
    let locale = props.locale;
    let t = text(locale);
    let query = use_state(String::new);
    let found = search(&query, locale);
    let first = found.codes.first().copied().or(found.range_code);
    let oninput = {
        let query = query.clone();
        Callback::from(move |e: InputEvent| {
            let input: web_sys::HtmlInputElement = e.target_unchecked_into();
            query.set(input.value());
        })
    };
    let onsubmit = Callback::from(move |e: SubmitEvent| {
        e.prevent_default();
        if let Some(code) = first {
            navigate(&page_of(locale, code));
        }
    });
    let count = found.codes.len() + usize::from(found.range_code.is_some());
    let count_text = if count == 1 {
        t.search_count_one
    } else {
        t.search_count
    };
    let trimmed = query.trim().to_owned();
    html! {
        <form class="search" role="search" {onsubmit}>
            <label for="search-input">{ t.search_label }</label>
            <input id="search-input" type="search" autocomplete="off"
                   placeholder={t.search_placeholder} {oninput} />
            if !trimmed.is_empty() {
                <p class="search-count" role="status">
                    if found.codes.is_empty() && found.range_code.is_none() {
                        { fill(t.search_none, &[("query", &trimmed)]) }
                    } else {
                        { fill(count_text, &[("count", &count.to_string())]) }
                    }
                </p>
                <ul class="results code-list">
                    { for found.codes.iter().map(|c| super::index_page::code_item(locale, *c)) }
                    if let Some(code) = found.range_code {
                        <li data-code={code.to_string()}>
                            <a href={page_of(locale, code)}>
                                <span class="num">{ code }</span>
                                <span class="name">{ fill(t.search_range_hint, &[("code", &code.to_string())]) }</span>
                            </a>
                        </li>
                    }
                </ul>
            }
        </form>
    }
}
