//! The site as a search engine, a phone and an assistive technology meet it:
//!
//! - [`crawl_public`]: prerenders the site for a public base URL into
//!   `target/site-public/` and crawls it (`prerender --check`), so "no page,
//!   sitemap entry or tag names 127.0.0.1" is checked on every test run;
//! - [`run`]: axe-core (npm, pinned in `xtask/audit/package-lock.json`) on a
//!   sample of pages, English and Arabic, light and dark, at 390 and 1280 px
//!   after hydration, plus a check at 390 px that no element sticks out of the
//!   viewport (the page must never scroll sideways; the language menu open).

use std::fs;
use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::thread;
use std::time::{Duration, Instant};

use serde_json::{json, Value};

use crate::engines::Engine;
use crate::webdriver::WebDriver;
use crate::{dist, run as run_command, tools, Result};

/// A public address to prerender for: any https URL that is not local.
pub const PUBLIC_BASE_URL: &str = "https://wsclose.example.org";

/// Prerenders the site for [`PUBLIC_BASE_URL`] next to the static files and
/// crawls it with the same base URL.
pub fn crawl_public(repo: &Path) -> Result<String> {
    let out = repo.join("target/site-public");
    if out.exists() {
        fs::remove_dir_all(&out)?;
    }
    fs::create_dir_all(&out)?;
    dist::copy_tree(&repo.join("www"), &out)?;
    fs::copy(repo.join("index.html"), out.join("index.html"))?;
    run_command(
        dist::prerender(repo)
            .arg("--out")
            .arg(&out)
            .args(["--base-url", PUBLIC_BASE_URL]),
    )?;
    run_command(
        dist::prerender(repo)
            .arg("--check")
            .arg("--out")
            .arg(&out)
            .args(["--base-url", PUBLIC_BASE_URL]),
    )?;
    Ok(format!("no 127.0.0.1 with {PUBLIC_BASE_URL}"))
}

/// The pinned axe-core (`xtask/audit/package-lock.json`), installed into
/// `target/tools/audit` if missing; returns the path of `axe.min.js`.
pub fn ensure_axe(repo: &Path) -> Result<PathBuf> {
    const AXE: &str = "axe-core/axe.min.js";
    Ok(tools::npm_ci(repo, "xtask/audit", "audit", &[AXE])?.join(AXE))
}

/// The pages audited: every kind of page, in a left-to-right and the
/// right-to-left language, with how the boot script must start each.
const PAGES: &[(&str, &str)] = &[
    ("/en/", "hydrated"),
    ("/en/1006/", "hydrated"),
    ("/en/compare/1000-vs-1009/", "hydrated"),
    ("/en/4000-4999/?code=4001", "rendered"),
    ("/en/compare/", "hydrated"),
    ("/ar/", "hydrated"),
    ("/ar/1009/", "hydrated"),
    ("/ar/compare/1005-vs-1006/", "hydrated"),
    ("/ar/4000-4999/", "hydrated"),
];

/// Phone and desktop viewports: (width, height).
const VIEWPORTS: [(u32, u32); 2] = [(390, 844), (1280, 800)];

/// Finds what sticks out of the viewport sideways: the page's own scroll
/// width, and every visible element whose box crosses either edge, unless an
/// ancestor clips or scrolls it (a scrolling table is fine; the page
/// scrolling is not). Run with every disclosure open (the language menu,
/// the widget's details).
const OVERFLOW_JS: &str = r#"
const W = document.documentElement.clientWidth;
const out = [];
const closed = [...document.querySelectorAll('details:not([open])')];
for (const d of closed) d.open = true;
if (document.documentElement.scrollWidth > W) {
  out.push(`the page scrolls sideways: scrollWidth ${document.documentElement.scrollWidth} > ${W}`);
}
const name = (el) => el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') +
  (el.className && typeof el.className === 'string' ? '.' + el.className.trim().split(/\s+/).join('.') : '');
for (const el of document.querySelectorAll('body *')) {
  const r = el.getBoundingClientRect();
  if (r.width === 0 || r.height === 0) continue;
  if (r.right <= W + 0.5 && r.left >= -0.5) continue;
  let clipped = false;
  for (let a = el.parentElement; a && a !== document.body; a = a.parentElement) {
    if (getComputedStyle(a).overflowX !== 'visible') { clipped = true; break; }
  }
  if (!clipped) out.push(`${name(el)} spans x ${Math.round(r.left)}..${Math.round(r.right)} of ${W}`);
}
for (const d of closed) d.open = false;
return out.slice(0, 10);
"#;

/// Runs axe on every sample page in both schemes at both widths, and the
/// overflow check at 390 px. `Err` lists every violation found.
pub fn run(repo: &Path, addr: SocketAddr) -> Result<String> {
    let axe = fs::read_to_string(ensure_axe(repo)?)?;
    // The audit emulates viewports and color schemes through the DevTools
    // protocol, which only Chromium's driver speaks.
    let wd = WebDriver::start(Engine::Chromium, &repo.join("webdriver.json"))?;
    let mut problems = Vec::new();
    let mut checked = 0;
    for (width, height) in VIEWPORTS {
        wd.cdp(
            "Emulation.setDeviceMetricsOverride",
            json!({"width": width, "height": height, "deviceScaleFactor": 1, "mobile": width < 600}),
        )?;
        for scheme in ["light", "dark"] {
            wd.cdp(
                "Emulation.setEmulatedMedia",
                json!({"features": [{"name": "prefers-color-scheme", "value": scheme}]}),
            )?;
            for (path, how) in PAGES {
                let at = format!("{path} at {width} px, {scheme}");
                wd.navigate(&format!("http://{addr}{path}"))?;
                let started = wait_for_start(&wd)?;
                if started != *how {
                    problems.push(format!(
                        "{at}: the page started {started:?}, expected {how:?}"
                    ));
                }
                wd.execute(&axe, vec![])?;
                let violations = wd.execute_async(
                    "const done = arguments[arguments.length - 1];\n\
                     axe.run(document, {resultTypes: ['violations']}).then(\n\
                       (r) => done(r.violations.map((v) => `${v.impact} ${v.id}: ${v.help} (${\n\
                         v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')})`)),\n\
                       (e) => done([`axe failed: ${e}`]));",
                    vec![],
                )?;
                for v in as_strings(&violations) {
                    problems.push(format!("{at}: axe: {v}"));
                }
                if width < 600 {
                    for o in as_strings(&wd.execute(OVERFLOW_JS, vec![])?) {
                        problems.push(format!("{at}: overflow: {o}"));
                    }
                }
                checked += 1;
            }
        }
    }
    let summary = format!(
        "{checked} page loads ({} pages × light/dark × {} px): axe violations and overflows: {}",
        PAGES.len(),
        VIEWPORTS
            .iter()
            .map(|v| v.0.to_string())
            .collect::<Vec<_>>()
            .join(" and "),
        problems.len()
    );
    println!("audit: {summary}");
    if problems.is_empty() {
        Ok(summary)
    } else {
        for p in &problems {
            println!("audit: {p}");
        }
        Err(format!("{} accessibility or layout problem(s)", problems.len()).into())
    }
}

/// Waits for the boot script's verdict (`data-site` on `<html>`).
fn wait_for_start(wd: &WebDriver) -> Result<String> {
    let deadline = Instant::now() + Duration::from_secs(20);
    loop {
        let v = wd.execute(
            "return document.documentElement.dataset.site || null;",
            vec![],
        )?;
        if let Some(s) = v.as_str() {
            // One more frame, so the hydrated DOM has settled.
            wd.execute_async(
                "const done = arguments[arguments.length - 1]; requestAnimationFrame(() => done(true));",
                vec![],
            )?;
            return Ok(s.to_owned());
        }
        if Instant::now() > deadline {
            return Ok("never".into());
        }
        thread::sleep(Duration::from_millis(100));
    }
}

fn as_strings(value: &Value) -> Vec<String> {
    value
        .as_array()
        .map(|a| {
            a.iter()
                .map(|v| v.as_str().map_or_else(|| v.to_string(), str::to_owned))
                .collect()
        })
        .unwrap_or_default()
}
