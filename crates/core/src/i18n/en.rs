//! English: the reference text every other locale translates.
//!
//! Conventions the other locales follow: code tokens go in backticks and stay
//! untranslated; `{code}` is replaced by the close code; numbers are facts.

use super::{Catalog, CodeText, Kinds, Ranges, ReconnectAdvice, Ui};
use crate::codes::KNOWN;

pub const CATALOG: Catalog = Catalog {
    ui: UI,
    codes: CODES,
    ranges: RANGES,
};

// The catalog in three parts, so that a build can use one without the
// others: the lean JS core links `CODES`, `RANGES` and the four engine
// sentences of `UI`, not the widget's labels (see `Locale::explain_text`).

pub const UI: Ui = Ui {
    widget_label: "WebSocket close code {code} explained",
    cause: "When you see it",
    fix: "How to fix it",
    reconnect: "Reconnect?",
    reconnect_advice: ReconnectAdvice {
        never: "No: don't reconnect automatically",
        with_backoff: "Yes, with exponential backoff",
        after_fix: "Only after fixing the cause",
        app_defined: "Your application decides",
        on_user_action: "Only when the user asks",
    },
    reason: "Reason sent by the peer",
    no_reason: "No reason was given.",
    clean: "Clean close",
    not_clean: "Not clean: no closing handshake",
    details: "Details",
    kind: "Range",
    kinds: Kinds {
        invalid: "Invalid code",
        standard: "Defined by the protocol",
        reserved: "Reserved by the protocol",
        unassigned: "Unassigned protocol code",
        registered: "Registered library code",
        unregistered: "Unregistered library code",
        private: "Private application code",
    },
    produced_by: "Reported by",
    produced_by_peer: "the peer, in its Close frame",
    produced_by_browser: "the browser itself: it never travels in a Close frame",
    produced_by_non_browser: "non-browser clients, locally: browsers never report it",
    sent_in_close_frame: "May be sent in a Close frame",
    close_allowed: "Page JavaScript may pass it to `close()`",
    yes: "Yes",
    no: "No",
    reference: "Specification",
    sources: "Sources",
    engines_two: "{a} and {b}",
    engines_three: "{a}, {b} and {c}",
    engine_arrives: "In {engines}, a server's {sent} arrives as {code} (`wasClean: {clean}`).",
    engine_no_close: "In {engines}, a server's {sent} brings no close event within {seconds} s.",
};

pub const CODES: [CodeText; KNOWN.len()] = [
    CodeText {
        title: "Normal Closure",
        summary: "The connection did what it was opened for, and one side ended it on purpose with a closing handshake.",
        cause: "Your code called `ws.close(1000)`, or the server ended the session deliberately: the user logged out, a job finished, or a newer connection from the same user replaced this one. A plain `ws.close()` does not send 1000: its Close frame carries no code, and the page sees {page_close}.",
        fix: "Nothing is broken. If the close was unexpected, find who asked for it: search the client for `.close(` calls and read the server's logs for why it ended the session.",
        reconnect: "A normal closure is deliberate: open a new connection when the app needs one, not in an automatic retry loop.",
    },
    CodeText {
        title: "Going Away",
        summary: "An endpoint is going away: the server is shutting down, or the browser is leaving the page.",
        cause: "The server process is stopping or being redeployed, or a load balancer is draining the instance. Browsers send 1001 themselves when a page with an open socket is reloaded, closed or navigated away from, so servers see this code much more often than pages do.",
        fix: "On the client, reconnect with backoff: the next attempt usually reaches a healthy instance. On the server, drain connections gradually during deploys so that every client does not reconnect in the same second.",
        reconnect: "The endpoint left, not your request: a new connection usually succeeds once the server is back.",
    },
    CodeText {
        title: "Protocol error",
        summary: "An endpoint received data that breaks the WebSocket framing rules and gave up on the connection.",
        cause: "The peer sent a malformed frame: a client frame without a mask or a server frame with one, reserved bits set without a negotiated extension, a fragmented or oversized control frame, or a close code that may not be sent. Usually a bug in a hand-written WebSocket implementation, or a proxy that rewrites the stream.",
        fix: "Use a well-tested WebSocket library on both ends and look for proxies or middleware that modify frames. Capture the traffic (the browser's DevTools, Network tab, WS filter, or Wireshark) to find the offending frame.",
        reconnect: "The same implementation will break the protocol again: reconnect after it is fixed.",
    },
    CodeText {
        title: "Unsupported Data",
        summary: "An endpoint received a type of message it cannot accept, such as binary data where it only handles text.",
        cause: "The client sent a binary message (an `ArrayBuffer` or `Blob`) to a text-only endpoint, or text to a binary-only one. Typical after one side changed its serialization format, for example from JSON to MessagePack or Protobuf.",
        fix: "Send the message type the server expects: text for JSON, binary only where the server accepts it. Make both ends agree on the format, for example with a subprotocol chosen in the handshake.",
        reconnect: "Sending the same kind of message again gets the same close: fix the format first.",
    },
    CodeText {
        title: "Reserved",
        summary: "Reserved by RFC 6455 for a meaning that was never defined: no endpoint should send it.",
        cause: "A non-compliant server put this number in its Close frame, although RFC 6455 reserves it. Strict WebSocket libraries such as gorilla/websocket reject such a Close frame as a protocol error.",
        fix: "Change the server to send a defined code (1000, 1001, 1008 or 1011) or an application code from 4000–4999.",
        reconnect: "A peer that sends a reserved code is misbehaving, and retrying will not change that.",
    },
    CodeText {
        title: "No Status Received",
        summary: "The peer closed the connection with a Close frame that carried no status code, so the browser reports 1005.",
        cause: "The server closed the socket without giving a code, or a proxy answered with an empty Close frame, or your own page called `ws.close()` with no argument: its Close frame has no body, the server echoes it, and the page sees {page_close}. The close was still orderly: `wasClean` is normally true.",
        fix: "Nothing on the wire is wrong, but information is lost. Make the server close with an explicit code and reason (1000 for a normal end, 1001 on shutdown, 4000–4999 for your own cases) so clients can react correctly.",
        reconnect: "The peer closed on purpose without saying why: whether to reconnect depends on why your server closes connections.",
    },
    CodeText {
        title: "Abnormal Closure",
        summary: "The connection ended without a closing handshake: the browser reports 1006 because no Close frame arrived.",
        cause: "The connection ended without a Close frame: a proxy or load balancer closed an idle connection (nginx's `proxy_read_timeout` defaults to 60 s; AWS ALB and Heroku have idle timeouts too), the server crashed, was killed, or dropped the connection over an oversized message (as uWebSockets does), the network went away (Wi-Fi change, laptop sleep), or the handshake failed (server down, wrong URL, TLS error, or an HTTP status such as 401 or 403 instead of the upgrade). The page's own `close()` while the socket is still CONNECTING fails the connection the same way, which React StrictMode's double-run effects do in development. Browsers hide the details from page JavaScript on purpose.",
        fix: "Look in the browser's DevTools console and Network tab for the real error. If it happens after a stretch of silence, have the server send pings more often than the proxy's idle timeout, or raise the timeout: a page's own timers may run only once a minute in a hidden tab. If the socket never opened, check the URL, the server, and that the proxy forwards the `Upgrade` and `Connection` headers.",
        reconnect: "Usually transient (network, proxy, restart): reconnect with exponential backoff, and investigate if it keeps happening.",
    },
    CodeText {
        title: "Invalid frame payload data",
        summary: "An endpoint received message data that does not match its type, such as a text message that is not valid UTF-8.",
        cause: "The peer sent a text message containing bytes that are not valid UTF-8 (binary data sent as text, or a string cut in the middle of a multi-byte character), or a Close frame whose reason is not valid UTF-8.",
        fix: "Send binary data in binary messages, encode all text as UTF-8, and never truncate a string inside a multi-byte character (watch this when cutting a close reason down to 123 bytes).",
        reconnect: "The same payload will fail again: fix the encoding first.",
    },
    CodeText {
        title: "Policy Violation",
        summary: "An endpoint received something that violates its policy: a generic code for when no more specific one fits, or the details should stay private.",
        cause: "A rule the server enforces on an open connection: an expired token, too many connections from one user, a rate limit, or a message its rules reject. The reason, if any, usually names the rule. A disallowed `Origin` or missing credentials usually show up differently: common servers (`ws` with `verifyClient`, Python's websockets with `origins`) refuse the handshake with HTTP 401 or 403, so the page sees 1006 on a socket that never opened.",
        fix: "Read the close reason and the server's logs. Renew credentials before reconnecting, check the server's `Origin` allow-list and connection limits, and respect its rate limits.",
        reconnect: "Reconnecting with the same credentials or behaviour gets the same answer: fix the cause (for example, renew the token) first.",
    },
    CodeText {
        title: "Message Too Big",
        summary: "An endpoint received a message larger than it is willing to process.",
        cause: "The page sent a message bigger than the server's limit. Default limits vary widely: 16 KiB in uWebSockets, 64 KiB in Jetty, 1 MiB in Python's websockets, 1,000,000 bytes in Socket.IO (`maxHttpBufferSize`), 100 MiB in `ws` (`maxPayload`). Not every server says 1009: uWebSockets drops the connection without a Close frame, so the page sees 1006. Typical triggers are file uploads, base64-encoded images, or a large JSON state sent as one message.",
        fix: "Split large payloads into chunks below the limit and reassemble them on the server, upload files over HTTP and send only a reference, compress the data, or raise the server's limit if large messages are expected.",
        reconnect: "Sending the same message again triggers the same close: shrink it or raise the limit first.",
    },
    CodeText {
        title: "Mandatory Extension",
        summary: "The client ended the connection because the server did not agree to an extension the client requires.",
        cause: "Only a client sends 1010, after the server's handshake response left out an extension the client insists on. Browsers never send it: they negotiate extensions such as `permessage-deflate` themselves. A page that receives 1010 got it from a server that is misusing the code.",
        fix: "For a non-browser client, enable the extension on the server or stop requiring it. If a server sends 1010 to browsers, change it to a code meant for servers, such as 1008 or 1011.",
        reconnect: "The handshake will make the same choice again: change the configuration first.",
    },
    CodeText {
        title: "Internal Error",
        summary: "The server hit an unexpected condition that kept it from fulfilling the request.",
        cause: "An unhandled exception in the server's message handler, a failed database or upstream call, or running out of memory. Many frameworks turn any uncaught error in a socket handler into 1011. Python's websockets also closes with 1011 and the reason `keepalive ping timeout` when no answer to its ping arrives in time, usually because the network stalled.",
        fix: "Check the server's logs at the time of the close for the stack trace. On the client, reconnect with backoff, and if one particular message reliably triggers the error, stop resending it.",
        reconnect: "Often transient: reconnect with backoff, but a message that reliably crashes the handler will crash it again.",
    },
    CodeText {
        title: "Service Restart",
        summary: "The server is restarting: the client may reconnect, after a short wait.",
        cause: "A deploy, a configuration reload or a scheduled restart. Servers send 1012 as the polite way to tell clients the service will be back.",
        fix: "Nothing is broken. Reconnect after a random delay between 5 and 30 seconds, as the code's registered definition asks, so that not every client hits the restarted server at the same moment.",
        reconnect: "The service is coming back: reconnect after a random delay between 5 and 30 seconds.",
    },
    CodeText {
        title: "Try Again Later",
        summary: "The server is temporarily overloaded or cannot serve this connection right now.",
        cause: "The server is at its connection limit, shedding load, or waiting for a dependency that is unavailable. Servers and gateways under pressure send it.",
        fix: "Don't reconnect in a loop. The code's registered definition asks clients to reconnect to the same server only when the user asks (or to try another of its IP addresses, which a page cannot choose): show the user a way to reconnect. On the server, scale out or raise the connection limit if it happens under normal load.",
        reconnect: "Automatic retries add load to an overloaded server: reconnect when the user asks.",
    },
    CodeText {
        title: "Bad Gateway",
        summary: "A server acting as a gateway or proxy received an invalid response from the upstream server behind it.",
        cause: "A WebSocket gateway or reverse proxy could not reach or talk to its backend: the upstream service is down, restarting, or answered with something invalid. Not every client accepts this code: gorilla/websocket (Go) treats a received 1014 as a protocol error.",
        fix: "Check the upstream service and the gateway's logs. On the client, reconnect with backoff.",
        reconnect: "Usually temporary while the upstream recovers: reconnect with backoff.",
    },
    CodeText {
        title: "TLS handshake",
        summary: "Reserved by RFC 6455 for non-browser applications to report a failed TLS handshake locally: it never travels in a Close frame, and browsers don't use it.",
        cause: "Browsers report a failed TLS handshake (an untrusted, expired or wrong-host certificate, an incomplete chain, no common TLS version or cipher) to the page as 1006 and print the TLS error in the console. A page sees 1015 only when a server wrongly puts it in a Close frame.",
        fix: "Open the same host over `https://` in the browser to see the certificate error, then fix the certificate, its chain or host name, or the TLS settings of the server or proxy.",
        reconnect: "The handshake will fail the same way until the certificate or TLS setup is fixed.",
    },
    CodeText {
        title: "Unauthorized",
        summary: "Registered with IANA for libraries and frameworks: the connection was closed because the client is not authenticated.",
        cause: "A token or session was missing, invalid or expired, either when the connection opened or while it was open. Like HTTP 401, it asks who you are; it does not say you are forbidden.",
        fix: "Get fresh credentials (refresh the token or sign in again) and reconnect with them. Never retry in a loop with the same expired token.",
        reconnect: "Reconnect only after re-authenticating: the old credentials will be rejected again.",
    },
    CodeText {
        title: "Forbidden",
        summary: "Registered with IANA for libraries and frameworks: the client is authenticated but not allowed to do what it asked.",
        cause: "The user lacks permission for the channel, room or resource, or the account was disabled. Like HTTP 403.",
        fix: "Check the user's roles and the server's authorization rules, and tell the user instead of retrying.",
        reconnect: "Retrying does not change permissions: reconnect only after access has been granted.",
    },
    CodeText {
        title: "Timeout",
        summary: "Registered with IANA for libraries and frameworks: the server closed the connection because something took too long.",
        cause: "The client did not authenticate, answer an application-level ping or send a heartbeat within the server's time limit, or a request on the socket timed out. Browsers throttle timers in hidden tabs: Chrome runs the timers of a page hidden for 5 minutes at most once a minute, so a heartbeat sent from `setInterval` can arrive late.",
        fix: "Authenticate right after the socket opens, and let the server keep the connection alive with WebSocket pings: the browser answers them itself, even in a hidden tab. Check whether the page was in a background tab when it happened.",
        reconnect: "A timeout is usually transient: reconnect with backoff and keep the connection active.",
    },
];

pub const RANGES: Ranges = Ranges {
    invalid: CodeText {
        title: "Invalid close code",
        summary: "{code} is not a valid close code: RFC 6455 never uses 0–999, and nothing above 4999 is defined.",
        cause: "A peer that sends {code} in a Close frame breaks RFC 6455, and strict libraries such as gorilla/websocket fail the connection as a protocol error. A number like this is usually a bug in the server, or an HTTP status sent by mistake.",
        fix: "Make the server send a defined code, or an application code from 4000–4999.",
        reconnect: "The peer violates the protocol: fix it before reconnecting.",
    },
    unassigned: CodeText {
        title: "Unassigned protocol code",
        summary: "{code} is in 1016–2999, held for future versions of the WebSocket protocol and its extensions; nothing uses it today.",
        cause: "A server or library picked a number from the protocol's own range. Strict libraries such as gorilla/websocket reject such a Close frame as a protocol error.",
        fix: "Use a code from 4000–4999 for application-specific closes, or register one in 3000–3999 with IANA for a library or framework.",
        reconnect: "The peer violates the protocol: fix it before reconnecting.",
    },
    unregistered: CodeText {
        title: "Unregistered library code",
        summary: "{code} is in 3000–3999, the range for libraries and frameworks, but it is not in the IANA registry.",
        cause: "A library, framework or service chose {code} without registering it: its own documentation says what it means. The close reason often names it.",
        fix: "Look up {code} in the documentation of the WebSocket library or service that closed the connection.",
        reconnect: "Only the library that sent {code} knows whether retrying helps.",
    },
    private: CodeText {
        title: "Private application code",
        summary: "{code} is in 4000–4999, reserved for private use: the application that closed the connection decides what it means.",
        cause: "Your server, or a service you connect to, chose {code} for an application-level reason such as an expired session, a user kicked from a room, or a request it refused. The reason usually says which.",
        fix: "Find where the server closes with {code} (search its source for {code}) or read the service's documentation, and handle that case in the client.",
        reconnect: "Decide for each of your own codes whether the client retries, and document it next to the code.",
    },
};
