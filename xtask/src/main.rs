//! `cargo xtask`: build, serve and test wsclose without trunk or a JS toolchain
//! beyond npm's binaryen.
//!
//! Commands:
//! - `build [--dev] [--base-url URL]`: wasm build, wasm-bindgen, wasm-opt, assemble
//!   `dist/` (the site's absolute URLs on URL), size table.
//! - `serve [--port N] [--dev]`: build, then serve `dist/` and the `/ws/...` test routes.
//! - `test [--dev] [--no-wasm-tests] [--no-e2e] [--no-facts] [--filter SUBSTR]
//!   [--engine E]`: native tests, build, wasm-bindgen tests in Chromium and
//!   Firefox, the JS e2e pages and the facts suite in Chromium, Firefox and WebKit.
//! - `bundlers [--engine E]`: only the bundler tests (no wasm build): the
//!   existing `dist/pkg` re-packed into `dist/wsclose-*.tgz`, installed into `tests/bundlers/`, built by Vite,
//!   webpack and esbuild, and loaded in each engine.
//! - `e2e [--filter SUBSTR] [--dir DIR] [--engine E]`: only the e2e pages, against
//!   the existing `dist/` (no build): fast iteration on a page or the harness.
//! - `facts [--engine E]`: only the facts suite (no build); measures what each
//!   engine shows a page, checks it against `crates/core/src/engines.rs` and writes the
//!   measured table into README.md.
//! - `bench`: build the widget and a Yew floor, measure size, load, reaction,
//!   churn, watching cost, busy pages and the site against their budgets.
//! - `screenshot <url-path> <out.png> [--width W] [--height H] [--dark] [--wait-ms N]`:
//!   a PNG of a page served from the existing `dist/` (builds nothing).

mod audit;
mod bench;
mod bundlers;
mod corejs;
mod dist;
mod e2e;
mod facts;
mod npm;
mod server;
mod socketio;
mod tools;
mod webdriver;
mod yew_app;

use std::error::Error;
use std::net::{Ipv4Addr, SocketAddr};
use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode};
use std::time::{Duration, Instant};

use serde_json::json;

use engines::Engine;

/// The library's engines table, compiled into xtask from its source file.
/// Why not a dependency on `wsclose-core`: xtask would then build the
/// whole knowledge layer (every locale) before it can run anything, and again
/// after every change to it; `crates/core/src/engines.rs` is pure data with no imports
/// from the crate, so the same file serves both.
#[allow(dead_code)] // xtask reads the table, not every helper
#[path = "../../crates/core/src/engines.rs"]
mod engines;

/// Errors carry their context as text; the top level prints and exits 1.
pub type Result<T> = std::result::Result<T, Box<dyn Error>>;

const USAGE: &str = "usage: cargo xtask <command> [options]

commands:
  build [--dev] [--base-url URL]     build the widget and the site into dist/ (--dev skips
                                     wasm-opt); URL is where the site will be published
                                     (https://example.com): canonical, hreflang, sitemap,
                                     robots.txt and sharing tags use it (default
                                     http://127.0.0.1:8080, for serve and test only)
  serve [--port N] [--dev]           build, then serve dist/ and /ws/* on 127.0.0.1:N (8080)
  test  [--dev] [--no-wasm-tests] [--no-e2e] [--no-bundlers] [--no-facts] [--filter SUBSTR]
        [--engine E]                 native tests, build, wasm tests in Chromium and
                                     Firefox, e2e pages, bundler apps and facts in all
                                     three engines
  bundlers [--engine E]              only the bundler apps (tests/bundlers: vite build,
                                     vite dev, webpack, esbuild, the Vite plugin) with
                                     dist/pkg re-packed, without building
  e2e   [--filter SUBSTR] [--dir DIR] [--engine E]
                                     run only the e2e pages (from tests/e2e or DIR)
                                     against the existing dist/, without building
  facts [--engine E]                 measure what each engine shows a page, check it
                                     against crates/core/src/engines.rs, write README's table
  screenshot <url-path> <out.png> [--width W] [--height H] [--dark] [--wait-ms N] [--dir DIR]
                                     PNG of a page served from the existing dist/
  audit                              axe-core and the 390 px overflow check on sample site
                                     pages of the existing dist/ (also part of test)
  bench [--filter SECTION]           build the widget and a Yew floor, then measure them
                                     against the performance budgets (not a test);
                                     sections: load react churn watching busy site

--engine chromium|firefox|webkit (repeatable or comma-separated) picks engines;
the default is all three.
";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match dispatch(&args) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::FAILURE
        }
    }
}

/// The workspace root: xtask lives one level below it.
fn repo_root() -> Result<PathBuf> {
    let manifest = Path::new(env!("CARGO_MANIFEST_DIR"));
    manifest
        .parent()
        .map(Path::to_path_buf)
        .ok_or_else(|| "xtask has no parent directory".into())
}

/// Parsed command-line flags shared by the commands.
#[derive(Debug, Default, PartialEq)]
struct Flags {
    dev: bool,
    port: Option<u16>,
    no_wasm_tests: bool,
    no_e2e: bool,
    no_bundlers: bool,
    no_facts: bool,
    filter: Option<String>,
    /// Empty means every engine.
    engines: Vec<Engine>,
    width: Option<u32>,
    height: Option<u32>,
    dark: bool,
    wait_ms: Option<u64>,
    dir: Option<PathBuf>,
    base_url: Option<String>,
    positional: Vec<String>,
}

fn parse_flags(args: &[String]) -> Result<Flags> {
    let mut flags = Flags::default();
    let mut it = args.iter();
    while let Some(arg) = it.next() {
        let mut value = |name: &str| {
            it.next()
                .cloned()
                .ok_or_else(|| format!("{name} needs a value"))
        };
        match arg.as_str() {
            "--dev" => flags.dev = true,
            "--no-wasm-tests" => flags.no_wasm_tests = true,
            "--no-e2e" => flags.no_e2e = true,
            "--no-bundlers" => flags.no_bundlers = true,
            "--no-facts" => flags.no_facts = true,
            "--engine" => {
                for name in value("--engine")?.split(',') {
                    let engine = parse_engine(name)?;
                    if !flags.engines.contains(&engine) {
                        flags.engines.push(engine);
                    }
                }
            }
            "--dark" => flags.dark = true,
            "--port" => flags.port = Some(parse_num(&value("--port")?, "--port")?),
            "--filter" => flags.filter = Some(value("--filter")?),
            "--dir" => flags.dir = Some(PathBuf::from(value("--dir")?)),
            "--base-url" => flags.base_url = Some(value("--base-url")?),
            "--width" => flags.width = Some(parse_num(&value("--width")?, "--width")?),
            "--height" => flags.height = Some(parse_num(&value("--height")?, "--height")?),
            "--wait-ms" => flags.wait_ms = Some(parse_num(&value("--wait-ms")?, "--wait-ms")?),
            s if s.starts_with("--") => return Err(format!("unknown option {s}\n\n{USAGE}").into()),
            s => flags.positional.push(s.to_string()),
        }
    }
    Ok(flags)
}

fn parse_engine(name: &str) -> Result<Engine> {
    match name.trim().to_ascii_lowercase().as_str() {
        "chromium" | "chrome" => Ok(Engine::Chromium),
        "firefox" | "gecko" => Ok(Engine::Firefox),
        "webkit" | "webkitgtk" => Ok(Engine::WebKit),
        other => Err(format!("--engine: {other:?} is not chromium, firefox or webkit").into()),
    }
}

impl Flags {
    /// The engines to run in, in [`Engine::ALL`] order, among `allowed`.
    fn engines(&self, allowed: &[Engine]) -> Vec<Engine> {
        Engine::ALL
            .into_iter()
            .filter(|e| allowed.contains(e))
            .filter(|e| self.engines.is_empty() || self.engines.contains(e))
            .collect()
    }
}

fn parse_num<T: std::str::FromStr>(text: &str, name: &str) -> Result<T> {
    text.parse()
        .map_err(|_| format!("{name}: {text:?} is not a valid number").into())
}

fn dispatch(args: &[String]) -> Result<()> {
    let Some((cmd, rest)) = args.split_first() else {
        print!("{USAGE}");
        return Err("no command given".into());
    };
    let flags = parse_flags(rest)?;
    let repo = repo_root()?;
    let expect_positional = |n: usize| -> Result<()> {
        if flags.positional.len() != n {
            return Err(format!(
                "{cmd}: unexpected arguments {:?}\n\n{USAGE}",
                flags.positional
            )
            .into());
        }
        Ok(())
    };
    match cmd.as_str() {
        "build" => {
            expect_positional(0)?;
            let tools = tools::ensure(&repo)?;
            dist::build(
                &repo,
                &tools,
                dist::BuildOptions {
                    dev: flags.dev,
                    base_url: flags.base_url.clone(),
                },
            )
        }
        "serve" => {
            expect_positional(0)?;
            serve(&repo, &flags)
        }
        "test" => {
            expect_positional(0)?;
            test(&repo, &flags)
        }
        "e2e" => {
            expect_positional(0)?;
            e2e_only(&repo, &flags)
        }
        "bundlers" => {
            expect_positional(0)?;
            // Re-packed from the built dist/pkg: the plugin, README and
            // package.json change without a wasm build.
            npm::package(&repo, &repo.join("dist"))?;
            let note = bundlers::run_all(&repo, &flags.engines(&Engine::ALL))?;
            println!("bundlers: {note}");
            Ok(())
        }
        "audit" => {
            expect_positional(0)?;
            let server = start_server(&repo, 0)?;
            audit::run(&repo, server.addr()).map(|_| ())
        }
        "facts" => {
            expect_positional(0)?;
            facts_only(&repo, &flags)
        }
        "bench" => {
            expect_positional(0)?;
            let tools = tools::ensure(&repo)?;
            bench::bench(&repo, &tools, flags.filter.as_deref())
        }
        "screenshot" => {
            expect_positional(2)?;
            screenshot(&repo, &flags)
        }
        "help" | "--help" | "-h" => {
            print!("{USAGE}");
            Ok(())
        }
        other => Err(format!("unknown command {other:?}\n\n{USAGE}").into()),
    }
}

/// Runs a command, inheriting stdio; a non-zero exit is an error naming it.
pub fn run(cmd: &mut Command) -> Result<()> {
    let status = cmd
        .status()
        .map_err(|e| format!("cannot run {cmd:?}: {e}"))?;
    if !status.success() {
        return Err(format!("command failed ({status}): {cmd:?}").into());
    }
    Ok(())
}

/// Starts the dev server on `addr`, serving `dist/` and mounting
/// `tests/e2e/` so the e2e pages (and their harness) load from the same origin
/// as `/pkg/`.
fn start_server(repo: &Path, port: u16) -> Result<server::Server> {
    start_server_with(repo, port, &repo.join("tests/e2e"))
}

/// Like [`start_server`], with another directory mounted at `/tests/e2e/`.
/// The facts page is always at `/tests/facts/`, and `crates/core/src/engines.rs` as
/// JSON at `/tests/data/engines.json` (written into `target/test-data/`).
fn start_server_with(repo: &Path, port: u16, e2e_dir: &Path) -> Result<server::Server> {
    let data = repo.join("target/test-data");
    std::fs::create_dir_all(&data)?;
    std::fs::write(data.join("engines.json"), facts::engines_json()?)?;
    let addr = SocketAddr::from((Ipv4Addr::LOCALHOST, port));
    server::start(
        addr,
        repo.join("dist"),
        vec![
            ("/tests/e2e/".to_string(), e2e_dir.to_path_buf()),
            ("/tests/facts/".to_string(), repo.join("tests/facts")),
            ("/tests/data/".to_string(), data),
        ],
    )
}

/// `cargo xtask e2e`: the e2e step alone, on the current `dist/`.
fn e2e_only(repo: &Path, flags: &Flags) -> Result<()> {
    let dir = match &flags.dir {
        Some(dir) => std::env::current_dir()?.join(dir),
        None => repo.join("tests/e2e"),
    };
    if !repo.join("dist/pkg").is_dir() {
        println!("e2e: note: dist/pkg does not exist; pages importing /pkg/ will fail");
    }
    let server = start_server_with(repo, 0, &dir)?;
    let mut failed = 0;
    for engine in flags.engines(&Engine::ALL) {
        let tally = e2e::run(repo, &dir, server.addr(), flags.filter.as_deref(), engine);
        failed += tally.failed;
    }
    if failed > 0 {
        return Err(format!("{failed} e2e failure(s)").into());
    }
    Ok(())
}

/// Measures the facts in one engine and checks them against `crates/core/src/engines.rs`;
/// `Err` names every disagreement.
fn facts_in(
    repo: &Path,
    engine: Engine,
    addr: SocketAddr,
    measured: &mut Vec<facts::EngineFacts>,
) -> Result<String> {
    let found = facts::measure(repo, engine, addr)?;
    let wrong = facts::mismatches(&found);
    let summary = format!(
        "{} {}: {} situations",
        engine.name(),
        found.version,
        found.observed.len()
    );
    measured.push(found);
    if wrong.is_empty() {
        return Ok(format!("{summary}, all as crates/core/src/engines.rs says"));
    }
    for line in &wrong {
        println!("MISMATCH {line}");
    }
    Err(format!(
        "{summary}, {} differ from crates/core/src/engines.rs:\n  {}",
        wrong.len(),
        wrong.join("\n  ")
    )
    .into())
}

/// `cargo xtask facts`: the facts suite alone; with every engine measured,
/// it writes the measured table into README.md (even when an engine
/// disagrees with `crates/core/src/engines.rs`, so the README shows what is true; the
/// command still fails until the data is corrected).
fn facts_only(repo: &Path, flags: &Flags) -> Result<()> {
    let server = start_server(repo, 0)?;
    let engines = flags.engines(&Engine::ALL);
    let mut measured = Vec::new();
    let mut failures = Vec::new();
    for engine in &engines {
        println!("\n==> facts ({})", engine.name());
        let start = Instant::now();
        match facts_in(repo, *engine, server.addr(), &mut measured) {
            Ok(note) => println!("ok    {note} ({:.1} s)", start.elapsed().as_secs_f64()),
            Err(e) => {
                println!("FAIL  {e}");
                failures.push(engine.name());
            }
        }
    }
    let table = facts::table(&measured);
    println!("\n{table}");
    if measured.len() == Engine::ALL.len() {
        let path = repo.join("README.md");
        let readme = std::fs::read_to_string(&path)?;
        let updated = facts::with_table(&readme, &table)?;
        if updated != readme {
            std::fs::write(&path, updated)?;
            println!("facts: wrote the table into README.md");
        } else {
            println!("facts: README.md's table is current");
        }
    } else {
        println!(
            "facts: README.md left as it is (it shows all three engines; measure all to write it)"
        );
    }
    if !failures.is_empty() {
        return Err(format!(
            "facts differ from crates/core/src/engines.rs in {}",
            failures.join(", ")
        )
        .into());
    }
    Ok(())
}

fn serve(repo: &Path, flags: &Flags) -> Result<()> {
    let tools = tools::ensure(repo)?;
    dist::build(
        repo,
        &tools,
        dist::BuildOptions {
            dev: flags.dev,
            base_url: None,
        },
    )?;
    let server = start_server(repo, flags.port.unwrap_or(8080))?;
    let addr = server.addr();
    println!();
    println!("serving dist/ on http://{addr}/  (Ctrl-C to stop)");
    println!("  site:  http://{addr}/");
    println!("  demo:  http://{addr}/demo/");
    println!("  e2e:   http://{addr}/tests/e2e/");
    println!(
        "  ws:    ws://{addr}/ws/echo, /ws/close/{{code}}?reason=..., /ws/no-status, /ws/drop, ..."
    );
    loop {
        // The server runs on its own thread; Ctrl-C ends the process.
        std::thread::park();
    }
}

/// Outcome of one `test` phase, for the summary.
struct Phase {
    name: String,
    result: std::result::Result<String, String>,
    secs: f64,
}

fn timed(phases: &mut Vec<Phase>, name: &str, f: impl FnOnce() -> Result<String>) -> bool {
    println!("\n==> {name}");
    let start = Instant::now();
    let result = f().map_err(|e| e.to_string());
    let ok = result.is_ok();
    if let Err(e) = &result {
        eprintln!("FAILED: {name}: {e}");
    }
    phases.push(Phase {
        name: name.to_string(),
        result,
        secs: start.elapsed().as_secs_f64(),
    });
    ok
}

fn test(repo: &Path, flags: &Flags) -> Result<()> {
    let mut phases = Vec::new();
    let mut tools = None;
    let tools_ok = timed(&mut phases, "ensure tools", || {
        tools = Some(tools::ensure(repo)?);
        Ok("ok".into())
    });
    // Native tests are independent of the wasm build: run them even if a
    // tool install failed, and keep going after a failure to report everything.
    timed(&mut phases, "native tests (cargo test --workspace)", || {
        run(Command::new(tools::cargo())
            .current_dir(repo)
            // --no-fail-fast: a failing library test must not hide xtask's results.
            .args(["test", "--workspace", "--no-fail-fast"]))?;
        Ok("ok".into())
    });
    let built = match (&tools, tools_ok) {
        (Some(tools), true) => timed(&mut phases, "build", || {
            dist::build(
                repo,
                tools,
                dist::BuildOptions {
                    dev: flags.dev,
                    base_url: None,
                },
            )?;
            Ok("ok".into())
        }),
        _ => false,
    };
    if built {
        timed(&mut phases, "site crawl (prerender --check)", || {
            run(dist::prerender(repo)
                .args(["--check", "--out"])
                .arg(repo.join("dist")))?;
            Ok("ok".into())
        });
        timed(&mut phases, "site crawl with a public --base-url", || {
            audit::crawl_public(repo)
        });
        timed(
            &mut phases,
            "a Yew app keeps its own exports (tests/yew-app)",
            || yew_app::check(repo),
        );
    }
    let server = start_server(repo, 0)?;
    let addr = server.addr();
    println!("\nserver: http://{addr}/ (dist/ + /tests/e2e/ + /tests/facts/)");
    if !built {
        eprintln!("\nskipping wasm tests and e2e: nothing was built");
    } else if flags.no_wasm_tests {
        println!("\n==> wasm tests: skipped (--no-wasm-tests)");
    } else if !repo.join("tests/web.rs").is_file() {
        println!("\n==> wasm tests: skipped: tests/web.rs does not exist yet");
    } else {
        // wasm-bindgen-test-runner drives Chromium or Firefox (it has no
        // WebKitGTK driver): once per engine, with only that driver's variable.
        for engine in flags.engines(&[Engine::Chromium, Engine::Firefox]) {
            let name = format!("wasm tests ({})", engine.name());
            timed(&mut phases, &name, || wasm_tests(repo, addr, engine));
        }
    }
    if built {
        timed(
            &mut phases,
            "site audit (axe-core, overflow at 390 px)",
            || audit::run(repo, addr),
        );
    }
    if built && flags.no_e2e {
        println!("\n==> e2e: skipped (--no-e2e)");
    } else if built {
        let dir = repo.join("tests/e2e");
        for engine in flags.engines(&Engine::ALL) {
            let name = format!("e2e pages ({})", engine.name());
            timed(&mut phases, &name, || {
                let tally = e2e::run(repo, &dir, addr, flags.filter.as_deref(), engine);
                if tally.failed > 0 {
                    return Err(
                        format!("{} e2e failures, {} passed", tally.failed, tally.passed).into(),
                    );
                }
                Ok(format!("{} passed", tally.passed))
            });
        }
    }
    if built && flags.no_bundlers {
        println!("\n==> bundlers: skipped (--no-bundlers)");
    } else if built {
        timed(
            &mut phases,
            "bundlers (vite build, vite dev, webpack, esbuild, plugin)",
            || bundlers::run_all(repo, &flags.engines(&Engine::ALL)),
        );
    }
    if flags.no_facts {
        println!("\n==> facts: skipped (--no-facts)");
    } else {
        // The facts need only the dev server, not the build.
        let mut measured = Vec::new();
        for engine in flags.engines(&Engine::ALL) {
            let name = format!("facts ({})", engine.name());
            timed(&mut phases, &name, || {
                facts_in(repo, engine, addr, &mut measured)
            });
        }
        if measured.len() == Engine::ALL.len() {
            timed(&mut phases, "facts table in README.md", || {
                readme_table_current(repo, &measured)
            });
        }
    }
    drop(server);

    println!("\nsummary:");
    for p in &phases {
        match &p.result {
            Ok(note) => println!("  ok    {:<45} {:>7.1} s  {note}", p.name, p.secs),
            Err(e) => {
                let first = e.lines().next().unwrap_or("");
                println!("  FAIL  {:<45} {:>7.1} s  {first}", p.name, p.secs)
            }
        }
    }
    let total: f64 = phases.iter().map(|p| p.secs).sum();
    println!("  total {:<45} {total:>7.1} s", "");
    let failed = phases.iter().filter(|p| p.result.is_err()).count();
    if failed > 0 || !built {
        return Err(format!("{} test phase(s) failed", failed.max(1)).into());
    }
    Ok(())
}

/// Runs every `tests/*.rs` wasm-bindgen-test suite in `engine`.
fn wasm_tests(repo: &Path, addr: SocketAddr, engine: Engine) -> Result<String> {
    let mut suites: Vec<String> = std::fs::read_dir(repo.join("tests"))?
        .filter_map(|entry| entry.ok()?.path().file_stem()?.to_str().map(str::to_owned))
        .filter(|stem| repo.join("tests").join(format!("{stem}.rs")).is_file())
        .collect();
    suites.sort();
    let suite_args = suites.iter().flat_map(|s| ["--test", s.as_str()]);
    let mut cmd = Command::new(tools::cargo());
    cmd.current_dir(repo) // the runner reads ./webdriver.json
        .env("WSCLOSE_TEST_SERVER", addr.to_string())
        .env("WASM_BINDGEN_TEST_TIMEOUT", "120");
    // The runner picks the first driver variable it finds: set only one.
    for var in [
        "CHROMEDRIVER",
        "GECKODRIVER",
        "SAFARIDRIVER",
        "MSEDGEDRIVER",
    ] {
        cmd.env_remove(var);
    }
    match engine {
        Engine::Chromium => cmd.env("CHROMEDRIVER", webdriver::chromedriver_path()),
        Engine::Firefox => cmd.env("GECKODRIVER", webdriver::geckodriver_path()),
        Engine::WebKit => return Err("wasm-bindgen-test-runner cannot drive WebKitGTK".into()),
    };
    // The features of the JS bundle (tests load packs as pages do), with
    // the UI module's crate linked in: the runner serves one module, so
    // `wsclose_ui.js` cannot be imported beside it (the e2e pages do that).
    run(cmd
        .args([
            "test",
            // Every suite runs even when one fails: all of an engine's failures at once.
            "--no-fail-fast",
            "-p",
            "wsclose",
            "--target",
            "wasm32-unknown-unknown",
            "--features",
            "lazy-locales,ui-inline",
        ])
        .args(suite_args))?;
    Ok(format!("{} suite(s)", suites.len()))
}

/// The test run checks (and never writes) README's table: a row that differs
/// from the measurement fails, so the README cannot drift from the browsers;
/// a different browser version with the same rows is only a reminder.
fn readme_table_current(repo: &Path, measured: &[facts::EngineFacts]) -> Result<String> {
    let readme = std::fs::read_to_string(repo.join("README.md"))?;
    let table = facts::table(measured);
    if facts::rows(facts::table_in(&readme)?) != facts::rows(&table) {
        return Err("README.md's facts table differs from the measurement: \
                    run `cargo xtask facts` to rewrite it"
            .into());
    }
    if !readme.contains(&table) {
        return Ok("current (browser versions differ: `cargo xtask facts` updates them)".into());
    }
    Ok("current".into())
}

/// A PNG of a page from the existing `dist/`: for README screenshots.
fn screenshot(repo: &Path, flags: &Flags) -> Result<()> {
    let (url_path, out) = match flags.positional.as_slice() {
        [p, o] => (p.as_str(), PathBuf::from(o)),
        _ => return Err(format!("screenshot needs <url-path> <out.png>\n\n{USAGE}").into()),
    };
    if !repo.join("dist").is_dir() {
        return Err("dist/ does not exist: run `cargo xtask build` first".into());
    }
    // --dir mounts another directory at /tests/e2e/, as for `e2e`.
    let e2e_dir = match &flags.dir {
        Some(dir) => std::env::current_dir()?.join(dir),
        None => repo.join("tests/e2e"),
    };
    let server = start_server_with(repo, 0, &e2e_dir)?;
    let wd = webdriver::WebDriver::start(Engine::Chromium, &repo.join("webdriver.json"))?;
    let (width, height) = (flags.width.unwrap_or(1200), flags.height.unwrap_or(800));
    // Emulate the viewport exactly (a window size would include browser chrome).
    wd.cdp(
        "Emulation.setDeviceMetricsOverride",
        json!({"width": width, "height": height, "deviceScaleFactor": 1, "mobile": false}),
    )?;
    let scheme = if flags.dark { "dark" } else { "light" };
    wd.cdp(
        "Emulation.setEmulatedMedia",
        json!({"features": [{"name": "prefers-color-scheme", "value": scheme}]}),
    )?;
    let path = if url_path.starts_with('/') {
        url_path.to_string()
    } else {
        format!("/{url_path}")
    };
    wd.navigate(&format!("http://{}{path}", server.addr()))?;
    // The wasm widget renders after init(); give it time to settle, then wait
    // for web fonts and one more frame so the picture is not mid-layout.
    std::thread::sleep(Duration::from_millis(flags.wait_ms.unwrap_or(1500)));
    wd.execute_async(
        "const done = arguments[arguments.length - 1];\n\
         document.fonts.ready.then(() => requestAnimationFrame(() => done(true)));",
        vec![],
    )?;
    wd.screenshot(&out)?;
    println!("screenshot: {} ({width}x{height}, {scheme})", out.display());
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(list: &[&str]) -> Vec<String> {
        list.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn parses_flags() {
        let f =
            parse_flags(&args(&["--port", "9000", "--filter", "api", "--no-e2e"])).expect("valid");
        assert_eq!(f.port, Some(9000));
        assert_eq!(f.filter.as_deref(), Some("api"));
        assert!(f.no_e2e && !f.no_wasm_tests && !f.dev);
        let f =
            parse_flags(&args(&["/demo/", "out.png", "--dark", "--width", "800"])).expect("valid");
        assert_eq!(f.positional, ["/demo/", "out.png"]);
        assert!(f.dark);
        assert_eq!(f.width, Some(800));
        assert!(parse_flags(&args(&["--port"])).is_err());
        assert!(parse_flags(&args(&["--port", "x"])).is_err());
        assert!(parse_flags(&args(&["--bogus"])).is_err());
    }
}
