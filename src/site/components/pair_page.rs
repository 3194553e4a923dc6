use yew::prelude::*;

use super::{code_path, PairPicker};
use crate::components::rich_text;
use crate::i18n::Locale;
use crate::site::facts::{differences, pair_intro, title, use_when, when_lead, who_sends, Cell};
use crate::site::text::{fill, text};

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
        let e = crate::explain(code, locale);
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
    html! {
        <>
            <h1>{ heading }</h1>
            <p class="lead intro">
                { for pair_intro(locale, low, high).into_iter().map(|s| html! {
                    <>{ rich_text(&s) }{ locale.sentence_separator() }</>
                }) }
            </p>
            <div class="pair-columns">
                { column(low) }
                { column(high) }
            </div>
            <section class="differences">
                <h2>{ t.key_differences }</h2>
                <div class="table-wrap">
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
            <PairPicker {locale} first={low} second={high} />
        </>
    }
}
