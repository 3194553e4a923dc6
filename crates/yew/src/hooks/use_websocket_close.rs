use gloo_events::EventListener;
use wasm_bindgen::JsCast;
use web_sys::{CloseEvent, WebSocket};
use yew::prelude::*;

use wsclose_core::explain::Close;

/// What [`use_websocket_close`] returns.
#[derive(Clone, PartialEq)]
pub struct UseWebSocketCloseHandle {
    last: UseStateHandle<Option<Close>>,
}

impl UseWebSocketCloseHandle {
    /// The socket's last close, once it has closed.
    pub fn last(&self) -> Option<&Close> {
        self.last.as_ref()
    }

    /// Forgets the last close, e.g. after the app reconnected.
    pub fn clear(&self) {
        self.last.set(None);
    }
}

/// Watches a [`WebSocket`] and re-renders with its close once it closes.
///
/// Listens with `addEventListener` (through [`gloo_events::EventListener`]),
/// so the app's own `onclose` keeps working, and removes the listener when the
/// socket changes or the component unmounts.
///
/// ```ignore
/// let close = use_websocket_close(Some(socket.clone()));
/// html! {
///     if let Some(close) = close.last() {
///         <CloseExplainer code={close.code} reason={close.reason.clone().map(AttrValue::from)} was_clean={close.was_clean} />
///     }
/// }
/// ```
#[hook]
pub fn use_websocket_close(socket: Option<WebSocket>) -> UseWebSocketCloseHandle {
    let last = use_state(|| None);
    {
        let last = last.clone();
        use_effect_with(socket, move |socket| {
            let listener = socket.as_ref().map(|socket| {
                EventListener::new(socket, "close", move |event| {
                    if let Some(event) = event.dyn_ref::<CloseEvent>() {
                        last.set(Some(Close {
                            code: event.code(),
                            reason: Some(event.reason()),
                            was_clean: Some(event.was_clean()),
                        }));
                    }
                })
            });
            move || drop(listener)
        });
    }
    UseWebSocketCloseHandle { last }
}
