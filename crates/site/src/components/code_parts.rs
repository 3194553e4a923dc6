//! Sections that code, range and pair pages share: the close-handler
//! snippet, what each browser reports, and the sources. Plain functions of
//! their inputs (no state), like [`rich_text`].

use yew::prelude::*;

use crate::text::{fill, text};
use wsclose_core::codes::{sources, Source};
use wsclose_core::engines::{seen, Engine, Seen, Situation, REASON, SITUATIONS, WAIT_MS};
use wsclose_core::i18n::Locale;
use wsclose_yew::components::rich_text;

/// A `close` listener that reads the three fields, for `code`.
pub fn snippet_code(code: u16) -> String {
    format!(
        "ws.addEventListener(\"close\", (event) => {{\n  \
         if (event.code === {code}) {{\n    \
         console.warn(event.code, event.reason, event.wasClean);\n  \
         }}\n}});"
    )
}

/// "Reading it in a close handler": a sentence and the snippet.
pub fn snippet(locale: Locale, code: u16) -> Html {
    let t = text(locale);
    html! {
        <section class="snippet">
            <h2>{ t.snippet_heading }</h2>
            <p>{ rich_text(t.snippet_intro) }</p>
            <pre dir="ltr"><code>{ snippet_code(code) }</code></pre>
        </section>
    }
}

/// Whether the facts suite measures a server closing with `code`: only
/// measured codes get a browser table.
pub fn measured(code: u16) -> bool {
    SITUATIONS.contains(&Situation::ServerCloses(code))
}

fn js_value(text: &str) -> Html {
    html! { <code dir="ltr">{ text.to_owned() }</code> }
}

fn reason_value(seen: &Seen) -> String {
    format!("{:?}", seen.reason)
}

fn no_close(locale: Locale) -> Html {
    let seconds = (WAIT_MS / 1000).to_string();
    rich_text(&fill(text(locale).no_close, &[("seconds", &seconds)]))
}

fn note(locale: Locale) -> Html {
    html! { <p class="note">{ rich_text(&fill(text(locale).browsers_note, &[("reason", REASON)])) }</p> }
}

/// A "what each browser reports" section: heading, the note on how it was
/// measured, and a scrollable table with a row per engine. The two tables
/// differ only in their column headers and cells.
fn browsers_section(
    locale: Locale,
    heading: String,
    columns: Html,
    row: impl Fn(Engine) -> Html,
) -> Html {
    html! {
        <section class="browsers">
            <h2>{ heading.clone() }</h2>
            { note(locale) }
            <div class="table-wrap" tabindex="0" role="region" aria-label={heading}>
                <table class="facts">
                    <thead>
                        <tr>
                            <th scope="col">{ text(locale).browser }</th>
                            { columns }
                        </tr>
                    </thead>
                    <tbody>
                        { for Engine::ALL.into_iter().map(|engine| html! {
                            <tr data-engine={engine.name()}>
                                <th scope="row">{ engine.name() }</th>
                                { row(engine) }
                            </tr>
                        }) }
                    </tbody>
                </table>
            </div>
        </section>
    }
}

/// What each engine shows the page when a server closes with `code`,
/// straight from [`wsclose_core::engines::seen`]: `code`, `wasClean`, `reason`.
pub fn browsers(locale: Locale, code: u16) -> Html {
    if !measured(code) {
        return Html::default();
    }
    let heading = fill(
        text(locale).browsers_heading,
        &[("code", &code.to_string())],
    );
    let columns = html! {
        <>
            <th scope="col">{ js_value("event.code") }</th>
            <th scope="col">{ js_value("event.wasClean") }</th>
            <th scope="col">{ js_value("event.reason") }</th>
        </>
    };
    browsers_section(locale, heading, columns, |engine| {
        match seen(Situation::ServerCloses(code), engine) {
            Some(s) => html! {
                <>
                    <td>{ js_value(&s.code.to_string()) }</td>
                    <td>{ js_value(&s.was_clean.to_string()) }</td>
                    <td>{ js_value(&reason_value(&s)) }</td>
                </>
            },
            None => html! { <td colspan="3">{ no_close(locale) }</td> },
        }
    })
}

/// The same for two codes: one row per engine, one column per code.
pub fn browsers_pair(locale: Locale, low: u16, high: u16) -> Html {
    if !measured(low) || !measured(high) {
        return Html::default();
    }
    let heading = fill(
        text(locale).browsers_pair_heading,
        &[("a", &low.to_string()), ("b", &high.to_string())],
    );
    let cell = |code: u16, engine: Engine| match seen(Situation::ServerCloses(code), engine) {
        Some(s) => html! {
            <td>
                { js_value(&format!("code: {}", s.code)) }{ " " }
                { js_value(&format!("wasClean: {}", s.was_clean)) }{ " " }
                { js_value(&format!("reason: {}", reason_value(&s))) }
            </td>
        },
        None => html! { <td>{ no_close(locale) }</td> },
    };
    let columns = html! {
        <>
            <th scope="col">{ low }</th>
            <th scope="col">{ high }</th>
        </>
    };
    browsers_section(locale, heading, columns, |engine| {
        html! { <>{ cell(low, engine) }{ cell(high, engine) }</> }
    })
}

/// The documents the page's facts come from, defining document first,
/// without repeats when two codes share one.
pub fn sources_of(codes: &[u16]) -> Vec<&'static Source> {
    let mut out: Vec<&'static Source> = Vec::new();
    for &code in codes {
        for source in sources(code) {
            if !out.iter().any(|s| s.url == source.url) {
                out.push(source);
            }
        }
    }
    out
}

/// "Sources": a link per document.
pub fn sources_section(locale: Locale, codes: &[u16]) -> Html {
    html! {
        <section class="sources">
            <h2>{ text(locale).sources_heading }</h2>
            <ul>
                { for sources_of(codes).into_iter().map(|s| html! {
                    <li><a href={s.url} rel="noopener">{ s.label }</a></li>
                }) }
            </ul>
        </section>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_snippet_reads_every_field_of_the_event() {
        let js = snippet_code(1006);
        for field in ["event.code === 1006", "event.reason", "event.wasClean"] {
            assert!(js.contains(field), "{js}");
        }
    }

    #[test]
    fn every_code_with_an_entry_is_measured_and_sources_do_not_repeat() {
        for known in wsclose_core::codes::KNOWN {
            assert!(measured(known.code), "{}", known.code);
        }
        let both = sources_of(&[1000, 1006]);
        let mut urls: Vec<&str> = sources(1000)
            .iter()
            .chain(sources(1006))
            .map(|s| s.url)
            .collect();
        urls.sort_unstable();
        urls.dedup();
        assert_eq!(both.len(), urls.len(), "each document once");
        assert_eq!(both[0].url, sources(1000)[0].url);
    }
}
