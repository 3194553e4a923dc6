//! A minimal W3C WebDriver client for the three engines wsclose is tested in:
//! Chromium (chromedriver), Firefox ESR (geckodriver) and WebKitGTK
//! (WebKitWebDriver driving MiniBrowser under `xvfb-run`).
//!
//! Why not a crate: the runners need a handful of endpoints against a local
//! driver, which a tiny blocking HTTP/1.1 client covers without pulling in
//! an async runtime or a TLS/URL stack.
//!
//! Capabilities come from `webdriver.json`, the file wasm-bindgen-test-runner
//! also reads: each engine takes only its own vendor section
//! (`goog:`, `moz:`, `webkitgtk:`), so one file configures every browser.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{SocketAddr, TcpListener, TcpStream};
use std::os::unix::process::CommandExt;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::thread;
use std::time::{Duration, Instant};

use serde_json::{json, Map, Value};

use crate::engines::Engine;
use crate::Result;

/// A driver process plus one browser session; both end on drop.
/// WebKitWebDriver serves one session per process, so every engine gets a
/// driver of its own per session.
pub struct WebDriver {
    engine: Engine,
    child: Child,
    addr: SocketAddr,
    session: String,
    version: String,
}

/// Chrome arguments the closed network needs (see `webdriver.json`); used
/// when that file is missing so a session still starts.
const FALLBACK_ARGS: &[&str] = &[
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
];

/// Debian's Firefox ESR and WebKitGTK MiniBrowser, used when
/// `webdriver.json` is missing.
const FIREFOX_BINARY: &str = "/usr/bin/firefox-esr";
const MINIBROWSER: &str = "/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser";

/// The chromedriver binary: `$CHROMEDRIVER`, else Debian's path.
pub fn chromedriver_path() -> String {
    std::env::var("CHROMEDRIVER").unwrap_or_else(|_| "/usr/bin/chromedriver".to_string())
}

/// The geckodriver binary: `$GECKODRIVER`, else the one `cargo install
/// geckodriver` put in `$CARGO_HOME/bin`, else whatever `PATH` finds.
pub fn geckodriver_path() -> String {
    if let Ok(path) = std::env::var("GECKODRIVER") {
        return path;
    }
    let cargo_home = std::env::var_os("CARGO_HOME")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".cargo")));
    match cargo_home.map(|home| home.join("bin/geckodriver")) {
        Some(path) if path.is_file() => path.to_string_lossy().into_owned(),
        _ => "geckodriver".to_string(),
    }
}

/// The WebKitGTK driver binary: `$WEBKITWEBDRIVER`, else Debian's (on `PATH`).
pub fn webkitwebdriver_path() -> String {
    std::env::var("WEBKITWEBDRIVER").unwrap_or_else(|_| "WebKitWebDriver".to_string())
}

/// The capability prefix of `engine`'s vendor section in `webdriver.json`.
fn vendor_prefix(engine: Engine) -> &'static str {
    match engine {
        Engine::Chromium => "goog:",
        Engine::Firefox => "moz:",
        Engine::WebKit => "webkitgtk:",
    }
}

/// What `engine` needs when `webdriver.json` does not say.
fn fallback(engine: Engine) -> Value {
    match engine {
        Engine::Chromium => json!({"goog:chromeOptions": {"args": FALLBACK_ARGS}}),
        Engine::Firefox => {
            json!({"moz:firefoxOptions": {"binary": FIREFOX_BINARY, "args": ["-headless"]}})
        }
        Engine::WebKit => json!({
            "webkitgtk:browserOptions": {"binary": MINIBROWSER, "args": ["--automation"]}
        }),
    }
}

/// Builds the `POST /session` body for `engine`: its vendor section of
/// `webdriver.json` (or the built-in fallback) under `alwaysMatch`.
/// `extra_args` are appended to Chrome's arguments: the bench adds
/// `--js-flags=--expose-gc` without changing what the tests run with.
pub fn capabilities_with(
    engine: Engine,
    webdriver_json: Option<&str>,
    extra_args: &[&str],
) -> Result<Value> {
    let all = match webdriver_json {
        Some(text) => serde_json::from_str::<Value>(text)
            .map_err(|e| format!("webdriver.json is not valid JSON: {e}"))?,
        None => fallback(engine),
    };
    let all = all
        .as_object()
        .ok_or("webdriver.json must be a JSON object of capabilities")?;
    let prefix = vendor_prefix(engine);
    let mut caps: Map<String, Value> = all
        .iter()
        .filter(|(k, _)| k.starts_with(prefix))
        .map(|(k, v)| (k.clone(), v.clone()))
        .collect();
    if caps.is_empty() {
        caps = fallback(engine)
            .as_object()
            .cloned()
            .ok_or("fallback capabilities are an object")?;
    }
    if !extra_args.is_empty() {
        if engine != Engine::Chromium {
            return Err(format!("extra browser arguments are for Chromium, not {engine:?}").into());
        }
        let options = caps
            .entry("goog:chromeOptions")
            .or_insert_with(|| json!({}))
            .as_object_mut()
            .ok_or("goog:chromeOptions must be an object")?;
        let args = options
            .entry("args")
            .or_insert_with(|| json!([]))
            .as_array_mut()
            .ok_or("goog:chromeOptions.args must be an array")?;
        args.extend(extra_args.iter().map(|a| json!(a)));
    }
    Ok(json!({"capabilities": {"alwaysMatch": caps}}))
}

/// A free loopback port (bind to 0, read it, release it).
fn free_port() -> Result<u16> {
    Ok(TcpListener::bind("127.0.0.1:0")?.local_addr()?.port())
}

/// The command that runs `engine`'s driver on `port`, and its name for errors.
fn driver_command(engine: Engine, port: u16) -> (Command, String) {
    match engine {
        Engine::Chromium => {
            let driver = chromedriver_path();
            let mut cmd = Command::new(&driver);
            cmd.arg(format!("--port={port}"));
            (cmd, driver)
        }
        Engine::Firefox => {
            let driver = geckodriver_path();
            let mut cmd = Command::new(&driver);
            // Port 0 for Marionette: parallel runs must not fight over 2828.
            cmd.args(["--host", "127.0.0.1", "--port", &port.to_string()])
                .args(["--marionette-port", "0"]);
            (cmd, driver)
        }
        Engine::WebKit => {
            // MiniBrowser needs a display even with --automation: a private
            // Xvfb (-a picks a free server number) lives as long as the driver.
            let driver = webkitwebdriver_path();
            let mut cmd = Command::new("xvfb-run");
            cmd.args(["-a", "-s", "-screen 0 1280x1024x24"])
                .arg(&driver)
                .arg(format!("--port={port}"));
            (cmd, format!("xvfb-run {driver}"))
        }
    }
}

/// Which environment variable names `engine`'s driver, for error messages.
fn driver_env(engine: Engine) -> &'static str {
    match engine {
        Engine::Chromium => "CHROMEDRIVER",
        Engine::Firefox => "GECKODRIVER",
        Engine::WebKit => "WEBKITWEBDRIVER",
    }
}

impl WebDriver {
    /// Spawns `engine`'s driver and opens a session with the capabilities
    /// from `webdriver_json` (a path; a missing file falls back to built-ins).
    pub fn start(engine: Engine, webdriver_json: &Path) -> Result<WebDriver> {
        Self::start_with_args(engine, webdriver_json, &[])
    }

    /// [`WebDriver::start`] with extra Chrome arguments for this session only.
    pub fn start_with_args(
        engine: Engine,
        webdriver_json: &Path,
        extra_args: &[&str],
    ) -> Result<WebDriver> {
        let text = match std::fs::read_to_string(webdriver_json) {
            Ok(t) => Some(t),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => None,
            Err(e) => return Err(format!("reading {}: {e}", webdriver_json.display()).into()),
        };
        let caps = capabilities_with(engine, text.as_deref(), extra_args)?;
        let port = free_port()?;
        let (mut cmd, driver) = driver_command(engine, port);
        // The driver's (and the browser's) own output goes to a log file: it
        // is noisy when all is well and the first thing to read when not.
        let log_path = log_dir()?.join(format!("{}-{port}.log", engine.name().to_lowercase()));
        let log = std::fs::File::create(&log_path)
            .map_err(|e| format!("creating {}: {e}", log_path.display()))?;
        let child = cmd
            .stdin(Stdio::null())
            .stdout(log.try_clone()?)
            .stderr(log)
            // Its own process group, so drop can end xvfb-run's children too.
            .process_group(0)
            .spawn()
            .map_err(|e| format!("cannot start {driver}: {e} (set {})", driver_env(engine)))?;
        let addr = SocketAddr::from(([127, 0, 0, 1], port));
        let mut wd = WebDriver {
            engine,
            child,
            addr,
            session: String::new(),
            version: String::new(),
        };
        let log_note = |e: Box<dyn std::error::Error>| format!("{e} (log: {})", log_path.display());
        wd.wait_ready(&driver).map_err(log_note)?;
        let resp = wd.call("POST", "/session", Some(&caps)).map_err(log_note)?;
        wd.session = resp
            .get("sessionId")
            .and_then(Value::as_str)
            .ok_or_else(|| format!("no sessionId in new-session reply: {resp}"))?
            .to_string();
        wd.version = resp["capabilities"]["browserVersion"]
            .as_str()
            .unwrap_or("?")
            .to_string();
        // Async scripts (the screenshot's font wait) get a minute, not 30 s.
        wd.call(
            "POST",
            &wd.session_path("/timeouts"),
            Some(&json!({"script": 60_000})),
        )?;
        Ok(wd)
    }

    /// The browser version the new session reported (`browserVersion`).
    pub fn browser_version(&self) -> &str {
        &self.version
    }

    /// Polls `/status` until the driver says it is ready (30 s max: Xvfb
    /// and geckodriver take a moment on a busy machine).
    fn wait_ready(&mut self, driver: &str) -> Result<()> {
        let deadline = Instant::now() + Duration::from_secs(30);
        loop {
            if let Some(status) = self.child.try_wait()? {
                return Err(format!("{driver} exited early with {status}").into());
            }
            if let Ok((200, body)) = http(self.addr, "GET", "/status", None) {
                // chromedriver and geckodriver say `ready`; WebKitWebDriver
                // answers 200 once it listens.
                if body["value"]["ready"].as_bool() != Some(false) {
                    return Ok(());
                }
            }
            if Instant::now() > deadline {
                return Err(format!("{driver} not ready after 30 s").into());
            }
            thread::sleep(Duration::from_millis(100));
        }
    }

    /// One WebDriver command; returns the reply's `value`, or the W3C error.
    fn call(&self, method: &str, path: &str, body: Option<&Value>) -> Result<Value> {
        let (status, reply) = http(self.addr, method, path, body)?;
        let value = reply.get("value").cloned().unwrap_or(Value::Null);
        if status != 200 {
            let error = value["error"].as_str().unwrap_or("unknown error");
            let message = value["message"].as_str().unwrap_or("");
            let message = message.lines().next().unwrap_or("");
            return Err(format!(
                "{:?} WebDriver {method} {path}: HTTP {status} {error}: {message}",
                self.engine
            )
            .into());
        }
        Ok(value)
    }

    fn session_path(&self, rest: &str) -> String {
        format!("/session/{}{rest}", self.session)
    }

    /// Navigates and waits for the load event.
    pub fn navigate(&self, url: &str) -> Result<()> {
        self.call(
            "POST",
            &self.session_path("/url"),
            Some(&json!({"url": url})),
        )?;
        Ok(())
    }

    /// Runs a synchronous script (`return ...`) and returns its value.
    pub fn execute(&self, script: &str, args: Vec<Value>) -> Result<Value> {
        let body = json!({"script": script, "args": args});
        self.call("POST", &self.session_path("/execute/sync"), Some(&body))
    }

    /// Runs an async script: the last argument is the completion callback.
    pub fn execute_async(&self, script: &str, args: Vec<Value>) -> Result<Value> {
        let body = json!({"script": script, "args": args});
        self.call("POST", &self.session_path("/execute/async"), Some(&body))
    }

    /// Sends a Chrome DevTools command through chromedriver (viewport size,
    /// colour-scheme emulation for screenshots). Chromium only.
    pub fn cdp(&self, cmd: &str, params: Value) -> Result<Value> {
        if self.engine != Engine::Chromium {
            return Err(format!("CDP is Chromium-only, not {:?}", self.engine).into());
        }
        let body = json!({"cmd": cmd, "params": params});
        self.call("POST", &self.session_path("/goog/cdp/execute"), Some(&body))
    }

    /// Saves a PNG screenshot of the viewport.
    pub fn screenshot(&self, out: &Path) -> Result<()> {
        let value = self.call("GET", &self.session_path("/screenshot"), None)?;
        let b64 = value.as_str().ok_or("screenshot reply is not a string")?;
        let png = decode_base64(b64)?;
        std::fs::write(out, png).map_err(|e| format!("writing {}: {e}", out.display()))?;
        Ok(())
    }

    /// Ends the driver: xvfb-run only stops its Xvfb when its command exits,
    /// so the driver (its child) gets SIGTERM first; whatever is left of the
    /// process group after a grace period gets SIGKILL.
    fn stop_driver(&mut self) {
        let pid = self.child.id();
        let targets = match self.engine {
            Engine::WebKit => children(pid),
            _ => vec![pid],
        };
        for target in &targets {
            signal("TERM", &target.to_string());
        }
        let deadline = Instant::now() + Duration::from_secs(5);
        while Instant::now() < deadline {
            if let Ok(Some(_)) = self.child.try_wait() {
                break;
            }
            thread::sleep(Duration::from_millis(50));
        }
        // The group id is the driver's pid (process_group(0)).
        signal("KILL", &format!("-{pid}"));
        let _ = self.child.wait();
    }
}

/// `target/webdriver/`, where driver logs go (created on demand).
fn log_dir() -> Result<PathBuf> {
    let dir = crate::repo_root()?.join("target/webdriver");
    std::fs::create_dir_all(&dir).map_err(|e| format!("creating {}: {e}", dir.display()))?;
    Ok(dir)
}

/// Direct children of `pid`, from procfs.
fn children(pid: u32) -> Vec<u32> {
    std::fs::read_to_string(format!("/proc/{pid}/task/{pid}/children"))
        .unwrap_or_default()
        .split_whitespace()
        .filter_map(|p| p.parse().ok())
        .collect()
}

/// `kill -SIG target` (a pid, or `-pgid` for a process group we started).
fn signal(sig: &str, target: &str) {
    let _ = Command::new("kill")
        .args([&format!("-{sig}"), "--", target])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status();
}

impl Drop for WebDriver {
    /// Ends the session (closing the browser) and then the driver itself, so
    /// no browser outlives the run even when a step failed.
    fn drop(&mut self) {
        if !self.session.is_empty() {
            let _ = http(self.addr, "DELETE", &self.session_path(""), None);
        }
        self.stop_driver();
    }
}

/// Decodes standard base64 (padding optional, whitespace ignored).
pub fn decode_base64(text: &str) -> Result<Vec<u8>> {
    let mut out = Vec::with_capacity(text.len() * 3 / 4);
    let mut acc = 0u32;
    let mut bits = 0;
    for c in text.bytes() {
        let v = match c {
            b'A'..=b'Z' => c - b'A',
            b'a'..=b'z' => c - b'a' + 26,
            b'0'..=b'9' => c - b'0' + 52,
            b'+' => 62,
            b'/' => 63,
            b'=' | b'\r' | b'\n' | b' ' => continue,
            _ => return Err(format!("invalid base64 byte {c:#x}").into()),
        };
        acc = (acc << 6) | u32::from(v);
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            out.push((acc >> bits) as u8);
        }
    }
    Ok(out)
}

/// One HTTP/1.1 request to a WebDriver server with a JSON body; returns status and
/// the parsed JSON reply. Handles Content-Length, chunked, and read-to-EOF.
fn http(addr: SocketAddr, method: &str, path: &str, body: Option<&Value>) -> Result<(u16, Value)> {
    let mut stream = TcpStream::connect_timeout(&addr, Duration::from_secs(5))?;
    // Generous: navigation and async scripts can legitimately take a while.
    stream.set_read_timeout(Some(Duration::from_secs(300)))?;
    let payload = body.map(Value::to_string).unwrap_or_default();
    let mut req = format!(
        "{method} {path} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\nAccept: application/json\r\n"
    );
    if body.is_some() {
        req.push_str("Content-Type: application/json; charset=utf-8\r\n");
    }
    req.push_str(&format!("Content-Length: {}\r\n\r\n", payload.len()));
    stream.write_all(req.as_bytes())?;
    stream.write_all(payload.as_bytes())?;
    stream.flush()?;

    let mut reader = BufReader::new(stream);
    let mut line = String::new();
    reader.read_line(&mut line)?;
    let status: u16 = line
        .split(' ')
        .nth(1)
        .and_then(|s| s.parse().ok())
        .ok_or_else(|| format!("bad HTTP status line from the driver: {line:?}"))?;
    let mut length = None;
    let mut chunked = false;
    loop {
        line.clear();
        if reader.read_line(&mut line)? == 0 {
            return Err("the driver closed the connection mid-headers".into());
        }
        let l = line.trim_end();
        if l.is_empty() {
            break;
        }
        if let Some((k, v)) = l.split_once(':') {
            let (k, v) = (k.trim(), v.trim());
            if k.eq_ignore_ascii_case("content-length") {
                length = Some(v.parse::<usize>()?);
            } else if k.eq_ignore_ascii_case("transfer-encoding")
                && v.to_ascii_lowercase().contains("chunked")
            {
                chunked = true;
            }
        }
    }
    let mut data = Vec::new();
    if chunked {
        loop {
            line.clear();
            reader.read_line(&mut line)?;
            let size_text = line.trim().split(';').next().unwrap_or("");
            let size = usize::from_str_radix(size_text, 16)
                .map_err(|_| format!("bad chunk size {size_text:?}"))?;
            if size == 0 {
                break;
            }
            let start = data.len();
            data.resize(start + size, 0);
            reader.read_exact(&mut data[start..])?;
            line.clear();
            reader.read_line(&mut line)?; // CRLF after the chunk
        }
    } else if let Some(n) = length {
        data.resize(n, 0);
        reader.read_exact(&mut data)?;
    } else {
        reader.read_to_end(&mut data)?;
    }
    if data.is_empty() {
        return Ok((status, Value::Null));
    }
    let value = serde_json::from_slice(&data).map_err(|e| {
        let text = String::from_utf8_lossy(&data);
        format!("the driver sent non-JSON (HTTP {status}): {e}: {text:.200}")
    })?;
    Ok((status, value))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn merges_capabilities() {
        let file = r#"{
            "goog:chromeOptions": {"args": ["--headless=new"]},
            "moz:firefoxOptions": {"binary": "/ff", "args": ["-headless"]},
            "webkitgtk:browserOptions": {"binary": "/mb", "args": ["--automation"]}
        }"#;
        let caps = capabilities_with(Engine::Chromium, Some(file), &[]).expect("valid");
        let always = &caps["capabilities"]["alwaysMatch"];
        assert_eq!(always["goog:chromeOptions"]["args"][0], "--headless=new");
        assert!(always.get("moz:firefoxOptions").is_none(), "{always}");
        let firefox = capabilities_with(Engine::Firefox, Some(file), &[]).expect("valid");
        let always = &firefox["capabilities"]["alwaysMatch"];
        assert_eq!(always["moz:firefoxOptions"]["binary"], "/ff");
        assert_eq!(always.as_object().map(|o| o.len()), Some(1));
        let webkit = capabilities_with(Engine::WebKit, Some(file), &[]).expect("valid");
        assert_eq!(
            webkit["capabilities"]["alwaysMatch"]["webkitgtk:browserOptions"]["args"][0],
            "--automation"
        );
        let extra = capabilities_with(Engine::Chromium, Some(file), &["--js-flags=--expose-gc"])
            .expect("valid");
        let args = &extra["capabilities"]["alwaysMatch"]["goog:chromeOptions"]["args"];
        assert_eq!(args[0], "--headless=new");
        assert_eq!(args[1], "--js-flags=--expose-gc");
        assert!(capabilities_with(Engine::Firefox, Some(file), &["--x"]).is_err());
        assert!(capabilities_with(Engine::Chromium, Some("[1]"), &[]).is_err());
        assert!(capabilities_with(Engine::Chromium, Some("{"), &[]).is_err());
        let fallback = capabilities_with(Engine::Chromium, None, &[]).expect("fallback");
        assert_eq!(
            fallback["capabilities"]["alwaysMatch"]["goog:chromeOptions"]["args"][1],
            "--no-sandbox"
        );
        // A file without a section for the engine falls back too.
        let only_chrome = r#"{"goog:chromeOptions": {"args": []}}"#;
        let webkit = capabilities_with(Engine::WebKit, Some(only_chrome), &[]).expect("valid");
        assert_eq!(
            webkit["capabilities"]["alwaysMatch"]["webkitgtk:browserOptions"]["binary"],
            MINIBROWSER
        );
    }

    #[test]
    fn decodes_base64() {
        assert_eq!(decode_base64("aGVsbG8=").expect("valid"), b"hello");
        assert_eq!(decode_base64("aGk").expect("valid"), b"hi");
        assert_eq!(decode_base64("iVBORw0K").expect("valid"), b"\x89PNG\r\n");
        assert!(decode_base64("a*b").is_err());
    }
}
