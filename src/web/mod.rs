//! The JavaScript API (`dist/pkg/wsclose.js`): `explain`, `mount`, `watch`,
//! `install`, `loadLocale` and the `<ws-close-explainer>` element.
//!
//! This is the edge where untrusted `JsValue`s enter: everything is checked in
//! [`input`] and turned into a thrown `Error`, never a panic, because a panic
//! in wasm takes down every widget on the page.

mod element;
mod glue;
mod history;
mod input;
mod install;
mod interop;
mod locale_text;
pub(crate) mod locales;
mod mount;
mod overlay;
mod reconnect;
mod shadow;
mod slots;
mod ui;
mod watch;

use wasm_bindgen::prelude::*;

pub use install::{install, Installation};
pub use locales::load_locale;
pub use mount::{mount, Widget};
pub use reconnect::reconnect_delay;
pub use watch::{watch, Watcher};

#[wasm_bindgen(typescript_custom_section)]
const TYPES: &str = r#"
/**
 * A BCP 47 tag; the closest supported locale is used, English if none.
 * English is built in; other locales are modules, `locales/<tag>.js` next to
 * `wsclose.js` (widgets load theirs themselves; `explain()` answers in
 * English until `loadLocale()` has resolved).
 */
export type Locale = string;

/**
 * A locale module's default export (`import vi from "wsclose/locales/vi"`):
 * passed as `locale`, its text is installed at once (the first one of a
 * locale wins) and the answer is in that locale, with no await.
 */
export interface LocaleModule {
  readonly tag: string;
  readonly pack: string;
}

/**
 * "on-user-action" is 1013's: its registered definition asks clients to
 * reconnect to the same server only when the user asks.
 */
export type Reconnect = "never" | "with-backoff" | "after-fix" | "app-defined" | "on-user-action";

/** A document a statement comes from: a specification section, the IANA
 * registry, or a library's documentation or source file. */
export interface Source {
  /** The same in every language, e.g. "RFC 6455 §7.4.1". */
  label: string;
  url: string;
}

export type Engine = "chromium" | "firefox" | "webkit";

/** What one browser engine shows a page for a server's Close frame with this code. */
export interface EngineSeen {
  engine: Engine;
  /** `CloseEvent.code`; null when no close event arrives within 5 s. */
  code: number | null;
  wasClean: boolean | null;
}

export type CodeKind =
  | "invalid" | "standard" | "reserved" | "unassigned"
  | "registered" | "unregistered" | "private";

/** A close to explain: `CloseEvent` itself, or its three fields. */
export interface CloseInput {
  code: number;
  reason?: string;
  wasClean?: boolean;
}

export interface ExplainOptions {
  /** Defaults to the browser's preferred languages (`navigator.languages`). */
  locale?: Locale | LocaleModule;
}

export interface Explanation {
  code: number;
  /** The registered English name, e.g. "Message Too Big". */
  name: string;
  /** The name in `locale`. */
  title: string;
  kind: CodeKind;
  summary: string;
  cause: string;
  fix: string;
  /**
   * "browser" for 1005 and 1006, which the browser reports itself;
   * "non-browser" for 1015, which RFC 6455 reserves for non-browser clients
   * reporting a failed TLS handshake (browsers report that as 1006).
   */
  producedBy: "peer" | "browser" | "non-browser";
  sentInCloseFrame: boolean;
  /** Whether page JavaScript may pass this code to `WebSocket.close()`. */
  closeAllowed: boolean;
  reconnect: Reconnect;
  reconnectReason: string;
  reference: string;
  /** Every document the text relies on, the defining one (`reference`) first. */
  sources: Source[];
  /**
   * What Chromium, Firefox and WebKit show for a server's close with this
   * code (measured); empty when all three show the code as sent.
   */
  engines: EngineSeen[];
  /** `engines` in a sentence of `locale`; null when `engines` is empty. */
  engineNote: string | null;
  /** The locale actually used. */
  locale: string;
  reason?: string;
  wasClean?: boolean;
}

export interface WidgetProps extends CloseInput {
  locale?: Locale | LocaleModule;
}

export interface WatchOptions {
  /** Render into this element; without it, into the dev overlay. */
  target?: Element;
  locale?: Locale | LocaleModule;
  onClose?: (explanation: WatchedExplanation) => void;
  /** Show only closes worth a look: all but the page's own `close()`. `onClose` still hears every close. */
  onlyUnexpected?: boolean;
}

export type DiagnosisRule =
  | "handshake-failed" | "idle-timeout" | "idle-then-dropped" | "went-offline"
  | "page-hidden" | "page-unloading" | "message-too-big" | "closed-by-page"
  | "closed-by-server" | "closed-right-after-open" | "reconnect-storm";

/** One explanation of a close, from what the watcher recorded. */
export interface Diagnosis {
  rule: DiagnosisRule;
  confidence: "high" | "medium" | "low";
  summary: string;
  /** The recorded facts behind it, one sentence each. */
  evidence: string[];
  fix: string;
  /** Where the facts about servers and proxies in `evidence` come from. */
  sources: { label: string; url: string }[];
}

/** What a watcher recorded about one socket. Times are `Date.now()` milliseconds. */
export interface SocketHistory {
  url: string;
  createdAt: number;
  openedAt: number | null;
  closedAt: number | null;
  everOpened: boolean;
  messagesSent: number;
  /** Text messages count `string.length` (UTF-16 units); binary ones their bytes. */
  bytesSent: number;
  largestSent: number;
  lastSentBytes: number | null;
  lastSentAt: number | null;
  messagesReceived: number;
  bytesReceived: number;
  lastReceivedAt: number | null;
  bufferedAmountAtClose: number;
  errorAt: number | null;
  closeCall: { at: number; code: number | null; reason: string | null } | null;
  onlineAtClose: boolean;
  hiddenAtClose: boolean;
  pageEvents: { at: number; kind: "offline" | "online" | "hidden" | "visible" | "unloading" }[];
  /** When earlier sockets to the same URL closed (the last minute). */
  earlierCloses: number[];
}

/** What `onClose` receives: the explanation, the diagnosis and the history. */
export interface WatchedExplanation extends Explanation {
  /** Most confident first; empty when the history adds nothing to the code. */
  diagnosis: Diagnosis[];
  history: SocketHistory;
}

export interface ReconnectOptions {
  /** The first backoff ceiling in ms (default 1000): attempt n waits at most baseMs × 2^n. */
  baseMs?: number;
  /** The longest wait in ms (default 30000), floors included. */
  maxMs?: number;
  /** What your own 4000–4999 codes mean; unlisted ones give `null`. */
  appCodes?: Record<number, "never" | "with-backoff" | "after-fix">;
}
"#;

/// Runs once when the module is initialized: `<ws-close-explainer>` is
/// registered.
#[wasm_bindgen(start)]
pub fn start() {
    if let Err(error) = element::define() {
        interop::warn("wsclose: <ws-close-explainer> not defined", &error);
    }
}

/// Explains a close code, a `CloseEvent`, or `{code, reason?, wasClean?}`.
///
/// Throws an `Error` for anything that is not a close code: a string, NaN, a
/// fraction, a negative number or one above 65535. Every integer in 0–65535
/// gets an answer, including the invalid ones (`kind: "invalid"`).
#[wasm_bindgen(js_name = explain, unchecked_return_type = "Explanation")]
pub fn explain_js(
    #[wasm_bindgen(unchecked_param_type = "number | CloseEvent | CloseInput")] input: JsValue,
    #[wasm_bindgen(unchecked_param_type = "ExplainOptions | undefined")] options: JsValue,
) -> input::Result<JsValue> {
    let close = input::close("explain", &input)?;
    let options = input::options("explain", &options, &["locale"])?;
    let locale = input::locale("explain", options)?;
    watch::to_js(&crate::explain::explain(close, locale))
        .map_err(|e| input::error("explain", input::describe(&e)))
}
