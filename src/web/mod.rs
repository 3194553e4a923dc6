//! The JavaScript API (`dist/pkg/wsclose.js`): `explain`, `mount`, `watch`,
//! `install` and the `<ws-close-explainer>` element.
//!
//! This is the edge where untrusted `JsValue`s enter: everything is checked in
//! [`input`] and turned into a thrown `Error`, never a panic, because a panic
//! in wasm takes down every widget on the page.

mod element;
mod glue;
mod input;
mod install;
mod mount;
mod overlay;
mod shadow;
mod watch;

use wasm_bindgen::prelude::*;

pub use install::{install, Installation};
pub use mount::{mount, Widget};
pub use watch::{watch, Watcher};

#[wasm_bindgen(typescript_custom_section)]
const TYPES: &str = r#"
/** A BCP 47 tag; the closest supported locale is used, English if none. */
export type Locale = string;

export type Reconnect = "never" | "with-backoff" | "after-fix" | "app-defined";

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
  locale?: Locale;
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
  /** "browser" for 1005, 1006 and 1015, which never travel in a Close frame. */
  producedBy: "peer" | "browser";
  sentInCloseFrame: boolean;
  /** Whether page JavaScript may pass this code to `WebSocket.close()`. */
  closeAllowed: boolean;
  reconnect: Reconnect;
  reconnectReason: string;
  reference: string;
  /** The locale actually used. */
  locale: string;
  reason?: string;
  wasClean?: boolean;
}

export interface WidgetProps extends CloseInput {
  locale?: Locale;
}

export interface WatchOptions {
  /** Render into this element; without it, into the dev overlay. */
  target?: Element;
  locale?: Locale;
  onClose?: (explanation: Explanation) => void;
}
"#;

/// Runs once when the module is initialized: registers `<ws-close-explainer>`.
#[wasm_bindgen(start)]
pub fn start() {
    element::define();
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
) -> Result<JsValue, JsError> {
    let close = input::close("explain", &input)?;
    let options = input::options("explain", &options, &["locale"])?;
    let locale = input::locale("explain", options)?;
    watch::to_js(&crate::explain::explain(close, locale))
        .map_err(|e| input::error("explain", input::describe(&e)))
}
