//! Every user-visible sentence, per locale, and how a BCP 47 tag picks a locale.
//!
//! The text is plain `&'static str` data in one [`Catalog`] per locale. A
//! struct with named fields (rather than a key/value map) makes a missing
//! translation a compile error, and costs nothing at run time: the strings sit
//! in the wasm data section and are never parsed or copied.
//!
//! Which locales a build carries: every build embeds all of them except the
//! JS bundle's wasm (feature `lazy-locales`, cfg `lazy_locales`, see
//! `build.rs`), which embeds English and reads the others from packs
//! ([`pack`]) fetched on first use, because thirteen translations would
//! otherwise be most of its download. Until a
//! locale's pack has arrived, [`Locale::available`] says English, and every
//! answer is in English and says so.

use crate::prelude::*;

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

pub mod diagnosis;
pub mod pack;

pub use diagnosis::{Confidences, DiagnosisText, Evidence, OverlayText, RuleText, RuleTexts};
pub use pack::Texts;

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

/// A locale crosses a serialization boundary as its tag: `"vi"`, `"zh-Hans"`
/// (the JS API's `locale` field, and the UI module's data).
impl serde::Serialize for Locale {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.tag())
    }
}

/// Reads a tag as [`Locale::from_tag`] does; a tag wsclose does not speak is
/// an error, not English, so a mistake in the data is seen.
impl<'de> serde::Deserialize<'de> for Locale {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let tag = String::deserialize(deserializer)?;
        Locale::from_tag(&tag)
            .ok_or_else(|| serde::de::Error::custom("not a locale wsclose speaks"))
    }
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

    /// This locale's text, if this build has it at hand: always for English
    /// and in builds that embed every locale, otherwise once its pack is loaded.
    ///
    /// Always inlined: a caller that reads only the catalog then leaves the
    /// English diagnosis text out of a lean wasm (wsclose-core-js).
    #[inline(always)]
    pub fn text(self) -> Option<LocaleText> {
        #[cfg(lazy_locales)]
        return match self {
            Locale::En => Some(ENGLISH),
            _ => LOADED.0[self as usize].get().copied(),
        };
        #[cfg(not(lazy_locales))]
        Some(self.embedded())
    }

    /// The locale an answer for `self` is given in: `self` once its text is
    /// at hand, English until then.
    pub fn available(self) -> Locale {
        if self.text().is_some() {
            self
        } else {
            Locale::En
        }
    }

    /// The widget's text in [`Locale::available`].
    pub fn catalog(self) -> &'static Catalog {
        self.available_text().catalog
    }

    /// The diagnosis and overlay text in [`Locale::available`].
    pub fn diagnosis(self) -> &'static DiagnosisText {
        self.available_text().diagnosis
    }

    /// What [`crate::explain()`] reads, in [`Locale::available`]: the
    /// code texts and the engine sentences, not the rest of the catalog.
    ///
    /// English comes from its catalog's parts (`en::CODES`, `en::RANGES`,
    /// four strings of `en::UI`), never from the whole catalog, so a build
    /// that only explains (the lean JS core) does not carry the widget's
    /// labels: about 0.3 KiB of its gzip.
    pub fn explain_text(self) -> ExplainText {
        let loaded = match self {
            Locale::En => None,
            _ => self.text().map(|text| text.catalog),
        };
        match loaded {
            Some(catalog) => ExplainText {
                codes: &catalog.codes,
                ranges: &catalog.ranges,
                engines: EngineSentences::of(&catalog.ui),
            },
            None => ExplainText {
                codes: &en::CODES,
                ranges: &en::RANGES,
                engines: EngineSentences::of(&en::UI),
            },
        }
    }

    /// All text in [`Locale::available`].
    #[inline(always)]
    pub fn available_text(self) -> LocaleText {
        self.text().unwrap_or(ENGLISH)
    }

    /// Makes a loaded pack this locale's text, for the rest of the page.
    /// The first pack wins: a locale's text never changes under a widget.
    /// Builds that embed every locale have nothing to install.
    pub fn install(self, text: LocaleText) {
        #[cfg(lazy_locales)]
        let _ = LOADED.0[self as usize].set(text);
        #[cfg(not(lazy_locales))]
        let _ = text;
    }

    /// The text compiled into this build. Lazy builds keep only English of
    /// it: the translations are never referenced, so the linker drops them.
    #[cfg_attr(lazy_locales, allow(dead_code))]
    fn embedded(self) -> LocaleText {
        let (catalog, diagnosis) = match self {
            Locale::En => return ENGLISH,
            Locale::Vi => (&vi::CATALOG, &diagnosis::vi::TEXT),
            Locale::Es => (&es::CATALOG, &diagnosis::es::TEXT),
            Locale::Pt => (&pt::CATALOG, &diagnosis::pt::TEXT),
            Locale::Fr => (&fr::CATALOG, &diagnosis::fr::TEXT),
            Locale::De => (&de::CATALOG, &diagnosis::de::TEXT),
            Locale::Tr => (&tr::CATALOG, &diagnosis::tr::TEXT),
            Locale::Id => (&id::CATALOG, &diagnosis::id::TEXT),
            Locale::Hi => (&hi::CATALOG, &diagnosis::hi::TEXT),
            Locale::Th => (&th::CATALOG, &diagnosis::th::TEXT),
            Locale::Ko => (&ko::CATALOG, &diagnosis::ko::TEXT),
            Locale::Ja => (&ja::CATALOG, &diagnosis::ja::TEXT),
            Locale::ZhHans => (&zh_hans::CATALOG, &diagnosis::zh_hans::TEXT),
            Locale::Ar => (&ar::CATALOG, &diagnosis::ar::TEXT),
        };
        LocaleText { catalog, diagnosis }
    }

    /// The locale that best serves a BCP 47 tag (`es-MX` → `es`), if any.
    ///
    /// Matching is on the primary language subtag, case-insensitively, and
    /// accepts `_` as a separator because `navigator.language`-like values
    /// from other platforms (`pt_BR`) use it.
    /// Chinese in any script or region gets Simplified Chinese, the only
    /// Chinese locale, because it is closer for a reader than English.
    pub fn from_tag(tag: &str) -> Option<Locale> {
        let primary = primary_subtag(tag.trim());
        // `in` is the pre-1989 code for Indonesian, still sent by old Android/Java stacks.
        let primary = if primary.eq_ignore_ascii_case(b"in") {
            b"id"
        } else {
            primary
        };
        Locale::ALL
            .into_iter()
            .find(|locale| primary_subtag(locale.tag()).eq_ignore_ascii_case(primary))
    }

    /// The first supported locale among a user's preferred languages, or English.
    pub fn negotiate<'a>(preferred: impl IntoIterator<Item = &'a str>) -> Locale {
        preferred
            .into_iter()
            .find_map(Locale::from_tag)
            .unwrap_or_default()
    }
}

/// A tag up to its first `-` or `_`: `pt` of `pt-BR` and `pt_BR`.
fn primary_subtag(tag: &str) -> &[u8] {
    let tag = tag.as_bytes();
    let end = tag
        .iter()
        .position(|&b| b == b'-' || b == b'_')
        .unwrap_or(tag.len());
    tag.get(..end).unwrap_or_default()
}

/// Replaces each `{name}` in a catalog template with its value: one helper
/// for every catalog (the site's and the diagnosis' templates included).
/// A `{…}` that names no value stays as it is.
///
/// One pass over the template, splitting at `{` and `}`: a value is never
/// searched for placeholders itself, and no substring search is needed.
pub fn fill(template: &str, values: &[(&str, &str)]) -> String {
    let mut out = String::with_capacity(template.len() + 16);
    let mut rest = template;
    while let Some((before, after)) = split_once_ascii(rest, b'{') {
        out.push_str(before);
        let filled = split_once_ascii(after, b'}').and_then(|(name, tail)| {
            let (_, value) = values.iter().find(|(key, _)| *key == name)?;
            Some((value, tail))
        });
        match filled {
            Some((value, tail)) => {
                out.push_str(value);
                rest = tail;
            }
            None => {
                out.push('{');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// `str::split_once` for an ASCII delimiter, as a plain byte scan (a byte
/// below 0x80 is always a whole character in UTF-8).
///
/// The lean JS core's wasm splits text only at ASCII bytes (`{`, `}`, the
/// record separator): with this instead of `str`'s char patterns it links
/// no string searcher (`CharSearcher`, `memchr`, UTF-8 decoding), about
/// 1.5 KB of its code.
pub fn split_once_ascii(text: &str, delimiter: u8) -> Option<(&str, &str)> {
    let at = text.bytes().position(|b| b == delimiter)?;
    let (before, after) = text.split_at_checked(at)?;
    Some((before, after.get(1..)?))
}

/// `str::split` for an ASCII delimiter, built on [`split_once_ascii`]:
/// the same pieces, the empty ones included.
pub fn split_ascii(text: &str, delimiter: u8) -> impl Iterator<Item = &str> {
    let mut rest = Some(text);
    core::iter::from_fn(move || {
        let now = rest?;
        match split_once_ascii(now, delimiter) {
            Some((piece, tail)) => {
                rest = Some(tail);
                Some(piece)
            }
            None => {
                rest = None;
                Some(now)
            }
        }
    })
}

/// The reference text, which every build embeds.
const ENGLISH: LocaleText = LocaleText {
    catalog: &en::CATALOG,
    diagnosis: &diagnosis::en::TEXT,
};

/// Packs loaded so far, indexed by `Locale as usize` (English is embedded).
#[cfg(lazy_locales)]
static LOADED: Loaded = Loaded([const { core::cell::OnceCell::new() }; Locale::ALL.len()]);

/// [`LOADED`]'s type: `OnceCell`s in a `static`, where std would use a
/// `thread_local!` (this crate is `no_std`).
#[cfg(lazy_locales)]
struct Loaded([core::cell::OnceCell<LocaleText>; Locale::ALL.len()]);

// SAFETY: `lazy_locales` builds are wasm32 (build.rs), and without the
// atomics feature a wasm32 module has one thread: no cell is ever shared.
#[cfg(all(lazy_locales, not(target_feature = "atomics")))]
unsafe impl Sync for Loaded {}

/// What [`Locale::explain_text`] gives [`crate::explain()`].
#[derive(Clone, Copy, Debug)]
pub struct ExplainText {
    /// [`Catalog::codes`].
    pub codes: &'static [CodeText; KNOWN.len()],
    /// [`Catalog::ranges`].
    pub ranges: &'static Ranges,
    pub engines: EngineSentences,
}

/// The sentences of [`crate::explain::engine_note`], from [`Ui`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct EngineSentences {
    /// [`Ui::engines_two`].
    pub two: &'static str,
    /// [`Ui::engines_three`].
    pub three: &'static str,
    /// [`Ui::engine_arrives`].
    pub arrives: &'static str,
    /// [`Ui::engine_no_close`].
    pub no_close: &'static str,
}

impl EngineSentences {
    /// Always inlined: for English's `UI`, a constant, only the four
    /// strings then remain.
    #[inline(always)]
    pub const fn of(ui: &Ui) -> EngineSentences {
        EngineSentences {
            two: ui.engines_two,
            three: ui.engines_three,
            arrives: ui.engine_arrives,
            no_close: ui.engine_no_close,
        }
    }
}

/// Everything one locale says: the widget's catalog and the diagnosis text.
#[derive(Clone, Copy, Debug)]
pub struct LocaleText {
    pub catalog: &'static Catalog,
    pub diagnosis: &'static DiagnosisText,
}

/// All text of one locale.
///
/// `#[repr(C)]`, like every struct in it, and made only of strings: a pack
/// is read into it as one array of strings ([`pack::read`]), so a field of
/// any other type must not be added to it or to them.
#[derive(Debug, PartialEq, Eq)]
#[repr(C)]
pub struct Catalog {
    pub ui: Ui,
    /// One entry per code in [`crate::codes::KNOWN`], in the same order.
    pub codes: [CodeText; KNOWN.len()],
    /// Text for codes without an entry of their own; `{code}` stands for the number.
    pub ranges: Ranges,
}

/// What we say about one code (or, in [`Ranges`], about any code of a range).
#[derive(Debug, PartialEq, Eq)]
#[repr(C)]
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
#[derive(Debug, PartialEq, Eq)]
#[repr(C)]
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
#[derive(Debug, PartialEq, Eq)]
#[repr(C)]
pub struct Ui {
    /// Accessible name of the widget; `{code}` stands for the number.
    pub widget_label: &'static str,
    pub cause: &'static str,
    pub fix: &'static str,
    pub reconnect: &'static str,
    /// Headline of each piece of reconnect advice.
    pub reconnect_advice: ReconnectAdvice,
    pub reason: &'static str,
    pub no_reason: &'static str,
    pub clean: &'static str,
    pub not_clean: &'static str,
    pub details: &'static str,
    pub kind: &'static str,
    /// Name of each range kind.
    pub kinds: Kinds,
    pub produced_by: &'static str,
    pub produced_by_peer: &'static str,
    pub produced_by_browser: &'static str,
    /// 1015: reported locally by non-browser clients, never by a browser.
    pub produced_by_non_browser: &'static str,
    pub sent_in_close_frame: &'static str,
    pub close_allowed: &'static str,
    pub yes: &'static str,
    pub no: &'static str,
    pub reference: &'static str,
    /// Heading of the list of documents a code's text relies on.
    pub sources: &'static str,
    /// Two engine names joined: `{a}`, `{b}`.
    pub engines_two: &'static str,
    /// Three engine names joined: `{a}`, `{b}`, `{c}`.
    pub engines_three: &'static str,
    /// What engines show for a server's Close frame: `{engines}`, `{sent}`
    /// (the code sent), `{code}` (the code shown), `{clean}` (`true`/`false`).
    pub engine_arrives: &'static str,
    /// Engines that show no close event in time: `{engines}`, `{sent}`, `{seconds}`.
    pub engine_no_close: &'static str,
}

/// The headline of each [`Reconnect`] advice, one field per variant.
#[derive(Debug, PartialEq, Eq)]
#[repr(C)]
pub struct ReconnectAdvice {
    pub never: &'static str,
    pub with_backoff: &'static str,
    pub after_fix: &'static str,
    pub app_defined: &'static str,
    pub on_user_action: &'static str,
}

/// The name of each range [`Kind`], one field per variant.
#[derive(Debug, PartialEq, Eq)]
#[repr(C)]
pub struct Kinds {
    pub invalid: &'static str,
    pub standard: &'static str,
    pub reserved: &'static str,
    pub unassigned: &'static str,
    pub registered: &'static str,
    pub unregistered: &'static str,
    pub private: &'static str,
}

impl Ui {
    pub fn reconnect_advice(&self, advice: Reconnect) -> &'static str {
        let a = &self.reconnect_advice;
        match advice {
            Reconnect::Never => a.never,
            Reconnect::WithBackoff => a.with_backoff,
            Reconnect::AfterFix => a.after_fix,
            Reconnect::AppDefined => a.app_defined,
            Reconnect::OnUserAction => a.on_user_action,
        }
    }

    pub fn kind(&self, kind: Kind) -> &'static str {
        let k = &self.kinds;
        match kind {
            Kind::Invalid => k.invalid,
            Kind::Standard => k.standard,
            Kind::Reserved => k.reserved,
            Kind::Unassigned => k.unassigned,
            Kind::Registered => k.registered,
            Kind::Unregistered => k.unregistered,
            Kind::Private => k.private,
        }
    }
}

#[cfg(all(test, not(lazy_locales)))]
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
    fn ascii_splits_are_strs_splits() {
        for text in [
            "",
            "a",
            "\u{1e}",
            "a\u{1e}b",
            "\u{1e}é\u{1e}\u{1e}ü{x}\u{1e}",
        ] {
            let ours: Vec<&str> = split_ascii(text, 0x1e).collect();
            let std: Vec<&str> = text.split('\u{1e}').collect();
            assert_eq!(ours, std, "{text:?}");
            assert_eq!(split_once_ascii(text, b'{'), text.split_once('{'));
        }
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

/// Checks shared by every text catalog (this one and the site's, whose tests
/// turn on the `checks` feature).
#[cfg(all(any(test, feature = "checks"), not(lazy_locales)))]
pub mod checks {
    use crate::prelude::*;

    /// Numbers, placeholders and code tokens are facts: a translation may move
    /// them around but must keep every one of them. And prose must really be
    /// translated: a sentence of three or more words left in English is a bug.
    pub fn assert_translated<N: core::fmt::Display>(
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
