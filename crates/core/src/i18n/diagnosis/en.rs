//! English: the reference text of the diagnosis feature.
//!
//! Conventions as in `crate::i18n::en`: code tokens in backticks stay
//! untranslated; `{names}` are filled in; numbers and units are facts.

use super::{Confidences, DiagnosisText, Evidence, OverlayText, RuleText, RuleTexts};

pub const TEXT: DiagnosisText = DiagnosisText {
    rules: RuleTexts {
        handshake_failed: RuleText {
            summary: "The connection never opened: the WebSocket handshake failed {after} after the socket was created.",
            fix: "Open DevTools, Network tab, WS filter, and look at the upgrade request (scripts cannot read its status; browsers hide it on purpose). No response: the server is down or the host is wrong. 404: wrong path. 401 or 403: the server or a proxy rejected the origin, cookie or token. A certificate error: fix TLS (`wss://` needs a certificate the browser trusts).",
        },
        idle_timeout: RuleText {
            summary: "An idle timeout ended the connection: nothing was sent or received for {idle}, which matches the {timeout} idle timeout of {who}.",
            fix: "Have the server send WebSocket pings every {heartbeat} or more often, so the connection is never idle that long: the browser answers them itself, even in a hidden tab, where the page's own timers may run only once a minute. Where the server can't ping, send an application heartbeat instead; or raise the timeout where you can ({setting}).",
        },
        idle_then_dropped: RuleText {
            summary: "The connection was idle for {idle}, then dropped without a Close frame: a proxy, load balancer or the server itself may close idle connections.",
            fix: "Find the idle timeout on the path (the server's, and every proxy's and load balancer's) and have the server send pings more often than the shortest one: the browser answers them itself, even in a hidden tab. Where the server can't, send an application heartbeat; or raise the timeout.",
        },
        went_offline: RuleText {
            summary: "The browser went offline {before} before the connection dropped: the network, not the server, ended it.",
            fix: "Nothing to fix on the server. Tell the user they are offline and reconnect when `window` fires `online`, instead of retrying while offline.",
        },
        page_hidden: RuleText {
            summary: "The page was hidden {before} before the close: Chrome runs the timers of a page hidden for 5 minutes at most once a minute, and may freeze a hidden page (its timers and callbacks stop) or discard it (it is unloaded, and its connections with it).",
            fix: "Expect closes while the page is in the background: reconnect when `visibilitychange` reports the page visible again.",
        },
        page_unloading: RuleText {
            summary: "The page was being unloaded (reloaded, closed or navigated away) when the socket closed.",
            fix: "Nothing is broken: browsers close a page's sockets with 1001 when it goes away. Don't count it as an error, and don't reconnect from a page that is leaving.",
        },
        message_too_big: RuleText {
            summary: "The peer refused a message that was too big: this page had just sent {bytes} bytes.",
            fix: "Split large payloads into chunks below the server's limit, or raise the limit on the server (and on every proxy in between).",
        },
        closed_by_page: RuleText {
            summary: "This page closed the connection itself: it called {call} {before} before the close event.",
            fix: "Nothing is broken if that was intended. If not, set a breakpoint on your `.close(` calls to find which one ran.",
        },
        closed_by_server: RuleText {
            summary: "The server ended the connection with a normal closure; this page never called `close()`.",
            fix: "Read the server's logs for why it ended the session: a logout, a newer connection replacing this one, a finished job or a shutdown.",
        },
        closed_right_after_open: RuleText {
            summary: "The connection closed {after} after it opened: servers do this when they reject a client right after the handshake, usually for authentication or policy.",
            fix: "Check what the client presents (token in the URL, cookie, first message) and the server's logs or close reason for why it was refused.",
        },
        reconnect_storm: RuleText {
            summary: "{count} connections to this URL closed within {window}: the client is reconnecting too fast (a reconnect storm).",
            fix: "Wait between attempts with exponential backoff and full jitter (`reconnectDelay()` computes it), and stop retrying codes that need a fix first.",
        },
    },
    confidence: Confidences {
        high: "Likely",
        medium: "Possible",
        low: "Worth checking",
    },
    evidence: Evidence {
        never_opened: "never opened: closed {after} after it was created",
        error_event: "an `error` event fired {before} before the close",
        idle_dropped: "idle for {idle}, then dropped without a Close frame",
        idle_closed: "idle for {idle}, then closed",
        known_timeout: "{who} closes connections idle for {timeout}",
        last_activity: "last message sent: {sent}; last message received: {received}",
        never: "never",
        went_offline: "`navigator.onLine` became false {before} before the close",
        offline_at_close: "the browser was offline when the socket closed",
        went_hidden: "the page became hidden {before} before the close",
        hidden_at_close: "the page was hidden when the socket closed",
        unloading: "`pagehide` fired {before} before the close",
        last_sent: "the last message sent was {bytes} bytes, {before} before the close",
        over_limit: "{bytes} bytes is over the common {limit} ({limit_bytes}-byte) limit",
        limit_closes: "{who} accepts messages up to {limit} by default and closes the connection with {code} when one is bigger",
        limit_drops: "{who} accepts messages up to {limit} by default and drops the connection without a Close frame when one is bigger: the page sees 1006",
        largest_sent: "the largest message sent was {bytes} bytes",
        close_called: "the page called {call} {before} before the close event",
        no_close_call: "the page did not call `close()`",
        opened_then_closed: "opened, then closed {after} later, after {sent} messages sent and {received} received",
        earlier_closes: "{count} closes of this URL within {window}",
        buffered: "{bytes} bytes were still waiting to be sent (`bufferedAmount`)",
    },
    overlay: OverlayText {
        title: "WebSocket closes",
        diagnosis: "Diagnosis",
        no_diagnosis: "The recorded history does not point to a specific cause; the code's explanation below is all there is.",
        evidence: "Evidence",
        sources: "Sources",
        fix: "Fix",
        history: "History",
        times: "×{count}",
        copy: "Copy as Markdown",
        copied: "Copied",
        copy_fallback: "Copying is blocked here: the text is selected, press Ctrl+C (⌘C).",
        close: "Close",
        badge: "{count} WebSocket closes: show them",
        url: "URL",
        opened: "Opened",
        lifetime: "Lifetime",
        sent: "Sent",
        received: "Received",
        traffic: "{count} messages, {bytes} bytes",
        yes: "yes",
        no: "no",
    },
};
