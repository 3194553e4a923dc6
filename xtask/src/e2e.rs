//! Runs the JS e2e pages (`tests/e2e/*.html`) in one browser engine.
//!
//! Each page imports `harness.js`, which publishes `window.__wscloseResults`
//! once every test has finished; we only navigate and poll for it, so a page
//! needs nothing but a browser and the dev server. The harness also keeps
//! the page's uncaught errors, rejections and `console.error`/`warn` calls in
//! `window.__wscloseErrors`, printed when a page fails: console logs over
//! WebDriver are Chromium-only, in-page collection works in every engine.

use std::fs;
use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::thread;
use std::time::{Duration, Instant};

use serde_json::Value;

use crate::engines::Engine;
use crate::socketio;
use crate::webdriver::WebDriver;
use crate::Result;

/// How long a page may take to publish its results. Individual tests have a
/// 20 s timeout in the harness; this catches pages that never call `run()`.
const PAGE_TIMEOUT: Duration = Duration::from_secs(90);
const POLL_EVERY: Duration = Duration::from_millis(100);

/// Passed/failed counts over all pages.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Tally {
    pub passed: usize,
    pub failed: usize,
}

/// One test's outcome as the harness reports it.
#[derive(Debug, Clone, PartialEq)]
pub struct TestResult {
    pub name: String,
    pub ok: bool,
    pub error: String,
    pub ms: f64,
}

/// Reads `window.__wscloseResults`; anything malformed counts as a failure
/// rather than being skipped, so a broken harness cannot look green.
pub fn parse_results(value: &Value) -> Option<Vec<TestResult>> {
    let items = value.as_array()?;
    Some(
        items
            .iter()
            .enumerate()
            .map(|(i, item)| TestResult {
                name: item["name"]
                    .as_str()
                    .map(str::to_string)
                    .unwrap_or_else(|| format!("#{i}")),
                ok: item["ok"].as_bool() == Some(true),
                error: match &item["error"] {
                    Value::String(s) => s.clone(),
                    Value::Null => String::new(),
                    other => other.to_string(),
                },
                ms: item["ms"].as_f64().unwrap_or(0.0),
            })
            .collect(),
    )
}

/// The e2e pages in `dir` (sorted), keeping those whose file name contains
/// `filter`.
pub fn pages(dir: &Path, filter: Option<&str>) -> Result<Vec<PathBuf>> {
    let mut pages = Vec::new();
    let entries = match fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(pages),
        Err(e) => return Err(format!("reading {}: {e}", dir.display()).into()),
    };
    for entry in entries {
        let path = entry?.path();
        let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
        if path.extension().is_some_and(|e| e == "html") && filter.is_none_or(|f| name.contains(f))
        {
            pages.push(path);
        }
    }
    pages.sort();
    Ok(pages)
}

/// Runs every page in `dir` against the server at `addr` (which mounts `dir`
/// at `/tests/e2e/`) in `engine` and prints one line per test plus the final
/// tally line. The browser is configured by `<repo>/webdriver.json`.
pub fn run(
    repo: &Path,
    dir: &Path,
    addr: SocketAddr,
    filter: Option<&str>,
    engine: Engine,
) -> Tally {
    let mut tally = Tally::default();
    let tag = engine.name();
    let list = match pages(dir, filter) {
        Ok(list) => list,
        Err(e) => {
            eprintln!("FAIL [{tag}] e2e: {e}");
            tally.failed += 1;
            println!(
                "e2e [{tag}]: {} passed, {} failed",
                tally.passed, tally.failed
            );
            return tally;
        }
    };
    if list.is_empty() {
        println!("e2e: no pages in {} match; nothing to run", dir.display());
    }
    let mut driver: Option<WebDriver> = None;
    // The socket.io server, started for the first `socketio*` page.
    let mut socketio: Option<std::result::Result<socketio::Fixture, String>> = None;
    for page in &list {
        let file = page
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or("?")
            .to_string();
        let name = file.clone();
        let name = format!("[{tag}] {name}");
        if driver.is_none() {
            match WebDriver::start(engine, &repo.join("webdriver.json")) {
                Ok(d) => {
                    println!("e2e [{tag}]: {tag} {}", d.browser_version());
                    driver = Some(d);
                }
                Err(e) => {
                    println!("FAIL {name}: cannot start the browser: {e}");
                    tally.failed += 1;
                    continue;
                }
            }
        }
        let Some(wd) = driver.as_ref() else { continue };
        // `?engine=` tells the page which column of crates/core/src/engines.rs is its own.
        let engine_tag = tag.to_lowercase();
        let mut url = format!("http://{addr}/tests/e2e/{file}?engine={engine_tag}");
        if file.starts_with("socketio") {
            let fixture =
                socketio.get_or_insert_with(|| socketio::start(repo).map_err(|e| e.to_string()));
            match fixture {
                Ok(fixture) => url.push_str(&format!("&socketio=http://{}", fixture.addr())),
                Err(e) => {
                    println!("FAIL {name}: the socket.io fixture: {e}");
                    tally.failed += 1;
                    continue;
                }
            }
        }
        if let Err(e) = run_page(wd, &name, &url, &mut tally) {
            // A WebDriver-level error may mean the browser died: start afresh.
            println!("FAIL {name}: {e}");
            tally.failed += 1;
            driver = None;
        }
    }
    drop(driver);
    drop(socketio);
    println!(
        "e2e [{tag}]: {} passed, {} failed",
        tally.passed, tally.failed
    );
    tally
}

/// Runs one page; `Err` only for WebDriver failures (test failures are
/// counted in `tally`).
fn run_page(wd: &WebDriver, name: &str, url: &str, tally: &mut Tally) -> Result<()> {
    wd.navigate(url)?;
    let deadline = Instant::now() + PAGE_TIMEOUT;
    let results = loop {
        let value = wd.execute("return window.__wscloseResults ?? null;", vec![])?;
        if let Some(results) = parse_results(&value) {
            break Some(results);
        }
        if Instant::now() > deadline {
            break None;
        }
        thread::sleep(POLL_EVERY);
    };
    let logs = page_errors(wd);
    let Some(results) = results else {
        println!(
            "FAIL {name}: no results after {} s (window.__wscloseResults never set)",
            PAGE_TIMEOUT.as_secs()
        );
        tally.failed += 1;
        let text = wd
            .execute(
                "return document.body ? document.body.innerText : '';",
                vec![],
            )
            .ok()
            .and_then(|v| v.as_str().map(str::to_string))
            .unwrap_or_default();
        let text: String = text.chars().take(2000).collect();
        println!("  page text:\n{}", indent(&text, "    "));
        print_logs(logs.as_deref());
        return Ok(());
    };
    if results.is_empty() {
        println!("FAIL {name}: the page registered no tests");
        tally.failed += 1;
    }
    let mut page_failed = results.is_empty();
    for r in &results {
        if r.ok {
            tally.passed += 1;
            println!("ok   {name} › {} ({:.0} ms)", r.name, r.ms);
        } else {
            tally.failed += 1;
            page_failed = true;
            println!(
                "FAIL {name} › {}: {}",
                r.name,
                indent_rest(&r.error, "    ")
            );
        }
    }
    if page_failed {
        print_logs(logs.as_deref());
    }
    Ok(())
}

/// The errors `harness.js` collected in the page, or `None` when the page
/// never loaded the harness.
fn page_errors(wd: &WebDriver) -> Option<Vec<Value>> {
    match wd.execute("return window.__wscloseErrors ?? null;", vec![]) {
        Ok(Value::Array(entries)) => Some(entries),
        _ => None,
    }
}

/// Prints what the page reported as errors (`{kind, message}` entries).
fn print_logs(logs: Option<&[Value]>) {
    let Some(logs) = logs else {
        println!("  (no page errors available: the harness did not load)");
        return;
    };
    if logs.is_empty() {
        return;
    }
    println!("  page errors:");
    for entry in logs {
        let kind = entry["kind"].as_str().unwrap_or("?");
        let message = entry["message"].as_str().unwrap_or("");
        println!("    {kind}: {}", indent_rest(message, "      "));
    }
}

fn indent(text: &str, pad: &str) -> String {
    text.lines()
        .map(|l| format!("{pad}{l}"))
        .collect::<Vec<_>>()
        .join("\n")
}

/// Keeps the first line on the FAIL line and indents the rest (stacks).
fn indent_rest(text: &str, pad: &str) -> String {
    let mut lines = text.lines();
    let first = lines.next().unwrap_or("");
    let rest: Vec<String> = lines.map(|l| format!("{pad}{l}")).collect();
    if rest.is_empty() {
        first.to_string()
    } else {
        format!("{first}\n{}", rest.join("\n"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn parses_harness_results() {
        let v = json!([
            {"name": "a", "ok": true, "error": null, "ms": 3.4},
            {"name": "b", "ok": false, "error": "Error: boom", "ms": 1},
            {"ok": "yes"}
        ]);
        let r = parse_results(&v).expect("array");
        assert_eq!(r.len(), 3);
        assert!(r[0].ok && r[0].error.is_empty());
        assert!(!r[1].ok);
        assert_eq!(r[1].error, "Error: boom");
        assert_eq!(r[2].name, "#2");
        assert!(!r[2].ok, "a non-boolean ok is a failure");
        assert!(parse_results(&Value::Null).is_none());
    }

    #[test]
    fn lists_pages_sorted_and_filtered() {
        let dir = std::env::temp_dir().join(format!("wsclose-e2e-list-{}", std::process::id()));
        fs::create_dir_all(&dir).expect("temp dir");
        for f in ["b.html", "a.html", "harness.js", "csp.html"] {
            fs::write(dir.join(f), "").expect("write");
        }
        let names = |filter| -> Vec<String> {
            pages(&dir, filter)
                .expect("list")
                .iter()
                .filter_map(|p| p.file_name()?.to_str().map(str::to_string))
                .collect()
        };
        assert_eq!(names(None), ["a.html", "b.html", "csp.html"]);
        assert_eq!(names(Some("csp")), ["csp.html"]);
        assert!(pages(&dir.join("missing"), None).expect("ok").is_empty());
        let _ = fs::remove_dir_all(&dir);
    }
}
