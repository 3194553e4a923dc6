//! Recording a watched socket's life, for the diagnosis.
//!
//! The cost per message is what matters here: a page may push thousands of
//! messages a second through a watched socket. So the per-socket recording
//! lives in plain JavaScript (`recordSocket` in `glue.js`): each message and
//! each send bumps a few numbers on a JS object and never calls into wasm,
//! nothing is copied (a text message is measured by its `length`, not
//! converted to UTF-8), and nothing per message is allocated or kept. Rust
//! reads that object once, in [`Recorder::finish`], when the socket closes.
//!
//! Sends are seen by wrapping `send` on the socket *instance*: an own
//! property that records and then calls the method the socket had before
//! (the prototype's, or a subclass's). The prototype is untouched, other
//! sockets are untouched, and dropping the [`Recorder`] deletes the own
//! property, so the instance goes back to exactly what it was. `close` is
//! wrapped the same way, to tell the page's own close from the server's.

use std::cell::RefCell;
use std::collections::VecDeque;

use js_sys::Date;
use wasm_bindgen::JsValue;

use super::glue::{self, SocketRecord};
use super::interop::{self, Caught, Listener};

use crate::diagnose::{CloseCall, History, Millis, PageEvent, PageEventKind};

/// Page events kept for sockets that outlive them.
const PAGE_EVENTS_KEPT: usize = 64;
/// Earlier closes kept per page, and for how long, for the storm rule.
const CLOSES_KEPT: usize = 256;
const CLOSES_KEPT_MS: Millis = 60_000.0;

/// The page-wide facts (connectivity, visibility, unload): one set of
/// listeners for every watched socket, held while any recorder lives.
struct Page {
    leases: usize,
    listeners: Vec<Listener>,
    events: VecDeque<PageEvent>,
    closes: VecDeque<(String, Millis)>,
}

thread_local! {
    static PAGE: RefCell<Page> = const {
        RefCell::new(Page {
            leases: 0,
            listeners: Vec::new(),
            events: VecDeque::new(),
            closes: VecDeque::new(),
        })
    };
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
        let first = PAGE.with_borrow_mut(|page| {
            page.leases += 1;
            page.leases == 1
        });
        if first {
            // Added outside the borrow: adding them calls into the page.
            let listeners = page_listeners();
            let old =
                PAGE.with_borrow_mut(|page| std::mem::replace(&mut page.listeners, listeners));
            drop(old);
        }
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

fn page_listeners() -> Vec<Listener> {
    let Some(window) = web_sys::window() else {
        return Vec::new();
    };
    let window = JsValue::from(window);
    let document = interop::get(&window, "document").unwrap_or(JsValue::UNDEFINED);
    let watched = document.clone();
    let listeners = [
        Listener::new(&window, "offline", |_| page_event(PageEventKind::Offline)),
        Listener::new(&window, "online", |_| page_event(PageEventKind::Online)),
        Listener::new(&window, "pagehide", |_| {
            page_event(PageEventKind::Unloading)
        }),
        Listener::new(&document, "visibilitychange", move |_| {
            page_event(if is_hidden(&watched) {
                PageEventKind::Hidden
            } else {
                PageEventKind::Visible
            })
        }),
    ];
    listeners.into_iter().filter_map(Result::ok).collect()
}

/// `document.hidden`, read as a property: a page may have replaced it.
fn is_hidden(document: &JsValue) -> bool {
    interop::get(document, "hidden")
        .ok()
        .and_then(|v| v.as_bool())
        .unwrap_or(false)
}

/// Records one socket's history until dropped; dropping removes every
/// listener and wrapper it added.
pub(crate) struct Recorder {
    socket: JsValue,
    /// What is known when watching starts: the URL, and when.
    start: History,
    /// The traffic, counted in JS.
    record: SocketRecord,
    _page: PageLease,
}

impl Drop for Recorder {
    fn drop(&mut self) {
        // Failing to remove what was added leaves only our listeners behind.
        let _ = self.record.stop();
    }
}

impl Recorder {
    /// Starts recording `socket`, a real WebSocket ([`interop::socket`]).
    pub fn start(socket: &JsValue) -> Caught<Recorder> {
        let now = Date::now();
        let state = interop::socket(socket);
        let open = state.as_ref().is_some_and(|s| s.ready_state == 1);
        let record = glue::record_socket(socket).map_err(|e| interop::thrown(&e))?;
        Ok(Recorder {
            socket: socket.clone(),
            start: History {
                url: state.map(|s| s.url).unwrap_or_default(),
                created_at: now,
                opened_at: open.then_some(now),
                ever_opened: open,
                online_at_close: true,
                ..History::default()
            },
            record,
            _page: PageLease::acquire(),
        })
    }

    /// The JS record read into a [`History`]: counts are whole numbers,
    /// kept below 2^53 so that they serialize as JS numbers. A size comes
    /// from the page's own object (`send({size: 1e300})` is counted), and
    /// a count the serializer refused would lose the whole close.
    fn recorded(&self) -> History {
        let r = &self.record;
        const MAX_SAFE_INTEGER: f64 = 9_007_199_254_740_991.0;
        let count = |n: f64| n.min(MAX_SAFE_INTEGER) as u64;
        let opened_at = r.opened_at().or(self.start.opened_at);
        let close_call = r.close_called_at().map(|at| CloseCall {
            at,
            code: r
                .close_code()
                .as_f64()
                .and_then(|n| crate::codes::from_number(n).ok()),
            reason: r.close_reason().as_string(),
        });
        History {
            opened_at,
            ever_opened: opened_at.is_some(),
            error_at: r.error_at(),
            messages_sent: count(r.messages_sent()),
            bytes_sent: count(r.bytes_sent()),
            largest_sent: count(r.largest_sent()),
            last_sent_bytes: r.last_sent_bytes().map(count),
            last_sent_at: r.last_sent_at(),
            messages_received: count(r.messages_received()),
            bytes_received: count(r.bytes_received()),
            last_received_at: r.last_received_at(),
            close_call,
            ..self.start.clone()
        }
    }

    /// The history as of the close event, and the close counted for the
    /// reconnect-storm rule of the sockets that close after it.
    pub fn finish(&self) -> History {
        let now = Date::now();
        let mut history = self.recorded();
        history.closed_at = Some(now);
        history.buffered_amount_at_close =
            interop::socket(&self.socket).map_or(0, |s| s.buffered_amount as u64);
        let window = web_sys::window().map(JsValue::from).unwrap_or_default();
        let navigator = interop::get(&window, "navigator").unwrap_or_default();
        history.online_at_close = interop::get(&navigator, "onLine")
            .ok()
            .and_then(|v| v.as_bool())
            .unwrap_or(true);
        let document = interop::get(&window, "document").unwrap_or_default();
        history.hidden_at_close = is_hidden(&document);
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
