//! The facts suite: every [`engines::SITUATIONS`] entry produced for real
//! with the dev server in each browser engine, and compared with
//! [`engines::seen`].
//!
//! The page (`tests/facts/`) is plain JavaScript: it opens one socket per
//! situation, does what the situation says (nothing, `close()`, `send()`,
//! ...), and records the `CloseEvent`'s fields and whether `open` and
//! `error` fired. A situation with no `close` within [`engines::WAIT_MS`] is
//! recorded as none, as the table's `None` says.
//!
//! Situations run all at once, so an engine takes seconds, not minutes.
//! RFC 6455 §4.1 (step 2) has a browser connect only one socket at a time to
//! a host and port, so the sockets queue for their handshakes: a socket
//! that opens gets [`WAIT_MS`] from `open`, and one that does not gets
//! [`CONNECT_MS`] from its constructor, time to wait its turn. A situation
//! where the data expects a socket to stay CONNECTING would hold up every
//! socket behind it, so those run on their own afterwards, with [`WAIT_MS`]
//! from the constructor: nothing queues ahead of them.

use std::fmt::Write as _;
use std::net::SocketAddr;
use std::path::Path;
use std::thread;
use std::time::{Duration, Instant};

use serde_json::{json, Value};

use crate::engines::{self, Engine, Seen, Situation, REASON, SITUATIONS, WAIT_MS};
use crate::webdriver::WebDriver;
use crate::Result;

/// The `/ws/limit/N` size the over-limit situation uses; the page sends one
/// byte more.
const LIMIT_BYTES: usize = 1024;

/// How long a socket of the parallel batch may take to open or fail.
const CONNECT_MS: u32 = 6 * WAIT_MS;

/// The subprotocol the page asks for when the server agrees to none.
const SUBPROTOCOL: &str = "wsclose.facts";

/// README markers around the generated table.
pub const BEGIN: &str = "<!-- facts:begin -->";
pub const END: &str = "<!-- facts:end -->";

/// What a page saw, as measured (the reason is whatever arrived).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Observed {
    pub code: u16,
    pub was_clean: bool,
    pub reason: String,
    pub opened: bool,
    pub error: bool,
}

impl From<Seen> for Observed {
    fn from(seen: Seen) -> Observed {
        Observed {
            code: seen.code,
            was_clean: seen.was_clean,
            reason: seen.reason.to_string(),
            opened: seen.opened,
            error: seen.error,
        }
    }
}

/// How one situation ended for the page within [`WAIT_MS`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Outcome {
    /// A `close` event came.
    Closed(Observed),
    /// No `close` came; `opened` says whether `open` fired meanwhile.
    NoClose { opened: bool },
}

impl Outcome {
    /// What `crates/core/src/engines.rs` says `engine` shows the page in `situation`.
    pub fn expected(situation: Situation, engine: Engine) -> Outcome {
        match engines::seen(situation, engine) {
            Some(seen) => Outcome::Closed(seen.into()),
            None => Outcome::NoClose {
                opened: engines::opens_without_close(situation, engine),
            },
        }
    }
}

/// One engine's measurements, in [`SITUATIONS`] order.
#[derive(Clone, Debug)]
pub struct EngineFacts {
    pub engine: Engine,
    /// `browserVersion` as the WebDriver session reported it.
    pub version: String,
    pub observed: Vec<(Situation, Outcome)>,
}

/// The situation in words, for the README table and failure messages.
pub fn label(situation: Situation) -> String {
    use Situation::*;
    match situation {
        ServerCloses(code) => format!("server closes with {code}"),
        ServerClosesEmpty => "server sends an empty Close frame".into(),
        TcpDrop => "server drops TCP, no Close frame".into(),
        InvalidUtf8 => "server sends invalid UTF-8 text".into(),
        OverServerLimit => "page sends a message over the server's limit (1009)".into(),
        PageClose => "page calls `close()`".into(),
        PageCloseWith(code) => format!("page calls `close({code}, reason)`"),
        PageCloseWhileConnecting => "page calls `close()` while CONNECTING".into(),
        HandshakeRefused(status) => format!("server refuses the upgrade with HTTP {status}"),
        NoAgreedSubprotocol => "101 without the requested subprotocol".into(),
        HandshakeNeverAnswered => "server never answers the upgrade".into(),
    }
}

/// Percent-encodes a query value (unreserved characters stay as they are).
fn encode(text: &str) -> String {
    text.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'~' => {
                (b as char).to_string()
            }
            _ => format!("%{b:02X}"),
        })
        .collect()
}

/// How the facts page produces `situation` against the dev server.
pub fn spec(key: usize, situation: Situation) -> Value {
    use Situation::*;
    let reason = encode(REASON);
    match situation {
        ServerCloses(code) => {
            json!({"key": key, "path": format!("/ws/close/{code}?reason={reason}")})
        }
        ServerClosesEmpty => json!({"key": key, "path": "/ws/no-status"}),
        // The failure comes once the page has sent a message, so after
        // `open`: right after the 101, Firefox sometimes skips `open`.
        TcpDrop => json!({
            "key": key,
            "path": "/ws/drop?after=message",
            "action": "send",
            "bytes": 1,
        }),
        InvalidUtf8 => json!({
            "key": key,
            "path": "/ws/invalid-utf8?after=message",
            "action": "send",
            "bytes": 1,
        }),
        OverServerLimit => json!({
            "key": key,
            "path": format!("/ws/limit/{LIMIT_BYTES}?reason={reason}"),
            "action": "send",
            "bytes": LIMIT_BYTES + 1,
        }),
        PageClose => json!({"key": key, "path": "/ws/echo", "action": "close"}),
        PageCloseWith(code) => json!({
            "key": key,
            "path": "/ws/echo",
            "action": "closeWith",
            "code": code,
            "reason": REASON,
        }),
        PageCloseWhileConnecting => {
            json!({"key": key, "path": "/ws/echo", "action": "closeWhileConnecting"})
        }
        HandshakeRefused(status) => json!({"key": key, "path": format!("/ws/reject/{status}")}),
        NoAgreedSubprotocol => {
            json!({"key": key, "path": "/ws/no-subprotocol", "protocols": [SUBPROTOCOL]})
        }
        HandshakeNeverAnswered => json!({"key": key, "path": "/ws/hang"}),
    }
}

/// Whether `situation` must run alone in `engine`: the data expects its
/// socket to stay CONNECTING (see the module docs).
fn runs_alone(situation: Situation, engine: Engine) -> bool {
    Outcome::expected(situation, engine) == Outcome::NoClose { opened: false }
}

/// Parses one page result; an error when the page threw where it should not
/// have or sent something malformed.
fn parse_result(value: &Value) -> Result<Outcome> {
    if let Some(threw) = value["threw"].as_str() {
        return Err(format!("the page's WebSocket call threw: {threw}").into());
    }
    let field = |name: &str| format!("malformed result, no {name}: {value}");
    let close = &value["close"];
    if close.is_null() {
        let opened = value["opened"].as_bool().ok_or_else(|| field("opened"))?;
        return Ok(Outcome::NoClose { opened });
    }
    Ok(Outcome::Closed(Observed {
        code: close["code"]
            .as_u64()
            .and_then(|c| u16::try_from(c).ok())
            .ok_or_else(|| field("code"))?,
        was_clean: close["wasClean"]
            .as_bool()
            .ok_or_else(|| field("wasClean"))?,
        reason: close["reason"]
            .as_str()
            .ok_or_else(|| field("reason"))?
            .to_string(),
        opened: value["opened"].as_bool().ok_or_else(|| field("opened"))?,
        error: value["error"].as_bool().ok_or_else(|| field("error"))?,
    }))
}

/// Runs `specs` at once on the open facts page and returns the raw results;
/// a socket that does not open gets `connect_ms`.
fn run_batch(wd: &WebDriver, specs: &[Value], connect_ms: u32) -> Result<Vec<Value>> {
    wd.execute(
        "return window.wscloseFacts.start(arguments[0], arguments[1], arguments[2]);",
        vec![json!(specs), json!(WAIT_MS), json!(connect_ms)],
    )?;
    let limit = u64::from(connect_ms.max(WAIT_MS) + WAIT_MS) + 10_000;
    let deadline = Instant::now() + Duration::from_millis(limit);
    loop {
        let value = wd.execute("return window.__wscloseFacts ?? null;", vec![])?;
        if let Some(error) = value["error"].as_str() {
            return Err(format!("the facts page failed: {error}").into());
        }
        if let Some(results) = value["results"].as_array() {
            return Ok(results.clone());
        }
        if Instant::now() > deadline {
            return Err("the facts page published no results in time".into());
        }
        thread::sleep(Duration::from_millis(100));
    }
}

/// Measures every situation in `engine`, with the server at `addr` serving
/// `tests/facts/` and the `/ws/` routes.
pub fn measure(repo: &Path, engine: Engine, addr: SocketAddr) -> Result<EngineFacts> {
    let started = Instant::now();
    let wd = WebDriver::start(engine, &repo.join("webdriver.json"))?;
    let mut timing = format!("session {:.1} s", started.elapsed().as_secs_f64());
    // From http://127.0.0.1, not about:blank: Chromium refuses ws:// there.
    wd.navigate(&format!("http://{addr}/tests/facts/"))?;
    let mut observed: Vec<Option<Outcome>> = vec![None; SITUATIONS.len()];
    let (alone, together): (Vec<_>, Vec<_>) = SITUATIONS
        .iter()
        .enumerate()
        .partition(|(_, s)| runs_alone(**s, engine));
    let batches = [(together, CONNECT_MS), (alone, WAIT_MS)];
    for (batch, connect_ms) in batches.iter().filter(|(b, _)| !b.is_empty()) {
        let specs: Vec<Value> = batch.iter().map(|(i, s)| spec(*i, **s)).collect();
        let batch_started = Instant::now();
        let results = run_batch(&wd, &specs, *connect_ms)?;
        let _ = write!(
            timing,
            ", {} at once {:.1} s",
            specs.len(),
            batch_started.elapsed().as_secs_f64()
        );
        for result in results {
            let key = result["key"]
                .as_u64()
                .and_then(|k| usize::try_from(k).ok())
                .filter(|k| *k < SITUATIONS.len())
                .ok_or_else(|| format!("result without a valid key: {result}"))?;
            let parsed = parse_result(&result)
                .map_err(|e| format!("{engine:?}, {}: {e}", label(SITUATIONS[key])))?;
            if std::env::var_os("WSCLOSE_FACTS_DEBUG").is_some() {
                println!(
                    "facts debug: {engine:?} {}: {result}",
                    label(SITUATIONS[key])
                );
            }
            observed[key] = Some(parsed);
        }
    }
    println!("facts ({}): {timing}", engine.name());
    let observed = SITUATIONS
        .iter()
        .zip(observed)
        .map(|(s, o)| {
            o.map(|o| (*s, o))
                .ok_or_else(|| format!("{engine:?}: no result for {}", label(*s)).into())
        })
        .collect::<Result<Vec<_>>>()?;
    Ok(EngineFacts {
        engine,
        version: wd.browser_version().to_string(),
        observed,
    })
}

/// `crates/core/src/engines.rs` as JSON for the e2e pages, which learn their engine
/// from `?engine=` (see `tests/e2e/support/engines.js`), so a page can
/// expect what its browser really shows instead of restating a fact:
/// `{"chromium": {"ServerCloses(1012)": {code, wasClean, ...} | null, ...}, ...}`.
pub fn engines_json() -> Result<String> {
    let mut all = serde_json::Map::new();
    for engine in Engine::ALL {
        let table: serde_json::Map<String, Value> = SITUATIONS
            .iter()
            .map(|s| {
                let seen = serde_json::to_value(engines::seen(*s, engine))?;
                Ok((format!("{s:?}"), seen))
            })
            .collect::<std::result::Result<_, serde_json::Error>>()?;
        all.insert(engine.name().to_lowercase(), Value::Object(table));
    }
    Ok(Value::Object(all).to_string())
}

/// Every disagreement between what `facts` measured and `crates/core/src/engines.rs`.
pub fn mismatches(facts: &EngineFacts) -> Vec<String> {
    facts
        .observed
        .iter()
        .filter_map(|(situation, actual)| {
            let expected = Outcome::expected(*situation, facts.engine);
            (expected != *actual).then(|| {
                format!(
                    "{} {}, {}: crates/core/src/engines.rs says {}, the page saw {}",
                    facts.engine.name(),
                    facts.version,
                    label(*situation),
                    describe(&expected),
                    describe(actual),
                )
            })
        })
        .collect()
}

/// Every field, for failure messages.
fn describe(outcome: &Outcome) -> String {
    match outcome {
        Outcome::NoClose { opened } => format!("no close within {WAIT_MS} ms (open: {opened})"),
        Outcome::Closed(o) => format!(
            "{{code: {}, wasClean: {}, reason: {:?}, open: {}, error: {}}}",
            o.code, o.was_clean, o.reason, o.opened, o.error
        ),
    }
}

/// One table cell: the code, then what else the page saw.
pub fn cell(outcome: &Outcome) -> String {
    let o = match outcome {
        Outcome::Closed(o) => o,
        Outcome::NoClose { opened: true } => {
            return format!("open, no close in {} s", WAIT_MS / 1000)
        }
        Outcome::NoClose { opened: false } => {
            return format!("never open, no close in {} s", WAIT_MS / 1000)
        }
    };
    let mut out = o.code.to_string();
    out.push_str(if o.was_clean { " clean" } else { " unclean" });
    if !o.reason.is_empty() {
        if o.reason == REASON {
            out.push_str(" +reason");
        } else {
            let _ = write!(out, " reason {:?}", o.reason);
        }
    }
    if !o.opened {
        out.push_str(", never open");
    }
    if o.error {
        out.push_str(", error");
    }
    out
}

/// A browser's name with its version, for the table header.
fn heading(engine: Engine, version: &str) -> String {
    match engine {
        Engine::WebKit => format!("WebKitGTK {version}"),
        _ => format!("{} {version}", engine.name()),
    }
}

/// The README table: one row per situation, one column per engine.
pub fn table(all: &[EngineFacts]) -> String {
    let mut out = String::from("| Situation |");
    for f in all {
        let _ = write!(out, " {} |", heading(f.engine, &f.version));
    }
    out.push_str("\n|---|");
    for _ in all {
        out.push_str("---|");
    }
    out.push('\n');
    for (row, situation) in SITUATIONS.iter().enumerate() {
        let _ = write!(out, "| {} |", label(*situation));
        for f in all {
            let text = f.observed.get(row).map_or(String::new(), |(_, o)| cell(o));
            let _ = write!(out, " {text} |");
        }
        out.push('\n');
    }
    out
}

/// Where the table sits in `readme`: the byte range between the markers.
fn table_span(readme: &str) -> Result<std::ops::Range<usize>> {
    let begin = readme
        .find(BEGIN)
        .ok_or_else(|| format!("README.md has no {BEGIN} marker"))?
        + BEGIN.len();
    let end = readme[begin..]
        .find(END)
        .ok_or_else(|| format!("README.md has no {END} marker after {BEGIN}"))?
        + begin;
    Ok(begin..end)
}

/// The table between the markers in `readme`.
pub fn table_in(readme: &str) -> Result<&str> {
    Ok(&readme[table_span(readme)?])
}

/// The README with `table` between the markers; an error when the markers
/// are missing or out of order.
pub fn with_table(readme: &str, table: &str) -> Result<String> {
    let span = table_span(readme)?;
    Ok(format!(
        "{}\n{table}{}",
        &readme[..span.start],
        &readme[span.end..]
    ))
}

/// A table's rows without its header, to tell a stale table from a browser
/// update that changed nothing but a version number.
pub fn rows(table: &str) -> Vec<&str> {
    table
        .lines()
        .filter(|l| l.starts_with('|'))
        .skip(2)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn expected(engine: Engine, version: &str) -> EngineFacts {
        EngineFacts {
            engine,
            version: version.into(),
            observed: SITUATIONS
                .iter()
                .map(|s| (*s, Outcome::expected(*s, engine)))
                .collect(),
        }
    }

    #[test]
    fn every_situation_has_a_spec_with_a_route_the_server_knows() {
        for (i, s) in SITUATIONS.iter().enumerate() {
            let spec = spec(i, *s);
            assert_eq!(spec["key"], i);
            let path = spec["path"].as_str().expect("path");
            assert!(
                crate::server::parse_ws_route(path).is_some(),
                "{s:?}: {path} is not a dev-server route"
            );
        }
        assert_eq!(encode(REASON), "wsclose%20facts");
    }

    #[test]
    fn the_data_agrees_with_itself_and_a_difference_is_named() {
        let mut facts = expected(Engine::Firefox, "153.0esr");
        assert!(mismatches(&facts).is_empty());
        facts.observed[0].1 = Outcome::NoClose { opened: true };
        let found = mismatches(&facts);
        assert_eq!(found.len(), 1);
        assert!(
            found[0].starts_with(
                "Firefox 153.0esr, server closes with 1000: crates/core/src/engines.rs says {code: 1000"
            ),
            "{}",
            found[0]
        );
        assert!(
            found[0].ends_with("the page saw no close within 5000 ms (open: true)"),
            "{}",
            found[0]
        );
    }

    #[test]
    fn serves_the_table_as_json() {
        let json: Value = serde_json::from_str(&engines_json().expect("json")).expect("valid");
        assert_eq!(json["webkit"]["ServerCloses(1012)"]["code"], 1006);
        assert_eq!(json["chromium"]["ServerCloses(1012)"]["wasClean"], true);
        assert!(json["firefox"]["HandshakeNeverAnswered"].is_null());
    }

    #[test]
    fn parses_page_results() {
        let v = json!({"key": 0, "opened": true, "error": false, "threw": null,
                       "close": {"code": 1000, "wasClean": true, "reason": REASON}});
        assert_eq!(
            parse_result(&v).expect("valid"),
            Outcome::Closed(Observed::from(Seen {
                code: 1000,
                was_clean: true,
                reason: REASON,
                opened: true,
                error: false
            }))
        );
        let none = json!({"key": 0, "opened": true, "error": false, "close": null});
        assert_eq!(
            parse_result(&none).expect("valid"),
            Outcome::NoClose { opened: true }
        );
        assert!(parse_result(&json!({"threw": "SyntaxError"})).is_err());
        assert!(parse_result(&json!({"close": {"code": "x"}})).is_err());
    }

    #[test]
    fn cells_say_every_field() {
        let seen = |code, was_clean, reason: &str, opened, error| {
            Outcome::Closed(Observed {
                code,
                was_clean,
                reason: reason.into(),
                opened,
                error,
            })
        };
        assert_eq!(
            cell(&seen(1000, true, REASON, true, false)),
            "1000 clean +reason"
        );
        assert_eq!(
            cell(&seen(1006, false, "", false, true)),
            "1006 unclean, never open, error"
        );
        assert_eq!(
            cell(&seen(1002, true, "odd", true, false)),
            "1002 clean reason \"odd\""
        );
        assert_eq!(
            cell(&Outcome::NoClose { opened: false }),
            "never open, no close in 5 s"
        );
        assert_eq!(
            cell(&Outcome::NoClose { opened: true }),
            "open, no close in 5 s"
        );
    }

    #[test]
    fn the_readme_table_is_what_src_engines_rs_says() {
        let all: Vec<EngineFacts> = Engine::ALL.iter().map(|e| expected(*e, "x")).collect();
        let table = table(&all);
        assert_eq!(rows(&table).len(), SITUATIONS.len());
        let readme =
            std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("../README.md"))
                .expect("README.md");
        assert_eq!(
            rows(table_in(&readme).expect("markers")),
            rows(&table),
            "README's facts table is stale: run `cargo xtask facts`"
        );
        let replaced = with_table(&format!("a\n{BEGIN}\nold\n{END}\nb"), &table).expect("markers");
        assert!(replaced.starts_with(&format!("a\n{BEGIN}\n| Situation |")));
        assert!(replaced.ends_with(&format!("|\n{END}\nb")));
        assert!(with_table("no markers", &table).is_err());
    }
}
