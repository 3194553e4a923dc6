//! `install()`: watch every WebSocket the page creates from now on.
//!
//! Two ways in, both in `hookWebSocket` (`glue.js`), reporting each socket
//! once to one callback: `window.WebSocket` becomes a Proxy whose construct
//! trap sees each new socket, and `WebSocket.prototype` gets hooks that see
//! a socket made by a constructor taken before `install()` (socket.io-client
//! reads `globalThis.WebSocket` when its module loads, and so does a class
//! that extends it) at its first `addEventListener`, `on<event>` assignment,
//! `send()` or `close()`, before the call runs.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use wasm_bindgen::prelude::*;

use super::glue;
use super::input::{self, Result};
use super::interop;
use super::mount::Mounted;
use super::overlay::OverlayLease;
use super::slots::{Key, Slots};
use super::watch::{Config, Output, Watching, CLOSED};

thread_local! {
    static INSTALLED: Cell<bool> = const { Cell::new(false) };
}

struct Installed {
    window: JsValue,
    original: JsValue,
    hooks: glue::Hooks,
    /// Called by the hooks with each socket; freed after `detach()`.
    _hook: Closure<dyn Fn(JsValue)>,
    sockets: Rc<RefCell<Vec<Watching>>>,
}

impl Drop for Installed {
    fn drop(&mut self) {
        self.hooks.detach();
        if !matches!(self.hooks.restore(), Ok(true)) {
            // Theirs wraps ours, which is a pass-through now: leaving both
            // keeps their code working.
            interop::warn(
                "wsclose: WebSocket.prototype was changed after install(); leaving the change in place",
                &JsValue::UNDEFINED,
            );
        }
        let restored =
            interop::restore_websocket(&self.window, &self.original, &self.hooks.proxy());
        if !matches!(restored, Ok(true)) {
            // Someone wrapped WebSocket after us; restoring would drop their
            // wrapper. Ours is now a pass-through, so leaving it is harmless.
            interop::warn(
                "wsclose: window.WebSocket was replaced after install(); leaving it in place",
                &JsValue::UNDEFINED,
            );
        }
        // Dropped outside the borrow: dropping removes listeners.
        let sockets = std::mem::take(&mut *self.sockets.borrow_mut());
        drop(sockets);
        INSTALLED.set(false);
    }
}

/// What `install()` returns.
#[wasm_bindgen]
pub struct Installation {
    /// Where the installation lives: not in this handle, which JS may
    /// collect while the page still uses WebSocket (see [`super::slots`]).
    /// A `Cell`, so that `uninstall()` takes `&self`.
    key: Cell<Option<Key>>,
}

thread_local! {
    /// The installation until `uninstall()` (at most one: see `INSTALLED`).
    static INSTALLATIONS: RefCell<Slots<Installed>> = const { RefCell::new(Slots::new()) };
}

/// Watches every `WebSocket` the page opens from now on, showing each close
/// in the dev overlay (or `options.target`) and passing it to `options.onClose`.
///
/// `window.WebSocket` becomes a Proxy of the original: `instanceof`,
/// `WebSocket.OPEN` and the app's own handlers keep working. Sockets of a
/// constructor taken earlier (socket.io-client, a subclass defined before)
/// are seen at their first `addEventListener`, `on<event>` assignment,
/// `send()` or `close()`.
#[wasm_bindgen]
pub fn install(
    #[wasm_bindgen(unchecked_param_type = "WatchOptions | undefined")] options: JsValue,
) -> Result<Installation> {
    let config = Config::parse("install", &options)?;
    if INSTALLED.get() {
        return Err(input::error(
            "install",
            "already installed; call uninstall() on the first installation before installing again",
        ));
    }
    // Taken now: the page's code runs below (a getter on window.WebSocket,
    // a setter), and an install() from there must find it taken.
    INSTALLED.set(true);
    let installed = start(config).inspect_err(|_| INSTALLED.set(false))?;
    Ok(Installation {
        key: Cell::new(Some(
            INSTALLATIONS.with_borrow_mut(|all| all.insert(installed)),
        )),
    })
}

/// Wraps `window.WebSocket`; on failure nothing is left changed.
fn start(config: Config) -> Result<Installed> {
    let window: JsValue = web_sys::window()
        .ok_or_else(|| input::error("install", "no window"))?
        .into();
    let original = interop::get(&window, "WebSocket")
        .map_err(|e| input::threw("install", "window.WebSocket", e))?;
    if !original.is_function() {
        return Err(input::error(
            "install",
            "this page has no WebSocket constructor",
        ));
    }

    let sockets: Rc<RefCell<Vec<Watching>>> = Rc::default();
    let Config {
        locale,
        on_close,
        target,
        only_unexpected,
    } = config;
    // One target widget, or one overlay lease, shared by every socket.
    let shared_widget: Rc<RefCell<Option<Mounted>>> = Rc::default();
    let lease = target.is_none().then(|| Rc::new(OverlayLease::acquire()));
    let hook = {
        let sockets = sockets.clone();
        // `Fn`, and no borrow held while the watch starts: starting it calls
        // into the page, which may create another socket (this hook again)
        // or uninstall.
        Closure::<dyn Fn(JsValue)>::new(move |socket: JsValue| {
            // A socket first seen once closed has had its close event (or
            // is in it): nothing left to watch.
            if interop::socket(&socket).is_none_or(|s| s.ready_state == CLOSED) {
                return;
            }
            let output = match (&target, &lease) {
                (Some(parent), _) => Output::Target {
                    parent: parent.clone(),
                    widget: shared_widget.clone(),
                },
                (None, Some(lease)) => Output::Overlay(lease.clone()),
                (None, None) => return,
            };
            let started =
                Watching::start(&socket, locale, on_close.clone(), only_unexpected, output);
            match started {
                Ok(watching) => {
                    let finished = {
                        let mut sockets = sockets.borrow_mut();
                        let (closed, open) = std::mem::take(&mut *sockets)
                            .into_iter()
                            .partition::<Vec<_>, _>(Watching::is_closed);
                        *sockets = open;
                        sockets.push(watching);
                        closed
                    };
                    drop(finished);
                }
                Err(thrown) => interop::warn(
                    "wsclose: could not watch a new WebSocket",
                    &thrown.to_string().into(),
                ),
            }
        })
    };
    let hooks = glue::hook_websocket(&original, hook.as_ref())
        .map_err(|e| input::error("install", interop::text_of(&e)))?;
    let replaced = interop::replace_websocket(&window, &original, &hooks.proxy());
    if !matches!(replaced, Ok(true)) {
        hooks.detach();
        let _ = hooks.restore();
        let why = match replaced {
            Err(e) => format!("replacing window.WebSocket threw {}", interop::text_of(&e)),
            Ok(_) => "window.WebSocket is read-only on this page, so new sockets cannot be \
                      watched; call watch(socket) on each socket instead"
                .into(),
        };
        return Err(input::error("install", why));
    }
    if let Some(why) = hooks.hooked() {
        interop::warn(
            "wsclose: only sockets created after install() are seen:",
            &why.into(),
        );
    }
    Ok(Installed {
        window,
        original,
        hooks,
        _hook: hook,
        sockets,
    })
}

#[wasm_bindgen]
impl Installation {
    /// Restores `window.WebSocket`, stops watching and removes the overlay.
    /// Safe to call twice.
    pub fn uninstall(&self) {
        let installed = self
            .key
            .take()
            .and_then(|key| INSTALLATIONS.with_borrow_mut(|all| all.remove(key)));
        // Dropped outside the table's borrow: dropping touches the page.
        drop(installed);
    }

    /// How many sockets are being watched right now.
    #[wasm_bindgen(getter, js_name = watchedSockets)]
    pub fn watched_sockets(&self) -> usize {
        let Some(key) = self.key.get() else {
            return 0;
        };
        INSTALLATIONS.with_borrow_mut(|all| {
            all.get_mut(key).map_or(0, |i| {
                i.sockets.borrow().iter().filter(|w| !w.is_closed()).count()
            })
        })
    }
}
