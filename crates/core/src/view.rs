//! What the widget shows, as plain data: the one message that crosses from
//! the JS API's wasm module to the UI module that renders it.
//!
//! The JS API (`wsclose.js`) has no Yew in it: it records sockets, builds
//! shadow roots and decides what to show. The cards and the overlay are
//! rendered by a second module (`wsclose_ui.js`), loaded when something
//! first needs showing. Everything it is told is a [`View`], serialized on
//! one side and read back on the other, so the two can never disagree on a
//! field name.
//!
//! ```
//! use wsclose_core::view::View;
//! use wsclose_core::{Close, Locale};
//!
//! let card = View::Card { close: Close::from(1009), locale: Locale::Vi };
//! assert_eq!(card.locale(), Some(Locale::Vi));
//! ```

use crate::prelude::*;

use serde::{Deserialize, Serialize};

use crate::diagnose::History;
use crate::explain::Close;
use crate::i18n::Locale;

/// One thing a mount point shows.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub enum View {
    /// The explainer for one close: `mount()`, a watcher's target, or a
    /// `<ws-close-explainer>` with valid attributes.
    Card { close: Close, locale: Locale },
    /// Why an element's attributes make no close: an element cannot throw
    /// at the page, so it says so where the card would be.
    Invalid { message: String },
    /// The dev overlay: every group still kept, least recently closed first,
    /// and how many closes of groups no longer kept came `earlier`.
    Overlay { groups: Vec<Group>, earlier: u64 },
}

impl View {
    /// The language the view is requested in: the text the UI module will
    /// need (the overlay speaks the language of its latest close).
    pub fn locale(&self) -> Option<Locale> {
        match self {
            View::Card { locale, .. } => Some(*locale),
            View::Invalid { .. } => None,
            View::Overlay { groups, .. } => groups.last().map(|g| g.latest.locale),
        }
    }
}

/// Closes of one socket URL with one code, seen by one watcher: counted
/// rather than listed, so a burst of 200 identical closes is one line.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Group {
    /// The id of the group's first close: a stable list key.
    pub id: u64,
    pub count: u64,
    /// The most recent close of the group, which is the one shown.
    pub latest: Entry,
}

/// One close seen by a watcher with no target of its own.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Entry {
    /// Unique for the page's lifetime: the UI module diagnoses each entry once.
    pub id: u64,
    pub url: String,
    pub close: Close,
    pub locale: Locale,
    pub history: History,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_overlay_speaks_the_language_of_its_latest_close() {
        let entry = |id, locale| Entry {
            id,
            url: "wss://example.test/".into(),
            close: Close::from(1006),
            locale,
            history: History::default(),
        };
        let group = |id, locale| Group {
            id,
            count: 1,
            latest: entry(id, locale),
        };
        let overlay = View::Overlay {
            groups: vec![group(1, Locale::De), group(2, Locale::Ja)],
            earlier: 0,
        };
        assert_eq!(overlay.locale(), Some(Locale::Ja));
        let empty = View::Overlay {
            groups: Vec::new(),
            earlier: 3,
        };
        assert_eq!(empty.locale(), None);
        let invalid = View::Invalid {
            message: "no code".into(),
        };
        assert_eq!(invalid.locale(), None);
    }
}
