//! The site's URLs: parsing a path into a [`Route`] and formatting it back.
//!
//! - `/{locale}/`: the index;
//! - `/{locale}/{code}/`: one code;
//! - `/{locale}/compare/{low}-vs-{high}/`: two codes, lower first.
//!
//! Parsing is total: any path gives a route, at worst a [`Route::NotFound`]
//! that says why, so the page can help instead of going blank.

use crate::codes::{Kind, KNOWN};
use crate::i18n::Locale;

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
    crate::codes::lookup(code).is_some()
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
            Route::Index { .. } => true,
            Route::Code { code, .. } => is_prerendered(code),
            Route::Pair { low, high, .. } => is_prerendered(low) && is_prerendered(high),
            Route::ReversePair { .. } | Route::NotFound { .. } => false,
        }
    }

    /// Every prerendered page of one locale: the index, 19 codes, 171 pairs.
    pub fn all(locale: Locale) -> Vec<Route> {
        let mut out = vec![Route::Index { locale }];
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
    fn paths_round_trip_and_every_locale_has_191_pages() {
        for locale in Locale::ALL {
            let all = Route::all(locale);
            assert_eq!(all.len(), 1 + 19 + 171);
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
    fn the_language_switcher_keeps_the_page() {
        let r = Route::parse("/en/compare/1005-vs-1006/").with_locale(Locale::Ar);
        assert_eq!(r.path(), "/ar/compare/1005-vs-1006/");
        assert_eq!(
            pair(Locale::En, 1009, 1000).path(),
            "/en/compare/1000-vs-1009/"
        );
    }
}
