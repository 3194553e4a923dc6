use std::rc::Rc;

use yew::prelude::*;

use super::CloseExplainer;
use crate::explain::Close;
use crate::i18n::Locale;

/// One close seen by a watcher with no target of its own.
#[derive(Clone, Debug, PartialEq)]
pub struct OverlayEntry {
    /// Unique for the page's lifetime; used as the list key.
    pub id: u64,
    pub url: AttrValue,
    pub close: Close,
    pub locale: Locale,
}

#[derive(Properties, PartialEq, Clone)]
pub struct DevOverlayProps {
    /// Every close so far, oldest first.
    pub entries: Rc<Vec<OverlayEntry>>,
}

/// How many closes the panel lists; older ones stay counted in the title.
const SHOWN: usize = 50;

/// The dev-overlay panel fixed in a corner of the page.
///
/// Dismissing hides the closes seen so far; the next close shows the panel
/// again, so a dismissed overlay never hides a new problem.
#[component]
pub fn DevOverlay(props: &DevOverlayProps) -> Html {
    let dismissed = use_state(|| 0usize);
    let total = props.entries.len();
    if total <= *dismissed {
        return Html::default();
    }
    let locale = props.entries.last().map(|e| e.locale).unwrap_or_default();
    let ui = &locale.catalog().ui;
    let ondismiss = {
        let dismissed = dismissed.clone();
        Callback::from(move |_: MouseEvent| dismissed.set(total))
    };
    let onkeydown = {
        let dismissed = dismissed.clone();
        Callback::from(move |event: KeyboardEvent| {
            if event.key() == "Escape" {
                dismissed.set(total);
            }
        })
    };

    html! {
        <section class="wsclose-overlay" role="log" aria-live="polite" aria-label={ui.overlay_title}
            lang={locale.tag()} dir={locale.dir()} {onkeydown}>
            <div class="wsclose-overlay-bar">
                <span data-part="overlay-title">{ ui.overlay_title }{ " (" }{ total - *dismissed }{ ")" }</span>
                <button type="button" data-part="dismiss" onclick={ondismiss}>{ ui.dismiss }</button>
            </div>
            <ol>
                { for props.entries[*dismissed..].iter().rev().take(SHOWN).map(|entry| html! {
                    <li key={entry.id}>
                        <p class="wsclose-overlay-url">{ entry.url.clone() }</p>
                        <CloseExplainer
                            code={entry.close.code}
                            reason={entry.close.reason.clone().map(AttrValue::from)}
                            was_clean={entry.close.was_clean}
                            locale={entry.locale}
                        />
                    </li>
                }) }
            </ol>
        </section>
    }
}
