use yew::prelude::*;

use super::navigate;
use crate::facts::title;
use crate::route::{pair, Route};
use crate::text::text;
use wsclose_core::codes::KNOWN;
use wsclose_core::i18n::Locale;

#[derive(Properties, PartialEq, Clone)]
pub struct PairPickerProps {
    pub locale: Locale,
    pub first: u16,
    pub second: u16,
    /// Called with the canonical path instead of navigating (tests, embedding).
    #[prop_or_default]
    pub onpick: Option<Callback<String>>,
    /// Whether to show the section's own heading (off where the page's `<h1>` says it).
    #[prop_or(true)]
    pub heading: bool,
}

/// Two selects and a swap button; "Compare" opens the canonical pair page.
///
/// Without JavaScript the form is a plain GET to the list of every pair
/// (`/{locale}/compare/?a=…&b=…`), so the button always leads somewhere.
#[component]
pub fn PairPicker(props: &PairPickerProps) -> Html {
    let locale = props.locale;
    let t = text(locale);
    let a = use_state(|| props.first);
    let b = use_state(|| props.second);
    let same = use_state(|| false);
    let (ref_a, ref_b) = (use_node_ref(), use_node_ref());
    {
        // After a swap, the DOM selects follow the state (the `selected`
        // attribute no longer moves an option the user has touched).
        let (ref_a, ref_b) = (ref_a.clone(), ref_b.clone());
        use_effect_with((*a, *b), move |(a, b)| {
            if let Some(s) = ref_a.cast::<web_sys::HtmlSelectElement>() {
                s.set_value(&a.to_string());
            }
            if let Some(s) = ref_b.cast::<web_sys::HtmlSelectElement>() {
                s.set_value(&b.to_string());
            }
        });
    }
    let mut codes: Vec<u16> = KNOWN.iter().map(|k| k.code).collect();
    for extra in [*a, *b] {
        if !codes.contains(&extra) {
            codes.push(extra);
        }
    }
    codes.sort_unstable();
    let onchange = |state: UseStateHandle<u16>| {
        let same = same.clone();
        Callback::from(move |e: Event| {
            let select: web_sys::HtmlSelectElement = e.target_unchecked_into();
            if let Ok(code) = select.value().parse() {
                state.set(code);
                same.set(false);
            }
        })
    };
    let onswap = {
        let (a, b) = (a.clone(), b.clone());
        Callback::from(move |_: MouseEvent| {
            let (x, y) = (*a, *b);
            a.set(y);
            b.set(x);
        })
    };
    let onsubmit = {
        let (a, b, same) = (a.clone(), b.clone(), same.clone());
        let onpick = props.onpick.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            if *a == *b {
                same.set(true);
                return;
            }
            let path = pair(locale, *a, *b).path();
            match &onpick {
                Some(cb) => cb.emit(path),
                None => navigate(&path),
            }
        })
    };
    let select = |id: &'static str,
                  name: &'static str,
                  label: &'static str,
                  node: NodeRef,
                  value: u16,
                  onchange: Callback<Event>| {
        html! {
            <div class="field">
                <label for={id}>{ label }</label>
                <select {id} name={name} ref={node} {onchange}>
                    { for codes.iter().map(|&c| html! {
                        <option value={c.to_string()} selected={c == value}>
                            { c }{ " " }{ title(c, locale) }
                        </option>
                    }) }
                </select>
            </div>
        }
    };
    html! {
        <section class="picker" aria-label={t.picker_heading}>
            if props.heading {
                <h2>{ t.picker_heading }</h2>
            }
            <form class="picker-form" method="get" action={Route::Compare { locale }.path()} {onsubmit}>
                { select("pick-a", "a", t.picker_first, ref_a, *a, onchange(a.clone())) }
                <button type="button" class="swap" data-action="swap" onclick={onswap} aria-label={t.picker_swap}>
                    <span aria-hidden="true">{ "⇄" }</span>{ " " }{ t.picker_swap }
                </button>
                { select("pick-b", "b", t.picker_second, ref_b, *b, onchange(b.clone())) }
                <button type="submit" class="go">{ t.picker_go }</button>
            </form>
            if *same {
                <p class="error" role="alert">{ t.picker_same }</p>
            }
            if props.heading {
                <p><a href={Route::Compare { locale }.path()}>{ t.picker_all }</a></p>
            }
        </section>
    }
}
