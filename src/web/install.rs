//! `install()`: watch every WebSocket the page creates from now on.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use js_sys::Reflect;
use wasm_bindgen::prelude::*;
use web_sys::{WebSocket, Window};

use super::glue;
use super::input::{self, Result};
use super::mount::Mounted;
use super::overlay::OverlayLease;
use super::slots::{Key, Slots};
use super::watch::{Config, Output, Watching};

thread_local! {
    static INSTALLED: Cell<bool> = const { Cell::new(false) };
}

struct Installed {
    window: Window,
    original: JsValue,
    wrapper: glue::Wrapper,
    /// Called by the wrapper with each new socket; freed after `detach()`.
    _hook: Closure<dyn FnMut(JsValue)>,
    sockets: Rc<RefCell<Vec<Watching>>>,
}

impl Drop for Installed {
    fn drop(&mut self) {
        self.wrapper.detach();
        let websocket = JsValue::from_str("WebSocket");
        let current = Reflect::get(&self.window, &websocket).unwrap_or(JsValue::UNDEFINED);
        if current == self.wrapper.proxy() {
            let _ = Reflect::set(&self.window, &websocket, &self.original);
        } else {
            // Someone wrapped WebSocket after us; restoring would drop their
            // wrapper. Ours is now a pass-through, so leaving it is harmless.
            web_sys::console::warn_1(
                &"wsclose: window.WebSocket was replaced after install(); leaving it in place"
                    .into(),
            );
        }
        self.sockets.borrow_mut().clear();
        INSTALLED.set(false);
    }
}

/// What `install()` returns.
#[wasm_bindgen]
pub struct Installation {
    /// Where the installation lives: not in this handle, which JS may
    /// collect while the page still uses WebSocket (see [`super::slots`]).
    key: Option<Key>,
}

thread_local! {
    /// The installation until `uninstall()` (at most one: see `INSTALLED`).
    static INSTALLATIONS: RefCell<Slots<Installed>> = const { RefCell::new(Slots::new()) };
}

/// Watches every `WebSocket` the page creates from now on, showing each close
/// in the dev overlay (or `options.target`) and passing it to `options.onClose`.
///
/// `window.WebSocket` becomes a Proxy of the original: `instanceof`,
/// `WebSocket.OPEN` and the app's own handlers keep working.
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
    let window = web_sys::window().ok_or_else(|| input::error("install", "no window"))?;
    let original = Reflect::get(&window, &JsValue::from_str("WebSocket"))
        .ok()
        .filter(JsValue::is_function)
        .ok_or_else(|| input::error("install", "this page has no WebSocket constructor"))?;

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
        Closure::<dyn FnMut(JsValue)>::new(move |socket: JsValue| {
            let Some(socket) = socket.dyn_ref::<WebSocket>() else {
                return;
            };
            let output = match (&target, &lease) {
                (Some(parent), _) => Output::Target {
                    parent: parent.clone(),
                    widget: shared_widget.clone(),
                },
                (None, Some(lease)) => Output::Overlay(lease.clone()),
                (None, None) => return,
            };
            let mut sockets = sockets.borrow_mut();
            sockets.retain(|watching| !watching.is_closed());
            sockets.push(Watching::start(
                socket,
                locale,
                on_close.clone(),
                only_unexpected,
                output,
            ));
        })
    };
    let wrapper = glue::wrap_constructor(&original, hook.as_ref());
    Reflect::set(&window, &JsValue::from_str("WebSocket"), &wrapper.proxy()).map_err(|_| {
        input::error(
            "install",
            "window.WebSocket cannot be replaced on this page",
        )
    })?;
    INSTALLED.set(true);
    let installed = Installed {
        window,
        original,
        wrapper,
        _hook: hook,
        sockets,
    };
    Ok(Installation {
        key: Some(INSTALLATIONS.with_borrow_mut(|all| all.insert(installed))),
    })
}

#[wasm_bindgen]
impl Installation {
    /// Restores `window.WebSocket`, stops watching and removes the overlay.
    /// Safe to call twice.
    pub fn uninstall(&mut self) {
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
        let Some(key) = self.key else { return 0 };
        INSTALLATIONS.with_borrow_mut(|all| {
            all.get_mut(key).map_or(0, |i| {
                i.sockets.borrow().iter().filter(|w| !w.is_closed()).count()
            })
        })
    }
}
