//! A locale's text as one flat file, so the widget's wasm can carry English
//! only and fetch any other locale the first time it is asked for.
//!
//! A pack is UTF-8: a header, then every string of the locale's [`Catalog`]
//! and [`DiagnosisText`] in declaration order, each record ended by U+001E
//! (RECORD SEPARATOR, which no text contains). Reading needs no parser, no
//! escapes and no copies: the file's `String` is leaked once and the structs
//! point into it, exactly as the built-in English points into the data
//! section. A pack whose header names another version, another locale, or
//! whose strings do not fill the structs exactly is refused.

use crate::prelude::*;

use super::{
    split_once_ascii, Catalog, CodeText, Confidences, DiagnosisText, Evidence, Kinds, Locale,
    LocaleText, OverlayText, Ranges, ReconnectAdvice, RuleText, RuleTexts, Ui,
};

/// Ends every record of a pack.
pub const SEPARATOR: char = '\u{1e}';

/// The byte of [`SEPARATOR`] (ASCII, so always a whole character).
const SEPARATOR_BYTE: u8 = SEPARATOR as u8;

/// The strings of a pack after its header, for [`Texts::read`]: what is
/// left to read, `None` once the last string is taken.
pub struct Records(Option<&'static str>);

impl Records {
    /// The next string, or `""` once they run out ([`read`] counted them).
    /// Not inlined: one call per string is the whole of reading a pack.
    #[inline(never)]
    pub fn take(&mut self) -> &'static str {
        let rest = self.0.unwrap_or_default();
        match split_once_ascii(rest, SEPARATOR_BYTE) {
            Some((record, tail)) => {
                self.0 = Some(tail);
                record
            }
            None => {
                self.0 = None;
                rest
            }
        }
    }
}

/// A struct made only of text: strings, arrays of them, and other `Texts`.
pub trait Texts: Sized {
    /// Calls `f` with each string in declaration order, and a dotted path
    /// naming it (`codes.3.summary`): what a pack holds, and what the
    /// completeness tests check.
    fn each(&self, path: &str, f: &mut dyn FnMut(&str, &'static str));

    /// How many strings [`Texts::each`] visits: known without a value, so
    /// checking a pack needs no English text (the lean core has none of the
    /// diagnosis text to count).
    const COUNT: usize;

    /// Rebuilds the value from strings in [`Texts::each`] order. Strings
    /// that run out read as empty: [`read`] checks the count first, and an
    /// infallible read is a few bytes of wasm per string instead of a branch.
    fn read(parts: &mut Records) -> Self;

    /// Every string with its path.
    fn strings(&self) -> Vec<(String, &'static str)> {
        let mut all = Vec::new();
        self.each("", &mut |path, text| all.push((path.to_owned(), text)));
        all
    }
}

impl Texts for &'static str {
    fn each(&self, path: &str, f: &mut dyn FnMut(&str, &'static str)) {
        f(path, self);
    }

    const COUNT: usize = 1;

    fn read(parts: &mut Records) -> Self {
        parts.take()
    }
}

impl<T: Texts, const N: usize> Texts for [T; N] {
    fn each(&self, path: &str, f: &mut dyn FnMut(&str, &'static str)) {
        for (i, item) in self.iter().enumerate() {
            item.each(&format!("{path}.{i}"), f);
        }
    }

    const COUNT: usize = N * T::COUNT;

    fn read(parts: &mut Records) -> Self {
        core::array::from_fn(|_| T::read(parts))
    }
}

/// `T::COUNT` of a field, named by a function that borrows it, so that
/// [`texts!`](crate::texts) can sum its fields' counts without their types.
/// Public for the macro only.
#[doc(hidden)]
pub const fn count_of<S, T: Texts>(_field: fn(&S) -> &T) -> usize {
    T::COUNT
}

/// `path.field`, or `field` at the top. Public for [`texts!`](crate::texts) only.
#[doc(hidden)]
pub fn join(path: &str, field: &str) -> String {
    if path.is_empty() {
        field.to_owned()
    } else {
        format!("{path}.{field}")
    }
}

/// Implements [`Texts`] for structs by listing their fields. A field left out
/// of the list is a compile error (the struct literal in `read` misses it).
/// Exported for the site crate's own text struct.
#[macro_export]
macro_rules! texts {
    ($($ty:ident { $($field:ident),+ $(,)? })+) => {$(
        impl $crate::i18n::pack::Texts for $ty {
            fn each(&self, path: &str, f: &mut dyn FnMut(&str, &'static str)) {
                $(
                    $crate::i18n::pack::Texts::each(
                        &self.$field,
                        &$crate::i18n::pack::join(path, stringify!($field)),
                        f,
                    );
                )+
            }

            const COUNT: usize =
                0 $( + $crate::i18n::pack::count_of(|s: &Self| &s.$field) )+;

            fn read(parts: &mut $crate::i18n::pack::Records) -> Self {
                Self { $( $field: $crate::i18n::pack::Texts::read(parts), )+ }
            }
        }
    )+};
}

texts! {
    Catalog { ui, codes, ranges }
    CodeText { title, summary, cause, fix, reconnect }
    Ranges { invalid, unassigned, unregistered, private }
    Ui {
        widget_label, cause, fix, reconnect, reconnect_advice, reason, no_reason,
        clean, not_clean, details, kind, kinds, produced_by, produced_by_peer,
        produced_by_browser, produced_by_non_browser, sent_in_close_frame,
        close_allowed, yes, no, reference, sources, engines_two, engines_three,
        engine_arrives, engine_no_close,
    }
    ReconnectAdvice { never, with_backoff, after_fix, app_defined, on_user_action }
    Kinds { invalid, standard, reserved, unassigned, registered, unregistered, private }
    DiagnosisText { rules, confidence, evidence, overlay }
    RuleTexts {
        handshake_failed, idle_timeout, idle_then_dropped, went_offline, page_hidden,
        page_unloading, message_too_big, closed_by_page, closed_by_server,
        closed_right_after_open, reconnect_storm,
    }
    Confidences { high, medium, low }
    RuleText { summary, fix }
    Evidence {
        never_opened, error_event, idle_dropped, idle_closed, known_timeout,
        last_activity, never, went_offline, offline_at_close, went_hidden,
        hidden_at_close, unloading, last_sent, over_limit, limit_closes, limit_drops, largest_sent,
        close_called, no_close_call, opened_then_closed, earlier_closes, buffered,
    }
    OverlayText {
        title, diagnosis, no_diagnosis, evidence, sources, fix, history, times, copy, copied,
        copy_fallback, close, badge, url, opened, lifetime, sent, received,
        traffic, yes, no,
    }
}

/// The first record: which build and locale the strings belong to.
fn header(locale: Locale) -> String {
    // Pushed, not format!() or concat(): the lean core's wasm has no
    // other use for the string formatter or `concat`'s code.
    let mut out = String::from(concat!("wsclose ", env!("CARGO_PKG_VERSION"), " "));
    out.push_str(locale.tag());
    out
}

/// How many strings a pack carries after its header.
const STRINGS_PER_PACK: usize = Catalog::COUNT + DiagnosisText::COUNT;

/// What [`read`] refuses, found without keeping anything. Returns the
/// records after the final separator is cut off.
fn check(locale: Locale, pack: &str) -> Result<&str, String> {
    let body = match pack.as_bytes().split_last() {
        Some((&SEPARATOR_BYTE, _)) => pack.get(..pack.len() - 1).unwrap_or_default(),
        _ => return Err("the file is cut short".into()),
    };
    let found = split_once_ascii(body, SEPARATOR_BYTE).map_or(body, |(first, _)| first);
    let expected = header(locale);
    if found != expected {
        // Quoted, not `{:?}`: Rust's string escaping would add its
        // Unicode tables to the wasm. Control characters become `?`.
        let found: String = found
            .chars()
            .take(40)
            .map(|c| if c.is_control() { '?' } else { c })
            .collect();
        let mut why = String::from("expected \"");
        why.push_str(&expected);
        why.push_str("\" at the start, found \"");
        why.push_str(&found);
        why.push('"');
        return Err(why);
    }
    // One separator ends the header and each string but the last.
    if body.bytes().filter(|&b| b == SEPARATOR_BYTE).count() != STRINGS_PER_PACK {
        return Err(concat!(
            "its strings do not match this build of wsclose ",
            env!("CARGO_PKG_VERSION")
        )
        .into());
    }
    Ok(body)
}

/// The file name of a locale's pack, next to `wsclose.js` under `locales/`.
pub fn file_name(locale: Locale) -> String {
    format!("{}.txt", locale.tag())
}

/// The next `N` strings as a `T`, in one loop. [`Texts::read`] does the
/// same field by field, a call per string: for the 219 strings of a pack
/// that was most of the lean JS core's pack reading (esbuild bundle: 0.5
/// KiB gzip more).
///
/// # Safety
///
/// `T` must be `#[repr(C)]` and made only of `&'static str`s, arrays of
/// them and other such structs, `N` strings in all in [`Texts::each`]
/// order: then its layout is that of `[&'static str; N]`. (A wrong size
/// does not compile; the pack tests compare the result with
/// [`Texts::read`]'s for every locale.)
unsafe fn read_flat<T: Texts, const N: usize>(parts: &mut Records) -> T {
    const { assert!(size_of::<T>() == size_of::<[&str; N]>() && N == T::COUNT) };
    let strings: [&'static str; N] = core::array::from_fn(|_| parts.take());
    // SAFETY: the caller promises the layouts match; every string is valid.
    unsafe { core::mem::transmute_copy(&strings) }
}

/// A locale's pack, as the build writes it.
pub fn write(text: LocaleText, locale: Locale) -> String {
    let mut out = header(locale);
    out.push(SEPARATOR);
    let mut push = |_: &str, s: &'static str| {
        out.push_str(s);
        out.push(SEPARATOR);
    };
    text.catalog.each("", &mut push);
    text.diagnosis.each("", &mut push);
    out
}

/// Reads a pack fetched for `locale`. The text lives for the rest of the
/// page, like the built-in English: a page loads each locale at most once.
///
/// Only a pack that will be accepted is leaked: the header and the number of
/// records are checked on the owned `String` first, so a refused body (a
/// 404 page, another version's pack) is freed with it.
pub fn read(locale: Locale, pack: String) -> Result<LocaleText, String> {
    let body_len = check(locale, &pack)?.len();
    let pack: &'static str = Box::leak(pack.into_boxed_str());
    // check() has seen the final separator and the header: skip them.
    let mut records = Records(pack.get(..body_len));
    records.take();
    // SAFETY: both are `#[repr(C)]` structs made only of strings, as
    // their declarations say, and COUNT counts those strings.
    let catalog: Catalog = unsafe { read_flat::<_, { Catalog::COUNT }>(&mut records) };
    let diagnosis: DiagnosisText =
        unsafe { read_flat::<_, { DiagnosisText::COUNT }>(&mut records) };
    // check() counted the strings: they fill both structs exactly.
    debug_assert!(records.0.is_none());
    Ok(LocaleText {
        catalog: Box::leak(Box::new(catalog)),
        diagnosis: Box::leak(Box::new(diagnosis)),
    })
}

#[cfg(all(test, not(lazy_locales)))]
mod tests {
    use super::*;

    #[test]
    fn every_pack_reads_back_to_the_text_it_was_written_from() {
        for locale in Locale::ALL {
            let text = locale.text().expect("native builds embed every locale");
            let back = read(locale, write(text, locale)).expect("a fresh pack reads");
            assert_eq!(back.catalog.strings(), text.catalog.strings());
            assert_eq!(back.diagnosis, text.diagnosis);
        }
    }

    #[test]
    fn reading_all_strings_at_once_is_reading_them_field_by_field() {
        for locale in Locale::ALL {
            let pack: &'static str =
                Box::leak(write(locale.text().unwrap(), locale).into_boxed_str());
            let mut a = Records(Some(pack));
            let mut b = Records(Some(pack));
            assert_eq!(a.take(), b.take(), "the header");
            let flat: Catalog = unsafe { read_flat::<_, { Catalog::COUNT }>(&mut a) };
            assert_eq!(flat, Catalog::read(&mut b));
            let flat: DiagnosisText = unsafe { read_flat::<_, { DiagnosisText::COUNT }>(&mut a) };
            assert_eq!(flat, DiagnosisText::read(&mut b));
            assert_eq!(a.0, b.0);
        }
    }

    #[test]
    fn a_pack_for_another_locale_or_build_or_cut_short_is_refused() {
        let pack = write(Locale::Vi.text().unwrap(), Locale::Vi);
        let refused = read(Locale::Es, pack.clone()).unwrap_err();
        assert!(refused.contains("\"wsclose 0.1.0 es\""), "{refused}");

        let older = pack.replacen(env!("CARGO_PKG_VERSION"), "0.0.1", 1);
        assert!(read(Locale::Vi, older).unwrap_err().contains("0.0.1 vi"));

        let cut = &pack[..pack.len() / 2];
        let cut = &cut[..cut.rfind(SEPARATOR).unwrap() + 1];
        assert!(read(Locale::Vi, cut.to_owned())
            .unwrap_err()
            .contains("do not match"));
        assert!(read(Locale::Vi, "wsclose".into())
            .unwrap_err()
            .contains("cut short"));
        assert!(read(Locale::Vi, String::new()).is_err());
    }

    #[test]
    fn no_string_contains_the_separator() {
        for locale in Locale::ALL {
            let text = locale.text().unwrap();
            for (path, s) in text
                .catalog
                .strings()
                .into_iter()
                .chain(text.diagnosis.strings())
            {
                assert!(!s.contains(SEPARATOR), "{} {path}", locale.tag());
            }
        }
    }
}
