//! The bundler tests: the app in `tests/bundlers/` installs the packed
//! `dist/wsclose-<version>.tgz` the way a user installs the package, and is
//! built and loaded in a real browser four ways, none with a bundler config
//! file: `vite build`, the Vite dev server, webpack 5 and esbuild. On each
//! page, `install()` must show a real close (from xtask's dev server) in the
//! overlay, a `<ws-close-explainer lang="vi">` must show Vietnamese, and
//! `wsclose/core` (when the package has it) must answer in the statically
//! imported Spanish. A fifth app, `tests/bundlers/plugin/`, uses the Vite
//! plugin: its dev server shows the overlay, its build has no wsclose code.
//! First, `tsc` checks `tests/bundlers/types/app.ts` against the package's
//! declarations (strict, Node's ESM resolution).
//!
//! The fixture is copied to `target/bundlers/app/`; its pinned dependencies
//! (`tests/bundlers/package-lock.json`) are installed once and reused while
//! the lockfile is unchanged.

use std::fs;
use std::net::{Ipv4Addr, SocketAddr, TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::thread;
use std::time::{Duration, Instant};

use serde_json::Value;

use crate::engines::Engine;
use crate::webdriver::WebDriver;
use crate::{dist, run, server, Result};

/// What a page of the fixture shows, read after each poll.
const PROBE: &str = r#"
const report = window.wscloseFixture;
const host = document.body && document.body.querySelector(':scope > div[data-wsclose="overlay"]');
const root = host && host.shadowRoot;
const element = document.getElementById('vi');
const card = element && element.shadowRoot && element.shadowRoot.querySelector('[data-close-code="1006"]');
const vi = typeof window.wscloseVietnamese === 'function' && card ? window.wscloseVietnamese() : null;
return {
  app: !!report,
  ready: !!(report && report.ready),
  errors: report ? report.errors : [],
  core: report ? report.core : null,
  english: report ? report.english1006 : null,
  overlay: root ? root.textContent : null,
  overlayCodes: root ? [...root.querySelectorAll('[data-close-code]')].map((e) => e.getAttribute('data-close-code')) : [],
  cardLang: card ? card.getAttribute('lang') : null,
  cardText: card ? card.textContent : null,
  viTitle: vi ? vi.title : null,
  viLocale: vi ? vi.locale : null,
  pluginClosed: !!window.pluginFixtureClosed,
};
"#;

/// How long a page may take to show everything (the Vite dev server
/// optimizes dependencies on its first request and may reload once).
const PAGE_TIMEOUT: Duration = Duration::from_secs(40);

/// Runs every bundler build and checks each page in `engines`.
pub fn run_all(repo: &Path, engines: &[Engine]) -> Result<String> {
    let started = Instant::now();
    let tarball = tarball(repo)?;
    let app = repo.join("target/bundlers/app");
    let (installed_deps, core) = prepare(repo, &app, &tarball)?;
    let prepared = started.elapsed().as_secs_f64();

    let out = app.join("out");
    let mut timings = Vec::new();
    let mut timed = |name: &str, f: &mut dyn FnMut() -> Result<()>| -> Result<()> {
        let start = Instant::now();
        f().map_err(|e| format!("{name}: {e}"))?;
        let secs = start.elapsed().as_secs_f64();
        println!("bundlers: {name} built in {secs:.1} s");
        timings.push(format!("{name} {secs:.1} s"));
        Ok(())
    };
    // The types of every entry, as a strict TypeScript app meets them.
    timed("tsc (types/app.ts)", &mut || {
        run(bin(&app, "tsc").args(["-p", "types"]))
    })?;
    timed("vite build", &mut || {
        run(bin(&app, "vite").args(["build", "--outDir", "out/vite", "--emptyOutDir"]))
    })?;
    timed("webpack", &mut || {
        let built = app.join("dist");
        let _ = fs::remove_dir_all(&built);
        run(&mut bin(&app, "webpack"))?;
        let to = out.join("webpack");
        fs::rename(&built, &to)?;
        fs::copy(app.join("webpack.html"), to.join("index.html"))?;
        Ok(())
    })?;
    timed("esbuild", &mut || {
        let to = out.join("esbuild");
        run(bin(&app, "esbuild")
            .args([
                "src/index.js",
                "--bundle",
                "--format=esm",
                "--splitting",
                "--minify",
            ])
            .arg(format!("--outdir={}", to.display())))?;
        // What the README tells esbuild users: esbuild does not follow
        // `new URL("wsclose_bg.wasm", import.meta.url)` (nor the UI module's
        // `wsclose_ui_bg.wasm`, in the chunk `--splitting` makes of it), so
        // both wasm files are copied next to the bundle, where the URLs point.
        for wasm in ["wsclose_bg.wasm", "wsclose_ui_bg.wasm"] {
            fs::copy(app.join("node_modules/wsclose").join(wasm), to.join(wasm))
                .map_err(|e| format!("copying {wasm}: {e}"))?;
        }
        fs::copy(app.join("esbuild.html"), to.join("index.html"))?;
        Ok(())
    })?;
    timed("vite build with the plugin", &mut || {
        run(bin(&app.join("plugin"), "vite").args([
            "build",
            "--outDir",
            "../out/plugin",
            "--emptyOutDir",
        ]))
    })?;
    plugin_build_has_no_wsclose(&out.join("plugin"))?;

    // The socket server of every page: xtask's dev server and its /ws/ routes.
    let servers = [
        (
            "vite build",
            server::start(local(0), out.join("vite"), vec![])?,
        ),
        (
            "webpack",
            server::start(local(0), out.join("webpack"), vec![])?,
        ),
        (
            "esbuild",
            server::start(local(0), out.join("esbuild"), vec![])?,
        ),
    ];
    let ws = servers[0].1.addr();
    let mut checked = Vec::new();
    for &engine in engines {
        let wd = WebDriver::start(engine, &repo.join("webdriver.json"))?;
        let browser = format!("{} {}", engine.name(), wd.browser_version());
        for (name, server) in &servers {
            let url = format!("http://{}/", server.addr());
            check_app(&wd, &url, core).map_err(|e| format!("{name} in {browser}: {e}"))?;
            println!("bundlers: ok   {name} in {browser}");
        }
        {
            let _ = fs::remove_dir_all(app.join("node_modules/.vite"));
            let dev = ViteDev::start(&app, "vite-dev")?;
            let url = format!("http://{}/?ws={ws}", dev.addr);
            check_app(&wd, &url, core).map_err(|e| {
                format!(
                    "vite dev server in {browser}: {e} (log: {})",
                    dev.log.display()
                )
            })?;
            println!("bundlers: ok   vite dev server in {browser}");
        }
        {
            let _ = fs::remove_dir_all(app.join("plugin/node_modules/.vite"));
            let dev = ViteDev::start(&app.join("plugin"), "vite-plugin-dev")?;
            let url = format!("http://{}/?ws={ws}", dev.addr);
            check_plugin_dev(&wd, &url).map_err(|e| {
                format!(
                    "vite dev server with the plugin in {browser}: {e} (log: {})",
                    dev.log.display()
                )
            })?;
            println!("bundlers: ok   vite dev server with the plugin in {browser}");
        }
        checked.push(engine.name());
    }
    Ok(format!(
        "{} in {}; {}{}; npm {prepared:.1} s{}",
        "types, vite build, vite dev, webpack, esbuild, vite plugin (dev + build)",
        checked.join(", "),
        timings.join(", "),
        if core {
            "; wsclose/core checked"
        } else {
            "; no wsclose/core in the package: not checked"
        },
        if installed_deps {
            " (dependencies installed from the lockfile)"
        } else {
            ""
        },
    ))
}

fn local(port: u16) -> SocketAddr {
    SocketAddr::from((Ipv4Addr::LOCALHOST, port))
}

/// `dist/wsclose-<version>.tgz`, written by `cargo xtask build`.
fn tarball(repo: &Path) -> Result<PathBuf> {
    let dist_dir = repo.join("dist");
    let found = fs::read_dir(&dist_dir)
        .map_err(|e| format!("{}: {e} (run cargo xtask build)", dist_dir.display()))?
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .find(|path| {
            path.file_name()
                .and_then(|n| n.to_str())
                .is_some_and(|n| n.starts_with("wsclose-") && n.ends_with(".tgz"))
        });
    found.ok_or_else(|| "no dist/wsclose-*.tgz: run cargo xtask build".into())
}

/// A fresh copy of the fixture in `app` (its `node_modules` kept), the
/// pinned dependencies installed if the lockfile changed, and the tarball
/// installed. Returns whether the dependencies were installed, and whether
/// the package has `wsclose/core`.
fn prepare(repo: &Path, app: &Path, tarball: &Path) -> Result<(bool, bool)> {
    let fixture = repo.join("tests/bundlers");
    dist::empty_dir_except(app, "node_modules")?;
    dist::copy_tree(&fixture, app)?;

    let lock = fs::read(fixture.join("package-lock.json"))?;
    let marker = app.join("node_modules/.wsclose-fixture-lock");
    let installed_deps = fs::read(&marker).ok() != Some(lock.clone());
    if installed_deps {
        // `npm install`, not `npm ci`: vite's lockfile entry names a
        // Windows-only optional package the registry lacks, which `npm ci`
        // refuses; `npm install` with the lockfile installs the same versions.
        println!("bundlers: installing the fixture's pinned dependencies (npm install)");
        run(Command::new("npm")
            .current_dir(app)
            .args(["install", "--no-audit", "--no-fund"]))?;
        fs::write(&marker, &lock)?;
    }
    println!("bundlers: npm install --no-save {}", tarball.display());
    run(Command::new("npm")
        .current_dir(app)
        .args(["install", "--no-save", "--no-audit", "--no-fund"])
        .arg(tarball))?;
    let core = app.join("node_modules/wsclose/core/index.js").is_file();
    if core {
        fs::copy(app.join("src/core-present.js"), app.join("src/core.js"))?;
    }
    Ok((installed_deps, core))
}

/// A binary of the fixture's `node_modules/.bin`, run in `dir`.
fn bin(dir: &Path, name: &str) -> Command {
    let mut path = dir.join("node_modules/.bin").join(name);
    if !path.exists() {
        // The plugin app lives inside the fixture and uses its node_modules.
        path = dir.join("../node_modules/.bin").join(name);
    }
    let mut command = Command::new(path);
    command.current_dir(dir);
    command
}

/// Polls the page until everything shows, or fails with what did not.
fn check_app(wd: &WebDriver, url: &str, core: bool) -> Result<()> {
    wd.navigate(url)?;
    let deadline = Instant::now() + PAGE_TIMEOUT;
    loop {
        let seen = wd.execute(PROBE, vec![])?;
        let missing = app_missing(&seen, core);
        if missing.is_empty() {
            return Ok(());
        }
        if Instant::now() > deadline || !errors(&seen).is_empty() {
            return Err(format!("{} (page: {seen})", missing.join("; ")).into());
        }
        thread::sleep(Duration::from_millis(150));
    }
}

fn errors(seen: &Value) -> Vec<String> {
    seen["errors"]
        .as_array()
        .map(|list| {
            list.iter()
                .map(|e| e.as_str().unwrap_or("?").to_string())
                .collect()
        })
        .unwrap_or_default()
}

/// What the fixture app does not show yet: the overlay with the server's
/// 4001 close and its reason, the element in Vietnamese (the text that
/// `explain()` gives for 1006 in Vietnamese, which differs from English),
/// and the core's Spanish answer.
fn app_missing(seen: &Value, core: bool) -> Vec<String> {
    let mut missing = Vec::new();
    for error in errors(seen) {
        missing.push(format!("page error: {error}"));
    }
    if !seen["ready"].as_bool().unwrap_or(false) {
        missing.push("the app did not finish init()".into());
    }
    let overlay = seen["overlay"].as_str().unwrap_or("");
    let codes = seen["overlayCodes"].as_array().cloned().unwrap_or_default();
    if !codes.iter().any(|c| c == "4001") || !overlay.contains("closed by the fixture") {
        missing.push("the overlay does not show the 4001 close and its reason".into());
    }
    let text = seen["cardText"].as_str().unwrap_or("");
    let title = seen["viTitle"].as_str().unwrap_or("");
    let english = seen["english"].as_str().unwrap_or("");
    if seen["cardLang"] != "vi"
        || seen["viLocale"] != "vi"
        || title.is_empty()
        || title == english
        || !text.contains(title)
    {
        missing.push("<ws-close-explainer lang=\"vi\"> does not show Vietnamese".into());
    }
    if core {
        let answer = &seen["core"];
        if answer["locale"] != "es"
            || answer["title"].as_str().is_none_or(str::is_empty)
            || answer["title"] == answer["english"]
            || !answer["delay"].is_number()
        {
            missing.push("wsclose/core did not answer in the imported Spanish".into());
        }
    }
    missing
}

/// The plugin's dev server: the app never imports wsclose, yet the socket
/// it opens at startup shows in the overlay.
fn check_plugin_dev(wd: &WebDriver, url: &str) -> Result<()> {
    wd.navigate(url)?;
    let deadline = Instant::now() + PAGE_TIMEOUT;
    loop {
        let seen = wd.execute(PROBE, vec![])?;
        let codes = seen["overlayCodes"].as_array().cloned().unwrap_or_default();
        let overlay = seen["overlay"].as_str().unwrap_or("");
        if codes.iter().any(|c| c == "4002") && overlay.contains("closed under the plugin") {
            return Ok(());
        }
        if Instant::now() > deadline {
            return Err(format!("the overlay does not show the 4002 close (page: {seen})").into());
        }
        thread::sleep(Duration::from_millis(150));
    }
}

/// `apply: "serve"` at work: the built app is the app's own code and no
/// byte of wsclose (no wasm, no file named after it, no module mentioning
/// it): neither the API nor its UI module (`wsclose_ui*`), which a bundler
/// would emit as a chunk and an asset of their own.
fn plugin_build_has_no_wsclose(out: &Path) -> Result<()> {
    let mut files = Vec::new();
    collect(out, &mut files)?;
    let mut app_code = false;
    for path in &files {
        let name = path.display().to_string();
        // Relative, so a checkout in a directory named wsclose is no match.
        let rel = path.strip_prefix(out).unwrap_or(path).display().to_string();
        if name.ends_with(".wasm") || rel.to_lowercase().contains("wsclose") {
            return Err(format!("the plugin's build contains {name}").into());
        }
        let text = String::from_utf8_lossy(&fs::read(path)?).to_lowercase();
        if text.contains("wsclose") || text.contains("ws-close-explainer") {
            return Err(format!("the plugin's build has wsclose code in {name}").into());
        }
        app_code |= text.contains("/ws/close/4002");
    }
    if !app_code {
        return Err("the plugin's build does not contain the app's own code".into());
    }
    Ok(())
}

fn collect(dir: &Path, out: &mut Vec<PathBuf>) -> Result<()> {
    for entry in fs::read_dir(dir).map_err(|e| format!("{}: {e}", dir.display()))? {
        let path = entry?.path();
        if path.is_dir() {
            collect(&path, out)?;
        } else {
            out.push(path);
        }
    }
    Ok(())
}

/// `vite` serving `root` on a free port, in its own process group, which
/// drop ends (by the group's id: this child's pid).
struct ViteDev {
    child: Child,
    addr: SocketAddr,
    log: PathBuf,
}

impl ViteDev {
    fn start(root: &Path, name: &str) -> Result<ViteDev> {
        let port = TcpListener::bind(local(0))?.local_addr()?.port();
        let log = root
            .ancestors()
            .find(|dir| dir.ends_with("app"))
            .unwrap_or(root)
            .join(format!("{name}.log"));
        let file = fs::File::create(&log)?;
        use std::os::unix::process::CommandExt;
        let child = bin(root, "vite")
            .args([
                "--host",
                "127.0.0.1",
                "--port",
                &port.to_string(),
                "--strictPort",
            ])
            .stdin(Stdio::null())
            .stdout(file.try_clone()?)
            .stderr(file)
            .process_group(0)
            .spawn()
            .map_err(|e| format!("cannot start vite: {e}"))?;
        let mut dev = ViteDev {
            child,
            addr: local(port),
            log,
        };
        let deadline = Instant::now() + Duration::from_secs(30);
        while TcpStream::connect_timeout(&dev.addr, Duration::from_millis(200)).is_err() {
            if let Some(status) = dev.child.try_wait()? {
                return Err(
                    format!("vite exited with {status} (log: {})", dev.log.display()).into(),
                );
            }
            if Instant::now() > deadline {
                return Err(
                    format!("vite not listening after 30 s (log: {})", dev.log.display()).into(),
                );
            }
            thread::sleep(Duration::from_millis(100));
        }
        Ok(dev)
    }
}

impl Drop for ViteDev {
    fn drop(&mut self) {
        let group = format!("-{}", self.child.id());
        let _ = Command::new("kill").args(["-TERM", "--", &group]).status();
        let _ = self.child.wait();
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn page() -> Value {
        json!({
            "ready": true, "errors": [], "english": "Abnormal Closure",
            "overlay": "4001 … closed by the fixture", "overlayCodes": ["4001"],
            "cardLang": "vi", "cardText": "1006 Đóng bất thường …",
            "viTitle": "Đóng bất thường", "viLocale": "vi",
            "core": {"locale": "es", "title": "Mensaje demasiado grande", "english": "Message Too Big", "delay": 6000},
        })
    }

    #[test]
    fn the_plugin_build_check_catches_either_module() {
        let out = std::env::temp_dir()
            .join(format!("wsclose-bundlers-test-{}", std::process::id()))
            .join("wsclose/out");
        let app = "fetch('/ws/close/4002')";
        let check = |extra: Option<(&str, &str)>| {
            let _ = fs::remove_dir_all(&out);
            fs::create_dir_all(out.join("assets")).unwrap();
            fs::write(out.join("assets/index-abc.js"), app).unwrap();
            if let Some((name, text)) = extra {
                fs::write(out.join(name), text).unwrap();
            }
            plugin_build_has_no_wsclose(&out)
        };
        assert!(check(None).is_ok(), "a repo under wsclose/ is no match");
        assert!(check(Some(("assets/wsclose_ui_bg-x1.wasm", "\0asm"))).is_err());
        assert!(check(Some(("assets/wsclose_ui-x1.js", "let a=1"))).is_err());
        assert!(check(Some(("assets/c-x1.js", "new URL('wsclose_ui_bg.wasm')"))).is_err());
        assert!(
            check(Some(("assets/index-abc.js", "let a=1"))).is_err(),
            "no app code"
        );
        let _ = fs::remove_dir_all(out.parent().unwrap().parent().unwrap());
    }

    #[test]
    fn a_page_passes_only_with_everything_shown() {
        assert!(app_missing(&page(), true).is_empty());
        let mut english = page();
        english["cardLang"] = json!("en");
        english["viTitle"] = json!("Abnormal Closure");
        assert_eq!(app_missing(&english, false).len(), 1);
        let mut no_overlay = page();
        no_overlay["overlayCodes"] = json!([]);
        assert_eq!(app_missing(&no_overlay, false).len(), 1);
        let mut core_english = page();
        core_english["core"]["locale"] = json!("en");
        assert!(
            app_missing(&core_english, false).is_empty(),
            "core unchecked without it"
        );
        assert_eq!(app_missing(&core_english, true).len(), 1);
        let mut failed = page();
        failed["errors"] = json!(["init: CompileError"]);
        assert_eq!(app_missing(&failed, false).len(), 1);
    }
}
