//! Prerenders the comparison site into static HTML with Yew's server renderer,
//! and writes the widget's locale packs (`pkg/locales/<tag>.txt`, which the
//! widget's wasm fetches instead of embedding thirteen translations).
//!
//! ```text
//! prerender [--out DIR] [--base-url URL] [--lastmod YYYY-MM-DD]
//!     write every page, 404.html, sitemap.xml, robots.txt and the packs
//! prerender --check [--out DIR] [--base-url URL]
//!     crawl DIR from `/` and check links, reachability and heads
//! ```
//!
//! Pages: `/{locale}/`, `/{locale}/compare/` (every pair),
//! `/{locale}/{first}-{last}/` for the 3 ranges, `/{locale}/{code}/` for the
//! 19 codes with an entry, `/{locale}/compare/{low}-vs-{high}/` for their 171
//! pairs, in all 14 locales.
//!
//! `--base-url` is where the site will be published (`https://example.com`);
//! every absolute URL (canonical, `hreflang`, sitemap, sharing tags, JSON-LD)
//! is built on it. `--lastmod` dates the sitemap and the articles (default:
//! today, UTC).

use std::collections::{BTreeSet, VecDeque};
use std::fs;
use std::future::Future;
use std::path::{Path, PathBuf};
use std::pin::pin;
use std::sync::Arc;
use std::task::{Context, Poll, Wake, Waker};
use std::thread::{self, Thread};

use wsclose_core::i18n::{pack, Locale};
use wsclose_site::components::{App, AppProps};
use wsclose_site::meta::{document, meta, Site};
use wsclose_site::route::{NotFound, Route};

type Result<T> = std::result::Result<T, Box<dyn std::error::Error>>;

/// A minimal executor: Yew's `ServerRenderer` renders on its own runtime and
/// we only wait for the result, so parking the thread is all it takes.
fn block_on<F: Future>(future: F) -> F::Output {
    struct Unpark(Thread);
    impl Wake for Unpark {
        fn wake(self: Arc<Self>) {
            self.0.unpark();
        }
    }
    let waker = Waker::from(Arc::new(Unpark(thread::current())));
    let mut cx = Context::from_waker(&waker);
    let mut future = pin!(future);
    loop {
        match future.as_mut().poll(&mut cx) {
            Poll::Ready(out) => return out,
            Poll::Pending => thread::park(),
        }
    }
}

fn render_body(route: &Route) -> String {
    let route = route.clone();
    block_on(
        yew::ServerRenderer::<App>::with_props(move || AppProps {
            route,
            lookup: None,
        })
        .hydratable(true)
        .render(),
    )
}

/// The file a path is served from: `/en/1000/` → `DIR/en/1000/index.html`.
fn file_of(out: &Path, path: &str) -> PathBuf {
    out.join(path.trim_start_matches('/')).join("index.html")
}

fn write(path: &Path, text: &str) -> Result<()> {
    if let Some(dir) = path.parent() {
        fs::create_dir_all(dir)?;
    }
    fs::write(path, text).map_err(|e| format!("{}: {e}", path.display()).into())
}

/// The local address `cargo xtask serve` and the tests use when no public
/// base URL is given.
const LOCAL_BASE_URL: &str = "http://127.0.0.1:8080";

struct Args {
    out: PathBuf,
    base_url: String,
    lastmod: String,
    check: bool,
}

/// Today's date (UTC) as `YYYY-MM-DD`, from the system clock.
fn today() -> String {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    civil_date((secs / 86_400) as i64)
}

/// The proleptic Gregorian date of a day count since 1970-01-01 (Howard
/// Hinnant's `civil_from_days`).
fn civil_date(days: i64) -> String {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    format!("{year:04}-{month:02}-{day:02}")
}

fn is_date(text: &str) -> bool {
    let b = text.as_bytes();
    b.len() == 10
        && b[4] == b'-'
        && b[7] == b'-'
        && b.iter()
            .enumerate()
            .all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit())
}

fn args() -> Result<Args> {
    let mut args = Args {
        out: PathBuf::from("dist"),
        base_url: LOCAL_BASE_URL.into(),
        lastmod: String::new(),
        check: false,
    };
    let mut it = std::env::args().skip(1);
    while let Some(arg) = it.next() {
        match arg.as_str() {
            "--out" => args.out = it.next().ok_or("--out needs a value")?.into(),
            "--base-url" => args.base_url = it.next().ok_or("--base-url needs a value")?,
            "--lastmod" => args.lastmod = it.next().ok_or("--lastmod needs a value")?,
            "--check" => args.check = true,
            other => return Err(format!("unknown argument {other:?}").into()),
        }
    }
    args.base_url = args.base_url.trim_end_matches('/').to_owned();
    if !(args.base_url.starts_with("https://") || args.base_url.starts_with("http://")) {
        return Err(format!(
            "--base-url {:?}: give an absolute http(s) URL",
            args.base_url
        )
        .into());
    }
    if args.lastmod.is_empty() {
        args.lastmod = today();
    } else if !is_date(&args.lastmod) {
        return Err(format!("--lastmod {:?}: expected YYYY-MM-DD", args.lastmod).into());
    }
    Ok(args)
}

fn prerender(args: &Args) -> Result<()> {
    let site = Site {
        base_url: args.base_url.clone(),
        lastmod: args.lastmod.clone(),
    };
    let mut sitemap = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n",
    );
    let mut count = 0;
    for locale in Locale::ALL {
        for route in Route::all(locale) {
            let path = route.path();
            let body = render_body(&route);
            let html = document(&meta(&route), &site, Some(&path), &body);
            write(&file_of(&args.out, &path), &html)?;
            sitemap.push_str(&format!(
                "<url><loc>{}{path}</loc><lastmod>{}</lastmod></url>\n",
                args.base_url, args.lastmod
            ));
            count += 1;
        }
    }
    sitemap.push_str("</urlset>\n");
    write(&args.out.join("sitemap.xml"), &sitemap)?;
    write(
        &args.out.join("robots.txt"),
        &format!(
            "User-agent: *\nAllow: /\n\nSitemap: {}/sitemap.xml\n",
            args.base_url
        ),
    )?;

    // 404.html: served for every path without a file. Without JavaScript it is
    // a helpful English page; with it, the wasm renders the real route.
    let not_found = Route::NotFound {
        locale: Locale::En,
        reason: NotFound::Path,
    };
    let html = document(&meta(&not_found), &site, None, &render_body(&not_found));
    write(&args.out.join("404.html"), &html)?;
    write(&args.out.join("site/widget.css"), wsclose_yew::STYLE)?;

    // English is built into the widget; every other locale is a pack.
    for locale in &Locale::ALL[1..] {
        let text = locale.text().ok_or("the prerenderer embeds every locale")?;
        let file = args.out.join("pkg/locales").join(pack::file_name(*locale));
        write(&file, &pack::write(text, *locale))?;
    }
    println!(
        "prerender: {count} pages, 404.html, sitemap.xml, robots.txt and {} locale packs in {} (base URL {}, lastmod {})",
        Locale::ALL.len() - 1,
        args.out.display(),
        args.base_url,
        args.lastmod
    );
    Ok(())
}

// ---- the crawl check ------------------------------------------------------

/// Values of `name="..."` attributes in `html`, in order.
fn attr_values<'a>(html: &'a str, name: &str) -> Vec<&'a str> {
    let needle = format!(" {name}=\"");
    let mut out = Vec::new();
    let mut rest = html;
    while let Some(i) = rest.find(&needle) {
        rest = &rest[i + needle.len()..];
        if let Some(end) = rest.find('"') {
            out.push(&rest[..end]);
            rest = &rest[end..];
        }
    }
    out
}

/// The page's text as a reader sees it without JavaScript: tags and comments out, entities decoded.
fn visible_text(html: &str) -> String {
    let mut out = String::new();
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => in_tag = true,
            '>' => in_tag = false,
            c if !in_tag => out.push(c),
            _ => {}
        }
    }
    out.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#x27;", "'")
        .replace("&#39;", "'")
        .replace("&amp;", "&")
}

/// The file that answers a site path (query and fragment ignored), if any:
/// what a static host would serve with status 200.
fn served_file(out: &Path, href: &str) -> Option<PathBuf> {
    let path = href.split(['?', '#']).next().unwrap_or_default();
    let file = if path.ends_with('/') {
        file_of(out, path)
    } else {
        out.join(path.trim_start_matches('/'))
    };
    file.is_file().then_some(file)
}

/// Crawls the built site the way a visitor without JavaScript and a search
/// engine would: from `/`, following every link. Every link must answer 200
/// (a file exists for it), every page of [`Route::all`] and every sitemap
/// entry must be reached, and every page must carry its head: `lang`/`dir`,
/// title, description, canonical, alternates, sharing tags and, for code and
/// pair pages, JSON-LD. With a public base URL, nothing may name 127.0.0.1.
fn check(args: &Args) -> Result<()> {
    let out = &args.out;
    let base = args.base_url.as_str();
    let mut problems = Vec::new();
    let mut seen = BTreeSet::new();
    let mut queue: VecDeque<(String, String)> =
        VecDeque::from([("/".to_owned(), "start".to_owned())]);
    let mut largest = (0usize, String::new());
    let mut links = 0usize;
    let public = !base.contains("127.0.0.1");
    while let Some((path, from)) = queue.pop_front() {
        let path = path.split('#').next().unwrap_or_default().to_owned();
        let page_path = path.split('?').next().unwrap_or_default().to_owned();
        let Some(file) = served_file(out, &path) else {
            problems.push(format!(
                "{from}: link to {path}: no file, a static host answers 404"
            ));
            continue;
        };
        if !page_path.ends_with('/') || !seen.insert(page_path.clone()) {
            continue;
        }
        let html = fs::read_to_string(&file)?;
        if html.len() > largest.0 {
            largest = (html.len(), page_path.clone());
        }
        let mut hrefs: Vec<&str> = attr_values(&html, "href");
        hrefs.extend(attr_values(&html, "src"));
        for href in hrefs {
            let local = match href.strip_prefix(base) {
                Some(rest) if rest.starts_with('/') => Some(rest),
                _ if href.starts_with('/') && !href.starts_with("//") => Some(href),
                _ => None,
            };
            if let Some(local) = local {
                links += 1;
                queue.push_back((local.to_owned(), page_path.clone()));
            }
        }
        if public && html.contains("127.0.0.1") {
            problems.push(format!(
                "{page_path}: mentions 127.0.0.1 with --base-url {base}"
            ));
        }
        if page_path == "/" {
            continue;
        }
        let route = Route::parse(&page_path);
        let locale = route.locale();
        let mut problem = |what: String| problems.push(format!("{page_path}: {what}"));
        if !route.is_prerendered() {
            problem("a file for a route that should not have one".into());
        }
        let html_tag = format!("<html lang=\"{}\" dir=\"{}\">", locale.tag(), locale.dir());
        if !html.contains(&html_tag) {
            problem(format!("missing {html_tag}"));
        }
        let m = meta(&route);
        if !html.contains(&format!(
            "<title>{}</title>",
            wsclose_site::meta::escape(&m.title)
        )) {
            problem("wrong or missing <title>".into());
        }
        for needle in [
            "<meta name=\"description\" content=\"".to_owned(),
            format!("<link rel=\"canonical\" href=\"{base}{page_path}\">"),
            format!("<meta property=\"og:url\" content=\"{base}{page_path}\">"),
            format!("<meta property=\"og:image\" content=\"{base}/site/share.png\">"),
            "<meta name=\"twitter:card\" content=\"summary_large_image\">".to_owned(),
            "<link rel=\"icon\" href=\"/favicon.ico\"".to_owned(),
        ] {
            if !html.contains(&needle) {
                problem(format!("missing {needle}"));
            }
        }
        for l in Locale::ALL.iter().map(|l| l.tag()).chain(["x-default"]) {
            if !html.contains(&format!("hreflang=\"{l}\" href=\"")) {
                problem(format!("no hreflang {l}"));
            }
        }
        let article = matches!(
            route,
            Route::Code { .. } | Route::Pair { .. } | Route::Range { .. }
        );
        if article && !html.contains("\"@type\":\"TechArticle\"") {
            problem("no TechArticle JSON-LD".into());
        }
        if !matches!(route, Route::Index { .. }) {
            if !html.contains("\"@type\":\"BreadcrumbList\"") {
                problem("no BreadcrumbList JSON-LD".into());
            }
            if !html.contains("class=\"breadcrumb\"") {
                problem("no visible breadcrumb".into());
            }
        }
        let scripts = html.matches("<script").count();
        let allowed = html.matches("<script type=\"module\" src=\"").count()
            + html
                .matches("<script type=\"application/ld+json\">")
                .count();
        if scripts != allowed || html.contains("<style") || html.contains(" style=\"") {
            problem("inline script or style (breaks the CSP)".into());
        }
        let text = visible_text(&html);
        let codes: Vec<u16> = match route {
            Route::Code { code, .. } => vec![code],
            Route::Pair { low, high, .. } => vec![low, high],
            _ => vec![],
        };
        for code in codes {
            let summary = wsclose_core::explain(code, locale).summary.replace('`', "");
            if !text.contains(&summary) {
                problem(format!(
                    "HTML without JavaScript lacks the summary of {code}"
                ));
            }
        }
    }
    let expected: BTreeSet<String> = Locale::ALL
        .iter()
        .flat_map(|l| Route::all(*l))
        .map(|r| r.path())
        .collect();
    let unreached: Vec<&String> = expected.difference(&seen).collect();
    if !unreached.is_empty() {
        problems.push(format!(
            "{} pages not reachable by links from /: {}",
            unreached.len(),
            unreached
                .iter()
                .take(5)
                .map(|s| s.as_str())
                .collect::<Vec<_>>()
                .join(", ")
        ));
    }
    let sitemap = fs::read_to_string(out.join("sitemap.xml")).unwrap_or_default();
    let mut entries = 0;
    for entry in sitemap.split("<url>").skip(1) {
        entries += 1;
        let loc = entry
            .split("<loc>")
            .nth(1)
            .and_then(|l| l.split("</loc>").next());
        match loc.and_then(|url| url.strip_prefix(base)) {
            Some(path) if seen.contains(path) => {}
            Some(path) => problems.push(format!("sitemap: {path} not reachable by links")),
            None => problems.push(format!("sitemap URL outside --base-url: {loc:?}")),
        }
        if !entry.contains("<lastmod>") {
            problems.push(format!("sitemap: {loc:?} has no lastmod"));
        }
    }
    if entries != expected.len() {
        problems.push(format!(
            "sitemap: {entries} entries, expected {}",
            expected.len()
        ));
    }
    let robots = fs::read_to_string(out.join("robots.txt")).unwrap_or_default();
    if !robots.contains(&format!("Sitemap: {base}/sitemap.xml")) {
        problems.push("robots.txt lacks its Sitemap: line".into());
    }
    if public {
        for file in ["sitemap.xml", "robots.txt", "404.html", "index.html"] {
            if fs::read_to_string(out.join(file))
                .unwrap_or_default()
                .contains("127.0.0.1")
            {
                problems.push(format!("{file} mentions 127.0.0.1 with --base-url {base}"));
            }
        }
    }
    for file in ["404.html", "favicon.ico", "site/icon.svg", "site/share.png"] {
        if !out.join(file).is_file() {
            problems.push(format!("no {file}"));
        }
    }
    let pages = seen.len() - 1;
    println!(
        "crawl: {pages} pages reached from / by {links} links (all answer 200), {} expected, sitemap {entries} entries; largest {} ({} bytes)",
        expected.len(),
        largest.1,
        largest.0
    );
    if problems.is_empty() {
        Ok(())
    } else {
        for p in problems.iter().take(30) {
            eprintln!("crawl: {p}");
        }
        Err(format!("{} crawl problem(s)", problems.len()).into())
    }
}

fn main() -> std::process::ExitCode {
    let result = args().and_then(|args| {
        if args.check {
            check(&args)
        } else {
            prerender(&args)
        }
    });
    match result {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("prerender: {e}");
            std::process::ExitCode::FAILURE
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates() {
        assert_eq!(civil_date(0), "1970-01-01");
        assert_eq!(civil_date(20_423), "2025-12-01");
        assert_eq!(civil_date(11_016), "2000-02-29");
        assert!(is_date("2026-11-30") && !is_date("2026-1-30") && !is_date("today"));
    }
}
