//! The site's own labels and sentence templates, per locale.
//!
//! Per-code prose (title, summary, cause, fix, reconnect) comes from the
//! widget's catalogs ([`wsclose_core::i18n`]); this module holds only what the site
//! adds around it. Conventions are those of `crates/core/src/i18n/en.rs`: code tokens in
//! backticks stay untranslated, `{placeholders}` are filled in by the site.

mod ar;
mod de;
mod en;
mod es;
mod fr;
mod hi;
mod id;
mod ja;
mod ko;
mod pt;
mod th;
mod tr;
mod vi;
mod zh_hans;

use wsclose_core::codes::KNOWN;
use wsclose_core::i18n::Locale;

/// Every string the site adds to the catalogs, for one locale.
#[derive(Debug)]
pub struct SiteText {
    // Layout.
    pub site_name: &'static str,
    pub tagline: &'static str,
    pub nav_all_codes: &'static str,
    pub languages: &'static str,
    pub skip_to_content: &'static str,
    /// The accessible name of the breadcrumb trail.
    pub breadcrumb_label: &'static str,

    // Index page.
    pub index_title: &'static str,
    pub index_description: &'static str,
    pub index_intro: &'static str,
    pub group_protocol: &'static str,
    pub group_protocol_note: &'static str,
    pub group_library: &'static str,
    pub group_library_note: &'static str,
    pub group_private: &'static str,
    pub group_private_note: &'static str,
    pub private_example: &'static str,
    pub search_label: &'static str,
    pub search_placeholder: &'static str,
    /// `{count}`: number of matching codes (2 or more).
    pub search_count: &'static str,
    /// `{count}`: exactly one matching code.
    pub search_count_one: &'static str,
    /// `{query}`: what the reader typed.
    pub search_none: &'static str,
    /// `{code}`: a valid code without an entry of its own.
    pub search_range_hint: &'static str,

    // Code page.
    /// `{code}`, `{name}`.
    pub code_title: &'static str,
    /// `{code}`, `{name}`, `{summary}`.
    pub code_description: &'static str,
    /// `{code}`.
    pub code_heading: &'static str,
    /// `{code}`: shown for a code explained by its range.
    pub range_page_note: &'static str,
    /// Heading over when an endpoint sends the code.
    pub code_when_heading: &'static str,
    pub snippet_heading: &'static str,
    pub snippet_intro: &'static str,
    /// `{code}`.
    pub browsers_heading: &'static str,
    /// `{a}`, `{b}`.
    pub browsers_pair_heading: &'static str,
    /// `{reason}`: the reason string the measuring server sends.
    pub browsers_note: &'static str,
    pub browser: &'static str,
    /// `{seconds}`.
    pub no_close: &'static str,
    pub sources_heading: &'static str,
    pub confused_heading: &'static str,
    pub confused_none: &'static str,
    /// `{a}`, `{b}`.
    pub compare_link: &'static str,

    // Pair page.
    /// `{a}`, `{name_a}`, `{b}`, `{name_b}`.
    pub pair_title: &'static str,
    /// `{a}`, `{name_a}`, `{b}`, `{name_b}`.
    pub pair_description: &'static str,
    /// `{a}`, `{name_a}`, `{b}`, `{name_b}`, `{kind}`.
    pub intro_same_range: &'static str,
    /// `{a}`, `{name_a}`, `{kind_a}`, `{b}`, `{name_b}`, `{kind_b}`.
    pub intro_other_range: &'static str,
    pub intro_both_peer: &'static str,
    pub intro_both_browser: &'static str,
    /// `{peer}`, `{browser}`: code numbers.
    pub intro_mixed_producer: &'static str,
    pub intro_both_clean: &'static str,
    pub intro_both_abnormal: &'static str,
    /// `{clean}`, `{abnormal}`: code numbers.
    pub intro_mixed_clean: &'static str,
    /// `{advice}`.
    pub intro_same_reconnect: &'static str,
    /// `{a}`, `{advice_a}`, `{b}`, `{advice_b}`.
    pub intro_other_reconnect: &'static str,
    pub what_it_means: &'static str,
    pub related_heading: &'static str,
    pub key_differences: &'static str,
    pub attribute: &'static str,
    pub differs: &'static str,
    pub row_name: &'static str,
    pub row_clean: &'static str,
    pub clean_yes: &'static str,
    pub clean_no: &'static str,
    pub when_to_use: &'static str,
    pub when_both_sendable: &'static str,
    /// `{sendable}`, `{other}`: code numbers.
    pub when_one_sendable: &'static str,
    pub when_both_browser: &'static str,
    pub when_neither: &'static str,
    /// `{code}`.
    pub send_page: &'static str,
    /// `{code}`.
    pub send_server: &'static str,
    /// `{code}`: 1010, which only a (non-browser) client may send.
    pub send_client: &'static str,
    /// `{code}`.
    pub send_browser_only: &'static str,
    /// `{code}`.
    pub send_never: &'static str,
    /// When an endpoint would send each known code, in [`KNOWN`] order.
    pub use_when: [&'static str; KNOWN.len()],
    pub use_when_unassigned: &'static str,
    pub use_when_unregistered: &'static str,
    pub use_when_private: &'static str,

    // Pair picker.
    pub picker_heading: &'static str,
    pub picker_first: &'static str,
    pub picker_second: &'static str,
    pub picker_swap: &'static str,
    pub picker_go: &'static str,
    pub picker_same: &'static str,
    /// Link to the list of every pair.
    pub picker_all: &'static str,

    // The list of every pair.
    pub compare_title: &'static str,
    pub compare_description: &'static str,
    pub compare_needs_js: &'static str,

    // Range pages.
    /// `{first}`, `{last}`.
    pub range_title: &'static str,
    /// `{first}`, `{last}`.
    pub range_description: &'static str,
    /// `{first}`, `{last}`.
    pub range_heading: &'static str,
    /// `{first}`, `{last}`.
    pub range_lookup_label: &'static str,
    pub range_lookup_go: &'static str,
    /// `{example}`.
    pub range_lookup_needs_js: &'static str,
    /// `{code}`: the code looked up.
    pub range_showing: &'static str,
    /// `{first}`, `{last}`.
    pub range_link: &'static str,

    // Live check.
    pub live_heading: &'static str,
    pub live_intro: &'static str,
    pub live_url: &'static str,
    pub live_bytes: &'static str,
    pub live_connect: &'static str,
    pub live_close: &'static str,
    pub live_connecting: &'static str,
    pub live_open: &'static str,
    /// `{bytes}`.
    pub live_sent: &'static str,
    pub live_bad_url: &'static str,
    pub live_failed: &'static str,
    pub live_needs_js: &'static str,

    // Not found.
    pub not_found_title: &'static str,
    pub not_found_path: &'static str,
    /// `{tag}`.
    pub not_found_locale: &'static str,
    /// `{text}`.
    pub not_found_code: &'static str,
    /// `{code}`.
    pub not_found_same: &'static str,
    pub not_found_next: &'static str,
    /// `{path}`.
    pub redirecting: &'static str,
}

// Every string with a dotted name (`Texts::strings`), for the completeness
// and placeholder tests; listing the fields makes leaving one out a compile error.
wsclose_core::texts! {
    SiteText {
        site_name, tagline, nav_all_codes, languages,
        skip_to_content, breadcrumb_label, index_title, index_description, index_intro,
        group_protocol, group_protocol_note, group_library,
        group_library_note, group_private, group_private_note,
        private_example, search_label, search_placeholder, search_count,
        search_count_one,
        search_none, search_range_hint, code_title, code_description,
        code_heading, range_page_note, code_when_heading, snippet_heading,
        snippet_intro, browsers_heading, browsers_pair_heading,
        browsers_note, browser, no_close, sources_heading, confused_heading, confused_none,
        compare_link, pair_title, pair_description, intro_same_range,
        intro_other_range, intro_both_peer, intro_both_browser,
        intro_mixed_producer, intro_both_clean, intro_both_abnormal,
        intro_mixed_clean, intro_same_reconnect, intro_other_reconnect,
        what_it_means, related_heading, key_differences, attribute, differs, row_name,
        row_clean, clean_yes, clean_no, when_to_use, when_both_sendable,
        when_one_sendable, when_both_browser, when_neither, send_page,
        send_server, send_client, send_browser_only, send_never, use_when,
        use_when_unassigned, use_when_unregistered, use_when_private,
        picker_heading, picker_first, picker_second, picker_swap, picker_go,
        picker_same, picker_all, compare_title, compare_description,
        compare_needs_js, range_title, range_description, range_heading,
        range_lookup_label, range_lookup_go, range_lookup_needs_js,
        range_showing, range_link, live_heading, live_intro, live_url, live_bytes,
        live_connect, live_close, live_connecting, live_open, live_sent,
        live_bad_url, live_failed, live_needs_js, not_found_title,
        not_found_path, not_found_locale, not_found_code, not_found_same,
        not_found_next, redirecting,
    }
}

/// The site text of a locale.
pub const fn text(locale: Locale) -> &'static SiteText {
    match locale {
        Locale::En => &en::TEXT,
        Locale::Vi => &vi::TEXT,
        Locale::Es => &es::TEXT,
        Locale::Pt => &pt::TEXT,
        Locale::Fr => &fr::TEXT,
        Locale::De => &de::TEXT,
        Locale::Tr => &tr::TEXT,
        Locale::Id => &id::TEXT,
        Locale::Hi => &hi::TEXT,
        Locale::Th => &th::TEXT,
        Locale::Ko => &ko::TEXT,
        Locale::Ja => &ja::TEXT,
        Locale::ZhHans => &zh_hans::TEXT,
        Locale::Ar => &ar::TEXT,
    }
}

pub use wsclose_core::i18n::fill;

#[cfg(test)]
mod tests {
    use super::*;
    use wsclose_core::i18n::Texts;

    #[test]
    fn every_locale_has_every_string() {
        for locale in Locale::ALL {
            for (name, value) in text(locale).strings() {
                assert!(!value.trim().is_empty(), "{}: {name}", locale.tag());
            }
        }
    }

    #[test]
    fn translations_keep_every_placeholder_number_and_code_token_and_leave_no_english() {
        let english = text(Locale::En).strings();
        for locale in &Locale::ALL[1..] {
            wsclose_core::i18n::checks::assert_translated(
                locale.tag(),
                &english,
                &text(*locale).strings(),
            );
        }
    }

    #[test]
    fn fill_replaces_every_named_placeholder() {
        assert_eq!(
            fill("{a} vs {b}", &[("a", "1000"), ("b", "1009")]),
            "1000 vs 1009"
        );
        assert_eq!(fill("{a}", &[]), "{a}");
    }
}
