use yew::prelude::*;

use super::rich_text;
use crate::hooks::use_locale;
use wsclose_core::explain::{explain, fill_code, Close};
use wsclose_core::i18n::Locale;

#[derive(Properties, PartialEq, Clone)]
pub struct CloseExplainerProps {
    /// `CloseEvent.code`.
    pub code: u16,
    /// `CloseEvent.reason`: server-provided, so shown strictly as text.
    #[prop_or_default]
    pub reason: Option<AttrValue>,
    /// `CloseEvent.wasClean`, when the explanation is of an actual close.
    #[prop_or_default]
    pub was_clean: Option<bool>,
    #[prop_or_default]
    pub locale: Locale,
}

/// Explains one close: what the code means, the likely cause, the fix, and
/// whether to reconnect.
///
/// Embedders and tests find its parts through stable attributes: the root
/// carries `data-close-code`, and each part a `data-part` of `name`, `title`,
/// `summary`, `engines`, `cause`, `fix`, `reconnect`, `reason` or `sources`.
#[component]
pub fn CloseExplainer(props: &CloseExplainerProps) -> Html {
    let close = Close {
        code: props.code,
        reason: props.reason.as_ref().map(|r| r.to_string()),
        was_clean: props.was_clean,
    };
    let locale = use_locale(props.locale).shown();
    let e = explain(close, locale);
    let ui = &locale.catalog().ui;
    let yes_no = |b: bool| if b { ui.yes } else { ui.no };
    let produced_by = match e.produced_by {
        wsclose_core::codes::ProducedBy::Peer => ui.produced_by_peer,
        wsclose_core::codes::ProducedBy::Browser => ui.produced_by_browser,
        wsclose_core::codes::ProducedBy::NonBrowser => ui.produced_by_non_browser,
    };

    html! {
        <article
            class="wsclose"
            data-close-code={e.code.to_string()}
            data-kind={e.kind.as_str()}
            data-advice={e.reconnect.as_str()}
            lang={e.locale.tag()}
            dir={e.locale.dir()}
            aria-label={fill_code(ui.widget_label, e.code).into_owned()}
        >
            <header class="wsclose-head">
                <span class="wsclose-code">{ e.code }</span>
                <h2 class="wsclose-name" data-part="name">{ e.name }</h2>
                if e.title != e.name {
                    <span class="wsclose-title" data-part="title">{ e.title }</span>
                }
                if let Some(clean) = e.was_clean {
                    <span class="wsclose-badge" data-clean={clean.to_string()}>
                        { if clean { ui.clean } else { ui.not_clean } }
                    </span>
                }
            </header>
            <p class="wsclose-summary" data-part="summary">{ rich_text(&e.summary) }</p>
            if let Some(note) = &e.engine_note {
                <p class="wsclose-engines" data-part="engines">{ rich_text(note) }</p>
            }
            <h3>{ ui.cause }</h3>
            <p data-part="cause">{ rich_text(&e.cause) }</p>
            <h3>{ ui.fix }</h3>
            <p data-part="fix">{ rich_text(&e.fix) }</p>
            <h3>{ ui.reconnect }</h3>
            <p data-part="reconnect" data-advice={e.reconnect.as_str()}>
                <strong>{ ui.reconnect_advice(e.reconnect) }</strong>
                { " " }
                { rich_text(&e.reconnect_reason) }
            </p>
            if let Some(reason) = &e.reason {
                <h3>{ ui.reason }</h3>
                if reason.is_empty() {
                    <p class="wsclose-reason" data-part="reason" data-empty="">{ ui.no_reason }</p>
                } else {
                    <p class="wsclose-reason" data-part="reason" dir="auto">{ reason.clone() }</p>
                }
            }
            <details>
                <summary>{ ui.details }</summary>
                <dl>
                    <dt>{ ui.kind }</dt>
                    <dd data-part="kind">{ ui.kind(e.kind) }</dd>
                    <dt>{ ui.produced_by }</dt>
                    <dd data-part="produced-by">{ produced_by }</dd>
                    <dt>{ ui.sent_in_close_frame }</dt>
                    <dd>{ yes_no(e.sent_in_close_frame) }</dd>
                    <dt>{ rich_text(ui.close_allowed) }</dt>
                    <dd>{ yes_no(e.close_allowed) }</dd>
                    <dt>{ ui.sources }</dt>
                    <dd>
                        <ul class="wsclose-sources" data-part="sources">
                            { for e.sources.iter().map(|source| html! {
                                <li><a href={source.url} target="_blank" rel="noopener noreferrer">{ source.label }</a></li>
                            }) }
                        </ul>
                    </dd>
                </dl>
            </details>
        </article>
    }
}
