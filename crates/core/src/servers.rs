//! What widely used WebSocket servers and proxies do by default: how big a
//! message they accept and what they send when one is bigger, how long they
//! let a connection sit idle and what the page then sees, and whether they
//! ping and how they close when the pings go unanswered.
//!
//! Plain data with no web dependency, so the diagnosis can match a close
//! against it and tests can check it. Every fact names its source: a
//! documentation page or a source file at a release tag or commit, read for
//! this table. A value that no primary source confirmed is left out (`None`)
//! and named in [`Server::unconfirmed`] instead of being guessed.

use crate::prelude::*;

use crate::codes::Source;

/// What a server or proxy does that the page then sees as its close event.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Outcome {
    /// It sends a Close frame with this code, which the close event carries.
    Close(u16),
    /// It sends a Close frame without a status code: the page sees 1005.
    EmptyClose,
    /// It closes the TCP connection without a Close frame: the page sees
    /// 1006 with `wasClean: false` (RFC 6455 §7.1.5).
    Dropped,
    /// The library returns an error to the application and sends nothing
    /// itself: what the page sees depends on what the application does.
    LeftToApp,
}

impl Outcome {
    /// The code the page's close event reports, when the outcome fixes one.
    pub const fn page_sees(self) -> Option<u16> {
        match self {
            Outcome::Close(code) => Some(code),
            Outcome::EmptyClose => Some(1005),
            Outcome::Dropped => Some(1006),
            Outcome::LeftToApp => None,
        }
    }
}

/// Whether it is a WebSocket library or something in the path in front of one.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Role {
    Library,
    /// A reverse proxy, load balancer or platform router: it relays frames
    /// without speaking WebSocket itself, so it can only drop a connection.
    Proxy,
}

/// The largest message accepted by default.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct MessageLimit {
    /// `None`: no limit unless the application sets one.
    pub bytes: Option<u64>,
    /// What happens to a bigger message; `None` where no source confirmed it.
    pub exceeded: Option<Outcome>,
    /// Where to change it, as a code token.
    pub setting: &'static str,
    pub sources: &'static [Source],
}

/// How long a connection may carry nothing before it is ended.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct IdleTimeout {
    pub ms: u64,
    pub outcome: Outcome,
    /// It pings before giving up. Browsers answer pings on their own, so a
    /// live page never reaches this timeout, however quiet the app is.
    pub pings_first: bool,
    /// Where to change it, as a code token; `None` where it cannot be changed.
    pub setting: Option<&'static str>,
    pub sources: &'static [Source],
}

/// Pings (or protocol-level heartbeats) the server sends by default.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Keepalive {
    pub interval_ms: u64,
    /// How long an answer may take; `None`: no deadline by default.
    pub timeout_ms: Option<u64>,
    /// What happens when the deadline passes; `None` where there is no
    /// deadline or no source confirmed it.
    pub outcome: Option<Outcome>,
    pub setting: &'static str,
    pub sources: &'static [Source],
}

/// One server library, proxy or platform, with its defaults.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Server {
    /// Its product name, the same in every language.
    pub name: &'static str,
    pub role: Role,
    pub message_limit: Option<MessageLimit>,
    pub idle_timeout: Option<IdleTimeout>,
    pub keepalive: Option<Keepalive>,
    /// Facts looked for and not confirmed by a primary source, in English,
    /// for the maintainers: the reason a field above is `None`.
    pub unconfirmed: &'static [&'static str],
}

impl Server {
    /// Every source this entry cites, without repeats.
    pub fn sources(&self) -> Vec<Source> {
        let mut all: Vec<Source> = Vec::new();
        let lists = [
            self.message_limit.map(|l| l.sources),
            self.idle_timeout.map(|t| t.sources),
            self.keepalive.map(|k| k.sources),
        ];
        for source in lists.into_iter().flatten().flatten() {
            if !all.contains(source) {
                all.push(*source);
            }
        }
        all
    }
}

const fn source(label: &'static str, url: &'static str) -> Source {
    Source { label, url }
}

const WS_SERVER: Source = source(
    "ws 8.21.0 lib/websocket-server.js",
    "https://github.com/websockets/ws/blob/8.21.0/lib/websocket-server.js",
);
const WS_RECEIVER: Source = source(
    "ws 8.21.0 lib/receiver.js",
    "https://github.com/websockets/ws/blob/8.21.0/lib/receiver.js",
);
const WS_SENDER: Source = source(
    "ws 8.21.0 lib/sender.js",
    "https://github.com/websockets/ws/blob/8.21.0/lib/sender.js",
);
const ENGINE_IO_SERVER: Source = source(
    "engine.io 6.6.9 lib/server.ts",
    "https://github.com/socketio/socket.io/blob/engine.io%406.6.9/packages/engine.io/lib/server.ts",
);
const ENGINE_IO_SOCKET: Source = source(
    "engine.io 6.6.9 lib/socket.ts",
    "https://github.com/socketio/socket.io/blob/engine.io%406.6.9/packages/engine.io/lib/socket.ts",
);
const ENGINE_IO_WEBSOCKET: Source = source(
    "engine.io 6.6.9 lib/transports/websocket.ts",
    "https://github.com/socketio/socket.io/blob/engine.io%406.6.9/packages/engine.io/lib/transports/websocket.ts",
);
const PY_SERVER: Source = source(
    "websockets 17.0.1 asyncio/server.py",
    "https://github.com/python-websockets/websockets/blob/17.0.1/src/websockets/asyncio/server.py",
);
const PY_PROTOCOL: Source = source(
    "websockets 17.0.1 protocol.py",
    "https://github.com/python-websockets/websockets/blob/17.0.1/src/websockets/protocol.py",
);
const PY_CONNECTION: Source = source(
    "websockets 17.0.1 asyncio/connection.py",
    "https://github.com/python-websockets/websockets/blob/17.0.1/src/websockets/asyncio/connection.py",
);
const GORILLA_CONN: Source = source(
    "gorilla/websocket v1.5.3 conn.go",
    "https://github.com/gorilla/websocket/blob/v1.5.3/conn.go",
);
const UWS_JS_TYPES: Source = source(
    "uWebSockets.js docs/index.d.ts",
    "https://github.com/uNetworking/uWebSockets.js/blob/001af63e72d8f1e966a3bdbf6169d91584c42e1f/docs/index.d.ts",
);
const UWS_APP: Source = source(
    "uWebSockets v20.79.0 src/App.h",
    "https://github.com/uNetworking/uWebSockets/blob/v20.79.0/src/App.h",
);
const UWS_CONTEXT: Source = source(
    "uWebSockets v20.79.0 src/WebSocketContext.h",
    "https://github.com/uNetworking/uWebSockets/blob/v20.79.0/src/WebSocketContext.h",
);
const JETTY_CONSTANTS: Source = source(
    "Jetty 12 WebSocketConstants.java",
    "https://github.com/jetty/jetty.project/blob/82618073d5e5ec8ddc0da2ad95a99bb9f61777c2/jetty-core/jetty-websocket/jetty-websocket-core-common/src/main/java/org/eclipse/jetty/websocket/core/WebSocketConstants.java",
);
const JETTY_TOO_LARGE: Source = source(
    "Jetty 12 MessageTooLargeException.java",
    "https://github.com/jetty/jetty.project/blob/5f3a0471e9fe2f6b9f114a535daafc7069dd6540/jetty-core/jetty-websocket/jetty-websocket-core-common/src/main/java/org/eclipse/jetty/websocket/core/exception/MessageTooLargeException.java",
);
const JETTY_SESSION: Source = source(
    "Jetty 12 WebSocketCoreSession.java",
    "https://github.com/jetty/jetty.project/blob/0941969863dee994e0fa5a50719405407b8ea5b7/jetty-core/jetty-websocket/jetty-websocket-core-common/src/main/java/org/eclipse/jetty/websocket/core/WebSocketCoreSession.java",
);
const SPRING_STOMP: Source = source(
    "Spring Framework StompSubProtocolHandler.java",
    "https://github.com/spring-projects/spring-framework/blob/d2ec876f572958f309231924cc364ff9d675b9e0/spring-websocket/src/main/java/org/springframework/web/socket/messaging/StompSubProtocolHandler.java",
);
const ASPNET_KEEPALIVE_INTERVAL: Source = source(
    "ASP.NET Core WebSocketOptions.KeepAliveInterval",
    "https://learn.microsoft.com/dotnet/api/microsoft.aspnetcore.builder.websocketoptions.keepaliveinterval",
);
const ASPNET_KEEPALIVE_TIMEOUT: Source = source(
    "ASP.NET Core WebSocketOptions.KeepAliveTimeout",
    "https://learn.microsoft.com/dotnet/api/microsoft.aspnetcore.builder.websocketoptions.keepalivetimeout",
);
const SIGNALR_OPTIONS: Source = source(
    "ASP.NET Core SignalR configuration: server options",
    "https://learn.microsoft.com/aspnet/core/signalr/configuration#configure-server-options",
);
const TUNGSTENITE_PROTOCOL: Source = source(
    "tungstenite v0.29.0 src/protocol/mod.rs",
    "https://github.com/snapview/tungstenite-rs/blob/v0.29.0/src/protocol/mod.rs",
);
const NGINX_WEBSOCKET: Source = source(
    "nginx: WebSocket proxying",
    "https://nginx.org/en/docs/http/websocket.html",
);
const ALB_IDLE: Source = source(
    "Application Load Balancer: connection idle timeout",
    "https://docs.aws.amazon.com/elasticloadbalancing/latest/application/edit-load-balancer-attributes.html#connection-idle-timeout",
);
const HEROKU_WEBSOCKETS: Source = source(
    "Heroku: WebSockets, timeouts",
    "https://devcenter.heroku.com/articles/websockets#timeouts",
);
const HEROKU_ROUTING: Source = source(
    "Heroku: HTTP routing, timeouts",
    "https://devcenter.heroku.com/articles/http-routing#timeouts",
);

/// The servers and proxies people run into most, with their defaults.
pub const SERVERS: [Server; 14] = [
    Server {
        name: "ws (Node.js)",
        role: Role::Library,
        message_limit: Some(MessageLimit {
            bytes: Some(100 << 20),
            exceeded: Some(Outcome::Close(1009)),
            setting: "ws `maxPayload`",
            sources: &[WS_SERVER, WS_RECEIVER],
        }),
        idle_timeout: None,
        keepalive: None,
        unconfirmed: &["whether it pings by default (its docs show pings sent by the application)"],
    },
    Server {
        name: "Socket.IO",
        role: Role::Library,
        // The WebSocket transport hands `maxHttpBufferSize` to `ws` as its
        // `maxPayload`, and `ws` closes an oversized message with 1009.
        message_limit: Some(MessageLimit {
            bytes: Some(1_000_000),
            exceeded: Some(Outcome::Close(1009)),
            setting: "Socket.IO `maxHttpBufferSize`",
            sources: &[ENGINE_IO_SERVER, WS_RECEIVER],
        }),
        idle_timeout: None,
        // On a ping timeout the transport calls `ws.close()` with no code,
        // and `ws` then sends a Close frame with an empty body.
        keepalive: Some(Keepalive {
            interval_ms: 25_000,
            timeout_ms: Some(20_000),
            outcome: Some(Outcome::EmptyClose),
            setting: "Socket.IO `pingInterval`, `pingTimeout`",
            sources: &[
                ENGINE_IO_SERVER,
                ENGINE_IO_SOCKET,
                ENGINE_IO_WEBSOCKET,
                WS_SENDER,
            ],
        }),
        unconfirmed: &[],
    },
    Server {
        name: "Python websockets",
        role: Role::Library,
        message_limit: Some(MessageLimit {
            bytes: Some(1 << 20),
            exceeded: Some(Outcome::Close(1009)),
            setting: "websockets `max_size`",
            sources: &[PY_SERVER, PY_PROTOCOL],
        }),
        idle_timeout: None,
        keepalive: Some(Keepalive {
            interval_ms: 20_000,
            timeout_ms: Some(20_000),
            outcome: Some(Outcome::Close(1011)),
            setting: "websockets `ping_interval`, `ping_timeout`",
            sources: &[PY_SERVER, PY_CONNECTION],
        }),
        unconfirmed: &[],
    },
    Server {
        name: "gorilla/websocket",
        role: Role::Library,
        message_limit: Some(MessageLimit {
            bytes: None,
            exceeded: Some(Outcome::Close(1009)),
            setting: "gorilla `SetReadLimit`",
            sources: &[GORILLA_CONN],
        }),
        idle_timeout: None,
        keepalive: None,
        unconfirmed: &[],
    },
    Server {
        name: "uWebSockets.js",
        role: Role::Library,
        // `forceClose` is `us_socket_close`: the TCP connection, no Close frame.
        message_limit: Some(MessageLimit {
            bytes: Some(16 << 10),
            exceeded: Some(Outcome::Dropped),
            setting: "uWebSockets.js `maxPayloadLength`",
            sources: &[UWS_JS_TYPES, UWS_APP, UWS_CONTEXT],
        }),
        idle_timeout: Some(IdleTimeout {
            ms: 120_000,
            outcome: Outcome::Dropped,
            pings_first: true,
            setting: Some("uWebSockets.js `idleTimeout`"),
            sources: &[UWS_JS_TYPES, UWS_APP, UWS_CONTEXT],
        }),
        keepalive: None,
        unconfirmed: &[],
    },
    Server {
        name: "Jetty",
        role: Role::Library,
        message_limit: Some(MessageLimit {
            bytes: Some(64 << 10),
            exceeded: Some(Outcome::Close(1009)),
            setting: "Jetty `maxTextMessageSize`",
            sources: &[JETTY_CONSTANTS, JETTY_TOO_LARGE],
        }),
        idle_timeout: Some(IdleTimeout {
            ms: 30_000,
            outcome: Outcome::Close(1001),
            pings_first: false,
            setting: Some("Jetty `setIdleTimeout`"),
            sources: &[JETTY_CONSTANTS, JETTY_SESSION],
        }),
        keepalive: None,
        unconfirmed: &["whether it pings by default"],
    },
    Server {
        name: "Spring (STOMP over WebSocket)",
        role: Role::Library,
        // A STOMP ERROR frame, then the session is closed with 1002.
        message_limit: Some(MessageLimit {
            bytes: Some(64 << 10),
            exceeded: Some(Outcome::Close(1002)),
            setting: "Spring `setMessageSizeLimit`",
            sources: &[SPRING_STOMP],
        }),
        idle_timeout: None,
        keepalive: None,
        unconfirmed: &[
            "idle timeout (the servlet container's)",
            "default STOMP heart-beats",
        ],
    },
    Server {
        name: "ASP.NET Core WebSockets",
        role: Role::Library,
        message_limit: None,
        idle_timeout: None,
        keepalive: Some(Keepalive {
            interval_ms: 120_000,
            timeout_ms: None,
            outcome: None,
            setting: "ASP.NET Core `KeepAliveInterval`, `KeepAliveTimeout`",
            sources: &[ASPNET_KEEPALIVE_INTERVAL, ASPNET_KEEPALIVE_TIMEOUT],
        }),
        unconfirmed: &["a default message size limit (the application reads into its own buffer)"],
    },
    Server {
        name: "ASP.NET Core SignalR",
        role: Role::Library,
        message_limit: Some(MessageLimit {
            bytes: Some(32 << 10),
            exceeded: None,
            setting: "SignalR `MaximumReceiveMessageSize`",
            sources: &[SIGNALR_OPTIONS],
        }),
        idle_timeout: None,
        keepalive: Some(Keepalive {
            interval_ms: 15_000,
            timeout_ms: Some(30_000),
            outcome: None,
            setting: "SignalR `KeepAliveInterval`, `ClientTimeoutInterval`",
            sources: &[SIGNALR_OPTIONS],
        }),
        unconfirmed: &[
            "the close code after an oversized message (its WebSocket transport sends 1000, or 1011 after a send error)",
            "the close code after `ClientTimeoutInterval`",
        ],
    },
    Server {
        name: "tungstenite (axum, tokio-tungstenite)",
        role: Role::Library,
        // `read()` returns `Error::Capacity`; no Close frame is sent for it.
        message_limit: Some(MessageLimit {
            bytes: Some(64 << 20),
            exceeded: Some(Outcome::LeftToApp),
            setting: "tungstenite `max_message_size`",
            sources: &[TUNGSTENITE_PROTOCOL],
        }),
        idle_timeout: None,
        keepalive: None,
        unconfirmed: &["axum's own defaults, if it overrides tungstenite's"],
    },
    Server {
        name: "nginx",
        role: Role::Proxy,
        message_limit: None,
        idle_timeout: Some(IdleTimeout {
            ms: 60_000,
            outcome: Outcome::Dropped,
            pings_first: false,
            setting: Some("nginx `proxy_read_timeout`"),
            sources: &[NGINX_WEBSOCKET],
        }),
        keepalive: None,
        unconfirmed: &[],
    },
    Server {
        name: "AWS Application Load Balancer",
        role: Role::Proxy,
        message_limit: None,
        idle_timeout: Some(IdleTimeout {
            ms: 60_000,
            outcome: Outcome::Dropped,
            pings_first: false,
            setting: Some("ALB `idle_timeout.timeout_seconds`"),
            sources: &[ALB_IDLE],
        }),
        keepalive: None,
        unconfirmed: &[],
    },
    Server {
        name: "Cloudflare",
        role: Role::Proxy,
        message_limit: None,
        idle_timeout: None,
        keepalive: None,
        unconfirmed: &[
            "the idle timeout of proxied WebSockets: its connection-limits page lists a 120 s \
             Proxy Read Timeout towards the origin (HTTP 524) and says nothing about idle \
             WebSockets; the often-quoted 100 s comes from community posts",
        ],
    },
    Server {
        name: "Heroku",
        role: Role::Proxy,
        message_limit: None,
        idle_timeout: Some(IdleTimeout {
            ms: 55_000,
            outcome: Outcome::Dropped,
            pings_first: false,
            setting: None,
            sources: &[HEROKU_WEBSOCKETS, HEROKU_ROUTING],
        }),
        keepalive: None,
        unconfirmed: &[],
    },
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_fact_names_an_https_source() {
        for server in &SERVERS {
            let facts = [
                server.message_limit.map(|l| l.sources),
                server.idle_timeout.map(|t| t.sources),
                server.keepalive.map(|k| k.sources),
            ];
            for sources in facts.into_iter().flatten() {
                assert!(
                    !sources.is_empty(),
                    "{}: a fact without a source",
                    server.name
                );
                for source in sources {
                    assert!(
                        source.url.starts_with("https://"),
                        "{}: {source:?}",
                        server.name
                    );
                    assert!(!source.label.is_empty(), "{}: {source:?}", server.name);
                }
            }
        }
    }

    #[test]
    fn source_files_are_cited_at_a_tag_or_commit_not_a_moving_branch() {
        for server in &SERVERS {
            for source in server.sources() {
                assert!(
                    crate::codes::is_pinned(source.url),
                    "{}: {}",
                    server.name,
                    source.url
                );
            }
        }
    }

    #[test]
    fn an_entry_without_any_fact_says_what_was_not_confirmed() {
        for server in &SERVERS {
            let known = server.message_limit.is_some()
                || server.idle_timeout.is_some()
                || server.keepalive.is_some();
            assert!(known || !server.unconfirmed.is_empty(), "{}", server.name);
            assert!(
                server.message_limit.is_none_or(|l| l.exceeded.is_some())
                    || !server.unconfirmed.is_empty(),
                "{}: an unknown outcome must be listed as unconfirmed",
                server.name
            );
        }
    }

    #[test]
    fn names_are_unique_and_settings_are_code_tokens() {
        for (i, server) in SERVERS.iter().enumerate() {
            assert!(SERVERS[..i].iter().all(|s| s.name != server.name));
            let settings = [
                server.message_limit.map(|l| l.setting),
                server.idle_timeout.and_then(|t| t.setting),
                server.keepalive.map(|k| k.setting),
            ];
            for setting in settings.into_iter().flatten() {
                assert!(
                    setting.contains('`') && setting.matches('`').count() % 2 == 0,
                    "{}: {setting}",
                    server.name
                );
            }
        }
    }

    #[test]
    fn proxies_only_drop_connections() {
        for server in SERVERS.iter().filter(|s| s.role == Role::Proxy) {
            assert!(server.message_limit.is_none(), "{}", server.name);
            if let Some(timeout) = server.idle_timeout {
                assert_eq!(timeout.outcome, Outcome::Dropped, "{}", server.name);
                assert_eq!(timeout.outcome.page_sees(), Some(1006));
            }
        }
    }

    #[test]
    fn the_defaults_the_issue_names() {
        let find = |name: &str| SERVERS.iter().find(|s| s.name.starts_with(name)).unwrap();
        let uws = find("uWebSockets.js").message_limit.unwrap();
        assert_eq!(
            (uws.bytes, uws.exceeded),
            (Some(16_384), Some(Outcome::Dropped))
        );
        let socket_io = find("Socket.IO").message_limit.unwrap();
        assert_eq!(socket_io.bytes, Some(1_000_000), "1e6 bytes, not 1 MiB");
        let ws = find("ws").message_limit.unwrap();
        assert_eq!(ws.bytes, Some(104_857_600));
        let python = find("Python").keepalive.unwrap();
        assert_eq!(python.outcome.and_then(Outcome::page_sees), Some(1011));
        let idle = |name: &str| find(name).idle_timeout.map(|t| t.ms);
        assert_eq!(idle("nginx"), Some(60_000));
        assert_eq!(idle("AWS"), Some(60_000));
        assert_eq!(idle("Heroku"), Some(55_000));
        assert_eq!(
            idle("Cloudflare"),
            None,
            "not confirmed by Cloudflare's docs"
        );
    }
}
