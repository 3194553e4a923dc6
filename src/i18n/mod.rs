//! Every user-visible sentence, per locale, and how a BCP 47 tag picks a locale.
//!
//! The text is plain `&'static str` data in one [`Catalog`] per locale. A
//! struct with named fields (rather than a key/value map) makes a missing
//! translation a compile error, and costs nothing at run time: the strings sit
//! in the wasm data section and are never parsed or copied.

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

use crate::codes::{Kind, Reconnect, KNOWN};

/// A language wsclose speaks.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Locale {
    #[default]
    En,
    Vi,
    Es,
    Pt,
    Fr,
    De,
    Tr,
    Id,
    Hi,
    Th,
    Ko,
    Ja,
    ZhHans,
    Ar,
}

impl Locale {
    /// Every locale, English first.
    pub const ALL: [Locale; 14] = [
        Locale::En,
        Locale::Vi,
        Locale::Es,
        Locale::Pt,
        Locale::Fr,
        Locale::De,
        Locale::Tr,
        Locale::Id,
        Locale::Hi,
        Locale::Th,
        Locale::Ko,
        Locale::Ja,
        Locale::ZhHans,
        Locale::Ar,
    ];

    /// The BCP 47 tag, as used in URLs, `lang` attributes and the JS API.
    pub const fn tag(self) -> &'static str {
        match self {
            Locale::En => "en",
            Locale::Vi => "vi",
            Locale::Es => "es",
            Locale::Pt => "pt",
            Locale::Fr => "fr",
            Locale::De => "de",
            Locale::Tr => "tr",
            Locale::Id => "id",
            Locale::Hi => "hi",
            Locale::Th => "th",
            Locale::Ko => "ko",
            Locale::Ja => "ja",
            Locale::ZhHans => "zh-Hans",
            Locale::Ar => "ar",
        }
    }

    /// The language's own name for itself, for language switchers.
    pub const fn native_name(self) -> &'static str {
        match self {
            Locale::En => "English",
            Locale::Vi => "Tiếng Việt",
            Locale::Es => "Español",
            Locale::Pt => "Português",
            Locale::Fr => "Français",
            Locale::De => "Deutsch",
            Locale::Tr => "Türkçe",
            Locale::Id => "Bahasa Indonesia",
            Locale::Hi => "हिन्दी",
            Locale::Th => "ไทย",
            Locale::Ko => "한국어",
            Locale::Ja => "日本語",
            Locale::ZhHans => "简体中文",
            Locale::Ar => "العربية",
        }
    }

    /// Text direction of the script the locale is written in.
    pub const fn dir(self) -> &'static str {
        match self {
            Locale::Ar => "rtl",
            _ => "ltr",
        }
    }

    /// What goes between two sentences: Chinese and Japanese end a sentence
    /// with a full-width stop and need no space after it.
    pub const fn sentence_separator(self) -> &'static str {
        match self {
            Locale::Ja | Locale::ZhHans => "",
            _ => " ",
        }
    }

    pub const fn catalog(self) -> &'static Catalog {
        match self {
            Locale::En => &en::CATALOG,
            Locale::Vi => &vi::CATALOG,
            Locale::Es => &es::CATALOG,
            Locale::Pt => &pt::CATALOG,
            Locale::Fr => &fr::CATALOG,
            Locale::De => &de::CATALOG,
            Locale::Tr => &tr::CATALOG,
            Locale::Id => &id::CATALOG,
            Locale::Hi => &hi::CATALOG,
            Locale::Th => &th::CATALOG,
            Locale::Ko => &ko::CATALOG,
            Locale::Ja => &ja::CATALOG,
            Locale::ZhHans => &zh_hans::CATALOG,
            Locale::Ar => &ar::CATALOG,
        }
    }

    /// The locale that best serves a BCP 47 tag (`es-MX` → `es`), if any.
    ///
    /// Matching is on the primary language subtag, case-insensitively, and
    /// accepts `_` as a separator because `navigator.language`-like values
    /// from other platforms (`pt_BR`) use it.
    /// Chinese in any script or region gets Simplified Chinese, the only
    /// Chinese locale, because it is closer for a reader than English.
    pub fn from_tag(tag: &str) -> Option<Locale> {
        let primary = tag.trim().split(['-', '_']).next()?;
        // `in` is the pre-1989 code for Indonesian, still sent by old Android/Java stacks.
        let primary = if primary.eq_ignore_ascii_case("in") {
            "id"
        } else {
            primary
        };
        Locale::ALL.into_iter().find(|locale| {
            let own = locale.tag().split('-').next().unwrap_or_default();
            own.eq_ignore_ascii_case(primary)
        })
    }

    /// The first supported locale among a user's preferred languages, or English.
    pub fn negotiate<'a>(preferred: impl IntoIterator<Item = &'a str>) -> Locale {
        preferred
            .into_iter()
            .find_map(Locale::from_tag)
            .unwrap_or_default()
    }
}

/// Replaces each `{name}` in a catalog template with its value: one helper
/// for every catalog (the site's and the diagnosis' templates included).
pub fn fill(template: &str, values: &[(&str, &str)]) -> String {
    let mut out = template.to_owned();
    for (name, value) in values {
        out = out.replace(&format!("{{{name}}}"), value);
    }
    out
}

/// All text of one locale.
#[derive(Debug)]
pub struct Catalog {
    pub ui: Ui,
    /// One entry per code in [`crate::codes::KNOWN`], in the same order.
    pub codes: [CodeText; KNOWN.len()],
    /// Text for codes without an entry of their own; `{code}` stands for the number.
    pub ranges: Ranges,
}

/// What we say about one code (or, in [`Ranges`], about any code of a range).
#[derive(Debug)]
pub struct CodeText {
    /// The name, in this language (the registered English name is shown too).
    pub title: &'static str,
    /// One line: what the code means.
    pub summary: &'static str,
    /// When you see it: the real situations that produce it.
    pub cause: &'static str,
    /// How to fix it, or what to do about it.
    pub fix: &'static str,
    /// One line: why the reconnect advice is what it is.
    pub reconnect: &'static str,
}

/// Text for the codes that are explained by their range.
#[derive(Debug)]
pub struct Ranges {
    /// 0–999 and 5000–65535.
    pub invalid: CodeText,
    /// 1016–2999.
    pub unassigned: CodeText,
    /// 3000–3999 without an IANA registration.
    pub unregistered: CodeText,
    /// 4000–4999.
    pub private: CodeText,
}

/// Labels of the widget and the dev overlay.
#[derive(Debug)]
pub struct Ui {
    /// Accessible name of the widget; `{code}` stands for the number.
    pub widget_label: &'static str,
    pub cause: &'static str,
    pub fix: &'static str,
    pub reconnect: &'static str,
    /// Headline of each piece of reconnect advice, in [`Reconnect::ALL`] order.
    pub reconnect_advice: [&'static str; 4],
    pub reason: &'static str,
    pub no_reason: &'static str,
    pub clean: &'static str,
    pub not_clean: &'static str,
    pub details: &'static str,
    pub kind: &'static str,
    /// Name of each range kind, in [`KIND_ORDER`] order.
    pub kinds: [&'static str; 7],
    pub produced_by: &'static str,
    pub produced_by_peer: &'static str,
    pub produced_by_browser: &'static str,
    pub sent_in_close_frame: &'static str,
    pub close_allowed: &'static str,
    pub yes: &'static str,
    pub no: &'static str,
    pub reference: &'static str,
    pub dismiss: &'static str,
    pub overlay_title: &'static str,
}

/// The order of [`Ui::kinds`].
pub const KIND_ORDER: [Kind; 7] = [
    Kind::Invalid,
    Kind::Standard,
    Kind::Reserved,
    Kind::Unassigned,
    Kind::Registered,
    Kind::Unregistered,
    Kind::Private,
];

impl Ui {
    pub fn reconnect_advice(&self, advice: Reconnect) -> &'static str {
        let index = Reconnect::ALL.iter().position(|a| *a == advice);
        self.reconnect_advice[index.unwrap_or(0)]
    }

    pub fn kind(&self, kind: Kind) -> &'static str {
        let index = KIND_ORDER.iter().position(|k| *k == kind);
        self.kinds[index.unwrap_or(0)]
    }
}

impl Catalog {
    /// Every string of the catalog with a path naming it, for completeness tests.
    pub fn strings(&self) -> Vec<(String, &'static str)> {
        let mut out = Vec::new();
        let ui = &self.ui;
        for (name, value) in [
            ("ui.widget_label", ui.widget_label),
            ("ui.cause", ui.cause),
            ("ui.fix", ui.fix),
            ("ui.reconnect", ui.reconnect),
            ("ui.reason", ui.reason),
            ("ui.no_reason", ui.no_reason),
            ("ui.clean", ui.clean),
            ("ui.not_clean", ui.not_clean),
            ("ui.details", ui.details),
            ("ui.kind", ui.kind),
            ("ui.produced_by", ui.produced_by),
            ("ui.produced_by_peer", ui.produced_by_peer),
            ("ui.produced_by_browser", ui.produced_by_browser),
            ("ui.sent_in_close_frame", ui.sent_in_close_frame),
            ("ui.close_allowed", ui.close_allowed),
            ("ui.yes", ui.yes),
            ("ui.no", ui.no),
            ("ui.reference", ui.reference),
            ("ui.dismiss", ui.dismiss),
            ("ui.overlay_title", ui.overlay_title),
        ] {
            out.push((name.to_owned(), value));
        }
        for (advice, text) in Reconnect::ALL.iter().zip(ui.reconnect_advice) {
            out.push((format!("ui.reconnect_advice.{}", advice.as_str()), text));
        }
        for (kind, text) in KIND_ORDER.iter().zip(ui.kinds) {
            out.push((format!("ui.kinds.{}", kind.as_str()), text));
        }
        let ranges = [
            ("invalid", &self.ranges.invalid),
            ("unassigned", &self.ranges.unassigned),
            ("unregistered", &self.ranges.unregistered),
            ("private", &self.ranges.private),
        ];
        let codes = KNOWN
            .iter()
            .zip(&self.codes)
            .map(|(known, text)| (known.code.to_string(), text));
        for (name, text) in ranges
            .into_iter()
            .map(|(n, t)| (format!("ranges.{n}"), t))
            .chain(codes.map(|(n, t)| (format!("codes.{n}"), t)))
        {
            for (field, value) in [
                ("title", text.title),
                ("summary", text.summary),
                ("cause", text.cause),
                ("fix", text.fix),
                ("reconnect", text.reconnect),
            ] {
                out.push((format!("{name}.{field}"), value));
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn region_and_script_subtags_map_to_their_language() {
        assert_eq!(Locale::from_tag("es-MX"), Some(Locale::Es));
        assert_eq!(Locale::from_tag("VI"), Some(Locale::Vi));
        assert_eq!(Locale::from_tag("en_GB"), Some(Locale::En));
        assert_eq!(Locale::from_tag("pt-BR"), Some(Locale::Pt));
        assert_eq!(Locale::from_tag("zh-CN"), Some(Locale::ZhHans));
        assert_eq!(Locale::from_tag("zh-Hans-CN"), Some(Locale::ZhHans));
        assert_eq!(Locale::from_tag("ar-EG"), Some(Locale::Ar));
        assert_eq!(Locale::from_tag("in-ID"), Some(Locale::Id));
        assert_eq!(Locale::from_tag("tlh"), None);
        assert_eq!(Locale::from_tag(""), None);
    }

    #[test]
    fn tags_round_trip_and_only_arabic_is_right_to_left() {
        for locale in Locale::ALL {
            assert_eq!(Locale::from_tag(locale.tag()), Some(locale));
            assert_eq!(locale.dir() == "rtl", locale == Locale::Ar);
        }
    }

    #[test]
    fn negotiation_takes_the_first_supported_preference_and_falls_back_to_english() {
        assert_eq!(Locale::negotiate(["tlh", "es-AR", "vi"]), Locale::Es);
        assert_eq!(Locale::negotiate(["xx", "yy"]), Locale::En);
        assert_eq!(Locale::negotiate([]), Locale::En);
    }

    #[test]
    fn every_locale_has_every_string_and_none_is_empty() {
        for locale in Locale::ALL {
            for (name, value) in locale.catalog().strings() {
                assert!(
                    !value.trim().is_empty(),
                    "{}: {name} is empty",
                    locale.tag()
                );
            }
        }
    }

    #[test]
    fn translations_keep_every_number_placeholder_and_code_token_and_leave_no_english() {
        let english = Locale::En.catalog().strings();
        for locale in &Locale::ALL[1..] {
            checks::assert_translated(locale.tag(), &english, &locale.catalog().strings());
        }
    }
}

/// Checks shared by every text catalog (this one and the site's).
#[cfg(test)]
pub(crate) mod checks {
    /// Numbers, placeholders and code tokens are facts: a translation may move
    /// them around but must keep every one of them. And prose must really be
    /// translated: a sentence of three or more words left in English is a bug.
    pub fn assert_translated<N: std::fmt::Display>(
        tag: &str,
        english: &[(N, &'static str)],
        translated: &[(N, &'static str)],
    ) {
        assert_eq!(english.len(), translated.len());
        for ((name, en), (_, text)) in english.iter().zip(translated) {
            for token in tokens(en) {
                assert!(
                    text.contains(&token),
                    "{tag}: {name} lost `{token}`\n  en: {en}\n  {tag}: {text}"
                );
            }
            let is_prose = en.split_whitespace().count() >= 3;
            assert!(
                !(is_prose && en == text),
                "{tag}: {name} is still English: {text}"
            );
        }
    }

    /// What must survive translation verbatim: `{code}`-style placeholders,
    /// numbers, and `code` spans written in backticks.
    pub fn tokens(text: &str) -> Vec<String> {
        let mut out = Vec::new();
        let mut rest = text;
        while let Some(start) = rest.find(['{', '`']) {
            let close = if rest[start..].starts_with('{') {
                '}'
            } else {
                '`'
            };
            match rest[start + 1..].find(close) {
                Some(len) => {
                    out.push(rest[start..start + len + 2].to_owned());
                    rest = &rest[start + len + 2..];
                }
                None => break,
            }
        }
        out.extend(
            text.split(|c: char| !c.is_ascii_digit())
                .filter(|n| n.len() >= 2)
                .map(str::to_owned),
        );
        out
    }
}
