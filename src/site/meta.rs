//! Each page's `<head>`: title, description, canonical URL, alternates.

use crate::i18n::Locale;

use super::facts::title;
use super::route::{NotFound, Route};
use super::text::{fill, text};

/// What goes into a page's `<head>`.
#[derive(Clone, Debug, PartialEq)]
pub struct PageMeta {
    pub title: String,
    pub description: String,
    pub locale: Locale,
    /// The canonical path, and with it the alternates; `None` for not-found pages.
    pub canonical: Option<String>,
}

fn strip_ticks(text: &str) -> String {
    text.replace('`', "")
}

/// The head data of a route.
pub fn meta(route: &Route) -> PageMeta {
    let locale = route.locale();
    let t = text(locale);
    let (title_text, description) = match *route {
        Route::Index { .. } => (t.index_title.to_owned(), t.index_description.to_owned()),
        Route::Code { code, .. } => {
            let e = crate::explain(code, locale);
            let c = code.to_string();
            (
                fill(t.code_title, &[("code", &c), ("name", e.title)]),
                fill(
                    t.code_description,
                    &[("code", &c), ("name", e.title), ("summary", &e.summary)],
                ),
            )
        }
        Route::Pair { low, high, .. } | Route::ReversePair { low, high, .. } => {
            let (a, b) = (low.to_string(), high.to_string());
            let values = [
                ("a", a.as_str()),
                ("name_a", title(low, locale)),
                ("b", b.as_str()),
                ("name_b", title(high, locale)),
            ];
            (
                fill(t.pair_title, &values),
                fill(t.pair_description, &values),
            )
        }
        Route::NotFound { ref reason, .. } => {
            let detail = match reason {
                NotFound::Locale(tag) => fill(t.not_found_locale, &[("tag", tag)]),
                NotFound::Code(text) => fill(t.not_found_code, &[("text", text)]),
                NotFound::SameCode(code) => fill(t.not_found_same, &[("code", &code.to_string())]),
                NotFound::Path => t.not_found_path.to_owned(),
            };
            (t.not_found_title.to_owned(), detail)
        }
    };
    let canonical = match route {
        Route::NotFound { .. } => None,
        route => Some(route.canonical().path()),
    };
    PageMeta {
        title: format!("{} · {}", strip_ticks(&title_text), t.site_name),
        description: strip_ticks(&description),
        locale,
        canonical,
    }
}

/// Escapes text for an HTML attribute value or text content.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            _ => out.push(c),
        }
    }
    out
}

/// A complete HTML document around a rendered body.
///
/// `route_path` goes into `data-route` on the app root: the boot script
/// hydrates only when it matches the URL, and client-renders otherwise
/// (as in `404.html`, which serves every path that has no file).
pub fn document(meta: &PageMeta, base_url: &str, route_path: Option<&str>, body: &str) -> String {
    let base = base_url.trim_end_matches('/');
    let mut head = String::new();
    head.push_str(&format!("<title>{}</title>", escape(&meta.title)));
    head.push_str(&format!(
        "<meta name=\"description\" content=\"{}\">",
        escape(&meta.description)
    ));
    if let Some(path) = &meta.canonical {
        head.push_str(&format!("<link rel=\"canonical\" href=\"{base}{path}\">"));
        let route = Route::parse(path);
        for locale in Locale::ALL {
            head.push_str(&format!(
                "<link rel=\"alternate\" hreflang=\"{}\" href=\"{base}{}\">",
                locale.tag(),
                route.with_locale(locale).path()
            ));
        }
        head.push_str(&format!(
            "<link rel=\"alternate\" hreflang=\"x-default\" href=\"{base}{}\">",
            route.with_locale(Locale::En).path()
        ));
    } else {
        head.push_str("<meta name=\"robots\" content=\"noindex\">");
    }
    let route_attr = route_path
        .map(|p| format!(" data-route=\"{}\"", escape(p)))
        .unwrap_or_default();
    format!(
        "<!doctype html>\n<html lang=\"{lang}\" dir=\"{dir}\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <meta name=\"color-scheme\" content=\"light dark\">\n{head}\n\
         <link rel=\"stylesheet\" href=\"/site/site.css\">\n\
         <link rel=\"stylesheet\" href=\"/site/widget.css\">\n\
         <script type=\"module\" src=\"/site/site.js\"></script>\n</head>\n\
         <body><div id=\"app\"{route_attr}>{body}</div></body>\n</html>\n",
        lang = meta.locale.tag(),
        dir = meta.locale.dir(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_page_has_its_own_title_and_description() {
        let m = meta(&Route::parse("/en/compare/1000-vs-1009/"));
        assert_eq!(
            m.title,
            "WebSocket 1000 Normal Closure vs 1009 Message Too Big · WebSocket close codes"
        );
        assert_eq!(m.canonical.as_deref(), Some("/en/compare/1000-vs-1009/"));
        let reverse = meta(&Route::parse("/en/compare/1009-vs-1000/"));
        assert_eq!(reverse.canonical, m.canonical);
        let code = meta(&Route::parse("/en/1006/"));
        assert!(code
            .description
            .starts_with("Close code 1006 (Abnormal Closure): The connection"));
        assert!(meta(&Route::parse("/xx/")).canonical.is_none());
    }

    #[test]
    fn documents_carry_lang_dir_canonical_and_every_alternate() {
        let route = Route::parse("/ar/1006/");
        let html = document(
            &meta(&route),
            "https://x.test/",
            Some("/ar/1006/"),
            "<p>hi</p>",
        );
        assert!(html.contains("<html lang=\"ar\" dir=\"rtl\">"));
        assert!(html.contains("<link rel=\"canonical\" href=\"https://x.test/ar/1006/\">"));
        assert_eq!(html.matches("rel=\"alternate\"").count(), 15);
        assert!(html.contains("hreflang=\"zh-Hans\" href=\"https://x.test/zh-Hans/1006/\""));
        assert!(html.contains("hreflang=\"x-default\" href=\"https://x.test/en/1006/\""));
        assert!(html.contains("<div id=\"app\" data-route=\"/ar/1006/\"><p>hi</p></div>"));
        assert!(!html.contains("<style") && !html.contains("style=\""));
        assert_eq!(escape("a<\"&>"), "a&lt;&quot;&amp;&gt;");
    }
}
