//! The site's URLs: parsing a path into a [`Route`] and formatting it back.
//!
//! - `/{locale}/`: the index;
//! - `/{locale}/{code}/`: one code;
//! - `/{locale}/compare/{low}-vs-{high}/`: two codes, lower first;
//! - `/{locale}/compare/`: every pair, and where the picker's form goes
//!   (`?a=…&b=…`) so it works on a static host;
//! - `/{locale}/{first}-{last}/`: a range whose codes share one meaning
//!   (1016–2999, 3000–3999, 4000–4999), where any code of it is looked up
//!   (`?code=4001`): a code without an entry gets a real page this way.
//!
//! Parsing is total: any path gives a route, at worst a [`Route::NotFound`]
//! that says why, so the page can help instead of going blank.

use wsclose_core::codes::{Kind, KNOWN};
use wsclose_core::i18n::Locale;

/// One page of the site.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Route {
    Index {
        locale: Locale,
    },
    Code {
        locale: Locale,
        code: u16,
    },
    /// `low < high`, both valid close codes.
    Pair {
        locale: Locale,
        low: u16,
        high: u16,
    },
    /// Every pair, as links; the picker's no-JavaScript target.
    Compare {
        locale: Locale,
    },
    /// The codes from `first` to its [`range_end`], explained as one.
    Range {
        locale: Locale,
        first: u16,
    },
    /// A pair written higher code first: lives at [`Route::canonical`].
    ReversePair {
        locale: Locale,
        low: u16,
        high: u16,
    },
    NotFound {
        locale: Locale,
        reason: NotFound,
    },
}

/// Why a path has no page.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum NotFound {
    /// The first segment is not one of our language tags.
    Locale(String),
    /// A segment where a code belongs is not a valid close code.
    Code(String),
    /// A pair of a code with itself.
    SameCode(u16),
    /// Anything else.
    Path,
}

/// Whether a number is a close code the site has a page for (1000–4999).
pub fn is_valid_code(code: u16) -> bool {
    Kind::of(code) != Kind::Invalid
}

/// Whether a code's page and pairs are prerendered (it has a full entry).
pub fn is_prerendered(code: u16) -> bool {
    wsclose_core::codes::lookup(code).is_some()
}

/// Ranges whose codes have no entries of their own and share one meaning:
/// `(first, last, example)`, the example being what the page explains
/// when no code is looked up (the first code of the range without an entry).
pub const RANGES: [(u16, u16, u16); 3] =
    [(1016, 2999, 1016), (3000, 3999, 3001), (4000, 4999, 4000)];

/// The last code of the range starting at `first`.
pub fn range_end(first: u16) -> u16 {
    RANGES.iter().find(|r| r.0 == first).map_or(first, |r| r.1)
}

/// The code a range page explains when none is looked up.
pub fn range_example(first: u16) -> u16 {
    RANGES.iter().find(|r| r.0 == first).map_or(first, |r| r.2)
}

/// The range page that explains `code`, for a valid code without an entry.
pub fn range_of(code: u16) -> Option<u16> {
    if is_prerendered(code) {
        return None;
    }
    RANGES
        .iter()
        .find(|r| (r.0..=r.1).contains(&code))
        .map(|r| r.0)
}

fn parse_code(text: &str) -> Result<u16, NotFound> {
    let canonical = !text.is_empty()
        && text.len() <= 5
        && text.bytes().all(|b| b.is_ascii_digit())
        && !text.starts_with('0');
    match text.parse::<u16>() {
        Ok(code) if canonical && is_valid_code(code) => Ok(code),
        _ => Err(NotFound::Code(text.to_owned())),
    }
}

fn locale_of(tag: &str) -> Option<Locale> {
    Locale::ALL.into_iter().find(|l| l.tag() == tag)
}

impl Route {
    /// The route of a URL path (without query or fragment).
    pub fn parse(path: &str) -> Route {
        let path = path.split(['?', '#']).next().unwrap_or_default();
        let mut segments: Vec<&str> = path.split('/').filter(|s| !s.is_empty()).collect();
        if segments.last() == Some(&"index.html") {
            segments.pop();
        }
        let Some((first, rest)) = segments.split_first() else {
            return Route::NotFound {
                locale: Locale::En,
                reason: NotFound::Path,
            };
        };
        let Some(locale) = locale_of(first) else {
            // Keep the reader's language for the explanation if the tag is close (`es-MX`).
            let locale = Locale::from_tag(first).unwrap_or_default();
            return Route::NotFound {
                locale,
                reason: NotFound::Locale((*first).to_owned()),
            };
        };
        let not_found = |reason| Route::NotFound { locale, reason };
        match rest {
            [] => Route::Index { locale },
            ["compare"] => Route::Compare { locale },
            [range] if range.contains('-') => RANGES
                .iter()
                .find(|r| *range == format!("{}-{}", r.0, r.1))
                .map_or_else(
                    || not_found(NotFound::Code((*range).to_owned())),
                    |r| Route::Range { locale, first: r.0 },
                ),
            [code] => match parse_code(code) {
                Ok(code) => Route::Code { locale, code },
                Err(reason) => not_found(reason),
            },
            ["compare", pair] => {
                let Some((a, b)) = pair.split_once("-vs-") else {
                    return not_found(NotFound::Path);
                };
                let (a, b) = match (parse_code(a), parse_code(b)) {
                    (Ok(a), Ok(b)) => (a, b),
                    (Err(reason), _) | (_, Err(reason)) => return not_found(reason),
                };
                match a.cmp(&b) {
                    std::cmp::Ordering::Less => Route::Pair {
                        locale,
                        low: a,
                        high: b,
                    },
                    std::cmp::Ordering::Greater => Route::ReversePair {
                        locale,
                        low: b,
                        high: a,
                    },
                    std::cmp::Ordering::Equal => not_found(NotFound::SameCode(a)),
                }
            }
            _ => not_found(NotFound::Path),
        }
    }

    pub fn locale(&self) -> Locale {
        match self {
            Route::Index { locale }
            | Route::Compare { locale }
            | Route::Range { locale, .. }
            | Route::Code { locale, .. }
            | Route::Pair { locale, .. }
            | Route::ReversePair { locale, .. }
            | Route::NotFound { locale, .. } => *locale,
        }
    }

    /// The same page in another language.
    pub fn with_locale(&self, locale: Locale) -> Route {
        let mut route = self.clone();
        match &mut route {
            Route::Index { locale: l }
            | Route::Compare { locale: l }
            | Route::Range { locale: l, .. }
            | Route::Code { locale: l, .. }
            | Route::Pair { locale: l, .. }
            | Route::ReversePair { locale: l, .. }
            | Route::NotFound { locale: l, .. } => *l = locale,
        }
        route
    }

    /// The route this one should be served at: itself, or the pair in order.
    pub fn canonical(&self) -> Route {
        match *self {
            Route::ReversePair { locale, low, high } => Route::Pair { locale, low, high },
            _ => self.clone(),
        }
    }

    /// The URL path; a `NotFound` has none of its own and gives its locale's index.
    pub fn path(&self) -> String {
        match self {
            Route::Index { locale } | Route::NotFound { locale, .. } => {
                format!("/{}/", locale.tag())
            }
            Route::Compare { locale } => format!("/{}/compare/", locale.tag()),
            Route::Range { locale, first } => {
                format!("/{}/{first}-{}/", locale.tag(), range_end(*first))
            }
            Route::Code { locale, code } => format!("/{}/{code}/", locale.tag()),
            Route::Pair { locale, low, high } => {
                format!("/{}/compare/{low}-vs-{high}/", locale.tag())
            }
            Route::ReversePair { locale, low, high } => {
                format!("/{}/compare/{high}-vs-{low}/", locale.tag())
            }
        }
    }

    /// Whether `cargo xtask build` writes this page as a file (else 404.html renders it).
    pub fn is_prerendered(&self) -> bool {
        match *self {
            Route::Index { .. } | Route::Compare { .. } | Route::Range { .. } => true,
            Route::Code { code, .. } => is_prerendered(code),
            Route::Pair { low, high, .. } => is_prerendered(low) && is_prerendered(high),
            Route::ReversePair { .. } | Route::NotFound { .. } => false,
        }
    }

    /// Every prerendered page of one locale: the index, the pair list, 3
    /// ranges, 19 codes, 171 pairs.
    pub fn all(locale: Locale) -> Vec<Route> {
        let mut out = vec![Route::Index { locale }, Route::Compare { locale }];
        out.extend(RANGES.iter().map(|r| Route::Range { locale, first: r.0 }));
        out.extend(KNOWN.iter().map(|k| Route::Code {
            locale,
            code: k.code,
        }));
        for (i, a) in KNOWN.iter().enumerate() {
            for b in &KNOWN[i + 1..] {
                out.push(Route::Pair {
                    locale,
                    low: a.code,
                    high: b.code,
                });
            }
        }
        out
    }
}

/// The canonical pair route of two codes in any order.
pub fn pair(locale: Locale, a: u16, b: u16) -> Route {
    Route::Pair {
        locale,
        low: a.min(b),
        high: a.max(b),
    }
}

/// The value of `name` in a query string (`?a=1&b=2`), undecoded: the site
/// only ever reads digits from it.
pub fn query_value<'a>(search: &'a str, name: &str) -> Option<&'a str> {
    search
        .trim_start_matches('?')
        .split('&')
        .find_map(|kv| kv.strip_prefix(name)?.strip_prefix('='))
}

/// A valid close code from a query value.
pub fn query_code(search: &str, name: &str) -> Option<u16> {
    query_value(search, name)?
        .trim()
        .parse()
        .ok()
        .filter(|c| is_valid_code(*c))
}

/// Where a form submitted without the wasm's help should lead: the pair
/// page for the picker's `?a=&b=`, a code's own page (or its range's) for a
/// range page's `?code=`. `None` when the page itself shows the answer.
pub fn forward(route: &Route, search: &str) -> Option<String> {
    match *route {
        Route::Compare { locale } => {
            let (a, b) = (query_code(search, "a")?, query_code(search, "b")?);
            (a != b).then(|| pair(locale, a, b).path())
        }
        Route::Range { locale, first } => {
            let code = query_code(search, "code")?;
            match range_of(code) {
                Some(f) if f == first => None,
                Some(f) => Some(format!(
                    "{}?code={code}",
                    Route::Range { locale, first: f }.path()
                )),
                None => Some(Route::Code { locale, code }.path()),
            }
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_the_three_page_kinds() {
        assert_eq!(Route::parse("/en/"), Route::Index { locale: Locale::En });
        assert_eq!(Route::parse("/vi"), Route::Index { locale: Locale::Vi });
        assert_eq!(
            Route::parse("/zh-Hans/1006/"),
            Route::Code {
                locale: Locale::ZhHans,
                code: 1006
            }
        );
        assert_eq!(
            Route::parse("/es/compare/1000-vs-1009/index.html"),
            Route::Pair {
                locale: Locale::Es,
                low: 1000,
                high: 1009
            }
        );
        assert_eq!(
            Route::parse("/en/4001/?x=1#top"),
            Route::Code {
                locale: Locale::En,
                code: 4001
            }
        );
    }

    #[test]
    fn reverse_pairs_point_to_the_canonical_order() {
        let r = Route::parse("/en/compare/1009-vs-1000/");
        assert_eq!(
            r,
            Route::ReversePair {
                locale: Locale::En,
                low: 1000,
                high: 1009
            }
        );
        assert_eq!(r.path(), "/en/compare/1009-vs-1000/");
        assert_eq!(r.canonical().path(), "/en/compare/1000-vs-1009/");
        assert!(!r.is_prerendered());
    }

    #[test]
    fn bad_urls_say_why() {
        let nf = |path: &str| match Route::parse(path) {
            Route::NotFound { reason, locale } => (locale, reason),
            other => panic!("{path}: {other:?}"),
        };
        assert_eq!(
            nf("/en/compare/abc-vs-1000/").1,
            NotFound::Code("abc".into())
        );
        assert_eq!(nf("/en/99999/").1, NotFound::Code("99999".into()));
        assert_eq!(nf("/en/999/").1, NotFound::Code("999".into()));
        assert_eq!(nf("/en/01000/").1, NotFound::Code("01000".into()));
        assert_eq!(nf("/en/5000/").1, NotFound::Code("5000".into()));
        assert_eq!(nf("/en/compare/1000-vs-1000/").1, NotFound::SameCode(1000));
        assert_eq!(nf("/en/compare/1000/").1, NotFound::Path);
        assert_eq!(nf("/en/a/b/c/").1, NotFound::Path);
        assert_eq!(nf("/").1, NotFound::Path);
        assert_eq!(nf("/xx/1000/"), (Locale::En, NotFound::Locale("xx".into())));
        assert_eq!(
            nf("/es-MX/"),
            (Locale::Es, NotFound::Locale("es-MX".into()))
        );
    }

    #[test]
    fn paths_round_trip_and_every_locale_has_195_pages() {
        for locale in Locale::ALL {
            let all = Route::all(locale);
            assert_eq!(all.len(), 1 + 1 + 3 + 19 + 171);
            for route in all {
                assert!(route.is_prerendered());
                assert_eq!(Route::parse(&route.path()), route);
            }
        }
        let generated = Route::parse("/en/compare/3500-vs-4001/");
        assert_eq!(generated.path(), "/en/compare/3500-vs-4001/");
        assert!(!generated.is_prerendered());
    }

    #[test]
    fn ranges_have_pages_and_every_code_without_an_entry_has_one() {
        assert_eq!(
            Route::parse("/en/4000-4999/?code=4001"),
            Route::Range {
                locale: Locale::En,
                first: 4000
            }
        );
        assert_eq!(
            Route::parse("/ar/compare/"),
            Route::Compare { locale: Locale::Ar }
        );
        assert!(matches!(
            Route::parse("/en/4000-4998/"),
            Route::NotFound { .. }
        ));
        for code in 1000..5000 {
            let has_page = is_prerendered(code) || range_of(code).is_some();
            assert!(has_page, "{code} has neither an entry nor a range page");
        }
        assert_eq!(range_of(4001), Some(4000));
        assert_eq!(range_of(3500), Some(3000));
        assert_eq!(range_of(3003), None);
        assert_eq!(range_of(2000), Some(1016));
        for (first, last, example) in RANGES {
            assert_eq!(range_of(example), Some(first));
            assert_eq!(range_of(last), Some(first));
        }
    }

    #[test]
    fn forms_submitted_to_static_pages_lead_to_the_answer() {
        let compare = Route::Compare { locale: Locale::De };
        assert_eq!(
            forward(&compare, "?a=1009&b=1000").as_deref(),
            Some("/de/compare/1000-vs-1009/")
        );
        assert_eq!(forward(&compare, "?a=1000&b=1000"), None);
        assert_eq!(forward(&compare, ""), None);
        let private = Route::Range {
            locale: Locale::En,
            first: 4000,
        };
        assert_eq!(forward(&private, "?code=4001"), None);
        assert_eq!(query_code("?code=4001", "code"), Some(4001));
        assert_eq!(
            forward(&private, "?code=3500").as_deref(),
            Some("/en/3000-3999/?code=3500")
        );
        assert_eq!(
            forward(&private, "?code=1006").as_deref(),
            Some("/en/1006/")
        );
        assert_eq!(forward(&private, "?code=99999"), None);
        assert_eq!(query_value("?x=1&code=12", "code"), Some("12"));
    }

    #[test]
    fn the_language_switcher_keeps_the_page() {
        let r = Route::parse("/en/compare/1005-vs-1006/").with_locale(Locale::Ar);
        assert_eq!(r.path(), "/ar/compare/1005-vs-1006/");
        assert_eq!(
            pair(Locale::En, 1009, 1000).path(),
            "/en/compare/1000-vs-1009/"
        );
    }
}
