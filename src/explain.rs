//! The answer wsclose gives about one close: pure data, the same for the
//! widget, the JS API and the site.

use std::borrow::Cow;

use serde::{Serialize, Serializer};

use crate::codes::{self, Kind, ProducedBy, Reconnect};
use crate::i18n::{CodeText, Locale};

/// Everything wsclose knows about a close code, in one locale.
///
/// Serialized (camelCase) this is exactly the object `explain()` returns to
/// JavaScript, so every field name here is public API.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Explanation {
    pub code: u16,
    /// The registered English name ("Message Too Big"), or the range's name.
    pub name: &'static str,
    /// The name in the explanation's language.
    pub title: &'static str,
    pub kind: Kind,
    pub summary: Cow<'static, str>,
    pub cause: Cow<'static, str>,
    pub fix: Cow<'static, str>,
    pub produced_by: ProducedBy,
    pub sent_in_close_frame: bool,
    pub close_allowed: bool,
    pub reconnect: Reconnect,
    pub reconnect_reason: Cow<'static, str>,
    pub reference: &'static str,
    #[serde(serialize_with = "serialize_locale")]
    pub locale: Locale,
    /// The reason string of the close, when explaining an actual close.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
    /// `CloseEvent.wasClean`, when explaining an actual close.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub was_clean: Option<bool>,
}

/// A close as the browser reported it: `CloseEvent`'s three fields.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Close {
    pub code: u16,
    pub reason: Option<String>,
    pub was_clean: Option<bool>,
}

impl From<u16> for Close {
    fn from(code: u16) -> Self {
        Close {
            code,
            ..Close::default()
        }
    }
}

fn serialize_locale<S: Serializer>(locale: &Locale, serializer: S) -> Result<S::Ok, S::Error> {
    serializer.serialize_str(locale.tag())
}

/// Explains a close in a locale. Total: every `u16` gets an answer.
///
/// The answer is in [`Locale::available`]: English while a lazily loaded
/// locale's text has not arrived, and `Explanation::locale` says which.
pub fn explain(close: impl Into<Close>, locale: Locale) -> Explanation {
    let locale = locale.available();
    let Close {
        code,
        reason,
        was_clean,
    } = close.into();
    let catalog = locale.catalog();
    let kind = Kind::of(code);
    let text: &CodeText = match codes::lookup(code) {
        Some((index, _)) => &catalog.codes[index],
        None => match kind {
            Kind::Unassigned => &catalog.ranges.unassigned,
            Kind::Unregistered => &catalog.ranges.unregistered,
            Kind::Private => &catalog.ranges.private,
            // Reserved (1004), standard and registered codes all have entries.
            Kind::Invalid | Kind::Reserved | Kind::Standard | Kind::Registered => {
                &catalog.ranges.invalid
            }
        },
    };
    let fill = |template: &'static str| fill_code(template, code);
    Explanation {
        code,
        name: codes::name(code),
        title: text.title,
        kind,
        summary: fill(text.summary),
        cause: fill(text.cause),
        fix: fill(text.fix),
        produced_by: ProducedBy::of(code),
        sent_in_close_frame: codes::sent_in_close_frame(code),
        close_allowed: codes::close_allowed(code),
        reconnect: codes::reconnect(code),
        reconnect_reason: fill(text.reconnect),
        reference: codes::reference(code),
        locale,
        reason,
        was_clean,
    }
}

/// Replaces `{code}` in a range template; borrows when there is nothing to fill.
pub fn fill_code(template: &'static str, code: u16) -> Cow<'static, str> {
    if template.contains("{code}") {
        Cow::Owned(template.replace("{code}", &code.to_string()))
    } else {
        Cow::Borrowed(template)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn known_codes_use_their_own_entry() {
        let e = explain(1009, Locale::En);
        assert_eq!(e.name, "Message Too Big");
        assert_eq!(e.kind, Kind::Standard);
        assert_eq!(e.reconnect, Reconnect::AfterFix);
        assert!(e.summary.contains("larger than"), "{}", e.summary);
        assert_eq!(e.reference, codes::RFC_DEFINED);
    }

    #[test]
    fn range_codes_get_their_number_filled_in() {
        let e = explain(4001, Locale::En);
        assert_eq!(e.kind, Kind::Private);
        assert_eq!(e.name, "Private Use");
        assert!(e.summary.contains("4001"));
        assert!(!e.summary.contains("{code}"));
        assert_eq!(e.reconnect, Reconnect::AppDefined);
        assert!(e.close_allowed && e.sent_in_close_frame);
    }

    #[test]
    fn every_code_in_every_locale_is_explained_without_leftover_placeholders() {
        for locale in Locale::ALL {
            for code in (0..=u16::MAX)
                .step_by(7)
                .chain([1004, 1005, 1006, 1015, 3000, 3003, 3008, 4999])
            {
                let e = explain(code, locale);
                for text in [&e.summary, &e.cause, &e.fix, &e.reconnect_reason] {
                    assert!(!text.contains("{code}"), "{code} {}", locale.tag());
                    assert!(!text.is_empty());
                }
                assert_eq!(e.locale, locale);
            }
        }
    }

    #[test]
    fn browser_made_codes_say_so() {
        for code in [1005, 1006, 1015] {
            let e = explain(code, Locale::En);
            assert_eq!(e.produced_by, ProducedBy::Browser);
            assert!(!e.sent_in_close_frame);
            assert!(!e.close_allowed);
        }
    }

    #[test]
    fn a_close_keeps_its_reason_and_cleanliness() {
        let close = Close {
            code: 1008,
            reason: Some("token expired".into()),
            was_clean: Some(true),
        };
        let e = explain(close, Locale::Es);
        assert_eq!(e.reason.as_deref(), Some("token expired"));
        assert_eq!(e.was_clean, Some(true));
        assert_eq!(e.locale.tag(), "es");
    }
}
