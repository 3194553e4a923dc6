use std::cell::RefCell;
use std::rc::Rc;

use gloo_events::EventListener;
use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::text::{fill, text};
use wsclose_core::explain::Close;
use wsclose_core::i18n::Locale;
use wsclose_yew::components::{rich_text, CloseExplainer};

#[derive(Properties, PartialEq, Clone)]
pub struct LiveCheckProps {
    pub locale: Locale,
}

#[derive(Clone, Debug, PartialEq)]
enum Status {
    Idle,
    BadUrl,
    Failed,
    Connecting,
    Open { sent: u32 },
    Closed(Close),
}

/// The socket being checked, with the listeners that must live as long as it.
#[derive(Default)]
struct Live {
    socket: Option<web_sys::WebSocket>,
    listeners: Vec<EventListener>,
}

impl Live {
    fn reset(&mut self) {
        self.listeners.clear();
        if let Some(socket) = self.socket.take() {
            let _ = socket.close();
        }
    }
}

/// Largest test message: enough to trip any common server limit.
const MAX_BYTES: u32 = 64 * 1024 * 1024;

/// Connects to a URL, optionally sends N bytes, and explains how the socket closed.
#[component]
pub fn LiveCheck(props: &LiveCheckProps) -> Html {
    let locale = props.locale;
    let t = text(locale);
    let status = use_state(|| Status::Idle);
    let live = use_mut_ref(Live::default);
    let (url_ref, bytes_ref) = (use_node_ref(), use_node_ref());

    let onsubmit = {
        let (status, live) = (status.clone(), live.clone());
        let (url_ref, bytes_ref) = (url_ref.clone(), bytes_ref.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let value = |node: &NodeRef| {
                node.cast::<web_sys::HtmlInputElement>()
                    .map(|i| i.value().trim().to_owned())
                    .unwrap_or_default()
            };
            let url = value(&url_ref);
            let bytes = value(&bytes_ref).parse::<u32>().unwrap_or(0).min(MAX_BYTES);
            connect(&url, bytes, &status, &live);
        })
    };
    let onclose = {
        let live = live.clone();
        Callback::from(move |_: MouseEvent| {
            if let Some(socket) = &live.borrow().socket {
                let _ = socket.close_with_code(1000);
            }
        })
    };
    let message = match &*status {
        Status::Idle => None,
        Status::BadUrl => Some(t.live_bad_url.to_owned()),
        Status::Failed => Some(t.live_failed.to_owned()),
        Status::Connecting => Some(t.live_connecting.to_owned()),
        Status::Open { sent: 0 } => Some(t.live_open.to_owned()),
        Status::Open { sent } => Some(fill(t.live_sent, &[("bytes", &sent.to_string())])),
        Status::Closed(_) => None,
    };
    html! {
        <section class="live" data-status={status_name(&status)}>
            <h2>{ t.live_heading }</h2>
            <p>{ t.live_intro }</p>
            <form class="live-form" {onsubmit}>
                <div class="field grow">
                    <label for="live-url">{ rich_text(t.live_url) }</label>
                    <input id="live-url" type="url" ref={url_ref} required=true
                           placeholder="wss://example.com/socket" autocomplete="off" />
                </div>
                <div class="field">
                    <label for="live-bytes">{ t.live_bytes }</label>
                    <input id="live-bytes" type="number" ref={bytes_ref} min="0" value="0" inputmode="numeric" />
                </div>
                <button type="submit">{ t.live_connect }</button>
                if matches!(*status, Status::Open { .. }) {
                    <button type="button" onclick={onclose}>{ t.live_close }</button>
                }
            </form>
            <p class="live-status" role="status">{ rich_text(&message.unwrap_or_default()) }</p>
            if let Status::Closed(close) = &*status {
                <CloseExplainer code={close.code}
                    reason={close.reason.clone().map(AttrValue::from)}
                    was_clean={close.was_clean} {locale} />
            }
        </section>
    }
}

fn status_name(status: &Status) -> &'static str {
    match status {
        Status::Idle => "idle",
        Status::BadUrl => "bad-url",
        Status::Failed => "failed",
        Status::Connecting => "connecting",
        Status::Open { .. } => "open",
        Status::Closed(_) => "closed",
    }
}

fn connect(url: &str, bytes: u32, status: &UseStateHandle<Status>, live: &Rc<RefCell<Live>>) {
    live.borrow_mut().reset();
    if !(url.starts_with("ws://") || url.starts_with("wss://")) {
        status.set(Status::BadUrl);
        return;
    }
    let Ok(socket) = web_sys::WebSocket::new(url) else {
        status.set(Status::Failed);
        return;
    };
    let on_open = {
        let (status, socket) = (status.clone(), socket.clone());
        EventListener::new(&socket.clone(), "open", move |_| {
            if bytes > 0 {
                let _ = socket.send_with_str(&"x".repeat(bytes as usize));
            }
            status.set(Status::Open { sent: bytes });
        })
    };
    let on_close = {
        let status = status.clone();
        EventListener::new(&socket, "close", move |event| {
            if let Some(event) = event.dyn_ref::<web_sys::CloseEvent>() {
                status.set(Status::Closed(Close {
                    code: event.code(),
                    reason: Some(event.reason()),
                    was_clean: Some(event.was_clean()),
                }));
            }
        })
    };
    status.set(Status::Connecting);
    let mut live = live.borrow_mut();
    live.socket = Some(socket);
    live.listeners = vec![on_open, on_close];
}
