//! `<ws-close-explainer code="1009" reason="…" was-clean="true" lang="vi">`.

use std::cell::RefCell;

use wasm_bindgen::prelude::*;
use web_sys::Element;

use super::ui::Shown;
use super::{glue, input, interop, shadow};
use crate::explain::Close;
use crate::i18n::Locale;
use crate::view::View;

pub const NAME: &str = "ws-close-explainer";

thread_local! {
    /// The card of every connected element; few enough for a linear search.
    static CARDS: RefCell<Vec<(Element, Shown)>> = const { RefCell::new(Vec::new()) };
}

/// Registers the element; called once by `init()`.
///
/// The three callbacks live as long as the element definition, which is the
/// page's lifetime: handing them to JS for good is the point, not a leak.
pub fn define() -> Result<bool, JsValue> {
    let connected = Closure::<dyn Fn(Element)>::new(connected).into_js_value();
    let disconnected = Closure::<dyn Fn(Element)>::new(disconnected).into_js_value();
    let changed = Closure::<dyn Fn(Element)>::new(changed).into_js_value();
    glue::define_element(NAME, &connected, &disconnected, &changed)
}

/// The element's attributes as a card, or a message for the page.
///
/// Reads attributes with the native `getAttribute` and may run the page's
/// `navigator.languages` getter: never called with a borrow held.
fn view(element: &Element) -> View {
    let raw = interop::attribute(element, "code").unwrap_or_default();
    // An attribute is text: digits only, so no float parser in the wasm.
    let code = raw
        .trim()
        .parse::<u16>()
        .map_err(|_| format!("an integer from 0 to 65535, got {}", interop::quoted(&raw)));
    match code {
        Ok(code) => View::Card {
            close: Close {
                code,
                reason: interop::attribute(element, "reason"),
                was_clean: interop::attribute(element, "was-clean").map(|v| v != "false"),
            },
            locale: locale(element),
        },
        Err(message) => View::Invalid {
            message: format!(
                "<{NAME}>: the code attribute must be {}",
                message.trim_start_matches("code must be ")
            ),
        },
    }
}

/// The language of the element as HTML defines it: its own `lang`, else the
/// nearest ancestor's; else the browser's preference.
fn locale(element: &Element) -> Locale {
    interop::lang(element)
        .filter(|tag| !tag.is_empty())
        .map(|tag| Locale::from_tag(&tag).unwrap_or_default())
        .unwrap_or_else(input::browser_locale)
}

fn connected(element: Element) {
    super::ui::start();
    disconnected(element.clone());
    // Worked out before anything is attached: reading the attributes may
    // run page code that disconnects or changes this element again.
    let view = view(&element);
    match shadow::attach(&element) {
        Ok(mount_point) => {
            let shown = Shown::new(mount_point, &view);
            let replaced = CARDS.with_borrow_mut(|cards| {
                let old = take(cards, &element);
                cards.push((element, shown));
                old
            });
            // Dropped outside the borrow.
            drop(replaced);
        }
        Err(error) => interop::report("wsclose: cannot render <ws-close-explainer>", &error),
    }
}

/// Removes `element`'s card from the table.
fn take(cards: &mut Vec<(Element, Shown)>, element: &Element) -> Option<Shown> {
    let index = cards.iter().position(|(e, _)| e == element)?;
    Some(cards.swap_remove(index).1)
}

fn disconnected(element: Element) {
    let card = CARDS.with_borrow_mut(|cards| take(cards, &element));
    drop(card);
}

fn changed(element: Element) {
    // Outside the borrow: reading the attributes may run page code (a
    // `navigator.languages` getter) that changes another element, whose
    // own `changed` then needs the table.
    let view = view(&element);
    let Some(card) = CARDS.with_borrow_mut(|cards| take(cards, &element)) else {
        return;
    };
    card.show(&view);
    let replaced = CARDS.with_borrow_mut(|cards| {
        let old = take(cards, &element);
        cards.push((element, card));
        old
    });
    drop(replaced);
}
