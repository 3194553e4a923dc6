//! A minimal W3C WebDriver client for chromedriver.
//!
//! Why not a crate: the e2e runner needs six endpoints against a local
//! chromedriver, which a tiny blocking HTTP/1.1 client covers without pulling
//! in an async runtime or a TLS/URL stack.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{SocketAddr, TcpListener, TcpStream};
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::thread;
use std::time::{Duration, Instant};

use serde_json::{json, Value};

use crate::Result;

/// A chromedriver process plus one browser session; both end on drop.
pub struct WebDriver {
    child: Child,
    addr: SocketAddr,
    session: String,
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

/// The chromedriver binary: `$CHROMEDRIVER`, else Debian's path.
pub fn chromedriver_path() -> String {
    std::env::var("CHROMEDRIVER").unwrap_or_else(|_| "/usr/bin/chromedriver".to_string())
}

/// Builds the `POST /session` body: `webdriver.json` (the same file
/// wasm-bindgen-test-runner reads) under `alwaysMatch`, plus browser logging.
/// `extra_args` are appended to Chrome's arguments: the bench adds
/// `--js-flags=--expose-gc` without changing what the tests run with.
pub fn capabilities_with(webdriver_json: Option<&str>, extra_args: &[&str]) -> Result<Value> {
    let mut caps = match webdriver_json {
        Some(text) => serde_json::from_str::<Value>(text)
            .map_err(|e| format!("webdriver.json is not valid JSON: {e}"))?,
        None => json!({"goog:chromeOptions": {"args": FALLBACK_ARGS}}),
    };
    let obj = caps
        .as_object_mut()
        .ok_or("webdriver.json must be a JSON object of capabilities")?;
    obj.insert("goog:loggingPrefs".into(), json!({"browser": "ALL"}));
    if !extra_args.is_empty() {
        let options = obj
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

impl WebDriver {
    /// Spawns chromedriver and opens a session with the capabilities from
    /// `webdriver_json` (a path; a missing file falls back to built-in args).
    pub fn start(webdriver_json: &Path) -> Result<WebDriver> {
        Self::start_with_args(webdriver_json, &[])
    }

    /// [`WebDriver::start`] with extra Chrome arguments for this session only.
    pub fn start_with_args(webdriver_json: &Path, extra_args: &[&str]) -> Result<WebDriver> {
        let text = match std::fs::read_to_string(webdriver_json) {
            Ok(t) => Some(t),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => None,
            Err(e) => return Err(format!("reading {}: {e}", webdriver_json.display()).into()),
        };
        let caps = capabilities_with(text.as_deref(), extra_args)?;
        let driver = chromedriver_path();
        let port = free_port()?;
        let child = Command::new(&driver)
            .arg(format!("--port={port}"))
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::inherit())
            .spawn()
            .map_err(|e| format!("cannot start {driver}: {e} (set CHROMEDRIVER)"))?;
        let addr = SocketAddr::from(([127, 0, 0, 1], port));
        let mut wd = WebDriver {
            child,
            addr,
            session: String::new(),
        };
        wd.wait_ready(&driver)?;
        let resp = wd.call("POST", "/session", Some(&caps))?;
        wd.session = resp
            .get("sessionId")
            .and_then(Value::as_str)
            .ok_or_else(|| format!("no sessionId in new-session reply: {resp}"))?
            .to_string();
        Ok(wd)
    }

    /// Polls `/status` until chromedriver says it is ready (20 s max).
    fn wait_ready(&mut self, driver: &str) -> Result<()> {
        let deadline = Instant::now() + Duration::from_secs(20);
        loop {
            if let Some(status) = self.child.try_wait()? {
                return Err(format!("{driver} exited early with {status}").into());
            }
            if let Ok((200, body)) = http(self.addr, "GET", "/status", None) {
                if body["value"]["ready"].as_bool() == Some(true) {
                    return Ok(());
                }
            }
            if Instant::now() > deadline {
                return Err(format!("{driver} not ready after 20 s").into());
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
            return Err(
                format!("WebDriver {method} {path}: HTTP {status} {error}: {message}").into(),
            );
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

    /// Browser console entries since the last call, or `None` when this
    /// chromedriver does not support the (non-W3C) log endpoint.
    pub fn browser_logs(&self) -> Option<Vec<Value>> {
        let body = json!({"type": "browser"});
        match self.call("POST", &self.session_path("/se/log"), Some(&body)) {
            Ok(Value::Array(entries)) => Some(entries),
            _ => None,
        }
    }

    /// Sends a Chrome DevTools command through chromedriver (viewport size,
    /// colour-scheme emulation for screenshots).
    pub fn cdp(&self, cmd: &str, params: Value) -> Result<Value> {
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
}

impl Drop for WebDriver {
    /// Ends the session (closing Chrome) and then chromedriver itself, so no
    /// browser outlives the run even when a step failed.
    fn drop(&mut self) {
        if !self.session.is_empty() {
            let _ = http(self.addr, "DELETE", &self.session_path(""), None);
        }
        let _ = self.child.kill();
        let _ = self.child.wait();
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

/// One HTTP/1.1 request to chromedriver with a JSON body; returns status and
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
        .ok_or_else(|| format!("bad HTTP status line from chromedriver: {line:?}"))?;
    let mut length = None;
    let mut chunked = false;
    loop {
        line.clear();
        if reader.read_line(&mut line)? == 0 {
            return Err("chromedriver closed the connection mid-headers".into());
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
        format!("chromedriver sent non-JSON (HTTP {status}): {e}: {text:.200}")
    })?;
    Ok((status, value))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn merges_capabilities() {
        let caps = capabilities_with(
            Some(r#"{"goog:chromeOptions":{"args":["--headless=new"]}}"#),
            &[],
        )
        .expect("valid");
        let always = &caps["capabilities"]["alwaysMatch"];
        assert_eq!(always["goog:chromeOptions"]["args"][0], "--headless=new");
        assert_eq!(always["goog:loggingPrefs"]["browser"], "ALL");
        let extra = capabilities_with(
            Some(r#"{"goog:chromeOptions":{"args":["--headless=new"]}}"#),
            &["--js-flags=--expose-gc"],
        )
        .expect("valid");
        let args = &extra["capabilities"]["alwaysMatch"]["goog:chromeOptions"]["args"];
        assert_eq!(args[0], "--headless=new");
        assert_eq!(args[1], "--js-flags=--expose-gc");
        assert!(capabilities_with(Some("[1]"), &[]).is_err());
        assert!(capabilities_with(Some("{"), &[]).is_err());
        let fallback = capabilities_with(None, &[]).expect("fallback");
        assert_eq!(
            fallback["capabilities"]["alwaysMatch"]["goog:chromeOptions"]["args"][1],
            "--no-sandbox"
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
