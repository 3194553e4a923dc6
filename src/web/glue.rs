//! Bindings to `glue.js`: the little JavaScript that Rust cannot express,
//! and the per-message recording that must not cross into wasm.

use wasm_bindgen::prelude::*;

#[wasm_bindgen(module = "/src/web/glue.js")]
extern "C" {
    /// What `install()` puts in place (`hookWebSocket` in `glue.js`): the
    /// constructor Proxy and the `WebSocket.prototype` hooks.
    pub type Hooks;

    /// Calls `on_socket` once with each socket of `original` first seen by
    /// the Proxy's construct trap or by a prototype hook.
    #[wasm_bindgen(js_name = hookWebSocket, catch)]
    pub fn hook_websocket(original: &JsValue, on_socket: &JsValue) -> Result<Hooks, JsValue>;

    /// The Proxy to put in `window.WebSocket`.
    #[wasm_bindgen(method, getter)]
    pub fn proxy(this: &Hooks) -> JsValue;

    /// Null, or why `WebSocket.prototype` could not be hooked.
    #[wasm_bindgen(method, getter)]
    pub fn hooked(this: &Hooks) -> Option<String>;

    /// Makes every hook a pass-through; `on_socket` may be freed after.
    #[wasm_bindgen(method)]
    pub fn detach(this: &Hooks);

    /// Puts `WebSocket.prototype` back as it was; false when the page
    /// replaced one of our hooks since (it is then left in place).
    #[wasm_bindgen(method, catch)]
    pub fn restore(this: &Hooks) -> Result<bool, JsValue>;

    /// Defines the custom element unless already defined; true if it did.
    #[wasm_bindgen(js_name = defineElement, catch)]
    pub fn define_element(
        name: &str,
        connected: &JsValue,
        disconnected: &JsValue,
        changed: &JsValue,
    ) -> Result<bool, JsValue>;

    /// The pack text of `tag`'s locale module (`locales/<tag>.js`, loaded
    /// with a literal `import()` bundlers follow); rejects with a
    /// `wsclose.loadLocale:` Error if the import fails or the text is
    /// longer than `limit` UTF-16 units.
    #[wasm_bindgen(js_name = importLocale, catch)]
    pub async fn import_locale(tag: &str, limit: f64) -> Result<JsValue, JsValue>;

    /// `fetch(url)` and its text; rejects with a `wsclose.loadLocale:` Error
    /// on a network error, a non-2xx status or a body over `limit` bytes.
    #[wasm_bindgen(js_name = fetchText, catch)]
    pub async fn fetch_text(url: &str, limit: f64) -> Result<JsValue, JsValue>;

    /// Resolves once the UI module (`wsclose_ui.js`) is loaded and
    /// initialized; rejects with an `Error` saying why not.
    #[wasm_bindgen(js_name = loadUi, catch)]
    pub async fn load_ui() -> Result<(), JsValue>;

    /// Starts loading the UI module now (a card is about to be shown).
    #[wasm_bindgen(js_name = startUi, catch)]
    pub fn start_ui() -> Result<(), JsValue>;

    /// Starts loading the UI module when the page is idle, once.
    #[wasm_bindgen(js_name = prefetchUi, catch)]
    pub fn prefetch_ui() -> Result<(), JsValue>;

    /// A Yew app of the UI module, showing a `View` (`wsclose_ui::Rendered`).
    #[derive(Clone)]
    pub type Rendered;

    /// Renders a serialized `View` into `mount_point` (in `root`, a shadow
    /// root of this page's document if `own_document`); only after [`load_ui`].
    #[wasm_bindgen(js_name = uiRender, catch)]
    pub fn ui_render(
        root: &JsValue,
        own_document: bool,
        mount_point: &JsValue,
        view: &JsValue,
    ) -> Result<Rendered, JsValue>;

    #[wasm_bindgen(js_name = uiShow, catch)]
    pub fn ui_show(rendered: &Rendered, view: &JsValue) -> Result<(), JsValue>;

    /// Removes the app and frees the handle: call it once.
    #[wasm_bindgen(js_name = uiDestroy, catch)]
    pub fn ui_destroy(rendered: &Rendered) -> Result<(), JsValue>;

    /// Hands an installed locale's pack to the UI module, now or when it loads.
    #[wasm_bindgen(js_name = sharePack, catch)]
    pub fn share_pack(tag: &str, pack: &JsValue) -> Result<(), JsValue>;

    /// A watched socket's traffic, counted in plain JS (see `recordSocket`
    /// in `glue.js`). Times are `Date.now()` values; `None` means never.
    pub type SocketRecord;

    /// Starts recording: `open`, `message` and `error` listeners and the
    /// own-property `send`/`close` wrappers, until [`SocketRecord::stop`].
    /// A socket already recorded shares its record.
    #[wasm_bindgen(js_name = recordSocket, catch)]
    pub fn record_socket(socket: &JsValue) -> Result<SocketRecord, JsValue>;

    /// Gives up this watcher's share of the record; the last one removes
    /// its listeners and wrappers. Call it once per `record_socket`.
    #[wasm_bindgen(method, catch)]
    pub fn stop(this: &SocketRecord) -> Result<(), JsValue>;

    #[wasm_bindgen(method, getter, js_name = openedAt)]
    pub fn opened_at(this: &SocketRecord) -> Option<f64>;
    #[wasm_bindgen(method, getter, js_name = errorAt)]
    pub fn error_at(this: &SocketRecord) -> Option<f64>;
    #[wasm_bindgen(method, getter, js_name = messagesReceived)]
    pub fn messages_received(this: &SocketRecord) -> f64;
    #[wasm_bindgen(method, getter, js_name = bytesReceived)]
    pub fn bytes_received(this: &SocketRecord) -> f64;
    #[wasm_bindgen(method, getter, js_name = lastReceivedAt)]
    pub fn last_received_at(this: &SocketRecord) -> Option<f64>;
    #[wasm_bindgen(method, getter, js_name = messagesSent)]
    pub fn messages_sent(this: &SocketRecord) -> f64;
    #[wasm_bindgen(method, getter, js_name = bytesSent)]
    pub fn bytes_sent(this: &SocketRecord) -> f64;
    #[wasm_bindgen(method, getter, js_name = largestSent)]
    pub fn largest_sent(this: &SocketRecord) -> f64;
    #[wasm_bindgen(method, getter, js_name = lastSentBytes)]
    pub fn last_sent_bytes(this: &SocketRecord) -> Option<f64>;
    #[wasm_bindgen(method, getter, js_name = lastSentAt)]
    pub fn last_sent_at(this: &SocketRecord) -> Option<f64>;
    #[wasm_bindgen(method, getter, js_name = closeCalledAt)]
    pub fn close_called_at(this: &SocketRecord) -> Option<f64>;
    /// The `code` argument of that first `close()`, exactly as passed.
    #[wasm_bindgen(method, getter, js_name = closeCode)]
    pub fn close_code(this: &SocketRecord) -> JsValue;
    /// The `reason` argument of that first `close()`, exactly as passed.
    #[wasm_bindgen(method, getter, js_name = closeReason)]
    pub fn close_reason(this: &SocketRecord) -> JsValue;
}
