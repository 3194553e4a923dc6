use yew::prelude::*;

/// Catalog text, with its `backtick` spans shown as `<code>`.
///
/// The text is split into Yew text nodes, never parsed as HTML, so even a
/// catalog string with markup in it could only ever show as characters.
///
/// Right-to-left text (Arabic) would otherwise show left-to-right runs
/// backwards: `ws.close()` as "()ws.close", "1 MiB" as "MiB 1". So the runs
/// that must read left to right are isolated here, once, for every catalog of
/// the widget and the site: code spans as `<code dir="ltr">`, URLs and
/// number-plus-unit runs ([`ltr_runs`]) as `<bdi dir="ltr">`. An element with
/// `dir` is bidi-isolated by the HTML user-agent stylesheet, so the
/// surrounding sentence keeps its own direction. In left-to-right text this
/// changes nothing a reader can see.
///
/// A plain function, not a component: it has no state, and a widget shows a
/// dozen of these, so a component each would cost a scope per span on every
/// render and a lifecycle's worth of wasm.
pub fn rich_text(text: &str) -> Html {
    text.split('`')
        .enumerate()
        .filter(|(_, part)| !part.is_empty())
        .map(|(i, part)| {
            if i % 2 == 1 {
                html! { <code dir="ltr">{ part.to_owned() }</code> }
            } else {
                plain(part)
            }
        })
        .collect()
}

/// Text outside code spans: its left-to-right runs isolated, the rest as is.
fn plain(text: &str) -> Html {
    let mut out = Vec::new();
    let mut last = 0;
    for (start, end) in ltr_runs(text) {
        if start > last {
            out.push(html! { { text[last..start].to_owned() } });
        }
        out.push(html! { <bdi dir="ltr">{ text[start..end].to_owned() }</bdi> });
        last = end;
    }
    if last < text.len() {
        out.push(html! { { text[last..].to_owned() } });
    }
    out.into_iter().collect()
}

/// Units the catalogs and the diagnosis write after a number ("1 MiB", "60 s").
const UNITS: &[&str] = &[
    "B", "KB", "KiB", "MB", "MiB", "GB", "GiB", "bytes", "byte", "ms", "s", "min", "h",
];

/// Byte ranges of `text` that must read left to right whatever the
/// paragraph's direction: URLs (`scheme://…`, without trailing punctuation)
/// and a number followed by one of [`UNITS`]. Pure, so it is tested natively.
pub fn ltr_runs(text: &str) -> Vec<(usize, usize)> {
    // Whitespace-separated words with their byte offsets.
    let mut words = Vec::new();
    let mut start = None;
    for (i, c) in text.char_indices() {
        match (c.is_whitespace(), start) {
            (true, Some(s)) => {
                words.push((s, i));
                start = None;
            }
            (false, None) => start = Some(i),
            _ => {}
        }
    }
    if let Some(s) = start {
        words.push((s, text.len()));
    }
    let mut runs = Vec::new();
    let mut i = 0;
    while i < words.len() {
        let (s, e) = words[i];
        let word = &text[s..e];
        if word.contains("://") {
            let kept = word.trim_end_matches(|c: char| ".,;:!?)»\"”’'".contains(c));
            let lead = kept.len() - kept.trim_start_matches(['(', '«', '"', '“']).len();
            runs.push((s + lead, s + kept.len()));
        } else if let Some(start) = number_at_end(word) {
            if let Some(&(us, ue)) = words.get(i + 1) {
                let unit = text[us..ue].trim_end_matches(|c: char| !c.is_ascii_alphabetic());
                if UNITS.contains(&unit) {
                    runs.push((s + start, us + unit.len()));
                    i += 1;
                }
            }
        }
        i += 1;
    }
    runs
}

/// The number a word ends with ("70,000", "1.5"), also when a prefix is
/// written onto it, as Arabic writes "and" (`و64`); not the digits of a
/// Latin token such as `H2` or `base64`.
/// Returns the byte offset where that number starts.
fn number_at_end(word: &str) -> Option<usize> {
    if !word.ends_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    let prefix = word.trim_end_matches(|c: char| c.is_ascii_digit() || c == ',' || c == '.');
    let number = word[prefix.len()..].trim_start_matches([',', '.']);
    let attached = prefix
        .chars()
        .next_back()
        .is_some_and(|c| c.is_ascii_alphanumeric());
    (!attached).then_some(word.len() - number.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn runs(text: &str) -> Vec<&str> {
        ltr_runs(text)
            .into_iter()
            .map(|(s, e)| &text[s..e])
            .collect()
    }

    #[test]
    fn isolates_numbers_with_units_and_urls() {
        assert_eq!(runs("حد 1 MiB هنا"), ["1 MiB"]);
        assert_eq!(runs("بعد 60 s، ثم 70,000 bytes."), ["60 s", "70,000 bytes"]);
        assert_eq!(runs("64\u{a0}KiB"), ["64\u{a0}KiB"]);
        assert_eq!(
            runs("افتح (wss://example.com/x). ثم"),
            ["wss://example.com/x"]
        );
        assert_eq!(
            runs("Send 1000 or 1008 to 4000 clients"),
            Vec::<&str>::new()
        );
        assert_eq!(runs("1006 s"), ["1006 s"]);
        assert_eq!(runs("في Python، و64 KiB في Jetty"), ["64 KiB"]);
        assert_eq!(runs("base64 s"), Vec::<&str>::new());
        assert_eq!(runs(""), Vec::<&str>::new());
        assert_eq!(runs("a 5"), Vec::<&str>::new());
    }
}
