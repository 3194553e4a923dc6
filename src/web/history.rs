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

use gloo_events::EventListener;
use js_sys::Date;
use web_sys::WebSocket;

use super::glue::{self, SocketRecord};

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

/// Records one socket's history until dropped; dropping removes every
/// listener and wrapper it added.
pub(crate) struct Recorder {
    socket: WebSocket,
    /// What is known when watching starts: the URL, and when.
    start: History,
    /// The traffic, counted in JS.
    record: SocketRecord,
    _page: PageLease,
}

impl Drop for Recorder {
    fn drop(&mut self) {
        self.record.stop();
    }
}

impl Recorder {
    pub fn start(socket: &WebSocket) -> Recorder {
        let now = Date::now();
        let open = socket.ready_state() == WebSocket::OPEN;
        Recorder {
            socket: socket.clone(),
            start: History {
                url: socket.url(),
                created_at: now,
                opened_at: open.then_some(now),
                ever_opened: open,
                online_at_close: true,
                ..History::default()
            },
            record: glue::record_socket(socket),
            _page: PageLease::acquire(),
        }
    }

    /// The JS record read into a [`History`]: counts are whole numbers
    /// below 2^53, so the conversions are exact.
    fn recorded(&self) -> History {
        let r = &self.record;
        let count = |n: f64| n as u64;
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
