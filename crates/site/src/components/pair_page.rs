use yew::prelude::*;

use super::code_parts::{browsers_pair, sources_section};
use super::{code_path, PairPicker};
use crate::facts::{
    confused_with, differences, pair_intro, title, use_when, when_lead, who_sends, Cell,
};
use crate::route::pair;
use crate::text::{fill, text};
use wsclose_core::i18n::Locale;
use wsclose_yew::components::rich_text;

#[derive(Properties, PartialEq, Clone)]
pub struct PairPageProps {
    pub locale: Locale,
    pub low: u16,
    pub high: u16,
}

fn cell(cell: &Cell) -> Html {
    match cell {
        Cell::Text(s) => html! { { rich_text(s) } },
        Cell::Link { href, label } => html! {
            <a href={*href} rel="noopener noreferrer">{ *label }</a>
        },
    }
}

/// The pairs each of the two codes is often confused in, other than this
/// one: the links that lead from one comparison to the next.
pub fn related_pairs(low: u16, high: u16) -> Vec<(u16, u16)> {
    let mut out = Vec::new();
    for code in [low, high] {
        for other in confused_with(code) {
            let p = (code.min(other), code.max(other));
            if p != (low, high) && !out.contains(&p) {
                out.push(p);
            }
        }
    }
    out
}

/// Two codes side by side: intro, each code, key differences, when to use which.
#[component]
pub fn PairPage(props: &PairPageProps) -> Html {
    let PairPageProps { locale, low, high } = *props;
    let t = text(locale);
    let ui = &locale.catalog().ui;
    let (a, b) = (low.to_string(), high.to_string());
    let heading = fill(
        t.pair_title,
        &[
            ("a", &a),
            ("name_a", title(low, locale)),
            ("b", &b),
            ("name_b", title(high, locale)),
        ],
    );
    let column = |code: u16| {
        let e = wsclose_core::explain(code, locale);
        html! {
            <section class="pair-code" data-code={code.to_string()}>
                <h2><a href={code_path(locale, code)}><span class="num">{ code }</span>{ " " }{ e.title }</a></h2>
                if e.title != e.name {
                    <p class="en-name" lang="en">{ e.name }</p>
                }
                <h3>{ t.what_it_means }</h3>
                <p data-part="summary">{ rich_text(&e.summary) }</p>
                <h3>{ ui.cause }</h3>
                <p data-part="cause">{ rich_text(&e.cause) }</p>
                <h3>{ ui.fix }</h3>
                <p data-part="fix">{ rich_text(&e.fix) }</p>
            </section>
        }
    };
    let rows = differences(locale, low, high);
    let related = related_pairs(low, high);
    html! {
        <>
            <h1>{ heading }</h1>
            <p class="lead intro">
                { for pair_intro(locale, low, high).into_iter().map(|s| html! {
                    <>{ rich_text(&s) }{ locale.sentence_separator() }</>
                }) }
            </p>
            <section class="differences">
                <h2>{ t.key_differences }</h2>
                <div class="table-wrap" tabindex="0" role="region" aria-label={t.key_differences}>
                    <table class="diff">
                        <thead>
                            <tr>
                                <th scope="col">{ t.attribute }</th>
                                <th scope="col">{ low }{ " " }{ title(low, locale) }</th>
                                <th scope="col">{ high }{ " " }{ title(high, locale) }</th>
                            </tr>
                        </thead>
                        <tbody>
                            { for rows.iter().map(|row| html! {
                                <tr data-row={row.key} data-differs={row.differs().to_string()}>
                                    <th scope="row">
                                        { rich_text(row.label) }
                                        if row.differs() {
                                            { " " }<span class="differs">{ t.differs }</span>
                                        }
                                    </th>
                                    <td>{ cell(&row.a) }</td>
                                    <td>{ cell(&row.b) }</td>
                                </tr>
                            }) }
                        </tbody>
                    </table>
                </div>
            </section>
            <div class="pair-columns">
                { column(low) }
                { column(high) }
            </div>
            <section class="when">
                <h2>{ t.when_to_use }</h2>
                <p>{ rich_text(&when_lead(locale, low, high)) }</p>
                <dl>
                    { for [low, high].into_iter().map(|code| html! {
                        <>
                            <dt><span class="num">{ code }</span>{ " " }{ title(code, locale) }</dt>
                            <dd>
                                <p>{ rich_text(use_when(locale, code)) }</p>
                                <p class="who">{ rich_text(&who_sends(locale, code)) }</p>
                            </dd>
                        </>
                    }) }
                </dl>
            </section>
            { browsers_pair(locale, low, high) }
            if !related.is_empty() {
                <section class="related">
                    <h2>{ t.related_heading }</h2>
                    <ul class="pair-links">
                        { for related.iter().map(|&(a, b)| html! {
                            <li>
                                <a href={pair(locale, a, b).path()}>
                                    { fill(t.compare_link, &[("a", &a.to_string()), ("b", &b.to_string())]) }
                                </a>
                            </li>
                        }) }
                    </ul>
                </section>
            }
            { sources_section(locale, &[low, high]) }
            <PairPicker {locale} first={low} second={high} />
        </>
    }
}
