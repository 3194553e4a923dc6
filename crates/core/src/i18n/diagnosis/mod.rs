//! The diagnosis and dev-overlay text, per locale: every sentence of
//! [`crate::diagnose`] lives here, as every other sentence lives in
//! [`crate::i18n`], so the rules (in `diagnose`) import the text and the text
//! imports nothing of the rules.
//!
//! Each rule's text is a named field of [`RuleTexts`], and each confidence's
//! label a named field of [`Confidences`]: a rule without its text is a
//! compile error, not a label read from the wrong position. The tests below
//! hold each locale to `en.rs` as the catalogs' tests do. `{placeholders}` are
//! filled in by [`crate::i18n::fill`]; backticks mark code.

pub(crate) mod ar;
pub(crate) mod de;
pub(crate) mod en;
pub(crate) mod es;
pub(crate) mod fr;
pub(crate) mod hi;
pub(crate) mod id;
pub(crate) mod ja;
pub(crate) mod ko;
pub(crate) mod pt;
pub(crate) mod th;
pub(crate) mod tr;
pub(crate) mod vi;
pub(crate) mod zh_hans;

/// What one rule says: a summary and a fix, each a template.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(C)]
pub struct RuleText {
    pub summary: &'static str,
    pub fix: &'static str,
}

/// The text of every diagnosis rule, one field per rule.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(C)]
pub struct RuleTexts {
    pub handshake_failed: RuleText,
    pub idle_timeout: RuleText,
    pub idle_then_dropped: RuleText,
    pub went_offline: RuleText,
    pub page_hidden: RuleText,
    pub page_unloading: RuleText,
    pub message_too_big: RuleText,
    pub closed_by_page: RuleText,
    pub closed_by_server: RuleText,
    pub closed_right_after_open: RuleText,
    pub reconnect_storm: RuleText,
}

/// How sure a diagnosis is, as the overlay and the report say it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(C)]
pub struct Confidences {
    pub high: &'static str,
    pub medium: &'static str,
    pub low: &'static str,
}

/// Every sentence of the diagnosis feature in one locale.
///
/// `#[repr(C)]` and made only of strings, like every struct in it: a pack
/// is read into it as one array of strings (`crate::i18n::pack::read`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(C)]
pub struct DiagnosisText {
    pub rules: RuleTexts,
    pub confidence: Confidences,
    pub evidence: Evidence,
    pub overlay: OverlayText,
}

/// Sentences naming one recorded fact each.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(C)]
pub struct Evidence {
    /// `{after}`: time from creation to close.
    pub never_opened: &'static str,
    /// `{before}`: time from the `error` event to the close.
    pub error_event: &'static str,
    /// `{idle}`: the silent stretch before the close.
    pub idle_dropped: &'static str,
    /// `{idle}` again, for a clean close (1001) after the same silence.
    pub idle_closed: &'static str,
    /// `{who}`, `{timeout}`: one known idle timeout.
    pub known_timeout: &'static str,
    /// `{sent}`, `{received}`: how long before the close.
    pub last_activity: &'static str,
    pub never: &'static str,
    /// `{before}`
    pub went_offline: &'static str,
    pub offline_at_close: &'static str,
    /// `{before}`
    pub went_hidden: &'static str,
    pub hidden_at_close: &'static str,
    /// `{before}`
    pub unloading: &'static str,
    /// `{bytes}`, `{before}`
    pub last_sent: &'static str,
    /// `{bytes}`, `{limit}`, `{limit_bytes}`
    pub over_limit: &'static str,
    /// `{who}`, `{limit}`, `{code}`: a server's default message limit and
    /// the code it closes with when a message is bigger.
    pub limit_closes: &'static str,
    /// `{who}`, `{limit}`: a server that drops the connection instead.
    pub limit_drops: &'static str,
    /// `{bytes}`
    pub largest_sent: &'static str,
    /// `{call}`, `{before}`
    pub close_called: &'static str,
    pub no_close_call: &'static str,
    /// `{after}`, `{sent}`, `{received}`
    pub opened_then_closed: &'static str,
    /// `{count}`, `{window}`
    pub earlier_closes: &'static str,
    /// `{bytes}`
    pub buffered: &'static str,
}

/// The dev overlay's own labels.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(C)]
pub struct OverlayText {
    /// The panel's title and accessible name.
    pub title: &'static str,
    pub diagnosis: &'static str,
    pub no_diagnosis: &'static str,
    pub evidence: &'static str,
    /// Heads the links to the documents the evidence rests on.
    pub sources: &'static str,
    pub fix: &'static str,
    pub history: &'static str,
    /// `{count}`: how many closes a group holds.
    pub times: &'static str,
    pub copy: &'static str,
    pub copied: &'static str,
    pub copy_fallback: &'static str,
    pub close: &'static str,
    /// `{count}`: the badge's accessible name.
    pub badge: &'static str,
    /// History rows.
    pub url: &'static str,
    pub opened: &'static str,
    pub lifetime: &'static str,
    pub sent: &'static str,
    pub received: &'static str,
    /// `{count}` messages, `{bytes}` bytes.
    pub traffic: &'static str,
    pub yes: &'static str,
    pub no: &'static str,
}

#[cfg(all(test, not(lazy_locales)))]
mod tests {
    use crate::i18n::{Locale, Texts};
    use crate::prelude::*;

    fn placeholders(text: &str) -> Vec<&str> {
        let mut found: Vec<&str> = text
            .split('{')
            .skip(1)
            .filter_map(|rest| rest.split_once('}').map(|(name, _)| name))
            .collect();
        found.sort_unstable();
        found
    }

    #[test]
    fn every_locale_has_every_string_with_the_same_placeholders() {
        let english = Locale::En.diagnosis().strings();
        for locale in Locale::ALL {
            let strings = locale.diagnosis().strings();
            assert_eq!(strings.len(), english.len());
            for ((name, translated), (_, reference)) in strings.iter().zip(&english) {
                assert!(!translated.trim().is_empty(), "{} {name}", locale.tag());
                assert_eq!(
                    placeholders(translated),
                    placeholders(reference),
                    "{} {name}",
                    locale.tag()
                );
                assert_eq!(
                    translated.matches('`').count() % 2,
                    0,
                    "{} {name}: unbalanced backticks",
                    locale.tag()
                );
            }
        }
    }

    #[test]
    fn translations_keep_every_placeholder_number_and_code_token_and_leave_no_english() {
        let english = Locale::En.diagnosis().strings();
        for locale in &Locale::ALL[1..] {
            crate::i18n::checks::assert_translated(
                locale.tag(),
                &english,
                &locale.diagnosis().strings(),
            );
        }
    }
}
