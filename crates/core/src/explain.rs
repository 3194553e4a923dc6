//! The answer wsclose gives about one close: pure data, the same for the
//! widget, the JS API and the site.

use crate::prelude::*;

use alloc::borrow::Cow;

use serde::{Deserialize, Serialize};

use crate::codes::{self, Kind, ProducedBy, Reconnect, Source};
use crate::engines::{self, Engine, Situation};
use crate::i18n::{fill, CodeText, EngineSentences, Locale};

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
    /// Every document the statements above rely on, the defining one first.
    pub sources: &'static [Source],
    /// What each engine shows a page when a server closes with this code,
    /// from the measured data in [`crate::engines`]; empty when every engine
    /// shows the code as sent, the same way.
    pub engines: Vec<EngineSeen>,
    /// [`Explanation::engines`] in one or two sentences of the explanation's
    /// language ("In Chromium and WebKit, a server's 1015 arrives as 1006 …").
    pub engine_note: Option<String>,
    pub locale: Locale,
    /// The reason string of the close, when explaining an actual close.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
    /// `CloseEvent.wasClean`, when explaining an actual close.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub was_clean: Option<bool>,
}

/// What one engine shows the page for a server's Close frame with a code.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct EngineSeen {
    pub engine: Engine,
    /// `CloseEvent.code`, or `None` when no close event arrives within
    /// [`engines::WAIT_MS`].
    pub code: Option<u16>,
    pub was_clean: Option<bool>,
}

/// What each engine shows for a server's close with `code`, when that is
/// worth saying: the engines disagree, or some engine does not show the code
/// as sent. Empty otherwise.
pub fn engine_differences(code: u16) -> Vec<EngineSeen> {
    let all = Engine::ALL.map(|engine| {
        let seen = engines::seen(Situation::ServerCloses(code), engine);
        EngineSeen {
            engine,
            code: seen.map(|s| s.code),
            was_clean: seen.map(|s| s.was_clean),
        }
    });
    let first = (all[0].code, all[0].was_clean);
    if all
        .iter()
        .all(|e| (e.code, e.was_clean) == first && e.code == Some(code))
    {
        Vec::new()
    } else {
        all.to_vec()
    }
}

/// One sentence per distinct outcome, engines that agree named together,
/// in [`Engine::ALL`] order. `None` when there is nothing to say.
///
/// Written into one `String` with [`decimal`] numbers, not joined from
/// parts: the lean JS core (crates/core-js) links this, and `join`,
/// `concat` and `to_string` would each add their code to its wasm.
pub fn engine_note(
    sent: u16,
    seen: &[EngineSeen],
    say: &EngineSentences,
    separator: &str,
) -> Option<String> {
    let outcome = |e: &EngineSeen| (e.code, e.was_clean);
    let sent = decimal(sent.into());
    let mut note = String::new();
    for (i, first) in seen.iter().enumerate() {
        // Said already, in the sentence of an earlier engine that agrees.
        if seen[..i].iter().any(|e| outcome(e) == outcome(first)) {
            continue;
        }
        let mut group = seen[i..]
            .iter()
            .filter(|e| outcome(e) == outcome(first))
            .map(|e| e.engine.name());
        let names = match (group.next(), group.next(), group.next()) {
            (Some(a), Some(b), Some(c)) => fill(say.three, &[("a", a), ("b", b), ("c", c)]),
            (Some(a), Some(b), None) => fill(say.two, &[("a", a), ("b", b)]),
            _ => first.engine.name().to_owned(),
        };
        if !note.is_empty() {
            note.push_str(separator);
        }
        note.push_str(&match outcome(first) {
            (Some(code), Some(clean)) => fill(
                say.arrives,
                &[
                    ("engines", &names),
                    ("sent", &sent),
                    ("code", &decimal(code.into())),
                    ("clean", if clean { "true" } else { "false" }),
                ],
            ),
            _ => fill(
                say.no_close,
                &[
                    ("engines", &names),
                    ("sent", &sent),
                    ("seconds", &decimal(engines::WAIT_MS / 1000)),
                ],
            ),
        });
    }
    (!note.is_empty()).then_some(note)
}

/// The code a page sees after its own `close()` with no argument, from the
/// measured data: one number when the engines agree, else each engine's
/// (`1005 (Chromium) / …`).
pub fn page_close_code() -> String {
    if let Some(code) = PAGE_CLOSE_AGREED {
        return decimal(code.into());
    }
    let mut out = String::new();
    for engine in Engine::ALL {
        if let Some(seen) = engines::seen(Situation::PageClose, engine) {
            if !out.is_empty() {
                out.push_str(" / ");
            }
            out.push_str(&decimal(seen.code.into()));
            out.push_str(" (");
            out.push_str(engine.name());
            out.push(')');
        }
    }
    out
}

/// The code every engine with a close event shows after a page's own
/// `close()`, if they agree. Worked out at compile time, so a build links
/// only the branch of [`page_close_code`] the data takes.
const PAGE_CLOSE_AGREED: Option<u16> = {
    let mut first = None;
    let mut agree = true;
    let mut i = 0;
    while i < Engine::ALL.len() {
        if let Some(seen) = engines::seen(Situation::PageClose, Engine::ALL[i]) {
            match first {
                None => first = Some(seen.code),
                Some(code) => agree &= code == seen.code,
            }
        }
        i += 1;
    }
    if agree {
        first
    } else {
        None
    }
};

/// `n` in decimal, without the formatting machinery or the two-digit table
/// `to_string` uses (the lean JS core's wasm has no other use for them).
pub fn decimal(mut n: u32) -> String {
    let mut digits = [0u8; 10];
    let mut at = digits.len();
    loop {
        at -= 1;
        digits[at] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 || at == 0 {
            break;
        }
    }
    digits[at..].iter().map(|&d| char::from(d)).collect()
}

/// A close as the browser reported it: `CloseEvent`'s three fields.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
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
    let said = locale.explain_text();
    let kind = Kind::of(code);
    let text: &CodeText = match codes::lookup(code) {
        Some((index, _)) => &said.codes[index],
        None => match kind {
            Kind::Unassigned => &said.ranges.unassigned,
            Kind::Unregistered => &said.ranges.unregistered,
            Kind::Private => &said.ranges.private,
            // Reserved (1004), standard and registered codes all have entries.
            Kind::Invalid | Kind::Reserved | Kind::Standard | Kind::Registered => {
                &said.ranges.invalid
            }
        },
    };
    let fill = |template: &'static str| fill_text(template, code);
    let engines = engine_differences(code);
    let engine_note = engine_note(code, &engines, &said.engines, locale.sentence_separator());
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
        sources: codes::sources(code),
        engines,
        engine_note,
        locale,
        reason,
        was_clean,
    }
}

/// Fills a code text: `{code}` (range templates) and `{page_close}` (what a
/// page sees after its own `close()`, from [`crate::engines`]).
fn fill_text(template: &'static str, code: u16) -> Cow<'static, str> {
    if template.bytes().any(|b| b == b'{') {
        Cow::Owned(fill(
            template,
            &[
                ("code", &decimal(code.into())),
                ("page_close", &page_close_code()),
            ],
        ))
    } else {
        Cow::Borrowed(template)
    }
}

/// Replaces `{code}` in a range template; borrows when there is nothing to fill.
pub fn fill_code(template: &'static str, code: u16) -> Cow<'static, str> {
    if template.bytes().any(|b| b == b'{') {
        Cow::Owned(fill(template, &[("code", &decimal(code.into()))]))
    } else {
        Cow::Borrowed(template)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_page_close_code_comes_from_every_engine_measured() {
        // A page's own close() always ends in a close event, so the data
        // has a code for every engine and the sentence names one.
        let sentence = page_close_code();
        for engine in Engine::ALL {
            let seen = engines::seen(Situation::PageClose, engine).expect("a close event");
            assert!(
                sentence.contains(&seen.code.to_string()),
                "{engine:?}: {sentence}"
            );
        }
    }

    #[test]
    fn decimal_is_to_string() {
        for n in [0, 7, 10, 999, 1009, 65535, 4_294_967_295] {
            assert_eq!(decimal(n), n.to_string());
        }
    }

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
            assert_ne!(e.produced_by, ProducedBy::Peer);
            assert!(!e.sent_in_close_frame);
            assert!(!e.close_allowed);
        }
        assert_eq!(
            explain(1015, Locale::En).produced_by,
            ProducedBy::NonBrowser
        );
    }

    /// The engine sentence, rebuilt independently from [`engines::seen`].
    fn expected_note(code: u16) -> Option<String> {
        let outcome = |engine| {
            engines::seen(Situation::ServerCloses(code), engine).map(|s| (s.code, s.was_clean))
        };
        let first = outcome(Engine::Chromium);
        let notable = Engine::ALL
            .into_iter()
            .any(|e| outcome(e) != first || outcome(e).map(|o| o.0) != Some(code));
        if !notable {
            return None;
        }
        let mut out = Vec::new();
        let mut seen_outcomes = Vec::new();
        for engine in Engine::ALL {
            let o = outcome(engine);
            if seen_outcomes.contains(&o) {
                continue;
            }
            seen_outcomes.push(o);
            let names: Vec<&str> = Engine::ALL
                .into_iter()
                .filter(|&e| outcome(e) == o)
                .map(Engine::name)
                .collect();
            let names = match names.len() {
                1 => names[0].to_owned(),
                2 => format!("{} and {}", names[0], names[1]),
                _ => format!("{}, {} and {}", names[0], names[1], names[2]),
            };
            out.push(match o {
                Some((c, clean)) => {
                    format!("In {names}, a server's {code} arrives as {c} (`wasClean: {clean}`).")
                }
                None => format!(
                    "In {names}, a server's {code} brings no close event within {} s.",
                    engines::WAIT_MS / 1000
                ),
            });
        }
        Some(out.join(" "))
    }

    #[test]
    fn the_engine_sentence_follows_the_measured_data() {
        let mut said = 0;
        for code in (0..=u16::MAX).step_by(11).chain([
            999, 1000, 1004, 1005, 1006, 1009, 1012, 1015, 1016, 2999, 4999, 5000, 65535,
        ]) {
            let e = explain(code, Locale::En);
            assert_eq!(e.engine_note, expected_note(code), "{code}");
            assert_eq!(e.engines.is_empty(), e.engine_note.is_none(), "{code}");
            said += usize::from(e.engine_note.is_some());
        }
        assert!(said > 0, "the data has differences to report");
        // Every locale says something wherever English does, naming the engines.
        for locale in Locale::ALL {
            for code in [1004, 1005, 1015, 2000, 5000] {
                let (en, here) = (explain(code, Locale::En), explain(code, locale));
                assert_eq!(en.engine_note.is_some(), here.engine_note.is_some());
                if let Some(note) = here.engine_note {
                    for seen in &here.engines {
                        assert!(note.contains(seen.engine.name()), "{} {note}", locale.tag());
                        if let Some(c) = seen.code {
                            assert!(note.contains(&c.to_string()), "{} {note}", locale.tag());
                        }
                    }
                    assert!(!note.contains('{'), "{} {note}", locale.tag());
                }
            }
        }
    }

    #[test]
    fn the_page_close_claim_comes_from_the_data() {
        let code = page_close_code();
        for locale in Locale::ALL {
            assert!(
                explain(1000, locale).cause.contains(&code),
                "{}",
                locale.tag()
            );
            assert!(
                explain(1005, locale).cause.contains(&code),
                "{}",
                locale.tag()
            );
        }
    }

    #[test]
    fn each_explanation_carries_its_sources() {
        let e = explain(1009, Locale::En);
        assert_eq!(e.sources, codes::sources(1009));
        assert_eq!(e.sources[0].url, e.reference);
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
