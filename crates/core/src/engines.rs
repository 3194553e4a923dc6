//! What each browser engine hands page JavaScript, situation by situation.
//!
//! RFC 6455 and the WHATWG standard say what *should* reach a page; engines
//! do not always agree with them or with each other (a server's 1015 reaches
//! a Firefox page as 1015 and a Chromium page as 1006). So this is measured
//! data, not reasoning: `cargo xtask test` produces every [`Situation`] for
//! real with the dev server in Chromium, Firefox ESR and WebKitGTK and fails,
//! naming the engine, the situation and both values, when an engine shows the
//! page anything other than [`seen`] says.
//!
//! Pure data: no DOM, no language. The sentences that describe a difference
//! live in [`crate::i18n`]; the README and the site show this table.
//!
//! The WebKit column is WebKitGTK (MiniBrowser), whose WebSocket runs on
//! libsoup; Safari's network stack is a different implementation, so a
//! WebKit fact here is a WebKitGTK fact until measured in Safari.
//!
//! `xtask` compiles this file as a module of its own (to read the table
//! without building the whole library): keep it free of `crate::` imports.

use serde::Serialize;

/// A browser engine the facts are measured in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Engine {
    /// Chrome, Edge, Opera and every other Blink browser.
    Chromium,
    /// Firefox (Gecko).
    Firefox,
    /// Safari and every browser on iOS; measured as WebKitGTK (module docs).
    WebKit,
}

impl Engine {
    pub const ALL: [Engine; 3] = [Engine::Chromium, Engine::Firefox, Engine::WebKit];

    /// The engine's name, the same in every language.
    pub const fn name(self) -> &'static str {
        match self {
            Engine::Chromium => "Chromium",
            Engine::Firefox => "Firefox",
            Engine::WebKit => "WebKit",
        }
    }
}

/// The reason string the facts suite puts in every Close frame it sends, so
/// the table can say whether a reason survives.
pub const REASON: &str = "wsclose facts";

/// One way a WebSocket connection ends, as the facts suite produces it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Situation {
    /// The server sends a Close frame with this code and [`REASON`].
    ServerCloses(u16),
    /// The server sends a Close frame with no body (no code, no reason).
    ServerClosesEmpty,
    /// The server drops the TCP connection without a Close frame.
    TcpDrop,
    /// The server sends a text message that is not valid UTF-8.
    InvalidUtf8,
    /// The page sends a message over the server's real size limit.
    OverServerLimit,
    /// The page calls `close()` with no argument; the server echoes the Close frame.
    PageClose,
    /// The page calls `close(code, REASON)`; the server echoes the Close frame.
    PageCloseWith(u16),
    /// The page calls `close()` while the socket is still CONNECTING.
    PageCloseWhileConnecting,
    /// The server answers the upgrade request with this HTTP status.
    HandshakeRefused(u16),
    /// The page asks for a subprotocol and the server's 101 agrees to none.
    NoAgreedSubprotocol,
    /// The server accepts the TCP connection and never answers the upgrade.
    HandshakeNeverAnswered,
}

/// Every situation the suite produces, in the order the README's table lists them.
pub const SITUATIONS: &[Situation] = {
    use Situation::*;
    &[
        ServerCloses(1000),
        ServerCloses(1001),
        ServerCloses(1002),
        ServerCloses(1003),
        ServerCloses(1007),
        ServerCloses(1008),
        ServerCloses(1009),
        ServerCloses(1010),
        ServerCloses(1011),
        ServerCloses(1012),
        ServerCloses(1013),
        ServerCloses(1014),
        ServerCloses(3000),
        ServerCloses(3003),
        ServerCloses(3008),
        ServerCloses(4000),
        ServerCloses(4999),
        ServerCloses(999),
        ServerCloses(1004),
        ServerCloses(1005),
        ServerCloses(1006),
        ServerCloses(1015),
        ServerCloses(1016),
        ServerCloses(2999),
        ServerCloses(5000),
        ServerCloses(65535),
        ServerClosesEmpty,
        TcpDrop,
        InvalidUtf8,
        OverServerLimit,
        PageClose,
        PageCloseWith(1000),
        PageCloseWith(4000),
        PageCloseWhileConnecting,
        HandshakeRefused(401),
        HandshakeRefused(403),
        HandshakeRefused(404),
        NoAgreedSubprotocol,
        HandshakeNeverAnswered,
    ]
};

/// What the page saw: the `CloseEvent`'s fields and which events fired before it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Seen {
    pub code: u16,
    pub was_clean: bool,
    /// `CloseEvent.reason`: [`REASON`] when the sent reason arrived, else "".
    pub reason: &'static str,
    /// Whether `open` fired.
    pub opened: bool,
    /// Whether `error` fired before `close`.
    pub error: bool,
}

/// How long the suite waits for a `close` before it records that none came:
/// from `open` for a socket that opens, from the constructor for one that
/// stays CONNECTING (the suite runs those alone, so none waits its turn).
pub const WAIT_MS: u32 = 5000;

/// A clean close that carries `code` and the sent reason, after `open`.
const fn clean(code: u16) -> Seen {
    Seen {
        code,
        was_clean: true,
        reason: REASON,
        opened: true,
        error: false,
    }
}

/// A clean close without a status code: 1005, no reason.
const NO_STATUS: Seen = Seen {
    code: 1005,
    was_clean: true,
    reason: "",
    opened: true,
    error: false,
};

/// The connection failed after `open`: `error`, then 1006, not clean.
const FAILED: Seen = Seen {
    code: 1006,
    was_clean: false,
    reason: "",
    opened: true,
    error: true,
};

/// The connection ended without a Close frame and without an `error` event.
const DROPPED: Seen = Seen {
    error: false,
    ..FAILED
};

/// The connection failed before `open`: `error`, then 1006.
const NEVER_OPENED: Seen = Seen {
    opened: false,
    ..FAILED
};

/// What `engine` shows the page in `situation`, or `None` when no `close`
/// arrives within [`WAIT_MS`] (the page waits until its own timeout).
pub const fn seen(situation: Situation, engine: Engine) -> Option<Seen> {
    use Engine::*;
    use Situation::*;
    Some(match (situation, engine) {
        // Firefox hands the page whatever code the server sent, even the
        // three RFC 6455 §7.4.1 reserves for endpoints that did not get one
        // (1005, 1006, 1015): a clean close with the reason, after `open`.
        (ServerCloses(code), Firefox) => clean(code),
        // Chromium and WebKit fail the connection on those three.
        (ServerCloses(1005 | 1006 | 1015), _) => FAILED,
        // WebKitGTK accepts only the codes libsoup's close_connection() lists
        // (1000-1003, 1007-1011) and 3000-4999, and fails the connection on
        // any other: so a server's 1012 "service restart", 1013 "try again
        // later" and 1014 "bad gateway" arrive as 1006, as do the codes no
        // endpoint may send. https://github.com/GNOME/libsoup/blob/3.6.6/libsoup/websocket/soup-websocket-connection.c#L717-L761
        (ServerCloses(code @ (1000..=1003 | 1007..=1011 | 3000..=4999)), WebKit) => clean(code),
        (ServerCloses(_), WebKit) => FAILED,
        // Chromium hands the page any other code unchanged, even codes
        // RFC 6455 §7.4 says no endpoint may send (999, 1004, 2999, 5000).
        (ServerCloses(code), Chromium) => clean(code),
        (ServerClosesEmpty, _) => NO_STATUS,
        // The suite drops TCP and sends invalid UTF-8 once the page has sent
        // a message, so after `open`. Right after the 101, Firefox 153 often
        // skipped `open` (drop: 3 runs of 3; invalid UTF-8: 2 of 3, so not
        // deterministic) while still firing `error`/`close`; measured while
        // building the suite, not on every run.
        (TcpDrop, _) => DROPPED,
        (InvalidUtf8, _) => FAILED,
        (OverServerLimit, _) => clean(1009),
        // WHATWG close(): with no code, the Close frame has no body.
        (PageClose, _) => NO_STATUS,
        (PageCloseWith(code), _) => clean(code),
        (PageCloseWhileConnecting, _) => NEVER_OPENED,
        (HandshakeRefused(_), _) => NEVER_OPENED,
        // WHATWG says fail the connection when the page asked for
        // subprotocols and the 101 names none (RFC 6455 §4.1 only forbids a
        // protocol the client did not offer). Chromium does; Firefox and
        // WebKitGTK open the connection, with `protocol` "" (libsoup's
        // soup_websocket_client_verify_handshake() checks only a named one:
        // https://github.com/GNOME/libsoup/blob/3.6.6/libsoup/websocket/soup-websocket.c#L842-L853).
        (NoAgreedSubprotocol, Firefox | WebKit) => return None,
        (NoAgreedSubprotocol, Chromium) => NEVER_OPENED,
        (HandshakeNeverAnswered, _) => return None,
    })
}

/// When [`seen`] is `None`: whether `open` fired while the page waited, so
/// "the connection hangs" and "the connection works" are told apart.
pub const fn opens_without_close(situation: Situation, engine: Engine) -> bool {
    matches!(
        (situation, engine),
        (
            Situation::NoAgreedSubprotocol,
            Engine::Firefox | Engine::WebKit
        )
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_connection_that_never_opens_never_closes_cleanly() {
        for &situation in SITUATIONS {
            for engine in Engine::ALL {
                match seen(situation, engine) {
                    Some(seen) if !seen.opened => {
                        assert!(!seen.was_clean && seen.error, "{situation:?} in {engine:?}")
                    }
                    Some(_) => {}
                    None => assert_eq!(
                        opens_without_close(situation, engine),
                        situation != Situation::HandshakeNeverAnswered,
                        "{situation:?} in {engine:?}"
                    ),
                }
            }
        }
    }

    #[test]
    fn every_situation_is_listed_once() {
        for (i, a) in SITUATIONS.iter().enumerate() {
            assert!(!SITUATIONS[i + 1..].contains(a), "{a:?} listed twice");
        }
    }

    #[test]
    fn a_close_without_a_frame_is_never_clean_and_carries_no_reason() {
        for &situation in SITUATIONS {
            for engine in Engine::ALL {
                if let Some(seen) = seen(situation, engine) {
                    // A server that sends 1006 itself did send a frame.
                    if seen.code == 1006 && situation != Situation::ServerCloses(1006) {
                        assert!(!seen.was_clean, "{situation:?} in {engine:?}");
                        assert_eq!(seen.reason, "", "{situation:?} in {engine:?}");
                    }
                }
            }
        }
    }
}
