use yew::prelude::*;

use super::code_page::code_sections;
use crate::route::{range_end, range_example, Route};
use crate::text::{fill, text};
use wsclose_core::i18n::Locale;
use wsclose_yew::components::rich_text;

#[derive(Properties, PartialEq, Clone)]
pub struct RangePageProps {
    pub locale: Locale,
    pub first: u16,
    /// The code looked up (`?code=4001`); the range's example when `None`.
    #[prop_or_default]
    pub lookup: Option<u16>,
}

/// A range whose codes share one meaning, with a lookup form.
///
/// The form is a plain GET to this same page, so it works on any static
/// host: the prerendered file explains the range's example, and the boot
/// script renders the code from `?code=` (a page without JavaScript says so).
#[component]
pub fn RangePage(props: &RangePageProps) -> Html {
    let RangePageProps {
        locale,
        first,
        lookup,
    } = *props;
    let t = text(locale);
    let last = range_end(first);
    let (sf, sl) = (first.to_string(), last.to_string());
    let range = [("first", sf.as_str()), ("last", sl.as_str())];
    let example = range_example(first);
    let code = lookup.unwrap_or(example);
    html! {
        <>
            <h1>{ fill(t.range_heading, &range) }</h1>
            <form class="lookup" method="get" action={Route::Range { locale, first }.path()}>
                <div class="field">
                    <label for="lookup-code">{ fill(t.range_lookup_label, &range) }</label>
                    <input id="lookup-code" name="code" type="number" inputmode="numeric"
                           min={sf.clone()} max={sl.clone()} required=true
                           value={code.to_string()} />
                </div>
                <button type="submit">{ t.range_lookup_go }</button>
            </form>
            if lookup.is_some() {
                <p class="notice" role="status">{ fill(t.range_showing, &[("code", &code.to_string())]) }</p>
            } else {
                <p class="js-note">{ rich_text(&fill(t.range_lookup_needs_js, &[("example", &example.to_string())])) }</p>
            }
            { code_sections(locale, code) }
        </>
    }
}
