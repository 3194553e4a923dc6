//! `watch()`: explain a socket's close when it happens.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use js_sys::{Function, Object};
use serde::Serialize;
use wasm_bindgen::prelude::*;
use web_sys::Element;

use super::history::Recorder;
use super::input::{self, Result};
use super::interop::{self, Caught, Listener};
use super::mount::Mounted;
use super::overlay::OverlayLease;
use super::slots::{Key, Slots};
use crate::diagnose::{self, History, Params};
use crate::explain::{explain, Close, Explanation};
use crate::i18n::Locale;
use crate::view::View;

pub(crate) const OPTIONS: &[&str] = &["target", "locale", "onClose", "onlyUnexpected"];

/// Where a watcher shows its explanations.
pub(crate) enum Output {
    /// A widget in the app's element, created on the first close and shared
    /// by every socket of an `install()`.
    Target {
        parent: Element,
        widget: Rc<RefCell<Option<Mounted>>>,
    },
    /// The shared dev-overlay panel.
    Overlay(Rc<OverlayLease>),
}

/// The parsed options shared by `watch()` and `install()`.
pub(crate) struct Config {
    pub locale: Locale,
    pub on_close: Option<Function>,
    pub target: Option<Element>,
    /// Show only closes that deserve attention (see [`diagnose::is_unexpected`]);
    /// `onClose` still hears every close.
    pub only_unexpected: bool,
}

impl Config {
    /// Also starts fetching the locale's text, so that explanations given
    /// to `onClose` are in it by the time a socket closes.
    pub fn parse(api: &'static str, options: &JsValue) -> Result<Config> {
        let options: Option<&Object> = input::options(api, options, OPTIONS)?;
        let locale = input::locale(api, options)?;
        super::locales::request(locale, || {});
        let config = Config {
            locale,
            on_close: options
                .map(|o| input::function(api, o, "onClose"))
                .transpose()?
                .flatten(),
            target: options
                .map(|o| input::optional_element(api, o, "target"))
                .transpose()?
                .flatten(),
            only_unexpected: options
                .map(|o| input::boolean(api, o, "onlyUnexpected"))
                .transpose()?
                .flatten()
                .unwrap_or(false),
        };
        // Once the options are accepted: a close may come with the network
        // gone, and the UI module must be here by then.
        super::ui::prefetch();
        Ok(config)
    }
}

/// The explanation as the plain JS object `explain()` returns.
pub(crate) fn to_js(explanation: &Explanation) -> std::result::Result<JsValue, JsValue> {
    explanation
        .serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        .map_err(Into::into)
}

/// `WebSocket.CLOSED`: a `close` event that arrives in any other state was
/// dispatched by the page's code, not by the socket.
pub(crate) const CLOSED: u16 = 3;

/// A live watch on one socket: its listeners and `send`/`close` wrappers
/// are removed when this is dropped.
pub(crate) struct Watching {
    _listener: Listener,
    _recorder: Rc<Recorder>,
    closed: Rc<Cell<bool>>,
}

/// What one close produced: shared by the overlay entry and `onClose`.
pub(crate) struct Observed {
    pub close: Close,
    pub history: History,
}

impl Watching {
    /// Starts watching `socket`, a real WebSocket (see [`interop::socket`]).
    /// Fails only if the page's code throws while the listeners are added.
    pub fn start(
        socket: &JsValue,
        locale: Locale,
        on_close: Option<Function>,
        only_unexpected: bool,
        output: Output,
    ) -> Caught<Watching> {
        let closed = Rc::new(Cell::new(false));
        let recorder = Rc::new(Recorder::start(socket)?);
        let listener = {
            let closed = closed.clone();
            let recorder = recorder.clone();
            let socket = socket.clone();
            Listener::new(&socket.clone(), "close", move |event| {
                // Only the socket's own close: an event the page dispatches
                // while the socket is still open is not one.
                let real = interop::socket(&socket).is_some_and(|s| s.ready_state == CLOSED);
                if !real || closed.replace(true) {
                    return;
                }
                let Ok(close) = input::close("watch", &event) else {
                    return;
                };
                let observed = Observed {
                    close,
                    history: recorder.finish(),
                };
                if !only_unexpected
                    || diagnose::is_unexpected(observed.close.code, &observed.history)
                {
                    show(&output, &observed, locale);
                }
                if let Some(on_close) = &on_close {
                    notify(on_close, &observed, locale);
                }
            })?
        };
        Ok(Watching {
            _listener: listener,
            _recorder: recorder,
            closed,
        })
    }

    pub fn is_closed(&self) -> bool {
        self.closed.get()
    }
}

/// Shows a close. The target's widget is taken out of its cell while it is
/// created or updated (DOM calls may run page code that closes another
/// socket of the same `install()`), and put back after.
fn show(output: &Output, observed: &Observed, locale: Locale) {
    match output {
        Output::Target { parent, widget } => {
            let view = View::Card {
                close: observed.close.clone(),
                locale,
            };
            let current = widget.borrow_mut().take();
            let shown = match current {
                Some(mounted) => {
                    mounted.update(&view);
                    mounted
                }
                None => match Mounted::new(parent, &view) {
                    Ok(mounted) => mounted,
                    Err(e) => {
                        interop::report("wsclose: cannot render into the target", &e);
                        return;
                    }
                },
            };
            let extra = widget.borrow_mut().replace(shown);
            drop(extra);
        }
        Output::Overlay(lease) => lease.push(observed, locale),
    }
}

/// The explanation with the watcher's `diagnosis` and `history` added.
fn watched_to_js(observed: &Observed, locale: Locale) -> std::result::Result<JsValue, JsValue> {
    let value = to_js(&explain(observed.close.clone(), locale))?;
    let serializer = serde_wasm_bindgen::Serializer::json_compatible();
    let diagnosis = diagnose::diagnose(
        &observed.close,
        &observed.history,
        &Params::default(),
        locale,
    )
    .serialize(&serializer)?;
    let history = observed.history.serialize(&serializer)?;
    js_sys::Reflect::set(&value, &"diagnosis".into(), &diagnosis)?;
    js_sys::Reflect::set(&value, &"history".into(), &history)?;
    Ok(value)
}

/// Calls the app's `onClose`; an exception there is the app's, so it is
/// reported on the console and does not stop wsclose.
fn notify(on_close: &Function, observed: &Observed, locale: Locale) {
    match watched_to_js(observed, locale) {
        Ok(value) => {
            if let Err(thrown) = interop::call(on_close, &value) {
                interop::report("wsclose: onClose threw", &thrown);
            }
        }
        Err(error) => interop::report("wsclose: cannot build the explanation", &error),
    }
}

/// What `watch()` returns.
#[wasm_bindgen]
pub struct Watcher {
    /// Where the watch lives: not in this handle, which JS may collect while
    /// the socket is still open (see [`super::slots`]). A `Cell`, so that
    /// `stop()` takes `&self` (see [`super::mount::Widget`]).
    key: Cell<Option<Key>>,
}

thread_local! {
    /// Every `watch()` until its `stop()`.
    static WATCHERS: RefCell<Slots<Watching>> = const { RefCell::new(Slots::new()) };
}

/// Explains `webSocket`'s close when it happens: in `options.target`, or in
/// the dev overlay without one, then calls `options.onClose(explanation)`.
///
/// Listens with `addEventListener`; the socket's `onclose` and other
/// listeners are untouched.
#[wasm_bindgen]
pub fn watch(
    #[wasm_bindgen(js_name = webSocket, unchecked_param_type = "WebSocket")] socket: JsValue,
    #[wasm_bindgen(unchecked_param_type = "WatchOptions | undefined")] options: JsValue,
) -> Result<Watcher> {
    let state = interop::socket(&socket).ok_or_else(|| {
        input::error(
            "watch",
            format!("expected a WebSocket, got {}", input::describe(&socket)),
        )
    })?;
    if state.ready_state == CLOSED {
        return Err(input::error(
            "watch",
            "this WebSocket is already closed; call watch() right after creating it",
        ));
    }
    let config = Config::parse("watch", &options)?;
    let output = match config.target {
        Some(parent) => Output::Target {
            parent,
            widget: Rc::default(),
        },
        None => Output::Overlay(Rc::new(OverlayLease::acquire())),
    };
    let watching = Watching::start(
        &socket,
        config.locale,
        config.on_close,
        config.only_unexpected,
        output,
    )
    .map_err(|thrown| input::error("watch", format!("the page's code threw {thrown}")))?;
    Ok(Watcher {
        key: Cell::new(Some(
            WATCHERS.with_borrow_mut(|watchers| watchers.insert(watching)),
        )),
    })
}

#[wasm_bindgen]
impl Watcher {
    /// Stops watching and removes everything this watcher added. Safe to call twice.
    pub fn stop(&self) {
        let watching = self
            .key
            .take()
            .and_then(|key| WATCHERS.with_borrow_mut(|watchers| watchers.remove(key)));
        // Dropped outside the table's borrow: dropping removes DOM and listeners.
        drop(watching);
    }
}
