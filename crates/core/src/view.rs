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

    /// What the API serializes, the UI module reads back unchanged: every
    /// locale by its tag, absent options, a full history, with the field
    /// names the JS API documents for `onClose`'s `history`.
    #[test]
    fn a_view_survives_the_trip_between_the_modules() {
        use crate::diagnose::{CloseCall, PageEvent, PageEventKind};

        for locale in Locale::ALL {
            let card = View::Card {
                close: Close {
                    code: 1009,
                    reason: Some("frame too large \u{202e}".into()),
                    was_clean: Some(false),
                },
                locale,
            };
            let json = serde_json::to_string(&card).unwrap();
            assert!(
                json.contains(&format!("\"locale\":\"{}\"", locale.tag())),
                "{json}"
            );
            assert_eq!(serde_json::from_str::<View>(&json).unwrap(), card);
        }
        let history = History {
            url: "wss://example.test/live".into(),
            created_at: 1.0,
            opened_at: Some(2.0),
            closed_at: Some(9.5),
            ever_opened: true,
            messages_sent: 3,
            bytes_sent: 9_007_199_254_740_991,
            largest_sent: 70_000,
            last_sent_bytes: Some(70_000),
            last_sent_at: Some(9.0),
            messages_received: 1,
            bytes_received: 2,
            last_received_at: Some(3.0),
            buffered_amount_at_close: 4,
            error_at: Some(9.4),
            close_call: Some(CloseCall {
                at: 9.1,
                code: None,
                reason: Some("bye".into()),
            }),
            online_at_close: false,
            hidden_at_close: true,
            page_events: vec![PageEvent {
                at: 5.0,
                kind: PageEventKind::Offline,
            }],
            earlier_closes: vec![0.5],
        };
        let overlay = View::Overlay {
            groups: vec![Group {
                id: 7,
                count: 200,
                latest: Entry {
                    id: 9,
                    close: Close::from(1006),
                    locale: Locale::ZhHans,
                    history,
                },
            }],
            earlier: 12,
        };
        let json = serde_json::to_string(&overlay).unwrap();
        for field in [
            "\"createdAt\"",
            "\"closeCall\"",
            "\"pageEvents\"",
            "\"offline\"",
            "\"wasClean\":null",
            "\"zh-Hans\"",
        ] {
            assert!(json.contains(field), "{field} in {json}");
        }
        assert_eq!(serde_json::from_str::<View>(&json).unwrap(), overlay);
        assert!(
            serde_json::from_str::<View>(r#"{"card":{"close":{"code":1000},"locale":"xx"}}"#)
                .is_err()
        );
        let invalid = View::Invalid {
            message: "<ws-close-explainer>: the code attribute must be an integer".into(),
        };
        let json = serde_json::to_string(&invalid).unwrap();
        assert_eq!(serde_json::from_str::<View>(&json).unwrap(), invalid);
    }
}
