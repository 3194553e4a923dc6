//! Prerenders the comparison site into static HTML with Yew's server renderer,
//! and writes the widget's locale packs (`pkg/locales/<tag>.txt`, which the
//! widget's wasm fetches instead of embedding thirteen translations).
//!
//! ```text
//! prerender [--out DIR] [--base-url URL]   write every page, 404.html, sitemap.xml and the packs
//! prerender --check [--out DIR]            crawl DIR and check links and heads
//! ```
//!
//! Pages: `/{locale}/`, `/{locale}/{code}/` for the 19 codes with an entry,
//! `/{locale}/compare/{low}-vs-{high}/` for their 171 pairs, in all 14 locales.

use std::collections::{BTreeSet, VecDeque};
use std::fs;
use std::future::Future;
use std::path::{Path, PathBuf};
use std::pin::pin;
use std::sync::Arc;
use std::task::{Context, Poll, Wake, Waker};
use std::thread::{self, Thread};

use wsclose::i18n::{pack, Locale};
use wsclose::site::components::{App, AppProps};
use wsclose::site::meta::{document, meta};
use wsclose::site::route::{NotFound, Route};

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
        yew::ServerRenderer::<App>::with_props(move || AppProps { route })
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

struct Args {
    out: PathBuf,
    base_url: String,
    check: bool,
}

fn args() -> Result<Args> {
    let mut args = Args {
        out: PathBuf::from("dist"),
        base_url: "http://127.0.0.1:8080".into(),
        check: false,
    };
    let mut it = std::env::args().skip(1);
    while let Some(arg) = it.next() {
        match arg.as_str() {
            "--out" => args.out = it.next().ok_or("--out needs a value")?.into(),
            "--base-url" => args.base_url = it.next().ok_or("--base-url needs a value")?,
            "--check" => args.check = true,
            other => return Err(format!("unknown argument {other:?}").into()),
        }
    }
    args.base_url = args.base_url.trim_end_matches('/').to_owned();
    Ok(args)
}

fn prerender(args: &Args) -> Result<()> {
    let mut sitemap = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n",
    );
    let mut count = 0;
    for locale in Locale::ALL {
        for route in Route::all(locale) {
            let path = route.path();
            let body = render_body(&route);
            let html = document(&meta(&route), &args.base_url, Some(&path), &body);
            write(&file_of(&args.out, &path), &html)?;
            sitemap.push_str(&format!("<url><loc>{}{path}</loc></url>\n", args.base_url));
            count += 1;
        }
    }
    sitemap.push_str("</urlset>\n");
    write(&args.out.join("sitemap.xml"), &sitemap)?;

    // 404.html: served for every path without a file. Without JavaScript it is
    // a helpful English page; with it, the wasm renders the real route.
    let not_found = Route::NotFound {
        locale: Locale::En,
        reason: NotFound::Path,
    };
    let html = document(
        &meta(&not_found),
        &args.base_url,
        None,
        &render_body(&not_found),
    );
    write(&args.out.join("404.html"), &html)?;
    write(&args.out.join("site/widget.css"), wsclose::STYLE)?;

    // English is built into the widget; every other locale is a pack.
    for locale in &Locale::ALL[1..] {
        let text = locale.text().ok_or("the prerenderer embeds every locale")?;
        let file = args.out.join("pkg/locales").join(pack::file_name(*locale));
        write(&file, &pack::write(text, *locale))?;
    }
    println!(
        "prerender: {count} pages, 404.html, sitemap.xml and {} locale packs in {}",
        Locale::ALL.len() - 1,
        args.out.display()
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

fn check(args: &Args) -> Result<()> {
    let out = &args.out;
    let mut problems = Vec::new();
    let mut seen = BTreeSet::new();
    let mut queue: VecDeque<String> = Locale::ALL
        .iter()
        .map(|l| format!("/{}/", l.tag()))
        .collect();
    // Not every pair is linked from another page (the picker reaches the
    // rest), so the sitemap seeds the crawl too: every page gets checked.
    let sitemap = fs::read_to_string(out.join("sitemap.xml")).unwrap_or_default();
    for loc in sitemap.split("<loc>").skip(1) {
        if let Some(url) = loc.split("</loc>").next() {
            match url.strip_prefix(&args.base_url) {
                Some(path) => queue.push_back(path.to_owned()),
                None => problems.push(format!("sitemap URL outside --base-url: {url}")),
            }
        }
    }
    let mut generated = BTreeSet::new();
    let mut largest = (0usize, String::new());
    while let Some(path) = queue.pop_front() {
        if !seen.insert(path.clone()) {
            continue;
        }
        let route = Route::parse(&path);
        let file = file_of(out, &path);
        let Ok(html) = fs::read_to_string(&file) else {
            if route.is_prerendered() || matches!(route, Route::NotFound { .. }) {
                problems.push(format!("{path}: no file {}", file.display()));
            } else {
                generated.insert(path);
            }
            continue;
        };
        if html.len() > largest.0 {
            largest = (html.len(), path.clone());
        }
        let locale = route.locale();
        let mut problem = |what: String| problems.push(format!("{path}: {what}"));
        let html_tag = format!("<html lang=\"{}\" dir=\"{}\">", locale.tag(), locale.dir());
        if !html.contains(&html_tag) {
            problem(format!("missing {html_tag}"));
        }
        let m = meta(&route);
        if !html.contains(&format!(
            "<title>{}</title>",
            wsclose::site::meta::escape(&m.title)
        )) {
            problem("wrong or missing <title>".into());
        }
        if !html.contains("<meta name=\"description\" content=\"") {
            problem("no meta description".into());
        }
        let canonical = format!("<link rel=\"canonical\" href=\"{}{path}\">", args.base_url);
        if !html.contains(&canonical) {
            problem(format!("missing {canonical}"));
        }
        for l in Locale::ALL.iter().map(|l| l.tag()).chain(["x-default"]) {
            if !html.contains(&format!("hreflang=\"{l}\" href=\"")) {
                problem(format!("no hreflang {l}"));
            }
        }
        if html.contains("<script>") || html.contains("<style") || html.contains(" style=\"") {
            problem("inline script or style (breaks the CSP)".into());
        }
        let text = visible_text(&html);
        let codes: Vec<u16> = match route {
            Route::Code { code, .. } => vec![code],
            Route::Pair { low, high, .. } => vec![low, high],
            _ => vec![],
        };
        for code in codes {
            let summary = wsclose::explain(code, locale).summary.replace('`', "");
            if !text.contains(&summary) {
                problem(format!(
                    "HTML without JavaScript lacks the summary of {code}"
                ));
            }
        }
        for href in attr_values(&html, "href") {
            if href.starts_with('/') && !href.starts_with("//") {
                if href.starts_with("/site/") {
                    if !out.join(&href[1..]).is_file() {
                        problems.push(format!("{path}: broken asset link {href}"));
                    }
                } else {
                    queue.push_back(href.to_owned());
                }
            }
        }
    }
    let expected = Locale::ALL.len() * Route::all(Locale::En).len();
    let pages = seen.len() - generated.len();
    if pages != expected {
        problems.push(format!("crawled {pages} pages, expected {expected}"));
    }
    for file in ["404.html", "sitemap.xml", "index.html"] {
        if !out.join(file).is_file() {
            problems.push(format!("no {file}"));
        }
    }
    for path in &generated {
        // Links to pages 404.html renders must be real routes, not typos.
        if matches!(Route::parse(path), Route::NotFound { .. }) {
            problems.push(format!("link to a page that does not exist: {path}"));
        }
    }
    println!(
        "crawl: {pages} pages, {} links to generated pages ({}), largest {} ({} bytes)",
        generated.len(),
        generated
            .iter()
            .take(3)
            .cloned()
            .collect::<Vec<_>>()
            .join(", "),
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
