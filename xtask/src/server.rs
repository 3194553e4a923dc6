//! The dev server: static files from `dist/` plus WebSocket routes that end
//! connections in every way a browser can observe.
//!
//! Why hand-rolled on std threads: the e2e tests need closes that really happen
//! on the wire (odd codes, empty payloads, dropped sockets, refused upgrades),
//! which no off-the-shelf static server produces, and an async runtime would be
//! a heavy dependency for a tool that serves a handful of local connections.

use std::borrow::Cow;
use std::fs;
use std::io::{self, ErrorKind, Read, Write};
use std::net::{Shutdown, SocketAddr, TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::thread;
use std::time::{Duration, Instant};

use tungstenite::protocol::frame::coding::{CloseCode, Data, OpCode};
use tungstenite::protocol::frame::Frame;
use tungstenite::protocol::{CloseFrame, WebSocketConfig};
use tungstenite::{Message, WebSocket};

use crate::Result;

/// Largest request head we accept; a browser's GET is far smaller, and the
/// bound keeps a misbehaving client from making us buffer forever.
const MAX_HEAD: usize = 16 * 1024;

/// A control frame's payload is at most 125 bytes (RFC 6455 §5.5); two of
/// them carry the status code, so this much room is left for the reason.
pub const MAX_REASON: usize = 123;

/// How long we wait for the client's Close reply before dropping the socket,
/// so a silent client cannot pin a thread.
const CLOSE_REPLY_WAIT: Duration = Duration::from_secs(2);

/// Upper bound on `delay=` so a typo cannot park a connection for hours.
const MAX_DELAY_MS: u64 = 60_000;

/// The longest `/ws/hang` holds an unanswered upgrade, if neither the client
/// nor the end of the server releases it first.
const MAX_HANG: Duration = Duration::from_secs(60);

/// The policy the CSP test asks for with `?csp=strict`: it proves the widget
/// runs without inline scripts/styles and under Trusted Types.
pub const STRICT_CSP: &str = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; \
style-src 'self'; require-trusted-types-for 'script'";

/// A running server; it accepts on a background thread until dropped.
pub struct Server {
    addr: SocketAddr,
    stop: Arc<AtomicBool>,
}

impl Server {
    /// The bound address (useful when started on port 0).
    pub fn addr(&self) -> SocketAddr {
        self.addr
    }
}

impl Drop for Server {
    /// Stops accepting: sets the flag, then wakes the blocked `accept` with a
    /// throwaway connection. Connections already open finish on their own.
    fn drop(&mut self) {
        self.stop.store(true, Ordering::SeqCst);
        let _ = TcpStream::connect_timeout(&self.addr, Duration::from_millis(200));
    }
}

/// Shared, read-only configuration for every connection thread.
struct Site {
    root: PathBuf,
    /// Set when the server is dropped: `/ws/hang` lets go of its socket.
    stop: Arc<AtomicBool>,
    /// `(url prefix ending in '/', directory)`, longest prefix first.
    mounts: Vec<(String, PathBuf)>,
    log: bool,
}

/// Binds `addr` and serves `root` (plus `mounts`, each a URL prefix such as
/// `/tests/e2e/` mapped to a directory) on a background thread.
pub fn start(addr: SocketAddr, root: PathBuf, mounts: Vec<(String, PathBuf)>) -> Result<Server> {
    let listener = TcpListener::bind(addr).map_err(|e| format!("cannot bind {addr}: {e}"))?;
    let addr = listener.local_addr()?;
    let mut mounts: Vec<(String, PathBuf)> = mounts
        .into_iter()
        .map(|(prefix, dir)| (normalize_prefix(&prefix), dir))
        .collect();
    mounts.sort_by_key(|(prefix, _)| std::cmp::Reverse(prefix.len()));
    let stop = Arc::new(AtomicBool::new(false));
    let stop_flag = Arc::clone(&stop);
    let site = Arc::new(Site {
        root,
        stop: Arc::clone(&stop),
        mounts,
        log: std::env::var("WSCLOSE_SERVER_LOG").is_ok_and(|v| v == "1"),
    });
    thread::Builder::new()
        .name("wsclose-server".into())
        .spawn(move || {
            for conn in listener.incoming() {
                if stop_flag.load(Ordering::SeqCst) {
                    break;
                }
                let stream = match conn {
                    Ok(stream) => stream,
                    Err(e) => {
                        eprintln!("server: accept failed: {e}");
                        continue;
                    }
                };
                let site = Arc::clone(&site);
                let spawned = thread::Builder::new()
                    .name("wsclose-conn".into())
                    .spawn(move || {
                        if let Err(e) = handle_connection(stream, &site) {
                            if site.log {
                                eprintln!("server: connection error: {e}");
                            }
                        }
                    });
                if let Err(e) = spawned {
                    eprintln!("server: cannot spawn connection thread: {e}");
                }
            }
        })?;
    Ok(Server { addr, stop })
}

/// Makes `tests/e2e` and `/tests/e2e/` mean the same prefix.
fn normalize_prefix(prefix: &str) -> String {
    let trimmed = prefix.trim_matches('/');
    if trimmed.is_empty() {
        "/".to_string()
    } else {
        format!("/{trimmed}/")
    }
}

/// The parts of a request head we route on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RequestHead {
    pub method: String,
    /// Path plus query, as sent.
    pub target: String,
    pub headers: Vec<(String, String)>,
    /// Byte length of the head including the blank line.
    pub len: usize,
}

impl RequestHead {
    fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }

    /// True for a WebSocket upgrade request (header names and values are
    /// case-insensitive per RFC 7230/6455).
    pub fn is_websocket(&self) -> bool {
        self.header("upgrade").is_some_and(|v| {
            v.split(',')
                .any(|t| t.trim().eq_ignore_ascii_case("websocket"))
        })
    }
}

/// Parses a complete request head (`buf` must contain the `\r\n\r\n`).
pub fn parse_head(buf: &[u8]) -> Option<RequestHead> {
    let end = find_head_end(buf)?;
    let text = std::str::from_utf8(&buf[..end]).ok()?;
    let mut lines = text.split("\r\n");
    let mut parts = lines.next()?.split(' ');
    let method = parts.next()?.to_string();
    let target = parts.next()?.to_string();
    let version = parts.next()?;
    if !version.starts_with("HTTP/") || method.is_empty() || target.is_empty() {
        return None;
    }
    let headers = lines
        .filter(|l| !l.is_empty())
        .filter_map(|l| l.split_once(':'))
        .map(|(k, v)| (k.trim().to_string(), v.trim().to_string()))
        .collect();
    Some(RequestHead {
        method,
        target,
        headers,
        len: end,
    })
}

/// Index just past the `\r\n\r\n` that ends a request head.
fn find_head_end(buf: &[u8]) -> Option<usize> {
    buf.windows(4).position(|w| w == b"\r\n\r\n").map(|i| i + 4)
}

/// Reads the request head with `peek`, leaving it in the socket: tungstenite's
/// handshake wants to read the request itself.
fn peek_head(stream: &TcpStream) -> Result<Option<RequestHead>> {
    let mut buf = vec![0u8; MAX_HEAD];
    let deadline = Instant::now() + Duration::from_secs(10);
    let mut last = 0;
    loop {
        let n = stream.peek(&mut buf)?;
        if n == 0 {
            return Ok(None); // closed before sending anything (e.g. our own wake-up connect)
        }
        if find_head_end(&buf[..n]).is_some() {
            return Ok(parse_head(&buf[..n]));
        }
        if n >= MAX_HEAD {
            return Err("request head larger than 16 KiB".into());
        }
        if Instant::now() > deadline {
            return Err("timed out reading the request head".into());
        }
        if n == last {
            // peek returns at once while data is pending; back off a little
            // instead of spinning until more bytes arrive.
            thread::sleep(Duration::from_millis(2));
        }
        last = n;
    }
}

fn handle_connection(stream: TcpStream, site: &Site) -> Result<()> {
    stream.set_read_timeout(Some(Duration::from_secs(10)))?;
    let _ = stream.set_nodelay(true);
    let Some(head) = peek_head(&stream)? else {
        return Ok(());
    };
    if head.is_websocket() {
        handle_websocket(stream, &head, site)
    } else {
        handle_static(stream, &head, site)
    }
}

// ---------------------------------------------------------------------------
// WebSocket routes
// ---------------------------------------------------------------------------

/// What a `/ws/...` URL asks the server to do.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum WsRoute {
    /// Send Close with this code (valid or not) and reason.
    Close {
        code: u16,
        reason: String,
        delay: Duration,
    },
    /// Send Close with an empty payload: the browser reports 1005.
    NoStatus { delay: Duration },
    /// Drop the TCP connection without a Close frame: the browser reports 1006.
    /// With `after=message`, only once the client has sent a message.
    Drop {
        delay: Duration,
        after_message: bool,
    },
    /// Echo, but close with 1009 on a message larger than `bytes`; the
    /// reason says the sizes unless `reason=` gives one.
    Limit {
        bytes: usize,
        reason: Option<String>,
    },
    /// Echo until the client closes.
    Echo,
    /// Refuse the upgrade with this HTTP status.
    Reject { status: u16 },
    /// Echo, but drop the socket after this much silence (a proxy idle timeout).
    Idle { timeout: Duration },
    /// Send Close 1012 "service restart".
    Restart { delay: Duration },
    /// Send a text message whose payload is not UTF-8 (RFC 6455 §8.1: the
    /// client must fail the connection), then wait for the client to end it.
    /// With `after=message`, only once the client has sent a message.
    InvalidUtf8 { after_message: bool },
    /// Echo, answering the upgrade with a 101 that names no subprotocol
    /// whatever the client asked for (a browser that asked must fail it).
    NoSubprotocol,
    /// Accept the TCP connection and never answer the upgrade request; the
    /// socket is held until the client gives up, the server stops, or
    /// [`MAX_HANG`] passes.
    Hang,
}

/// Maps a request target (`/ws/close/4001?reason=bye`) to a route; `None`
/// means "refuse with 404" (unknown route or malformed parameter).
pub fn parse_ws_route(target: &str) -> Option<WsRoute> {
    let (path, query) = split_target(target);
    let rest = path.strip_prefix("/ws/")?;
    let segments: Vec<&str> = rest.split('/').filter(|s| !s.is_empty()).collect();
    // `after=message`: act only once the client has sent a message, so the
    // page has certainly seen `open` (Firefox may skip `open` when the
    // connection fails right after the 101).
    let after_message = || -> Option<bool> {
        match query_param(query, "after").as_deref() {
            None => Some(false),
            Some("message") => Some(true),
            Some(_) => None,
        }
    };
    let delay = || -> Option<Duration> {
        match query_param(query, "delay") {
            None => Some(Duration::ZERO),
            Some(v) => {
                let ms: u64 = v.parse().ok()?;
                Some(Duration::from_millis(ms.min(MAX_DELAY_MS)))
            }
        }
    };
    match segments.as_slice() {
        ["close", code] => Some(WsRoute::Close {
            code: code.parse().ok()?,
            reason: query_param(query, "reason").unwrap_or_default(),
            delay: delay()?,
        }),
        ["no-status"] => Some(WsRoute::NoStatus { delay: delay()? }),
        ["drop"] => Some(WsRoute::Drop {
            delay: delay()?,
            after_message: after_message()?,
        }),
        ["limit", bytes] => Some(WsRoute::Limit {
            bytes: bytes.parse().ok()?,
            reason: query_param(query, "reason"),
        }),
        ["echo"] => Some(WsRoute::Echo),
        ["reject", status] => {
            let status: u16 = status.parse().ok()?;
            // 101 would complete the upgrade; anything outside 2xx-5xx is not a status.
            (200..=599)
                .contains(&status)
                .then_some(WsRoute::Reject { status })
        }
        ["idle", ms] => Some(WsRoute::Idle {
            timeout: Duration::from_millis(ms.parse::<u64>().ok()?.max(1)),
        }),
        ["restart"] => Some(WsRoute::Restart { delay: delay()? }),
        ["invalid-utf8"] => Some(WsRoute::InvalidUtf8 {
            after_message: after_message()?,
        }),
        ["no-subprotocol"] => Some(WsRoute::NoSubprotocol),
        ["hang"] => Some(WsRoute::Hang),
        _ => None,
    }
}

/// Cuts `reason` to fit a control frame, on a UTF-8 character boundary so
/// the payload stays valid text.
pub fn fit_reason(reason: &str) -> &str {
    if reason.len() <= MAX_REASON {
        return reason;
    }
    let mut end = MAX_REASON;
    while !reason.is_char_boundary(end) {
        end -= 1;
    }
    &reason[..end]
}

/// The Close frame for `code` and `reason`. `CloseCode::from(u16)` keeps every
/// value (invalid ones become `Bad`/`Reserved`) and tungstenite does not check
/// codes it sends, so codes like 999 or 1005 go on the wire unchanged.
pub fn close_frame(code: u16, reason: &str) -> CloseFrame {
    CloseFrame {
        code: CloseCode::from(code),
        reason: fit_reason(reason).to_string().into(),
    }
}

/// The 1009 reason text for the limit route.
pub fn limit_reason(size: Option<usize>, limit: usize) -> String {
    match size {
        Some(size) => format!("message of {size} bytes exceeds the {limit}-byte limit"),
        None => format!("message exceeds the {limit}-byte limit"),
    }
}

fn handle_websocket(mut stream: TcpStream, head: &RequestHead, site: &Site) -> Result<()> {
    let Some(route) = parse_ws_route(&head.target) else {
        consume(&mut stream, head.len)?;
        log_ws(site, &head.target, "refused: unknown route (404)");
        return write_simple(&mut stream, 404, "no such WebSocket route\n", false);
    };
    if let WsRoute::Reject { status } = route {
        consume(&mut stream, head.len)?;
        log_ws(
            site,
            &head.target,
            &format!("refused upgrade with HTTP {status}"),
        );
        let body = format!("upgrade refused with {status}\n");
        return write_simple(&mut stream, status, &body, false);
    }
    if route == WsRoute::Hang {
        let outcome = hang(&stream, &site.stop);
        log_ws(site, &head.target, &outcome);
        return Ok(());
    }
    // Messages are checked against the route's limit by us (to report the
    // exact size); tungstenite's own defaults stay as the hard memory cap.
    let config = WebSocketConfig::default();
    // The route was parsed from the peeked head already, so no header
    // callback is needed.
    let ws = tungstenite::accept_with_config(stream, Some(config))
        .map_err(|e| format!("handshake failed for {}: {e}", head.target))?;
    let outcome = run_route(ws, &route);
    let summary = match &outcome {
        Ok(s) => s.clone(),
        Err(e) => format!("error: {e}"),
    };
    log_ws(site, &head.target, &summary);
    outcome.map(|_| ())
}

fn log_ws(site: &Site, target: &str, outcome: &str) {
    if site.log {
        eprintln!("ws {target}: {outcome}");
    }
}

/// Runs one route on an accepted socket and says how the connection ended.
fn run_route(mut ws: WebSocket<TcpStream>, route: &WsRoute) -> Result<String> {
    match route {
        WsRoute::Close {
            code,
            reason,
            delay,
        } => {
            thread::sleep(*delay);
            let frame = close_frame(*code, reason);
            let sent = format!("sent Close {code} {:?}", frame.reason.as_str());
            ws.close(Some(frame))?;
            Ok(format!("{sent}; {}", finish_close(ws)))
        }
        WsRoute::Restart { delay } => {
            thread::sleep(*delay);
            ws.close(Some(close_frame(1012, "service restart")))?;
            Ok(format!("sent Close 1012; {}", finish_close(ws)))
        }
        WsRoute::NoStatus { delay } => {
            thread::sleep(*delay);
            ws.close(None)?; // empty payload: no status code at all
            Ok(format!("sent empty Close; {}", finish_close(ws)))
        }
        WsRoute::Drop {
            delay,
            after_message,
        } => {
            if *after_message {
                first_message(&mut ws)?;
            }
            thread::sleep(*delay);
            ws.get_ref().shutdown(Shutdown::Both)?;
            Ok("dropped TCP without Close".into())
        }
        // tungstenite answers a client's Close with the same code and
        // reason (valid codes), so the page sees its own close echoed.
        WsRoute::Echo | WsRoute::NoSubprotocol => echo(ws, None, None, None),
        WsRoute::Limit { bytes, reason } => echo(ws, Some(*bytes), reason.as_deref(), None),
        WsRoute::Idle { timeout } => echo(ws, None, None, Some(*timeout)),
        WsRoute::InvalidUtf8 { after_message } => {
            if *after_message {
                first_message(&mut ws)?;
            }
            // "w" then 0xFF, a byte that never occurs in UTF-8. A raw frame,
            // because tungstenite's Message::Text only holds valid UTF-8.
            let frame = Frame::message(vec![b'w', 0xff, 0xfe], OpCode::Data(Data::Text), true);
            ws.send(Message::Frame(frame))?;
            Ok(format!("sent invalid UTF-8 text; {}", finish_close(ws)))
        }
        WsRoute::Reject { .. } | WsRoute::Hang => {
            Err("reject and hang are handled before the handshake".into())
        }
    }
}

/// After we sent Close: wait (bounded) for the client's Close reply, then
/// close TCP ourselves, as RFC 6455 §7.1.1 asks of servers.
fn finish_close(mut ws: WebSocket<TcpStream>) -> String {
    let deadline = Instant::now() + CLOSE_REPLY_WAIT;
    let outcome = loop {
        let left = deadline.saturating_duration_since(Instant::now());
        if left.is_zero() || ws.get_ref().set_read_timeout(Some(left)).is_err() {
            break "no Close reply within 2 s".to_string();
        }
        match ws.read() {
            Ok(Message::Close(reply)) => {
                break match reply {
                    Some(f) => format!("client replied Close {}", u16::from(f.code)),
                    None => "client replied empty Close".to_string(),
                }
            }
            Ok(_) => continue,
            Err(tungstenite::Error::ConnectionClosed) => break "client closed".to_string(),
            Err(e) => break format!("ended: {e}"),
        }
    };
    let _ = ws.get_ref().shutdown(Shutdown::Both);
    outcome
}

/// Waits (10 s at most) for the client's first data message.
fn first_message(ws: &mut WebSocket<TcpStream>) -> Result<()> {
    ws.get_ref()
        .set_read_timeout(Some(Duration::from_secs(10)))?;
    loop {
        match ws.read()? {
            Message::Text(_) | Message::Binary(_) => return Ok(()),
            _ => continue,
        }
    }
}

/// Holds an accepted connection without answering its upgrade request until
/// the client closes it, `stop` is set, or [`MAX_HANG`] passes; then lets go.
fn hang(stream: &TcpStream, stop: &AtomicBool) -> String {
    let started = Instant::now();
    if stream
        .set_read_timeout(Some(Duration::from_millis(100)))
        .is_err()
    {
        return "hang: cannot set a read timeout".into();
    }
    let mut buf = [0u8; 1024];
    let outcome = loop {
        if stop.load(Ordering::SeqCst) {
            break "released: server stopping";
        }
        if started.elapsed() > MAX_HANG {
            break "released after the maximum hang";
        }
        match (&*stream).read(&mut buf) {
            Ok(0) => break "client gave up",
            Ok(_) => {} // the request head, left unanswered
            Err(e) if matches!(e.kind(), ErrorKind::WouldBlock | ErrorKind::TimedOut) => {}
            Err(_) => break "client reset the connection",
        }
    };
    let _ = stream.shutdown(Shutdown::Both);
    format!(
        "never answered the upgrade; {outcome} after {} ms",
        started.elapsed().as_millis()
    )
}

/// Echo loop shared by `/ws/echo`, `/ws/limit/N` and `/ws/idle/MS`.
fn echo(
    mut ws: WebSocket<TcpStream>,
    limit: Option<usize>,
    limit_reason_text: Option<&str>,
    idle: Option<Duration>,
) -> Result<String> {
    // No timeout for plain echo: the page decides when to close.
    ws.get_ref().set_read_timeout(idle)?;
    let mut echoed = 0usize;
    loop {
        let msg = match ws.read() {
            Ok(msg) => msg,
            Err(tungstenite::Error::ConnectionClosed | tungstenite::Error::AlreadyClosed) => {
                return Ok(format!("echoed {echoed}; closed by client"))
            }
            Err(tungstenite::Error::Io(e))
                if idle.is_some()
                    && matches!(e.kind(), ErrorKind::WouldBlock | ErrorKind::TimedOut) =>
            {
                ws.get_ref().shutdown(Shutdown::Both)?;
                return Ok(format!("echoed {echoed}; idle, dropped TCP without Close"));
            }
            Err(tungstenite::Error::Capacity(e)) => {
                // Over tungstenite's own cap: exact size may be unknown.
                let limit = limit.unwrap_or(0);
                ws.close(Some(close_frame(1009, &limit_reason(None, limit))))?;
                return Ok(format!(
                    "capacity error ({e}); sent 1009; {}",
                    finish_close(ws)
                ));
            }
            Err(e) => return Ok(format!("echoed {echoed}; ended: {e}")),
        };
        match msg {
            Message::Text(_) | Message::Binary(_) => {
                if let Some(limit) = limit {
                    if msg.len() > limit {
                        let reason = match limit_reason_text {
                            Some(text) => text.to_string(),
                            None => limit_reason(Some(msg.len()), limit),
                        };
                        ws.close(Some(close_frame(1009, &reason)))?;
                        return Ok(format!("sent 1009 {reason:?}; {}", finish_close(ws)));
                    }
                }
                ws.send(msg)?;
                echoed += 1;
            }
            // Pings are answered by tungstenite; a Close is answered on the
            // next read/flush and then reads report ConnectionClosed.
            Message::Ping(_) | Message::Pong(_) | Message::Frame(_) => {}
            Message::Close(_) => {
                let _ = ws.flush();
            }
        }
    }
}

// ---------------------------------------------------------------------------
// Static files
// ---------------------------------------------------------------------------

/// Reads (and discards) the peeked head so the response is not followed by a
/// reset for unread data.
fn consume(stream: &mut TcpStream, len: usize) -> io::Result<()> {
    let mut buf = vec![0u8; len];
    stream.read_exact(&mut buf)
}

/// Splits `path?query#frag` into path and query.
pub fn split_target(target: &str) -> (&str, &str) {
    let target = target.split('#').next().unwrap_or(target);
    match target.split_once('?') {
        Some((path, query)) => (path, query),
        None => (target, ""),
    }
}

/// First value of `name` in a query string, percent-decoded (`+` is a space,
/// as in form encoding; `encodeURIComponent` never emits a bare `+`).
pub fn query_param(query: &str, name: &str) -> Option<String> {
    query
        .split('&')
        .filter_map(|pair| {
            let (k, v) = pair.split_once('=').unwrap_or((pair, ""));
            (k == name).then_some(v)
        })
        .next()
        .and_then(|v| percent_decode(&v.replace('+', " ")))
}

/// Decodes `%XX` escapes; `None` for malformed escapes or invalid UTF-8.
pub fn percent_decode(s: &str) -> Option<String> {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let hex = bytes.get(i + 1..i + 3)?;
            let hex = std::str::from_utf8(hex).ok()?;
            out.push(u8::from_str_radix(hex, 16).ok()?);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).ok()
}

/// Where a URL path leads.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Mapped {
    /// A path on disk (file or directory, not checked yet).
    Path(PathBuf),
    /// Refused: traversal, bad escapes, or the like.
    Forbidden,
}

/// Maps a URL path to a filesystem path under `root` or one of `mounts`
/// (`(prefix ending in '/', dir)`, longest first). Refuses `..` and other
/// segments that could leave the served directory.
pub fn map_path(root: &Path, mounts: &[(String, PathBuf)], url_path: &str) -> Mapped {
    let Some(decoded) = percent_decode(url_path) else {
        return Mapped::Forbidden;
    };
    let (base, rest) = mounts
        .iter()
        .find_map(|(prefix, dir)| {
            decoded
                .strip_prefix(prefix.as_str())
                .map(|rest| (dir.as_path(), rest))
        })
        .unwrap_or((root, decoded.as_str()));
    let mut path = base.to_path_buf();
    for seg in rest.split('/') {
        match seg {
            "" | "." => {}
            ".." => return Mapped::Forbidden,
            s if s.contains('\\') || s.contains('\0') || s.contains(':') => {
                return Mapped::Forbidden
            }
            s => path.push(s),
        }
    }
    Mapped::Path(path)
}

/// Content type by file name; `.d.ts` and `.ts` are served as TypeScript text.
pub fn content_type(path: &Path) -> &'static str {
    let ext = path
        .extension()
        .and_then(|e| e.to_str())
        .map(|e| e.to_ascii_lowercase())
        .unwrap_or_default();
    match ext.as_str() {
        "html" | "htm" => "text/html; charset=utf-8",
        "js" | "mjs" => "text/javascript; charset=utf-8",
        "wasm" => "application/wasm",
        "css" => "text/css; charset=utf-8",
        "json" | "map" => "application/json",
        "svg" => "image/svg+xml",
        "png" => "image/png",
        "ico" => "image/x-icon",
        "xml" => "application/xml",
        "txt" => "text/plain; charset=utf-8",
        "ts" => "application/typescript; charset=utf-8",
        "woff2" => "font/woff2",
        _ => "application/octet-stream",
    }
}

fn reason_phrase(status: u16) -> &'static str {
    match status {
        200 => "OK",
        204 => "No Content",
        301 => "Moved Permanently",
        400 => "Bad Request",
        401 => "Unauthorized",
        403 => "Forbidden",
        404 => "Not Found",
        405 => "Method Not Allowed",
        429 => "Too Many Requests",
        500 => "Internal Server Error",
        502 => "Bad Gateway",
        503 => "Service Unavailable",
        _ => "Status",
    }
}

fn write_response(
    stream: &mut TcpStream,
    status: u16,
    headers: &[(&str, Cow<'_, str>)],
    body: &[u8],
    head_only: bool,
) -> Result<()> {
    let mut out = format!("HTTP/1.1 {status} {}\r\n", reason_phrase(status));
    for (k, v) in headers {
        out.push_str(&format!("{k}: {v}\r\n"));
    }
    out.push_str(&format!(
        "Content-Length: {}\r\nCache-Control: no-store\r\n\
         Access-Control-Allow-Origin: *\r\nConnection: close\r\n\r\n",
        body.len()
    ));
    stream.write_all(out.as_bytes())?;
    if !head_only {
        stream.write_all(body)?;
    }
    stream.flush()?;
    Ok(())
}

fn write_simple(stream: &mut TcpStream, status: u16, body: &str, head_only: bool) -> Result<()> {
    let headers = [("Content-Type", Cow::Borrowed("text/plain; charset=utf-8"))];
    write_response(stream, status, &headers, body.as_bytes(), head_only)
}

/// URL prefix of a network that comes and goes (see [`flaky`]).
pub const FLAKY_PREFIX: &str = "/_flaky";

/// The cookie that brings [`FLAKY_PREFIX`]'s network back.
pub const ONLINE_COOKIE: &str = "wsclose-online=1";

#[derive(Debug, PartialEq, Eq)]
enum Flaky<'a> {
    Served(&'a str),
    Dropped,
}

/// `/_flaky/<path>` is `/<path>` on a network that went away for what the
/// API loads on demand (the UI module, `wsclose_ui.js` and its wasm, and
/// the `locales/` modules) and comes back when the browser holds
/// [`ONLINE_COOKIE`]: until then a request for those files gets its
/// connection closed with no answer, which a browser reports as a network
/// error, as it does offline. The e2e page `offline.html` loads the API
/// from here to show that what was missed that way loads on the next need.
/// A cookie, not server state, so each browser has its own network.
fn flaky<'a>(path: &'a str, head: &RequestHead) -> Flaky<'a> {
    let Some(rest) = path
        .strip_prefix(FLAKY_PREFIX)
        .filter(|rest| rest.starts_with('/'))
    else {
        return Flaky::Served(path);
    };
    let online = head
        .header("cookie")
        .is_some_and(|cookies| cookies.split(';').any(|c| c.trim() == ONLINE_COOKIE));
    let on_demand = rest.contains("/locales/")
        || rest
            .rsplit('/')
            .next()
            .is_some_and(|file| file.starts_with("wsclose_ui"));
    if !online && on_demand {
        Flaky::Dropped
    } else {
        Flaky::Served(rest)
    }
}

/// One request per connection (`Connection: close`): simple, and plenty for
/// a local dev server. Responses allow any origin because the wasm-bindgen
/// test runner serves its test page from its own port.
fn handle_static(mut stream: TcpStream, head: &RequestHead, site: &Site) -> Result<()> {
    consume(&mut stream, head.len)?;
    let head_only = head.method == "HEAD";
    if head.method != "GET" && !head_only {
        let headers = [("Allow", Cow::Borrowed("GET, HEAD"))];
        return write_response(&mut stream, 405, &headers, b"method not allowed\n", false);
    }
    let (path, query) = split_target(&head.target);
    let strict_csp = query.split('&').any(|p| p == "csp=strict");
    let path = match flaky(path, head) {
        Flaky::Served(path) => path,
        // No answer at all: the browser sees a network error, not a status.
        Flaky::Dropped => return Ok(()),
    };
    let mut file = match map_path(&site.root, &site.mounts, path) {
        Mapped::Forbidden => return write_simple(&mut stream, 403, "forbidden\n", head_only),
        Mapped::Path(p) => p,
    };
    if file.is_dir() {
        if !path.ends_with('/') {
            // Redirect so relative URLs in the directory's index.html resolve.
            let location = if query.is_empty() {
                format!("{path}/")
            } else {
                format!("{path}/?{query}")
            };
            let headers = [("Location", Cow::Owned(location))];
            return write_response(&mut stream, 301, &headers, b"", head_only);
        }
        file.push("index.html");
    }
    let (status, file) = if file.is_file() {
        (200, file)
    } else {
        if path == "/favicon.ico" {
            // Browsers ask for it on every page; a missing one would put a
            // SEVERE 404 into every e2e page's browser log.
            return write_response(&mut stream, 204, &[], b"", head_only);
        }
        let not_found = site.root.join("404.html");
        if !not_found.is_file() {
            return write_simple(&mut stream, 404, "404 not found\n", head_only);
        }
        (404, not_found)
    };
    let body = fs::read(&file).map_err(|e| format!("reading {}: {e}", file.display()))?;
    let ctype = content_type(&file);
    let mut headers = vec![("Content-Type", Cow::Borrowed(ctype))];
    if strict_csp && ctype.starts_with("text/html") {
        headers.push(("Content-Security-Policy", Cow::Borrowed(STRICT_CSP)));
    }
    write_response(&mut stream, status, &headers, &body, head_only)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::net::{IpAddr, Ipv4Addr};

    #[test]
    fn flaky_network_drops_the_ui_module_until_online() {
        let head = |cookie: Option<&str>| RequestHead {
            method: "GET".into(),
            target: String::new(),
            headers: cookie
                .map(|c| vec![("Cookie".to_string(), c.to_string())])
                .unwrap_or_default(),
            len: 0,
        };
        let offline = head(None);
        assert_eq!(
            flaky("/pkg/wsclose_ui.js", &offline),
            Flaky::Served("/pkg/wsclose_ui.js")
        );
        assert_eq!(flaky("/_flaky/pkg/wsclose_ui.js", &offline), Flaky::Dropped);
        assert_eq!(
            flaky("/_flaky/pkg/wsclose_ui_bg.wasm", &offline),
            Flaky::Dropped
        );
        assert_eq!(flaky("/_flaky/pkg/locales/vi.js", &offline), Flaky::Dropped);
        assert_eq!(
            flaky("/_flaky/pkg/wsclose.js", &offline),
            Flaky::Served("/pkg/wsclose.js")
        );
        assert_eq!(
            flaky("/_flaky/pkg/wsclose_bg.wasm", &offline),
            Flaky::Served("/pkg/wsclose_bg.wasm")
        );
        assert_eq!(
            flaky("/_flakyx/wsclose_ui.js", &offline),
            Flaky::Served("/_flakyx/wsclose_ui.js")
        );
        let online = head(Some("a=b; wsclose-online=1"));
        assert_eq!(
            flaky("/_flaky/pkg/wsclose_ui.js", &online),
            Flaky::Served("/pkg/wsclose_ui.js")
        );
        let other = head(Some("wsclose-online=0"));
        assert_eq!(flaky("/_flaky/pkg/wsclose_ui.js", &other), Flaky::Dropped);
    }

    #[test]
    fn parses_routes() {
        assert_eq!(
            parse_ws_route("/ws/close/4001?reason=bye%20now&delay=50"),
            Some(WsRoute::Close {
                code: 4001,
                reason: "bye now".into(),
                delay: Duration::from_millis(50)
            })
        );
        assert_eq!(
            parse_ws_route("/ws/close/999"),
            Some(WsRoute::Close {
                code: 999,
                reason: String::new(),
                delay: Duration::ZERO
            })
        );
        assert_eq!(
            parse_ws_route("/ws/no-status"),
            Some(WsRoute::NoStatus {
                delay: Duration::ZERO
            })
        );
        assert_eq!(
            parse_ws_route("/ws/drop?delay=10"),
            Some(WsRoute::Drop {
                delay: Duration::from_millis(10),
                after_message: false
            })
        );
        assert_eq!(
            parse_ws_route("/ws/drop?after=message"),
            Some(WsRoute::Drop {
                delay: Duration::ZERO,
                after_message: true
            })
        );
        assert_eq!(
            parse_ws_route("/ws/limit/65536"),
            Some(WsRoute::Limit {
                bytes: 65536,
                reason: None
            })
        );
        assert_eq!(parse_ws_route("/ws/echo"), Some(WsRoute::Echo));
        assert_eq!(
            parse_ws_route("/ws/limit/10?reason=too%20big"),
            Some(WsRoute::Limit {
                bytes: 10,
                reason: Some("too big".into())
            })
        );
        assert_eq!(
            parse_ws_route("/ws/invalid-utf8"),
            Some(WsRoute::InvalidUtf8 {
                after_message: false
            })
        );
        assert_eq!(
            parse_ws_route("/ws/invalid-utf8?after=message"),
            Some(WsRoute::InvalidUtf8 {
                after_message: true
            })
        );
        assert_eq!(
            parse_ws_route("/ws/no-subprotocol"),
            Some(WsRoute::NoSubprotocol)
        );
        assert_eq!(parse_ws_route("/ws/hang"), Some(WsRoute::Hang));
        assert_eq!(
            parse_ws_route("/ws/reject/403"),
            Some(WsRoute::Reject { status: 403 })
        );
        assert_eq!(
            parse_ws_route("/ws/idle/250"),
            Some(WsRoute::Idle {
                timeout: Duration::from_millis(250)
            })
        );
        assert_eq!(
            parse_ws_route("/ws/restart?delay=5"),
            Some(WsRoute::Restart {
                delay: Duration::from_millis(5)
            })
        );
        for bad in [
            "/ws/",
            "/ws/nope",
            "/ws/close/70000",
            "/ws/close/abc",
            "/ws/close/1000?delay=x",
            "/ws/reject/101",
            "/ws/limit/-1",
            "/ws/drop?after=open",
            "/other",
        ] {
            assert_eq!(parse_ws_route(bad), None, "{bad}");
        }
    }

    #[test]
    fn decodes_queries() {
        assert_eq!(
            query_param("a=1&reason=caf%C3%A9+ok", "reason").as_deref(),
            Some("café ok")
        );
        assert_eq!(query_param("reason=%ZZ", "reason"), None);
        assert_eq!(query_param("x=1", "reason"), None);
        assert_eq!(split_target("/a/b?c=d#e"), ("/a/b", "c=d"));
    }

    #[test]
    fn maps_paths() {
        let root = Path::new("/srv/dist");
        let mounts = vec![("/tests/e2e/".to_string(), PathBuf::from("/repo/tests/e2e"))];
        assert_eq!(
            map_path(root, &mounts, "/pkg/wsclose.js"),
            Mapped::Path("/srv/dist/pkg/wsclose.js".into())
        );
        assert_eq!(
            map_path(root, &mounts, "/tests/e2e/api.html"),
            Mapped::Path("/repo/tests/e2e/api.html".into())
        );
        assert_eq!(
            map_path(root, &mounts, "/a%20b.txt"),
            Mapped::Path("/srv/dist/a b.txt".into())
        );
        assert_eq!(map_path(root, &mounts, "/"), Mapped::Path(root.into()));
        assert_eq!(map_path(root, &mounts, "/../etc/passwd"), Mapped::Forbidden);
        assert_eq!(map_path(root, &mounts, "/%2e%2e/x"), Mapped::Forbidden);
        assert_eq!(
            map_path(root, &mounts, "/tests/e2e/../../x"),
            Mapped::Forbidden
        );
        assert_eq!(map_path(root, &mounts, "/a%5c..%5cb"), Mapped::Forbidden);
        assert_eq!(normalize_prefix("tests/e2e"), "/tests/e2e/");
    }

    #[test]
    fn content_types() {
        let ct = |p: &str| content_type(Path::new(p));
        assert_eq!(ct("index.html"), "text/html; charset=utf-8");
        assert_eq!(ct("pkg/wsclose.js"), "text/javascript; charset=utf-8");
        assert_eq!(ct("x.mjs"), "text/javascript; charset=utf-8");
        assert_eq!(ct("pkg/wsclose_bg.wasm"), "application/wasm");
        assert_eq!(
            ct("pkg/wsclose.d.ts"),
            "application/typescript; charset=utf-8"
        );
        assert_eq!(ct("a.css"), "text/css; charset=utf-8");
        assert_eq!(ct("a.json"), "application/json");
        assert_eq!(ct("a.svg"), "image/svg+xml");
        assert_eq!(ct("a.PNG"), "image/png");
        assert_eq!(ct("a.xml"), "application/xml");
        assert_eq!(ct("a.txt"), "text/plain; charset=utf-8");
        assert_eq!(ct("noext"), "application/octet-stream");
    }

    #[test]
    fn parses_heads() {
        let raw = b"GET /ws/echo HTTP/1.1\r\nHost: x\r\nUPGRADE: WebSocket\r\n\r\nrest";
        let head = parse_head(raw).expect("valid head");
        assert_eq!(head.method, "GET");
        assert_eq!(head.target, "/ws/echo");
        assert_eq!(head.len, raw.len() - 4);
        assert!(head.is_websocket());
        let plain = parse_head(b"GET / HTTP/1.1\r\nHost: x\r\n\r\n").expect("valid head");
        assert!(!plain.is_websocket());
        assert_eq!(parse_head(b"GET / HTTP/1.1\r\n"), None);
    }

    /// Encodes exactly what `ws.close` puts on the wire (server frames are
    /// unmasked), including for codes a browser must reject.
    fn wire(code: u16, reason: &str) -> Vec<u8> {
        let mut out = Vec::new();
        Frame::close(Some(close_frame(code, reason)))
            .format(&mut out)
            .expect("formatting into a Vec cannot fail");
        out
    }

    #[test]
    fn close_payload_encoding() {
        assert_eq!(wire(4001, "bye"), [0x88, 5, 0x0f, 0xa1, b'b', b'y', b'e']);
        for code in [0, 999, 1004, 1005, 1006, 1014, 1015, 2000, 5000, u16::MAX] {
            let bytes = wire(code, "");
            assert_eq!(bytes, [0x88, 2, (code >> 8) as u8, code as u8], "{code}");
        }
        // Every u16 survives the CloseCode round trip unchanged.
        assert!((0..=u16::MAX).all(|c| u16::from(CloseCode::from(c)) == c));
        let long = "é".repeat(100); // 200 bytes
        let fitted = fit_reason(&long);
        assert_eq!(fitted.len(), 122); // 61 two-byte characters, on a char boundary
        let bytes = wire(1000, &long);
        assert_eq!(bytes.len(), 2 + 2 + 122);
        assert!(bytes.len() - 2 <= 125);
        assert_eq!(
            limit_reason(Some(70000), 65536),
            "message of 70000 bytes exceeds the 65536-byte limit"
        );
        assert_eq!(
            limit_reason(None, 65536),
            "message exceeds the 65536-byte limit"
        );
    }

    fn connect(addr: SocketAddr, path: &str) -> WebSocket<TcpStream> {
        let stream = TcpStream::connect(addr).expect("connect");
        stream
            .set_read_timeout(Some(Duration::from_secs(5)))
            .expect("timeout");
        let url = format!("ws://{addr}{path}");
        tungstenite::client(url.as_str(), stream)
            .expect("handshake")
            .0
    }

    /// Real sockets against a real server: what arrives on the wire.
    #[test]
    fn server_closes_on_the_wire() {
        let dir = std::env::temp_dir().join(format!("wsclose-server-test-{}", std::process::id()));
        fs::create_dir_all(&dir).expect("temp dir");
        fs::write(dir.join("index.html"), "<h1>hi</h1>").expect("write");
        let server = start(
            SocketAddr::new(IpAddr::V4(Ipv4Addr::LOCALHOST), 0),
            dir.clone(),
            vec![],
        )
        .expect("start server");
        let addr = server.addr();

        // Close with code + reason.
        let mut ws = connect(addr, "/ws/close/4001?reason=bye");
        match ws.read().expect("close frame") {
            Message::Close(Some(f)) => {
                assert_eq!(u16::from(f.code), 4001);
                assert_eq!(f.reason.as_str(), "bye");
            }
            other => panic!("expected Close 4001, got {other:?}"),
        }

        // Empty Close payload.
        let mut ws = connect(addr, "/ws/no-status");
        match ws.read().expect("close frame") {
            Message::Close(None) => {}
            other => panic!("expected empty Close, got {other:?}"),
        }

        // Dropped TCP without a Close frame.
        let mut ws = connect(addr, "/ws/drop");
        match ws.read() {
            Err(tungstenite::Error::Protocol(
                tungstenite::error::ProtocolError::ResetWithoutClosingHandshake,
            )) => {}
            Err(tungstenite::Error::Io(e)) if e.kind() == ErrorKind::ConnectionReset => {}
            other => panic!("expected EOF without Close, got {other:?}"),
        }

        // Echo below the limit, 1009 above it.
        let mut ws = connect(addr, "/ws/limit/16");
        ws.send(Message::text("small")).expect("send");
        assert_eq!(ws.read().expect("echo"), Message::text("small"));
        ws.send(Message::binary(vec![7u8; 40])).expect("send");
        match ws.read().expect("close frame") {
            Message::Close(Some(f)) => {
                assert_eq!(u16::from(f.code), 1009);
                assert_eq!(
                    f.reason.as_str(),
                    "message of 40 bytes exceeds the 16-byte limit"
                );
            }
            other => panic!("expected Close 1009, got {other:?}"),
        }

        // The limit route with a reason of the page's choosing.
        let mut ws = connect(addr, "/ws/limit/4?reason=too%20big");
        ws.send(Message::text("12345")).expect("send");
        match ws.read().expect("close frame") {
            Message::Close(Some(f)) => {
                assert_eq!((u16::from(f.code), f.reason.as_str()), (1009, "too big"))
            }
            other => panic!("expected Close 1009, got {other:?}"),
        }

        // The echo route answers the client's Close with the same code and reason.
        let mut ws = connect(addr, "/ws/echo");
        ws.close(Some(close_frame(4000, "bye"))).expect("close");
        match ws.read().expect("close reply") {
            Message::Close(Some(f)) => {
                assert_eq!((u16::from(f.code), f.reason.as_str()), (4000, "bye"))
            }
            other => panic!("expected the echoed Close 4000, got {other:?}"),
        }
        let mut ws = connect(addr, "/ws/echo");
        ws.close(None).expect("close");
        match ws.read().expect("close reply") {
            Message::Close(None) => {}
            other => panic!("expected an empty Close echoed, got {other:?}"),
        }

        // A text message that is not UTF-8, once the client has sent one.
        let mut ws = connect(addr, "/ws/invalid-utf8?after=message");
        ws.send(Message::text("go")).expect("send");
        match ws.read() {
            Err(tungstenite::Error::Utf8(_)) => {}
            other => panic!("expected invalid UTF-8, got {other:?}"),
        }

        // A 101 without the subprotocol the client asked for.
        let stream = TcpStream::connect(addr).expect("connect");
        let mut request = tungstenite::client::IntoClientRequest::into_client_request(format!(
            "ws://{addr}/ws/no-subprotocol"
        ))
        .expect("request");
        request.headers_mut().insert(
            "Sec-WebSocket-Protocol",
            "wsclose.facts".parse().expect("header value"),
        );
        match tungstenite::client(request, stream) {
            Err(tungstenite::HandshakeError::Failure(tungstenite::Error::Protocol(
                tungstenite::error::ProtocolError::SecWebSocketSubProtocolError(_),
            ))) => {}
            Err(e) => panic!("expected a subprotocol error, got {e}"),
            Ok(_) => panic!("expected a subprotocol error, got an open socket"),
        }

        // An upgrade that is never answered, released when the client leaves.
        let mut s = TcpStream::connect(addr).expect("connect");
        s.write_all(
            b"GET /ws/hang HTTP/1.1\r\nHost: x\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n\
              Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n",
        )
        .expect("write");
        s.set_read_timeout(Some(Duration::from_millis(400)))
            .expect("timeout");
        let mut byte = [0u8; 1];
        match s.read(&mut byte) {
            Err(e) if matches!(e.kind(), ErrorKind::WouldBlock | ErrorKind::TimedOut) => {}
            other => panic!("expected no answer to the upgrade, got {other:?}"),
        }
        drop(s);

        // Refused upgrade: the handshake fails with the HTTP status.
        let stream = TcpStream::connect(addr).expect("connect");
        match tungstenite::client(format!("ws://{addr}/ws/reject/403").as_str(), stream) {
            Err(tungstenite::HandshakeError::Failure(tungstenite::Error::Http(resp))) => {
                assert_eq!(resp.status().as_u16(), 403)
            }
            Err(e) => panic!("expected HTTP 403, got {e}"),
            Ok(_) => panic!("expected HTTP 403, got an open socket"),
        }

        // Static file with the right type, plus CSP on request.
        let mut s = TcpStream::connect(addr).expect("connect");
        s.write_all(b"GET /?csp=strict HTTP/1.1\r\nHost: x\r\n\r\n")
            .expect("write");
        let mut resp = String::new();
        s.read_to_string(&mut resp).expect("read");
        assert!(resp.starts_with("HTTP/1.1 200 OK\r\n"), "{resp}");
        assert!(resp.contains("Content-Type: text/html; charset=utf-8\r\n"));
        assert!(resp.contains("Content-Security-Policy: default-src 'self'"));
        assert!(resp.ends_with("<h1>hi</h1>"));

        // A hanging upgrade is released when the server stops.
        let mut held = TcpStream::connect(addr).expect("connect");
        held.write_all(
            b"GET /ws/hang HTTP/1.1\r\nHost: x\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n\r\n",
        )
        .expect("write");
        thread::sleep(Duration::from_millis(200));
        drop(server);
        held.set_read_timeout(Some(Duration::from_secs(3)))
            .expect("timeout");
        let mut rest = Vec::new();
        held.read_to_end(&mut rest)
            .expect("the server closes the held socket");
        assert!(rest.is_empty(), "no answer, just the end: {rest:?}");
        let _ = fs::remove_dir_all(&dir);
    }
}
