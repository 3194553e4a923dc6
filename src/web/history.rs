//! Recording a watched socket's life, for the diagnosis.
//!
//! The cost per message is what matters here: a page may push thousands of
//! messages a second through a watched socket. Each message costs one
//! listener call and a few counter updates; nothing is copied (a text
//! message is measured by its `length`, not converted to UTF-8), and nothing
//! per message is allocated or kept.
//!
//! Sends are seen by wrapping `send` on the socket *instance*: an own
//! property that records and then calls the method the socket had before
//! (the prototype's, or a subclass's). The prototype is untouched, other
//! sockets are untouched, and dropping the [`Recorder`] deletes the own
//! property, so the instance goes back to exactly what it was. `close` is
//! wrapped the same way, to tell the page's own close from the server's.

use std::cell::RefCell;
use std::collections::VecDeque;
use std::rc::Rc;

use gloo_events::EventListener;
use js_sys::{ArrayBuffer, Date, Function, JsString, Object, Reflect};
use wasm_bindgen::prelude::*;
use web_sys::WebSocket;

use crate::diagnose::{CloseCall, History, Millis, PageEvent, PageEventKind};

/// Page events kept for sockets that outlive them.
const PAGE_EVENTS_KEPT: usize = 64;
/// Earlier closes kept per page, and for how long, for the storm rule.
const CLOSES_KEPT: usize = 256;
const CLOSES_KEPT_MS: Millis = 60_000.0;

/// The page-wide facts (connectivity, visibility, unload): one set of
/// listeners for every watched socket, held while any recorder lives.
#[derive(Default)]
struct Page {
    leases: usize,
    listeners: Vec<EventListener>,
    events: VecDeque<PageEvent>,
    closes: VecDeque<(String, Millis)>,
}

thread_local! {
    static PAGE: RefCell<Page> = RefCell::new(Page::default());
}

fn page_event(kind: PageEventKind) {
    PAGE.with_borrow_mut(|page| {
        if page.events.len() == PAGE_EVENTS_KEPT {
            page.events.pop_front();
        }
        page.events.push_back(PageEvent {
            at: Date::now(),
            kind,
        });
    });
}

/// A recorder's share of the page-wide listeners.
struct PageLease;

impl PageLease {
    fn acquire() -> PageLease {
        PAGE.with_borrow_mut(|page| {
            page.leases += 1;
            if page.leases == 1 {
                page.listeners = page_listeners();
            }
        });
        PageLease
    }
}

impl Drop for PageLease {
    fn drop(&mut self) {
        let listeners = PAGE.with_borrow_mut(|page| {
            page.leases = page.leases.saturating_sub(1);
            if page.leases == 0 {
                page.events.clear();
                std::mem::take(&mut page.listeners)
            } else {
                Vec::new()
            }
        });
        // Removed outside the borrow, in case removal ever dispatches.
        drop(listeners);
    }
}

fn page_listeners() -> Vec<EventListener> {
    let Some(window) = web_sys::window() else {
        return Vec::new();
    };
    let mut listeners = vec![
        EventListener::new(&window, "offline", |_| page_event(PageEventKind::Offline)),
        EventListener::new(&window, "online", |_| page_event(PageEventKind::Online)),
        EventListener::new(&window, "pagehide", |_| {
            page_event(PageEventKind::Unloading)
        }),
    ];
    if let Some(document) = window.document() {
        let watched = document.clone();
        listeners.push(EventListener::new(
            &document,
            "visibilitychange",
            move |_| {
                page_event(if watched.hidden() {
                    PageEventKind::Hidden
                } else {
                    PageEventKind::Visible
                })
            },
        ));
    }
    listeners
}

/// The size of a message as `send()` takes it or `message` delivers it:
/// a string's UTF-16 length, an `ArrayBuffer`'s or view's `byteLength`, a
/// `Blob`'s `size`.
fn size_of(data: &JsValue) -> u64 {
    if let Some(text) = data.dyn_ref::<JsString>() {
        return u64::from(text.length());
    }
    if let Some(buffer) = data.dyn_ref::<ArrayBuffer>() {
        return buffer.byte_length() as u64;
    }
    if !data.is_object() {
        return 0;
    }
    ["byteLength", "size"]
        .iter()
        .find_map(|key| Reflect::get(data, &JsValue::from_str(key)).ok()?.as_f64())
        .map_or(0, |n| {
            if n.is_finite() && n > 0.0 {
                n as u64
            } else {
                0
            }
        })
}

/// An own property that shadows a method of one socket instance.
struct OwnMethod<F: ?Sized> {
    socket: Object,
    name: &'static str,
    closure: Closure<F>,
}

impl<F: ?Sized> OwnMethod<F> {
    fn define(socket: &WebSocket, name: &'static str, closure: Closure<F>) -> Option<Self> {
        let socket: Object = socket.clone().unchecked_into();
        // Not enumerable: `Object.keys(ws)` and JSON see what they saw before.
        let descriptor = Object::new();
        let set = |key: &str, value: &JsValue| {
            Reflect::set(&descriptor, &JsValue::from_str(key), value).is_ok()
        };
        let ok = set("value", closure.as_ref())
            && set("writable", &JsValue::TRUE)
            && set("configurable", &JsValue::TRUE)
            && set("enumerable", &JsValue::FALSE);
        if !ok || Object::has_own(&socket, &JsValue::from_str(name)) {
            // Someone already put an own `name` on this socket: leave theirs.
            return None;
        }
        // Reflect.defineProperty reports a frozen socket as `false` instead of throwing.
        let defined = Reflect::define_property(&socket, &JsValue::from_str(name), &descriptor);
        defined.unwrap_or(false).then_some(OwnMethod {
            socket,
            name,
            closure,
        })
    }
}

impl<F: ?Sized> Drop for OwnMethod<F> {
    fn drop(&mut self) {
        let key = JsValue::from_str(self.name);
        // Only delete our own wrapper: if the app replaced it, that is theirs.
        let current = Reflect::get(&self.socket, &key).unwrap_or(JsValue::UNDEFINED);
        if Object::has_own(&self.socket, &key) && current == *self.closure.as_ref() {
            let _ = Reflect::delete_property(&self.socket, &key);
        }
    }
}

/// `send(data)` on the instance; errors are the original method's, rethrown.
type SendFn = dyn FnMut(JsValue) -> Result<(), JsValue>;
/// `close(code?, reason?)` on the instance.
type CloseFn = dyn FnMut(JsValue, JsValue) -> Result<(), JsValue>;

/// Records one socket's history until dropped; dropping removes every
/// listener and wrapper it added.
pub(crate) struct Recorder {
    socket: WebSocket,
    history: Rc<RefCell<History>>,
    _listeners: [EventListener; 3],
    _send: Option<OwnMethod<SendFn>>,
    _close: Option<OwnMethod<CloseFn>>,
    _page: PageLease,
}

impl Recorder {
    pub fn start(socket: &WebSocket) -> Recorder {
        let now = Date::now();
        let open = socket.ready_state() == WebSocket::OPEN;
        let history = Rc::new(RefCell::new(History {
            url: socket.url(),
            created_at: now,
            opened_at: open.then_some(now),
            ever_opened: open,
            online_at_close: true,
            ..History::default()
        }));
        let listeners = {
            let on_open = history.clone();
            let on_message = history.clone();
            let on_error = history.clone();
            [
                EventListener::new(socket, "open", move |_| {
                    let mut h = on_open.borrow_mut();
                    h.opened_at = Some(Date::now());
                    h.ever_opened = true;
                }),
                EventListener::new(socket, "message", move |event| {
                    let data = Reflect::get(event, &JsValue::from_str("data"))
                        .unwrap_or(JsValue::UNDEFINED);
                    let bytes = size_of(&data);
                    let mut h = on_message.borrow_mut();
                    h.messages_received += 1;
                    h.bytes_received += bytes;
                    h.last_received_at = Some(Date::now());
                }),
                EventListener::new(socket, "error", move |_| {
                    on_error.borrow_mut().error_at = Some(Date::now());
                }),
            ]
        };
        Recorder {
            socket: socket.clone(),
            _send: wrap_send(socket, history.clone()),
            _close: wrap_close(socket, history.clone()),
            history,
            _listeners: listeners,
            _page: PageLease::acquire(),
        }
    }

    /// The history as of the close event, and the close counted for the
    /// reconnect-storm rule of the sockets that close after it.
    pub fn finish(&self) -> History {
        let now = Date::now();
        let mut history = self.history.borrow().clone();
        history.closed_at = Some(now);
        history.buffered_amount_at_close = u64::from(self.socket.buffered_amount());
        let window = web_sys::window();
        history.online_at_close = window.as_ref().is_none_or(|w| w.navigator().on_line());
        history.hidden_at_close = window
            .and_then(|w| w.document())
            .is_some_and(|d| d.hidden());
        PAGE.with_borrow_mut(|page| {
            history.page_events = page
                .events
                .iter()
                .filter(|e| e.at >= history.created_at)
                .copied()
                .collect();
            while page
                .closes
                .front()
                .is_some_and(|(_, at)| now - at > CLOSES_KEPT_MS)
                || page.closes.len() >= CLOSES_KEPT
            {
                page.closes.pop_front();
            }
            history.earlier_closes = page
                .closes
                .iter()
                .filter(|(url, _)| *url == history.url)
                .map(|(_, at)| *at)
                .collect();
            page.closes.push_back((history.url.clone(), now));
        });
        history
    }
}

/// The method the socket would call without us: its prototype's, or a subclass's.
fn original(socket: &WebSocket, name: &str) -> Option<Function> {
    Reflect::get(socket, &JsValue::from_str(name))
        .ok()?
        .dyn_into()
        .ok()
}

fn wrap_send(socket: &WebSocket, history: Rc<RefCell<History>>) -> Option<OwnMethod<SendFn>> {
    let send = original(socket, "send")?;
    let target = socket.clone();
    let closure = Closure::<SendFn>::new(move |data: JsValue| {
        // Send first: if it throws (still CONNECTING), the app sees the
        // same exception and nothing was sent, so nothing is recorded.
        send.call1(&target, &data)?;
        let bytes = size_of(&data);
        let mut h = history.borrow_mut();
        h.messages_sent += 1;
        h.bytes_sent += bytes;
        h.largest_sent = h.largest_sent.max(bytes);
        h.last_sent_bytes = Some(bytes);
        h.last_sent_at = Some(Date::now());
        Ok(())
    });
    OwnMethod::define(socket, "send", closure)
}

fn wrap_close(socket: &WebSocket, history: Rc<RefCell<History>>) -> Option<OwnMethod<CloseFn>> {
    let close = original(socket, "close")?;
    let target = socket.clone();
    let closure = Closure::<CloseFn>::new(move |code: JsValue, reason: JsValue| {
        // Forward exactly what was passed: `close()` and `close(undefined)`
        // are the same to WebIDL, so passing both arguments is faithful.
        close.call2(&target, &code, &reason)?;
        let mut h = history.borrow_mut();
        if h.close_call.is_none() {
            h.close_call = Some(CloseCall {
                at: Date::now(),
                code: code
                    .as_f64()
                    .and_then(|n| crate::codes::from_number(n).ok()),
                reason: reason.as_string(),
            });
        }
        Ok(())
    });
    OwnMethod::define(socket, "close", closure)
}
