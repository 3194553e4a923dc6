//! Each page's `<head>`: title, description, canonical URL, alternates,
//! sharing tags (Open Graph, Twitter), icons and structured data (JSON-LD),
//! and the breadcrumb trail the page shows and the JSON-LD repeats.

use wsclose_core::i18n::Locale;

use super::facts::title;
use super::route::{range_end, NotFound, Route};
use super::text::{fill, text};

/// What goes into a page's `<head>`.
#[derive(Clone, Debug, PartialEq)]
pub struct PageMeta {
    /// The `<title>`: the headline and the site's name.
    pub title: String,
    /// The page's own title, as its `<h1>` would say it.
    pub headline: String,
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
        Route::Compare { .. } => (t.compare_title.to_owned(), t.compare_description.to_owned()),
        Route::Range { first, .. } => {
            let values = [
                ("first", first.to_string()),
                ("last", range_end(first).to_string()),
            ];
            let values: Vec<(&str, &str)> = values.iter().map(|(k, v)| (*k, v.as_str())).collect();
            (
                fill(t.range_title, &values),
                fill(t.range_description, &values),
            )
        }
        Route::Code { code, .. } => {
            let e = wsclose_core::explain(code, locale);
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
        headline: strip_ticks(&title_text),
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

/// Where the site is published and when: what absolute URLs and dates need.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Site {
    /// `https://example.com` (no trailing slash): canonical, alternates,
    /// sitemap, sharing tags and JSON-LD are absolute URLs on it.
    pub base_url: String,
    /// `YYYY-MM-DD`: the sitemap's `lastmod` and the articles' `dateModified`.
    pub lastmod: String,
}

/// The share image, next to the stylesheet (1200×630, `www/site/share.png`).
pub const SHARE_IMAGE: &str = "/site/share.png";

/// The trail above a page, from the locale's index down to the page: `(label, path)`.
/// Empty for the index (it is the top) and for not-found pages.
pub fn breadcrumb(route: &Route) -> Vec<(String, String)> {
    let locale = route.locale();
    let t = text(locale);
    let home = (t.nav_all_codes.to_owned(), Route::Index { locale }.path());
    let compare = (
        t.picker_heading.to_owned(),
        Route::Compare { locale }.path(),
    );
    match *route {
        Route::Index { .. } | Route::NotFound { .. } | Route::ReversePair { .. } => vec![],
        Route::Compare { .. } => vec![home, compare],
        Route::Range { first, .. } => vec![
            home,
            (format!("{first}–{}", range_end(first)), route.path()),
        ],
        Route::Code { code, .. } => {
            let mut trail = vec![home];
            if let Some(first) = super::route::range_of(code) {
                trail.push((
                    format!("{first}–{}", range_end(first)),
                    Route::Range { locale, first }.path(),
                ));
            }
            trail.push((code.to_string(), route.path()));
            trail
        }
        Route::Pair { low, high, .. } => vec![
            home,
            compare,
            (
                fill(
                    t.compare_link,
                    &[("a", &low.to_string()), ("b", &high.to_string())],
                ),
                route.path(),
            ),
        ],
    }
}

/// Text as a JSON string literal that is also safe inside `<script>`:
/// `<` is escaped, so no `</script>` can end the block early.
fn json_string(text: &str) -> String {
    let mut out = String::from("\"");
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '<' => out.push_str("\\u003c"),
            '>' => out.push_str("\\u003e"),
            '&' => out.push_str("\\u0026"),
            c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// The page's JSON-LD: a `TechArticle` for code, range and pair pages and a
/// `BreadcrumbList` for every page with a trail. `None` for the rest.
pub fn json_ld(route: &Route, meta: &PageMeta, site: &Site) -> Option<String> {
    let base = site.base_url.trim_end_matches('/');
    let trail = breadcrumb(route);
    let mut items = Vec::new();
    if !trail.is_empty() {
        let list: Vec<String> = trail
            .iter()
            .enumerate()
            .map(|(i, (name, path))| {
                format!(
                    "{{\"@type\":\"ListItem\",\"position\":{},\"name\":{},\"item\":{}}}",
                    i + 1,
                    json_string(name),
                    json_string(&format!("{base}{path}"))
                )
            })
            .collect();
        items.push(format!(
            "{{\"@type\":\"BreadcrumbList\",\"itemListElement\":[{}]}}",
            list.join(",")
        ));
    }
    if matches!(
        route,
        Route::Code { .. } | Route::Pair { .. } | Route::Range { .. }
    ) {
        let url = format!("{base}{}", route.canonical().path());
        items.push(format!(
            "{{\"@type\":\"TechArticle\",\"headline\":{},\"description\":{},\"inLanguage\":{},\
             \"url\":{url},\"mainEntityOfPage\":{url},\"image\":{},\"dateModified\":{},\
             \"isPartOf\":{{\"@type\":\"WebSite\",\"name\":{},\"url\":{}}}}}",
            json_string(&meta.headline),
            json_string(&meta.description),
            json_string(meta.locale.tag()),
            json_string(&format!("{base}{SHARE_IMAGE}")),
            json_string(&site.lastmod),
            json_string(text(meta.locale).site_name),
            json_string(&format!("{base}/{}/", meta.locale.tag())),
            url = json_string(&url),
        ));
    }
    match items.len() {
        0 => None,
        1 => Some(format!(
            "{{\"@context\":\"https://schema.org\",{}",
            &items[0][1..]
        )),
        _ => Some(format!(
            "{{\"@context\":\"https://schema.org\",\"@graph\":[{}]}}",
            items.join(",")
        )),
    }
}

/// A complete HTML document around a rendered body.
///
/// `route_path` goes into `data-route` on the app root: the boot script
/// hydrates only when it matches the URL, and client-renders otherwise
/// (as in `404.html`, which serves every path that has no file).
pub fn document(meta: &PageMeta, site: &Site, route_path: Option<&str>, body: &str) -> String {
    let base = site.base_url.trim_end_matches('/');
    let mut head = String::new();
    let title = escape(&meta.title);
    let description = escape(&meta.description);
    head.push_str(&format!("<title>{title}</title>\n"));
    head.push_str(&format!(
        "<meta name=\"description\" content=\"{description}\">\n"
    ));
    let route = meta.canonical.as_deref().map(Route::parse);
    if let (Some(path), Some(route)) = (&meta.canonical, &route) {
        head.push_str(&format!("<link rel=\"canonical\" href=\"{base}{path}\">\n"));
        for locale in Locale::ALL {
            head.push_str(&format!(
                "<link rel=\"alternate\" hreflang=\"{}\" href=\"{base}{}\">\n",
                locale.tag(),
                route.with_locale(locale).path()
            ));
        }
        head.push_str(&format!(
            "<link rel=\"alternate\" hreflang=\"x-default\" href=\"{base}{}\">\n",
            route.with_locale(Locale::En).path()
        ));
        let kind = if matches!(route, Route::Index { .. }) {
            "website"
        } else {
            "article"
        };
        let image = format!("{base}{SHARE_IMAGE}");
        let alt = escape(text(meta.locale).index_title);
        for (property, content) in [
            ("og:type", kind),
            ("og:site_name", text(meta.locale).site_name),
            ("og:title", &title),
            ("og:description", &description),
            ("og:url", &format!("{base}{path}")),
            ("og:image", &image),
            ("og:image:width", "1200"),
            ("og:image:height", "630"),
            ("og:image:alt", &alt),
        ] {
            head.push_str(&format!(
                "<meta property=\"{property}\" content=\"{content}\">\n"
            ));
        }
        for (name, content) in [
            ("twitter:card", "summary_large_image"),
            ("twitter:title", &title),
            ("twitter:description", &description),
            ("twitter:image", &image),
            ("twitter:image:alt", &alt),
        ] {
            head.push_str(&format!("<meta name=\"{name}\" content=\"{content}\">\n"));
        }
    } else {
        head.push_str("<meta name=\"robots\" content=\"noindex\">\n");
    }
    if let Some(json) = route.as_ref().and_then(|route| json_ld(route, meta, site)) {
        head.push_str(&format!(
            "<script type=\"application/ld+json\">{json}</script>\n"
        ));
    }
    let route_attr = route_path
        .map(|p| format!(" data-route=\"{}\"", escape(p)))
        .unwrap_or_default();
    format!(
        "<!doctype html>\n<html lang=\"{lang}\" dir=\"{dir}\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <meta name=\"color-scheme\" content=\"light dark\">\n{head}\
         <link rel=\"icon\" href=\"/favicon.ico\" sizes=\"32x32\">\n\
         <link rel=\"icon\" href=\"/site/icon.svg\" type=\"image/svg+xml\">\n\
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
    fn breadcrumbs_lead_from_the_index_to_the_page() {
        let labels = |path: &str| -> Vec<String> {
            breadcrumb(&Route::parse(path))
                .into_iter()
                .map(|(label, _)| label)
                .collect()
        };
        assert!(labels("/en/").is_empty());
        assert_eq!(labels("/en/1006/"), ["All codes", "1006"]);
        assert_eq!(labels("/en/4001/"), ["All codes", "4000–4999", "4001"]);
        assert_eq!(
            labels("/en/compare/1000-vs-1009/"),
            ["All codes", "Compare two codes", "1000 vs 1009"]
        );
        let trail = breadcrumb(&Route::parse("/en/compare/1000-vs-1009/"));
        assert_eq!(trail[2].1, "/en/compare/1000-vs-1009/");
        assert_eq!(
            json_string("a</script>\"b"),
            "\"a\\u003c/script\\u003e\\\"b\""
        );
    }

    #[test]
    fn documents_carry_lang_dir_canonical_and_every_alternate() {
        let route = Route::parse("/ar/1006/");
        let site = Site {
            base_url: "https://x.test".into(),
            lastmod: "2026-11-30".into(),
        };
        let html = document(&meta(&route), &site, Some("/ar/1006/"), "<p>hi</p>");
        assert!(html.contains("<html lang=\"ar\" dir=\"rtl\">"));
        assert!(html.contains("<link rel=\"canonical\" href=\"https://x.test/ar/1006/\">"));
        assert_eq!(html.matches("rel=\"alternate\"").count(), 15);
        assert!(html.contains("hreflang=\"zh-Hans\" href=\"https://x.test/zh-Hans/1006/\""));
        assert!(html.contains("hreflang=\"x-default\" href=\"https://x.test/en/1006/\""));
        assert!(html.contains("<div id=\"app\" data-route=\"/ar/1006/\"><p>hi</p></div>"));
        assert!(!html.contains("<style") && !html.contains("style=\""));
        assert!(html.contains("<meta property=\"og:url\" content=\"https://x.test/ar/1006/\">"));
        assert!(
            html.contains("<meta property=\"og:image\" content=\"https://x.test/site/share.png\">")
        );
        assert!(html.contains("<meta name=\"twitter:card\" content=\"summary_large_image\">"));
        assert!(html.contains("\"@type\":\"TechArticle\""));
        assert!(html.contains("\"@type\":\"BreadcrumbList\""));
        assert!(html.contains("\"dateModified\":\"2026-11-30\""));
        assert!(!html.contains("127.0.0.1"));
        assert_eq!(escape("a<\"&>"), "a&lt;&quot;&amp;&gt;");
    }
}
