//! What the specifications say about every close code, as plain data.
//!
//! Three sources decide every fact in this module, and the tests at the bottom
//! check each rule against them for all 65,536 values:
//! - [RFC 6455 §7.4](https://www.rfc-editor.org/rfc/rfc6455#section-7.4): the
//!   ranges and the codes 1000–1011 and 1015;
//! - the [IANA WebSocket Close Code Number registry][iana]: 1012–1014 and the
//!   registered library codes 3000, 3003 and 3008;
//! - the [WHATWG WebSocket standard](https://websockets.spec.whatwg.org/#dom-websocket-close):
//!   which codes page JavaScript may pass to `WebSocket.close()`.
//!
//! Nothing here knows about the DOM or about languages; the localized text for
//! each code lives in [`crate::i18n`].
//!
//! [iana]: https://www.iana.org/assignments/websocket/websocket.xhtml#close-code-number

use serde::Serialize;

/// Where the text of RFC 6455 defines the codes 1000–1011 and 1015.
pub const RFC_DEFINED: &str = "https://www.rfc-editor.org/rfc/rfc6455#section-7.4.1";
/// Where RFC 6455 splits the code space into ranges.
pub const RFC_RANGES: &str = "https://www.rfc-editor.org/rfc/rfc6455#section-7.4.2";
/// The IANA registry, the authority for every code registered after the RFC.
pub const IANA_REGISTRY: &str =
    "https://www.iana.org/assignments/websocket/websocket.xhtml#close-code-number";

/// Which part of the code space a code belongs to.
///
/// Serialized in kebab-case, this is the `kind` field of the JS API.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Kind {
    /// 0–999 and 5000–65535: never valid as a close code.
    Invalid,
    /// A code the protocol itself defines (RFC 6455 or the IANA registry, 1000–2999).
    Standard,
    /// 1004: kept back by RFC 6455 for a meaning "defined in the future".
    Reserved,
    /// 1016–2999: held for future revisions of the protocol and its extensions.
    Unassigned,
    /// 3000–3999 with an IANA registration (3000, 3003, 3008).
    Registered,
    /// 3000–3999 without a registration: some library or framework's own code.
    Unregistered,
    /// 4000–4999: private use, its meaning is whatever the application says.
    Private,
}

impl Kind {
    /// The kind of any 16-bit code.
    pub const fn of(code: u16) -> Kind {
        match code {
            0..=999 | 5000..=u16::MAX => Kind::Invalid,
            1004 => Kind::Reserved,
            1000..=1015 => Kind::Standard,
            1016..=2999 => Kind::Unassigned,
            3000 | 3003 | 3008 => Kind::Registered,
            3000..=3999 => Kind::Unregistered,
            4000..=4999 => Kind::Private,
        }
    }

    /// The name used in the JS API and in CSS classes.
    pub const fn as_str(self) -> &'static str {
        match self {
            Kind::Invalid => "invalid",
            Kind::Standard => "standard",
            Kind::Reserved => "reserved",
            Kind::Unassigned => "unassigned",
            Kind::Registered => "registered",
            Kind::Unregistered => "unregistered",
            Kind::Private => "private",
        }
    }
}

/// Who puts a code into the `CloseEvent` that page JavaScript receives.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum ProducedBy {
    /// The other endpoint sent it in its Close frame.
    Peer,
    /// The browser reports it because no usable status arrived: 1005 (a
    /// Close frame without a code) and 1006 (no Close frame at all).
    Browser,
    /// 1015: RFC 6455 §7.4.1 designates it for non-browser applications to
    /// report a failed TLS handshake locally, and the WHATWG standard says
    /// user agents do not use it (they report such a failure as 1006). A page
    /// sees it only when a peer sends it against the RFC and the engine passes
    /// it through (see [`crate::engines`]).
    NonBrowser,
}

impl ProducedBy {
    pub const fn of(code: u16) -> ProducedBy {
        match code {
            1005 | 1006 => ProducedBy::Browser,
            1015 => ProducedBy::NonBrowser,
            _ => ProducedBy::Peer,
        }
    }

    pub const fn as_str(self) -> &'static str {
        match self {
            ProducedBy::Peer => "peer",
            ProducedBy::Browser => "browser",
            ProducedBy::NonBrowser => "non-browser",
        }
    }
}

/// What a client should do about reconnecting after a close with this code.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Reconnect {
    /// The close was deliberate and final: don't reconnect automatically.
    Never,
    /// A transient condition: reconnect, spacing attempts with exponential backoff.
    WithBackoff,
    /// Reconnecting repeats the failure until someone changes code, config or credentials.
    AfterFix,
    /// The code's meaning belongs to the application, and so does the decision.
    AppDefined,
    /// The server is overloaded: its registered definition (1013, see
    /// [`HYBI_1012_1014`]) asks clients to reconnect to the same server only
    /// upon user action, so nothing retries on its own.
    OnUserAction,
}

impl Reconnect {
    pub const ALL: [Reconnect; 5] = [
        Reconnect::Never,
        Reconnect::WithBackoff,
        Reconnect::AfterFix,
        Reconnect::AppDefined,
        Reconnect::OnUserAction,
    ];

    pub const fn as_str(self) -> &'static str {
        match self {
            Reconnect::Never => "never",
            Reconnect::WithBackoff => "with-backoff",
            Reconnect::AfterFix => "after-fix",
            Reconnect::AppDefined => "app-defined",
            Reconnect::OnUserAction => "on-user-action",
        }
    }
}

/// A code that the RFC or the IANA registry names, described in full.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Known {
    pub code: u16,
    /// The name exactly as the IANA registry spells it, which people search for.
    pub name: &'static str,
    pub reconnect: Reconnect,
    pub reference: &'static str,
}

const fn known(code: u16, name: &'static str, reconnect: Reconnect) -> Known {
    let reference = match code {
        1000..=1011 | 1015 => RFC_DEFINED,
        _ => IANA_REGISTRY,
    };
    Known {
        code,
        name,
        reconnect,
        reference,
    }
}

/// Every code with a full entry, in ascending order.
///
/// The localized text of each locale is indexed the same way, so the order
/// here is part of the catalog format (see [`crate::i18n::Catalog::codes`]).
pub const KNOWN: [Known; 19] = {
    use Reconnect::*;
    [
        known(1000, "Normal Closure", Never),
        known(1001, "Going Away", WithBackoff),
        known(1002, "Protocol error", AfterFix),
        known(1003, "Unsupported Data", AfterFix),
        known(1004, "Reserved", AfterFix),
        known(1005, "No Status Rcvd", AppDefined),
        known(1006, "Abnormal Closure", WithBackoff),
        known(1007, "Invalid frame payload data", AfterFix),
        known(1008, "Policy Violation", AfterFix),
        known(1009, "Message Too Big", AfterFix),
        known(1010, "Mandatory Ext.", AfterFix),
        known(1011, "Internal Error", WithBackoff),
        known(1012, "Service Restart", WithBackoff),
        known(1013, "Try Again Later", OnUserAction),
        known(1014, "Bad Gateway", WithBackoff),
        known(1015, "TLS handshake", AfterFix),
        known(3000, "Unauthorized", AfterFix),
        known(3003, "Forbidden", AfterFix),
        known(3008, "Timeout", WithBackoff),
    ]
};

/// The full entry of a code, if it has one.
pub fn lookup(code: u16) -> Option<(usize, &'static Known)> {
    KNOWN
        .binary_search_by_key(&code, |k| k.code)
        .ok()
        .map(|i| (i, &KNOWN[i]))
}

/// A close code from a JavaScript number: an integer in 0–65535, nothing else.
///
/// `CloseEvent.code` is an `unsigned short`, so anything else (NaN, a
/// fraction, a negative or larger number) cannot be a close code.
pub fn from_number(n: f64) -> Result<u16, NotACode> {
    // In range (so not NaN) and a whole number; `as` truncates any fraction.
    if (0.0..=65535.0).contains(&n) && f64::from(n as u16) == n {
        Ok(n as u16)
    } else {
        Err(NotACode)
    }
}

/// Why [`from_number`] refused a number. Callers add the value in their own
/// words; formatting the float here would cost the wasm Rust's float printer.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct NotACode;

impl core::fmt::Display for NotACode {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.write_str("code must be an integer from 0 to 65535")
    }
}

/// Whether an endpoint may put this code in a Close frame (RFC 6455 §7.4).
///
/// Excluded: the unused and invalid ranges, reserved 1004, the three codes the
/// RFC says MUST NOT be set in a Close frame (1005, 1006, 1015), and the
/// unassigned protocol range, which a compliant receiver treats as an error.
pub const fn sent_in_close_frame(code: u16) -> bool {
    matches!(code, 1000..=1003 | 1007..=1014 | 3000..=4999)
}

/// Whether page JavaScript may pass this code to `WebSocket.close(code)`.
///
/// The WHATWG standard throws an `InvalidAccessError` for anything but 1000
/// and 3000–4999, so a browser app can never send, say, 1001 or 1011 itself.
pub const fn close_allowed(code: u16) -> bool {
    matches!(code, 1000 | 3000..=4999)
}

/// Whether a `CloseEvent` with this code can be clean (`wasClean == true`).
///
/// Only 1006 never is, as long as the server follows RFC 6455: it means no
/// closing handshake happened (§7.1.5). Every other code arrives in, or
/// stands in for, a Close frame that was received; even 1015, which browsers
/// never report themselves, reaches a page clean when an engine passes a
/// peer's 1015 through. A server that breaks §7.4.1 and sends 1006 in its
/// Close frame gets a clean 1006 in Firefox: that is engine data
/// ([`crate::engines`], and `explain()`'s engine note), not this rule. The
/// test below checks the rule against the measured data.
pub const fn can_be_clean(code: u16) -> bool {
    code != 1006
}

/// The specification section that governs a code without a full entry.
pub const fn range_reference(code: u16) -> &'static str {
    match Kind::of(code) {
        Kind::Registered | Kind::Unregistered => IANA_REGISTRY,
        _ => RFC_RANGES,
    }
}

/// The English name of a code: the registered name, or its range's name.
pub fn name(code: u16) -> &'static str {
    match lookup(code) {
        Some((_, known)) => known.name,
        None => match Kind::of(code) {
            Kind::Invalid => "Invalid Code",
            Kind::Unassigned => "Unassigned",
            Kind::Unregistered => "Unregistered Library Code",
            Kind::Private => "Private Use",
            // Only 1004 is reserved and only 1000–1015 are standard: both have entries.
            Kind::Reserved | Kind::Standard | Kind::Registered => "Unassigned",
        },
    }
}

/// Reconnect advice for any code.
pub fn reconnect(code: u16) -> Reconnect {
    match lookup(code) {
        Some((_, known)) => known.reconnect,
        None => match Kind::of(code) {
            Kind::Unregistered | Kind::Private => Reconnect::AppDefined,
            _ => Reconnect::AfterFix,
        },
    }
}

/// A document a statement comes from: a specification, the registry, a
/// browser's measured behaviour, or a library's documentation or source file.
///
/// Serialized, this is an entry of `explain()`'s `sources`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
pub struct Source {
    /// What to call it in a link, the same in every language ("RFC 6455 §7.4.1").
    pub label: &'static str,
    pub url: &'static str,
}

/// A [`Source`] from a label and a URL.
const fn src(label: &'static str, url: &'static str) -> Source {
    Source { label, url }
}

/// Whether `url` shows a fixed text: true unless it is a GitHub `/blob/`
/// link at a moving branch (`main`, `master`, `HEAD`, `develop`, or a
/// maintenance branch like `jetty-12.0.x`) or at no ref at all. A source
/// shown to users must keep saying what wsclose quotes it for when the
/// branch moves on; a tag or a commit does.
#[cfg(test)]
pub(crate) fn is_pinned(url: &str) -> bool {
    if !url.starts_with("https://github.com/") {
        return true;
    }
    let Some((_, rest)) = url.split_once("/blob/") else {
        return true;
    };
    let reference = rest.split(['/', '#']).next().unwrap_or_default();
    !(reference.is_empty()
        || matches!(reference, "main" | "master" | "HEAD" | "develop")
        || reference.ends_with(".x"))
}

pub const RFC_7_4_1: Source = src("RFC 6455 §7.4.1", RFC_DEFINED);
pub const RFC_7_4_2: Source = src("RFC 6455 §7.4.2", RFC_RANGES);
pub const IANA: Source = src("IANA close code registry", IANA_REGISTRY);
pub const WHATWG_CLOSE: Source = src(
    "WHATWG WebSockets: close()",
    "https://websockets.spec.whatwg.org/#dom-websocket-close",
);
/// 1005 when a Close frame has no code, 1006 when none arrived.
pub const RFC_7_1_5: Source = src(
    "RFC 6455 §7.1.5",
    "https://www.rfc-editor.org/rfc/rfc6455#section-7.1.5",
);
/// A client fails the connection on an extension it did not ask for.
pub const RFC_4_1: Source = src(
    "RFC 6455 §4.1",
    "https://www.rfc-editor.org/rfc/rfc6455#section-4.1",
);
/// Masking rules, reserved bits and control frames (≤ 125 bytes, unfragmented).
pub const RFC_5: Source = src(
    "RFC 6455 §5",
    "https://www.rfc-editor.org/rfc/rfc6455#section-5",
);
/// Invalid UTF-8 in a text message fails the connection.
pub const RFC_8_1: Source = src(
    "RFC 6455 §8.1",
    "https://www.rfc-editor.org/rfc/rfc6455#section-8.1",
);
/// Every failure before or outside a closing handshake is 1006 for a page,
/// TLS failures included, and "the code 1015 is not used by the user agent".
pub const WHATWG_FEEDBACK: Source = src(
    "WHATWG WebSockets: feedback from the protocol",
    "https://websockets.spec.whatwg.org/#feedback-from-the-protocol",
);
/// A page that goes away closes its sockets with 1001.
pub const WHATWG_GC: Source = src(
    "WHATWG WebSockets: garbage collection (1001)",
    "https://websockets.spec.whatwg.org/#garbage-collection",
);
/// The definitions of 1012, 1013 and 1014 the IANA registry links to:
/// 1012 "reconnect using a randomized delay of 5 - 30s"; 1013 "reconnect to
/// the same IP upon user action" (or connect to a different IP).
pub const HYBI_1012_1014: Source = src(
    "hybi mailing list: 1012–1014 definitions",
    "https://www.ietf.org/mail-archive/web/hybi/current/msg09670.html",
);
/// React runs effects twice in development: a socket opened in an effect is
/// closed while still CONNECTING.
pub const REACT_STRICT_MODE: Source = src(
    "React: StrictMode",
    "https://react.dev/reference/react/StrictMode",
);
/// nginx closes a proxied WebSocket that is silent for 60 s (`proxy_read_timeout`).
pub const NGINX_WEBSOCKET: Source = src(
    "nginx: WebSocket proxying",
    "https://nginx.org/en/docs/http/websocket.html",
);
pub const ALB_IDLE_TIMEOUT: Source = src(
    "AWS ALB: connection idle timeout",
    "https://docs.aws.amazon.com/elasticloadbalancing/latest/application/edit-load-balancer-attributes.html#connection-idle-timeout",
);
pub const HEROKU_WEBSOCKETS: Source = src(
    "Heroku: WebSockets, timeouts",
    "https://devcenter.heroku.com/articles/websockets#timeouts",
);
/// Timers of a page hidden for 5 minutes run at most once a minute.
pub const CHROME_TIMER_THROTTLING: Source = src(
    "Chrome: intensive timer throttling",
    "https://developer.chrome.com/blog/timer-throttling-in-chrome-88",
);
/// Chrome may freeze a hidden page (its timers and callbacks stop) or discard
/// it (it is unloaded, its connections with it).
pub const CHROME_PAGE_LIFECYCLE: Source = src(
    "Chrome: Page Lifecycle API",
    "https://developer.chrome.com/docs/web-platform/page-lifecycle-api",
);
/// Python websockets: `max_size` defaults to 2**20 bytes.
pub const PY_WEBSOCKETS_SERVER: Source = src(
    "Python websockets: serve() (max_size)",
    "https://github.com/python-websockets/websockets/blob/17.0.1/src/websockets/asyncio/server.py#L517",
);
/// Python websockets: a missed keepalive pong closes with 1011 "keepalive ping timeout".
pub const PY_WEBSOCKETS_KEEPALIVE: Source = src(
    "Python websockets: keepalive (1011)",
    "https://github.com/python-websockets/websockets/blob/17.0.1/src/websockets/asyncio/connection.py#L839-L842",
);
/// Python websockets answers a disallowed Origin with HTTP 403.
pub const PY_WEBSOCKETS_ORIGIN: Source = src(
    "Python websockets: Origin check (403)",
    "https://github.com/python-websockets/websockets/blob/17.0.1/src/websockets/server.py#L150-L158",
);
/// ws: `maxPayload` defaults to 100 MiB.
pub const WS_DOC: Source = src(
    "ws: WebSocketServer options",
    "https://github.com/websockets/ws/blob/8.21.0/doc/ws.md#L94-L95",
);
/// ws: a handshake `verifyClient` refuses is answered with HTTP 401 (the
/// docs do not say which status; the source does).
pub const WS_SERVER: Source = src(
    "ws: websocket-server.js (verifyClient refusal, 401)",
    "https://github.com/websockets/ws/blob/8.21.0/lib/websocket-server.js#L353",
);
/// ws: a message over `maxPayload` closes with 1009.
pub const WS_RECEIVER: Source = src(
    "ws: receiver (1009)",
    "https://github.com/websockets/ws/blob/8.21.0/lib/receiver.js#L440-L446",
);
/// Socket.IO (Engine.IO): `maxHttpBufferSize` defaults to 1e6 bytes and is
/// passed to ws as `maxPayload`.
pub const ENGINE_IO_SERVER: Source = src(
    "Engine.IO server (maxHttpBufferSize)",
    "https://github.com/socketio/socket.io/blob/engine.io%406.6.9/packages/engine.io/lib/server.ts#L199",
);
/// Jetty: text and binary messages are limited to 64 KiB by default.
pub const JETTY_CONSTANTS: Source = src(
    "Jetty: WebSocketConstants",
    "https://github.com/jetty/jetty.project/blob/82618073d5e5ec8ddc0da2ad95a99bb9f61777c2/jetty-core/jetty-websocket/jetty-websocket-core-common/src/main/java/org/eclipse/jetty/websocket/core/WebSocketConstants.java#L25-L26",
);
/// uWebSockets: `maxPayloadLength` defaults to 16 KiB.
pub const UWS_APP: Source = src(
    "uWebSockets: App.h (maxPayloadLength)",
    "https://github.com/uNetworking/uWebSockets/blob/v20.79.0/src/App.h#L260",
);
/// uWebSockets: an oversized message is refused with `us_socket_close`, a
/// TCP close without a Close frame.
pub const UWS_CONTEXT: Source = src(
    "uWebSockets: WebSocketContext.h (forceClose)",
    "https://github.com/uNetworking/uWebSockets/blob/v20.79.0/src/WebSocketContext.h#L55-L56",
);
/// gorilla/websocket: the close codes it accepts from a peer (1014 is not among them).
pub const GORILLA_CONN: Source = src(
    "gorilla/websocket: conn.go (validReceivedCloseCodes)",
    "https://github.com/gorilla/websocket/blob/v1.5.3/conn.go#L204-L221",
);

/// Where the statements wsclose makes about `code` come from, the defining
/// document first, then every document its text relies on. Every link the
/// widget and the site show for a code is here.
pub fn sources(code: u16) -> &'static [Source] {
    match code {
        1000 => &[RFC_7_4_1, IANA, WHATWG_CLOSE, RFC_7_1_5],
        1001 => &[RFC_7_4_1, IANA, WHATWG_GC],
        1002 => &[RFC_7_4_1, IANA, RFC_5],
        1003 => &[RFC_7_4_1, IANA],
        1004 => &[RFC_7_4_1, IANA, GORILLA_CONN],
        1005 => &[RFC_7_4_1, IANA, RFC_7_1_5, WHATWG_CLOSE],
        1006 => &[
            RFC_7_4_1,
            IANA,
            RFC_7_1_5,
            WHATWG_FEEDBACK,
            WHATWG_CLOSE,
            REACT_STRICT_MODE,
            NGINX_WEBSOCKET,
            ALB_IDLE_TIMEOUT,
            HEROKU_WEBSOCKETS,
            UWS_CONTEXT,
        ],
        1007 => &[RFC_7_4_1, IANA, RFC_8_1],
        1008 => &[
            RFC_7_4_1,
            IANA,
            WHATWG_FEEDBACK,
            WS_SERVER,
            PY_WEBSOCKETS_ORIGIN,
        ],
        1009 => &[
            RFC_7_4_1,
            IANA,
            WS_DOC,
            WS_RECEIVER,
            ENGINE_IO_SERVER,
            PY_WEBSOCKETS_SERVER,
            JETTY_CONSTANTS,
            UWS_APP,
            UWS_CONTEXT,
        ],
        1010 => &[RFC_7_4_1, IANA, RFC_4_1, WHATWG_CLOSE],
        1011 => &[RFC_7_4_1, IANA, PY_WEBSOCKETS_KEEPALIVE],
        1012 | 1013 => &[IANA, HYBI_1012_1014],
        1014 => &[IANA, HYBI_1012_1014, GORILLA_CONN],
        1015 => &[RFC_7_4_1, IANA, WHATWG_FEEDBACK],
        3008 => &[IANA, CHROME_TIMER_THROTTLING, PY_WEBSOCKETS_KEEPALIVE],
        _ => match Kind::of(code) {
            // The range text says strict libraries reject these codes.
            Kind::Invalid | Kind::Unassigned => &[RFC_7_4_2, WHATWG_CLOSE, GORILLA_CONN],
            Kind::Registered | Kind::Unregistered => &[IANA, RFC_7_4_2, WHATWG_CLOSE],
            Kind::Private | Kind::Standard | Kind::Reserved => &[RFC_7_4_2, WHATWG_CLOSE],
        },
    }
}

/// Where to read more about any code.
pub fn reference(code: u16) -> &'static str {
    lookup(code).map_or_else(|| range_reference(code), |(_, known)| known.reference)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::prelude::*;

    fn all_codes() -> impl Iterator<Item = u16> {
        0..=u16::MAX
    }

    #[test]
    fn is_pinned_refuses_moving_branches_and_accepts_tags_and_commits() {
        for moving in [
            "https://github.com/gorilla/websocket/blob/main/conn.go",
            "https://github.com/websockets/ws/blob/master/lib/receiver.js",
            "https://github.com/o/r/blob/HEAD/a.c",
            "https://github.com/o/r/blob/develop/a.c",
            "https://github.com/jetty/jetty.project/blob/jetty-12.0.x/a/B.java",
            "https://github.com/o/r/blob//a.c",
        ] {
            assert!(!is_pinned(moving), "{moving}");
        }
        for fixed in [
            "https://github.com/gorilla/websocket/blob/v1.5.3/conn.go#L204-L221",
            "https://github.com/socketio/socket.io/blob/engine.io%406.6.9/packages/engine.io/lib/server.ts",
            "https://github.com/jetty/jetty.project/blob/82618073d5e5ec8ddc0da2ad95a99bb9f61777c2/a/B.java",
            "https://www.rfc-editor.org/rfc/rfc6455#section-7.4.1",
        ] {
            assert!(is_pinned(fixed), "{fixed}");
        }
    }

    #[test]
    fn source_files_are_cited_at_a_tag_or_commit_not_a_moving_branch() {
        for code in all_codes() {
            for source in sources(code) {
                assert!(is_pinned(source.url), "{code}: {}", source.url);
            }
        }
    }

    #[test]
    fn known_codes_are_sorted_and_unique_so_binary_search_finds_them() {
        assert!(KNOWN.windows(2).all(|w| w[0].code < w[1].code));
        for known in &KNOWN {
            assert_eq!(lookup(known.code).map(|(_, k)| k), Some(known));
        }
    }

    #[test]
    fn ranges_follow_rfc_6455_section_7_4_2() {
        for code in all_codes() {
            let kind = Kind::of(code);
            match code {
                0..=999 => assert_eq!(kind, Kind::Invalid, "{code}"),
                1000..=2999 => assert!(
                    matches!(kind, Kind::Standard | Kind::Reserved | Kind::Unassigned),
                    "{code}"
                ),
                3000..=3999 => assert!(
                    matches!(kind, Kind::Registered | Kind::Unregistered),
                    "{code}"
                ),
                4000..=4999 => assert_eq!(kind, Kind::Private, "{code}"),
                _ => assert_eq!(kind, Kind::Invalid, "{code}"),
            }
        }
    }

    #[test]
    fn iana_registry_names_and_assignments() {
        let registry: &[(u16, &str)] = &[
            (1000, "Normal Closure"),
            (1001, "Going Away"),
            (1002, "Protocol error"),
            (1003, "Unsupported Data"),
            (1004, "Reserved"),
            (1005, "No Status Rcvd"),
            (1006, "Abnormal Closure"),
            (1007, "Invalid frame payload data"),
            (1008, "Policy Violation"),
            (1009, "Message Too Big"),
            (1010, "Mandatory Ext."),
            (1011, "Internal Error"),
            (1012, "Service Restart"),
            (1013, "Try Again Later"),
            (1014, "Bad Gateway"),
            (1015, "TLS handshake"),
            (3000, "Unauthorized"),
            (3003, "Forbidden"),
            (3008, "Timeout"),
        ];
        for code in all_codes() {
            let expected = registry.iter().find(|(c, _)| *c == code);
            assert_eq!(
                lookup(code).map(|(_, k)| (k.code, k.name)),
                expected.copied()
            );
        }
        assert_eq!(Kind::of(1004), Kind::Reserved);
        for code in [3000, 3003, 3008] {
            assert_eq!(Kind::of(code), Kind::Registered);
        }
        assert_eq!(Kind::of(3001), Kind::Unregistered);
        assert_eq!(Kind::of(1016), Kind::Unassigned);
    }

    #[test]
    fn codes_that_must_never_travel_in_a_close_frame() {
        // RFC 6455 §7.4.1: 1005, 1006 and 1015 "MUST NOT be set as a status code
        // in a Close control frame by an endpoint".
        for code in [1005, 1006, 1015] {
            assert!(!sent_in_close_frame(code));
            assert_ne!(ProducedBy::of(code), ProducedBy::Peer);
        }
        // WHATWG: "the code 1015 is not used by the user agent".
        assert_eq!(ProducedBy::of(1015), ProducedBy::NonBrowser);
        for code in all_codes() {
            let allowed_on_wire = matches!(Kind::of(code), Kind::Standard)
                && !matches!(code, 1005 | 1006 | 1015)
                || matches!(
                    Kind::of(code),
                    Kind::Registered | Kind::Unregistered | Kind::Private
                );
            assert_eq!(sent_in_close_frame(code), allowed_on_wire, "{code}");
            if ProducedBy::of(code) != ProducedBy::Peer {
                assert!(!sent_in_close_frame(code), "{code}");
            }
        }
    }

    #[test]
    fn page_javascript_may_close_with_1000_or_3000_to_4999_only() {
        for code in all_codes() {
            let whatwg = code == 1000 || (3000..=4999).contains(&code);
            assert_eq!(close_allowed(code), whatwg, "{code}");
        }
    }

    #[test]
    fn every_code_has_a_name_reconnect_advice_and_an_https_reference() {
        for code in all_codes() {
            assert!(!name(code).is_empty());
            assert!(reference(code).starts_with("https://"));
            let advice = reconnect(code);
            if !sent_in_close_frame(code) && ProducedBy::of(code) == ProducedBy::Peer {
                // A peer that sends a forbidden code is broken: retrying changes nothing.
                assert_eq!(advice, Reconnect::AfterFix, "{code}");
            }
        }
        assert_eq!(reconnect(4001), Reconnect::AppDefined);
        assert_eq!(reconnect(3500), Reconnect::AppDefined);
    }

    #[test]
    fn every_code_names_its_defining_document_first() {
        for code in all_codes() {
            let sources = sources(code);
            assert_eq!(
                sources.first().map(|s| s.url),
                Some(reference(code)),
                "{code}"
            );
            assert!(sources.iter().all(|s| s.url.starts_with("https://")));
        }
    }

    #[test]
    fn only_integers_in_the_u16_range_are_codes() {
        assert_eq!(from_number(1000.0), Ok(1000));
        assert_eq!(from_number(0.0), Ok(0));
        assert_eq!(from_number(65535.0), Ok(65535));
        for bad in [f64::NAN, f64::INFINITY, -1.0, 1000.5, 65536.0, -0.5] {
            let message = from_number(bad).unwrap_err().to_string();
            assert!(message.contains("0 to 65535"), "{message}");
        }
    }

    #[test]
    fn only_codes_backed_by_a_received_close_frame_can_be_clean() {
        assert!(!can_be_clean(1006));
        assert!(can_be_clean(1015));
        assert!(can_be_clean(1005));
        assert!(can_be_clean(1000));
        // The measured data agrees: no engine shows a clean 1006, and every
        // clean close it shows carries a code that can be clean.
        use crate::engines::{seen, Engine, Situation, SITUATIONS};
        // (Only a server that sends a code no endpoint may send is exempt.)
        let compliant = |situation: &Situation| match situation {
            Situation::ServerCloses(code) => sent_in_close_frame(*code),
            _ => true,
        };
        for situation in SITUATIONS.iter().filter(|s| compliant(s)) {
            for engine in Engine::ALL {
                if let Some(s) = seen(*situation, engine) {
                    assert!(
                        !s.was_clean || can_be_clean(s.code),
                        "{situation:?} in {engine:?}"
                    );
                }
            }
        }
    }

    #[test]
    fn every_code_the_text_relies_on_names_its_sources_once() {
        for code in all_codes().step_by(13).chain(KNOWN.iter().map(|k| k.code)) {
            let list = sources(code);
            for (i, s) in list.iter().enumerate() {
                assert!(!list[i + 1..].contains(s), "{code}: {} twice", s.label);
            }
        }
        let urls = |code| sources(code).iter().map(|s| s.url).collect::<Vec<_>>();
        assert!(urls(1012).contains(&HYBI_1012_1014.url));
        assert!(urls(1009).contains(&UWS_APP.url));
        assert!(urls(1015).contains(&WHATWG_FEEDBACK.url));
    }
}
