//! The plain objects the JS API hands out: `explain()`'s explanation, and
//! the `diagnosis` and `history` that `onClose` receives.
//!
//! Built by hand rather than by serde-wasm-bindgen: the serializer and the
//! serde impls it instantiates cost the bundle ~6 KiB gzip, the objects
//! built here a third of that. The shape is the `Serialize` shape of the
//! core's types (camelCase where they say so, `null` for `None`, a skipped
//! field left out); `tests/web.rs` compares the two, key by key and in
//! order, for every locale.

use js_sys::{Array, Object};
use wasm_bindgen::prelude::*;

use crate::codes::Source;
use crate::diagnose::{CloseCall, Diagnosis, History, PageEvent};
use crate::explain::{EngineSeen, Explanation};
use wsclose_core::engines::Engine;

#[wasm_bindgen]
extern "C" {
    /// A plain object (`{}`) that this module fills.
    #[wasm_bindgen(extends = Object)]
    type Plain;
    /// `object[key] = value`: what serde-wasm-bindgen did too.
    #[wasm_bindgen(method, structural, indexing_setter)]
    fn set(this: &Plain, key: &str, value: JsValue);
}

/// A plain object under construction.
struct Obj(Plain);

impl Obj {
    fn new() -> Obj {
        Obj(Object::new().unchecked_into())
    }

    fn with(self, key: &str, value: impl Into<JsValue>) -> Obj {
        self.0.set(key, value.into());
        self
    }
}

impl From<Obj> for JsValue {
    fn from(obj: Obj) -> JsValue {
        obj.0.into()
    }
}

/// A count as a JS number (`JsValue::from(u64)` would be a BigInt).
fn count(n: u64) -> JsValue {
    JsValue::from_f64(n as f64)
}

/// `null` for `None`.
fn or_null<T: Into<JsValue>>(value: Option<T>) -> JsValue {
    value.map_or(JsValue::NULL, Into::into)
}

fn array<T>(items: &[T], each: impl Fn(&T) -> JsValue) -> JsValue {
    items.iter().map(each).collect::<Array>().into()
}

fn source(source: &Source) -> JsValue {
    Obj::new()
        .with("label", source.label)
        .with("url", source.url)
        .into()
}

/// `Engine`'s serde name (lowercase).
fn engine_name(engine: Engine) -> &'static str {
    match engine {
        Engine::Chromium => "chromium",
        Engine::Firefox => "firefox",
        Engine::WebKit => "webkit",
    }
}

fn engine_seen(seen: &EngineSeen) -> JsValue {
    Obj::new()
        .with("engine", engine_name(seen.engine))
        .with("code", or_null(seen.code))
        .with("wasClean", or_null(seen.was_clean))
        .into()
}

/// What `explain()` returns.
pub fn explanation(e: &Explanation) -> JsValue {
    let mut obj = Obj::new()
        .with("code", e.code)
        .with("name", e.name)
        .with("title", e.title)
        .with("kind", e.kind.as_str())
        .with("summary", &*e.summary)
        .with("cause", &*e.cause)
        .with("fix", &*e.fix)
        .with("producedBy", e.produced_by.as_str())
        .with("sentInCloseFrame", e.sent_in_close_frame)
        .with("closeAllowed", e.close_allowed)
        .with("reconnect", e.reconnect.as_str())
        .with("reconnectReason", &*e.reconnect_reason)
        .with("reference", e.reference)
        .with("sources", array(e.sources, source))
        .with("engines", array(&e.engines, engine_seen))
        .with("engineNote", or_null(e.engine_note.as_deref()))
        .with("locale", e.locale.tag());
    if let Some(reason) = &e.reason {
        obj = obj.with("reason", reason.as_str());
    }
    if let Some(clean) = e.was_clean {
        obj = obj.with("wasClean", clean);
    }
    obj.into()
}

/// `onClose`'s `diagnosis`: the rules that matched, most confident first.
pub fn diagnoses(diagnoses: &[Diagnosis]) -> JsValue {
    array(diagnoses, |d| {
        Obj::new()
            .with("rule", d.rule.as_str())
            .with("confidence", d.confidence.as_str())
            .with("summary", d.summary.as_str())
            .with("evidence", array(&d.evidence, |s| s.as_str().into()))
            .with("fix", d.fix.as_str())
            .with("sources", array(&d.sources, source))
            .into()
    })
}

fn close_call(call: &CloseCall) -> JsValue {
    Obj::new()
        .with("at", call.at)
        .with("code", or_null(call.code))
        .with("reason", or_null(call.reason.as_deref()))
        .into()
}

fn page_event(event: &PageEvent) -> JsValue {
    Obj::new()
        .with("at", event.at)
        .with("kind", event.kind.as_str())
        .into()
}

/// `onClose`'s `history`: what the watcher recorded about the socket.
pub fn history(h: &History) -> JsValue {
    Obj::new()
        .with("url", h.url.as_str())
        .with("createdAt", h.created_at)
        .with("openedAt", or_null(h.opened_at))
        .with("closedAt", or_null(h.closed_at))
        .with("everOpened", h.ever_opened)
        .with("messagesSent", count(h.messages_sent))
        .with("bytesSent", count(h.bytes_sent))
        .with("largestSent", count(h.largest_sent))
        .with(
            "lastSentBytes",
            h.last_sent_bytes.map_or(JsValue::NULL, count),
        )
        .with("lastSentAt", or_null(h.last_sent_at))
        .with("messagesReceived", count(h.messages_received))
        .with("bytesReceived", count(h.bytes_received))
        .with("lastReceivedAt", or_null(h.last_received_at))
        .with("bufferedAmountAtClose", count(h.buffered_amount_at_close))
        .with("errorAt", or_null(h.error_at))
        .with(
            "closeCall",
            h.close_call.as_ref().map_or(JsValue::NULL, close_call),
        )
        .with("onlineAtClose", h.online_at_close)
        .with("hiddenAtClose", h.hidden_at_close)
        .with("pageEvents", array(&h.page_events, page_event))
        .with("earlierCloses", array(&h.earlier_closes, |&at| at.into()))
        .into()
}
