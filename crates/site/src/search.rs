//! The index page's search: codes by number, or by words in the page's language.

use wsclose_core::codes::KNOWN;
use wsclose_core::i18n::Locale;

use super::route::is_valid_code;

/// What a query finds.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Found {
    /// Known codes, best match first.
    pub codes: Vec<u16>,
    /// A valid code without its own entry that the query names exactly (e.g. 4001).
    pub range_code: Option<u16>,
}

fn normalize(text: &str) -> String {
    text.chars()
        .filter(|c| *c != '`')
        .flat_map(char::to_lowercase)
        .collect()
}

/// Finds codes for a query: digits match code numbers by prefix; words must
/// all occur in the code's name, title, summary or cause (the English name
/// always counts, since people search for it). An exact phrase in the name
/// ranks first.
pub fn search(query: &str, locale: Locale) -> Found {
    let query = normalize(query.trim());
    if query.is_empty() {
        return Found::default();
    }
    if query.bytes().all(|b| b.is_ascii_digit()) {
        let codes = KNOWN
            .iter()
            .map(|k| k.code)
            .filter(|c| c.to_string().starts_with(&query))
            .collect::<Vec<_>>();
        let range_code = query
            .parse::<u16>()
            .ok()
            .filter(|c| query.len() == 4 && is_valid_code(*c) && !codes.contains(c));
        return Found { codes, range_code };
    }
    let words: Vec<&str> = query.split_whitespace().collect();
    let catalog = locale.catalog();
    let mut scored: Vec<(u8, u16)> = KNOWN
        .iter()
        .zip(&catalog.codes)
        .filter_map(|(known, text)| {
            let names = normalize(&format!("{} {}", known.name, text.title));
            let all = format!(
                "{names} {} {}",
                normalize(text.summary),
                normalize(text.cause)
            );
            let score = if names.contains(&query) {
                0
            } else if all.contains(&query) {
                1
            } else if words.iter().all(|w| all.contains(w)) {
                2
            } else {
                return None;
            };
            Some((score, known.code))
        })
        .collect();
    scored.sort_unstable();
    Found {
        codes: scored.into_iter().map(|(_, c)| c).collect(),
        range_code: None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn codes(q: &str) -> Vec<u16> {
        search(q, Locale::En).codes
    }

    #[test]
    fn numbers_match_by_prefix() {
        assert_eq!(codes("1006"), vec![1006]);
        assert_eq!(codes("300"), vec![3000, 3003, 3008]);
        assert_eq!(codes(" 101 "), vec![1010, 1011, 1012, 1013, 1014, 1015]);
        assert_eq!(search("4001", Locale::En).range_code, Some(4001));
        assert_eq!(search("1006", Locale::En).range_code, None);
        assert_eq!(search("9999", Locale::En).range_code, None);
    }

    #[test]
    fn words_match_in_the_current_language() {
        assert_eq!(codes("too big")[0], 1009);
        assert_eq!(codes("Message TOO big"), vec![1009]);
        let proxy = codes("proxy");
        assert!(proxy.contains(&1014) && proxy.contains(&1006), "{proxy:?}");
        assert_eq!(codes("timeout")[0], 3008);
        assert!(codes("utf-8").contains(&1007));
        assert!(codes("zzzz nothing").is_empty());
        assert_eq!(search("", Locale::En), Found::default());
    }
}
