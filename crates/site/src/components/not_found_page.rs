use yew::prelude::*;

use super::code_path;
use crate::facts::title;
use crate::route::{NotFound, Route};
use crate::text::{fill, text};
use wsclose_core::codes::KNOWN;
use wsclose_core::i18n::Locale;

#[derive(Properties, PartialEq, Clone)]
pub struct NotFoundPageProps {
    pub route: Route,
}

/// Says why an address has no page, and links to where the reader can go.
#[component]
pub fn NotFoundPage(props: &NotFoundPageProps) -> Html {
    let locale = props.route.locale();
    let t = text(locale);
    let Route::NotFound { reason, .. } = &props.route else {
        return Html::default();
    };
    let detail = match reason {
        NotFound::Locale(tag) => html! {
            <>
                <p>{ fill(t.not_found_locale, &[("tag", tag)]) }</p>
                <ul class="locale-links">
                    { for Locale::ALL.into_iter().map(|l| html! {
                        <li><a href={format!("/{}/", l.tag())} hreflang={l.tag()} lang={l.tag()}>{ l.native_name() }</a></li>
                    }) }
                </ul>
            </>
        },
        NotFound::Code(text_) => html! { <p>{ fill(t.not_found_code, &[("text", text_)]) }</p> },
        NotFound::SameCode(code) => html! {
            <p>
                <a href={code_path(locale, *code)}>{ fill(t.not_found_same, &[("code", &code.to_string())]) }</a>
            </p>
        },
        NotFound::Path => html! { <p>{ t.not_found_path }</p> },
    };
    html! {
        <section class="not-found" data-reason={reason_name(reason)}>
            <h1>{ t.not_found_title }</h1>
            { detail }
            <h2>{ t.not_found_next }</h2>
            <p><a href={format!("/{}/", locale.tag())}>{ t.nav_all_codes }</a></p>
            <ul class="code-grid">
                { for KNOWN.iter().map(|k| html! {
                    <li><a href={code_path(locale, k.code)}><span class="num">{ k.code }</span>{ " " }{ title(k.code, locale) }</a></li>
                }) }
            </ul>
        </section>
    }
}

fn reason_name(reason: &NotFound) -> &'static str {
    match reason {
        NotFound::Locale(_) => "locale",
        NotFound::Code(_) => "code",
        NotFound::SameCode(_) => "same-code",
        NotFound::Path => "path",
    }
}
