use std::rc::Rc;

use wasm_bindgen::{JsCast, JsValue};
use yew::prelude::*;

use super::{rich_text, CloseExplainer};
use crate::hooks::use_locale;
use wsclose_core::codes;
use wsclose_core::diagnose::{self, Diagnosis, History};
use wsclose_core::explain::{explain, Close};
use wsclose_core::i18n::Locale;

/// One close seen by a watcher with no target of its own.
#[derive(Clone, Debug, PartialEq)]
pub struct OverlayEntry {
    /// Unique for the page's lifetime.
    pub id: u64,
    pub url: AttrValue,
    pub close: Close,
    pub locale: Locale,
    pub history: Rc<History>,
    pub diagnosis: Rc<Vec<Diagnosis>>,
}

/// Closes of one URL with one code, counted rather than listed: a burst of
/// 200 identical closes is one line saying "×200", not 200 explanations.
#[derive(Clone, Debug, PartialEq)]
pub struct OverlayGroup {
    /// The id of the group's first close: a stable list key.
    pub id: u64,
    pub count: u64,
    /// The most recent close of the group, which is the one shown.
    pub latest: OverlayEntry,
}

#[derive(Properties, PartialEq, Clone)]
pub struct DevOverlayProps {
    /// Every group so far, least recently closed first.
    pub groups: Rc<Vec<OverlayGroup>>,
    /// Closes in older groups the page no longer keeps: still counted, so
    /// the title never caps silently at the number of groups kept.
    #[prop_or_default]
    pub earlier: u64,
}

/// How many groups the panel lists; older ones stay counted in the title.
const SHOWN: usize = 50;

/// The dev-overlay panel fixed in a corner of the page.
///
/// Esc or the close button shrink it to a badge that keeps counting, so a
/// dismissed overlay never hides that more closes happened; the badge
/// reopens it. Each group expands (`<details>`) to the diagnosis, the
/// recorded history and the code's explanation, and copies as Markdown.
#[component]
pub fn DevOverlay(props: &DevOverlayProps) -> Html {
    let dismissed = use_state(|| None::<u64>);
    let copy_state = use_state(|| None::<(u64, Copy)>);
    let textarea = use_node_ref();
    {
        // The fallback: select the Markdown so Ctrl+C copies it.
        let textarea = textarea.clone();
        let fallback = matches!(*copy_state, Some((_, Copy::Fallback(_))));
        use_effect_with(fallback, move |shown| {
            if *shown {
                select(&textarea);
            }
        });
    }
    let requested = props
        .groups
        .last()
        .map(|g| g.latest.locale)
        .unwrap_or_default();
    let locale = use_locale(requested).shown();
    let total: u64 = props.groups.iter().map(|g| g.count).sum::<u64>() + props.earlier;
    if total == 0 {
        return Html::default();
    }
    let t = &locale.diagnosis().overlay;

    if let Some(seen) = *dismissed {
        let reopen = {
            let dismissed = dismissed.clone();
            Callback::from(move |_: MouseEvent| dismissed.set(None))
        };
        let label = diagnose::fill(t.badge, &[("count", &total.to_string())]);
        return html! {
            <button type="button" class="wsclose-overlay-badge" data-part="badge"
                data-new={(total > seen).then_some("")} aria-label={label.clone()} title={label}
                lang={locale.tag()} dir={locale.dir()} onclick={reopen}>
                { "WS " }<span data-part="badge-count">{ total }</span>
            </button>
        };
    }

    let ondismiss = {
        let dismissed = dismissed.clone();
        Callback::from(move |_: MouseEvent| dismissed.set(Some(total)))
    };
    let onkeydown = {
        let dismissed = dismissed.clone();
        Callback::from(move |event: KeyboardEvent| {
            if event.key() == "Escape" {
                dismissed.set(Some(total));
            }
        })
    };

    html! {
        <section class="wsclose-overlay" role="log" aria-live="polite" aria-label={t.title}
            lang={locale.tag()} dir={locale.dir()} {onkeydown}>
            <div class="wsclose-overlay-bar">
                <span data-part="overlay-title">{ t.title }{ " (" }{ total }{ ")" }</span>
                <button type="button" data-part="dismiss" aria-label={t.close} title={t.close}
                    onclick={ondismiss}>{ "×" }</button>
            </div>
            <ol>
                { for props.groups.iter().rev().take(SHOWN).map(|group| {
                    let copy = copy_state.as_ref().filter(|(id, _)| *id == group.id).map(|(_, c)| c.clone());
                    group_view(group, copy, &copy_state, &textarea)
                }) }
            </ol>
        </section>
    }
}

/// Where copying a group's Markdown stands.
#[derive(Clone, Debug, PartialEq)]
enum Copy {
    Copied,
    /// The clipboard refused: the text is shown selected instead.
    Fallback(String),
}

fn group_view(
    group: &OverlayGroup,
    copy: Option<Copy>,
    copy_state: &UseStateHandle<Option<(u64, Copy)>>,
    textarea: &NodeRef,
) -> Html {
    let entry = &group.latest;
    let t = entry.locale.diagnosis();
    let o = &t.overlay;
    let top = entry.diagnosis.first();
    let oncopy = {
        // Built on click, not on every render: each render would otherwise
        // write the Markdown of every shown group (up to 50), and the
        // explanation with it, for a button that is rarely pressed.
        let copy_state = copy_state.clone();
        let (id, count, entry) = (group.id, group.count, entry.clone());
        Callback::from(move |_: MouseEvent| {
            let explanation = explain(entry.close.clone(), entry.locale);
            let markdown =
                diagnose::markdown(&explanation, &entry.history, &entry.diagnosis, count);
            copy_markdown(id, markdown, &copy_state)
        })
    };
    let h = &entry.history;
    let traffic = |count: u64, bytes: u64| {
        diagnose::fill(
            o.traffic,
            &[("count", &count.to_string()), ("bytes", &bytes.to_string())],
        )
    };
    html! {
        <li key={group.id} data-code={entry.close.code.to_string()}
            data-rule={top.map(|d| d.rule.as_str())}>
            <details data-part="group">
                <summary>
                    <span class="wsclose-overlay-code">{ entry.close.code }</span>
                    { " " }{ codes::name(entry.close.code) }
                    if group.count > 1 {
                        { " " }
                        <span class="wsclose-overlay-count" data-part="count">
                            { diagnose::fill(o.times, &[("count", &group.count.to_string())]) }
                        </span>
                    }
                    <span class="wsclose-overlay-url">{ entry.url.clone() }</span>
                    if let Some(d) = top {
                        <span class="wsclose-overlay-top" data-part="top-diagnosis"
                            data-confidence={d.confidence.as_str()}>
                            { rich_text(&d.summary) }
                        </span>
                    }
                </summary>
                <h3>{ o.diagnosis }</h3>
                if entry.diagnosis.is_empty() {
                    <p data-part="no-diagnosis">{ o.no_diagnosis }</p>
                } else {
                    <ul class="wsclose-diagnosis" data-part="diagnosis">
                        { for entry.diagnosis.iter().map(|d| html! {
                            <li data-rule={d.rule.as_str()} data-confidence={d.confidence.as_str()}>
                                <strong>{ d.confidence.label(&t.confidence) }</strong>{ ": " }
                                <span data-part="diagnosis-summary">{ rich_text(&d.summary) }</span>
                                <ul data-part="evidence" aria-label={o.evidence}>
                                    { for d.evidence.iter().map(|fact| html! {
                                        <li>{ rich_text(fact) }</li>
                                    }) }
                                </ul>
                                <p data-part="diagnosis-fix"><strong>{ o.fix }{ ": " }</strong>{ rich_text(&d.fix) }</p>
                                if !d.sources.is_empty() {
                                    <p data-part="diagnosis-sources"><strong>{ o.sources }{ ": " }</strong>
                                        { for d.sources.iter().enumerate().map(|(i, source)| html! {
                                            <>
                                                if i > 0 { { ", " } }
                                                <a href={source.url} target="_blank" rel="noopener noreferrer">{ source.label }</a>
                                            </>
                                        }) }
                                    </p>
                                }
                            </li>
                        }) }
                    </ul>
                }
                <h3>{ o.history }</h3>
                <dl class="wsclose-history" data-part="history">
                    <dt>{ o.opened }</dt>
                    <dd>{ match h.opened_at {
                        Some(at) => format!("{} (+{})", o.yes, diagnose::duration(at - h.created_at)),
                        None => o.no.to_owned(),
                    } }</dd>
                    if let Some(closed) = h.closed_at {
                        <dt>{ o.lifetime }</dt>
                        <dd>{ diagnose::duration(closed - h.created_at) }</dd>
                    }
                    <dt>{ o.sent }</dt>
                    <dd>{ traffic(h.messages_sent, h.bytes_sent) }</dd>
                    <dt>{ o.received }</dt>
                    <dd>{ traffic(h.messages_received, h.bytes_received) }</dd>
                </dl>
                <p class="wsclose-overlay-actions">
                    <button type="button" data-part="copy" onclick={oncopy}>
                        { if copy == Some(Copy::Copied) { o.copied } else { o.copy } }
                    </button>
                </p>
                if let Some(Copy::Fallback(markdown)) = copy {
                    <p data-part="copy-fallback">{ o.copy_fallback }</p>
                    <textarea ref={textarea.clone()} data-part="markdown" readonly=true rows="8"
                        value={markdown} />
                }
                <CloseExplainer
                    code={entry.close.code}
                    reason={entry.close.reason.clone().map(AttrValue::from)}
                    was_clean={entry.close.was_clean}
                    locale={entry.locale}
                />
            </details>
        </li>
    }
}

/// `navigator.clipboard.writeText(markdown)`, falling back to a selected
/// `<textarea>` where the clipboard is missing or refuses (insecure
/// context, no permission, no user activation).
fn copy_markdown(id: u64, markdown: String, state: &UseStateHandle<Option<(u64, Copy)>>) {
    let promise = web_sys::window()
        .and_then(|w| js_sys::Reflect::get(&w.navigator(), &"clipboard".into()).ok())
        .filter(|clipboard| clipboard.is_object())
        .and_then(|clipboard| {
            let write: js_sys::Function = js_sys::Reflect::get(&clipboard, &"writeText".into())
                .ok()?
                .dyn_into()
                .ok()?;
            write
                .call1(&clipboard, &JsValue::from_str(&markdown))
                .ok()?
                .dyn_into::<js_sys::Promise>()
                .ok()
        });
    let Some(promise) = promise else {
        state.set(Some((id, Copy::Fallback(markdown))));
        return;
    };
    // One function for both outcomes, so exactly one call frees it:
    // `writeText` fulfils with `undefined` and rejects with an error.
    let setter = state.setter();
    let settled = wasm_bindgen::closure::Closure::once_into_js(move |value: JsValue| {
        let outcome = if value.is_undefined() {
            Copy::Copied
        } else {
            Copy::Fallback(markdown)
        };
        setter.set(Some((id, outcome)));
    });
    if let Ok(then) = js_sys::Reflect::get(&promise, &"then".into()) {
        if let Some(then) = then.dyn_ref::<js_sys::Function>() {
            let _ = then.call2(&promise, &settled, &settled);
        }
    }
}

fn select(textarea: &NodeRef) {
    let Some(node) = textarea.get() else { return };
    for method in ["focus", "select"] {
        if let Ok(f) = js_sys::Reflect::get(&node, &method.into()) {
            if let Some(f) = f.dyn_ref::<js_sys::Function>() {
                let _ = f.call0(&node);
            }
        }
    }
}
