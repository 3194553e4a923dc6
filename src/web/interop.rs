//! The one edge where wsclose touches the host page's values and code.
//!
//! A JavaScript exception thrown into a wasm import that is not marked
//! `catch` unwinds straight through the wasm frames above it: Rust's
//! cleanup never runs, the shadow stack pointer is not restored and any
//! `RefCell` borrow stays taken, so after a few thousand such throws the
//! module is dead for every widget on the page. So every read of a page
//! value and every call that can run page code (a getter, a Proxy trap, a
//! subclass's override, a callback) goes through a `catch` import declared
//! here or in `glue.js`, and comes back as a [`Thrown`] error.
//!
//! The DOM and WebSocket methods used on objects the page handed us are
//! the native ones, captured by `glue.js` when the module loads: a forged
//! object or a Proxy fails their brand check instead of running its traps.
//!
//! The other rule of this edge is for the callers: never hold a `RefCell`
//! borrow (or a table entry) across any of these calls, because the page
//! code they run may call wsclose again.

use std::fmt;

use js_sys::{Array, Function, Object, Reflect};
use wasm_bindgen::prelude::*;
use web_sys::{Document, Element, ShadowRoot};

#[wasm_bindgen(module = "/src/web/glue.js")]
extern "C" {
    #[wasm_bindgen(js_name = thrownText)]
    fn thrown_text(error: &JsValue) -> String;
    #[wasm_bindgen(js_name = numberText)]
    pub fn number_text(n: f64) -> String;
    /// `s` in double quotes, escaped as JSON: for error messages.
    pub fn quoted(s: &str) -> String;
    #[wasm_bindgen(js_name = ownKeys, catch)]
    fn own_keys(object: &JsValue) -> Result<Array, JsValue>;
    #[wasm_bindgen(js_name = isArray, catch)]
    fn is_array(value: &JsValue) -> Result<bool, JsValue>;
    #[wasm_bindgen(js_name = listen, catch)]
    fn add_listener(target: &JsValue, kind: &str, listener: &JsValue) -> Result<(), JsValue>;
    #[wasm_bindgen(js_name = unlisten, catch)]
    fn remove_listener(target: &JsValue, kind: &str, listener: &JsValue) -> Result<(), JsValue>;
    #[wasm_bindgen(js_name = isElement, catch)]
    fn is_element(value: &JsValue) -> Result<bool, JsValue>;
    #[wasm_bindgen(js_name = ownerDocument, catch)]
    fn owner_document(node: &JsValue) -> Result<JsValue, JsValue>;
    #[wasm_bindgen(js_name = isOwnDocument)]
    fn is_own_document(document: &JsValue) -> bool;
    #[wasm_bindgen(js_name = attribute, catch)]
    fn get_attribute(element: &JsValue, name: &str) -> Result<JsValue, JsValue>;
    #[wasm_bindgen(js_name = langOf, catch)]
    fn lang_of(element: &JsValue) -> Result<JsValue, JsValue>;
    #[wasm_bindgen(js_name = shadowRootOf, catch)]
    fn shadow_root_of(element: &JsValue) -> Result<JsValue, JsValue>;
    #[wasm_bindgen(js_name = appendTo, catch)]
    fn append_to(parent: &JsValue, child: &JsValue) -> Result<(), JsValue>;
    #[wasm_bindgen(js_name = removeNode, catch)]
    fn remove_node(element: &JsValue) -> Result<(), JsValue>;
    #[wasm_bindgen(js_name = languages, catch)]
    fn navigator_languages() -> Result<Array, JsValue>;
    #[wasm_bindgen(js_name = ruleNames, catch)]
    fn rule_names_of(input: &JsValue) -> Result<Array, JsValue>;
    #[wasm_bindgen(js_name = socketState, catch)]
    fn socket_state(socket: &JsValue) -> Result<JsValue, JsValue>;
    #[wasm_bindgen(js_name = log)]
    fn console_log(level: &str, message: &str, detail: &JsValue);
    #[wasm_bindgen(js_name = replaceWebSocket, catch)]
    pub fn replace_websocket(
        window: &JsValue,
        original: &JsValue,
        proxy: &JsValue,
    ) -> Result<bool, JsValue>;
    #[wasm_bindgen(js_name = restoreWebSocket, catch)]
    pub fn restore_websocket(
        window: &JsValue,
        original: &JsValue,
        proxy: &JsValue,
    ) -> Result<bool, JsValue>;
}

/// `console.warn(message, detail)`, where the page's console cannot throw back.
pub fn warn(message: &str, detail: &JsValue) {
    console_log("warn", message, detail);
}

/// `console.error(message, detail)`, likewise.
pub fn report(message: &str, detail: &JsValue) {
    console_log("error", message, detail);
}

/// A thrown value or a DOM error as text, without running the page's code.
pub fn text_of(error: &JsValue) -> String {
    thrown_text(error)
}

/// What page code threw, as text for a `wsclose.<function>:` message.
#[derive(Debug)]
pub struct Thrown(String);

impl Thrown {
    fn from(error: JsValue) -> Thrown {
        Thrown(thrown_text(&error))
    }
}

/// A `catch` import's error from elsewhere (`glue.rs`) as a [`Thrown`].
pub fn thrown(error: &JsValue) -> Thrown {
    Thrown(thrown_text(error))
}

impl fmt::Display for Thrown {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

pub type Caught<T> = Result<T, Thrown>;

/// `object[key]`: runs a getter or a Proxy's `get` trap.
pub fn get(object: &JsValue, key: &str) -> Caught<JsValue> {
    if !object.is_object() && !object.is_function() {
        return Ok(JsValue::UNDEFINED);
    }
    Reflect::get(object, &JsValue::from_str(key)).map_err(Thrown::from)
}

/// `Object.keys(object)`, as strings.
pub fn keys(object: &Object) -> Caught<Vec<String>> {
    let keys = own_keys(object).map_err(Thrown::from)?;
    Ok(keys.iter().filter_map(|k| k.as_string()).collect())
}

/// `Array.isArray(value)`: a revoked Proxy throws.
pub fn array(value: &JsValue) -> Caught<bool> {
    is_array(value).map_err(Thrown::from)
}

/// `f.call(null, arg)`: the app's callback. What it throws is the app's
/// own, returned as is (for the console, where its stack helps).
pub fn call(f: &Function, arg: &JsValue) -> Result<JsValue, JsValue> {
    f.call1(&JsValue::NULL, arg)
}

/// The `rule` names of an explanation's `diagnosis`, if it has one.
pub fn rule_names(input: &JsValue) -> Caught<Vec<String>> {
    let names = rule_names_of(input).map_err(Thrown::from)?;
    Ok(names.iter().filter_map(|n| n.as_string()).collect())
}

/// `navigator.languages`, or none when its getter throws (privacy shims do).
pub fn languages() -> Vec<String> {
    navigator_languages()
        .map(|list| list.iter().filter_map(|tag| tag.as_string()).collect())
        .unwrap_or_default()
}

/// A real `Element` (of any document and realm), or `None` for anything
/// else, including a Proxy of one and `Object.create(Element.prototype)`.
pub fn element(value: &JsValue) -> Option<Element> {
    is_element(value)
        .unwrap_or(false)
        .then(|| value.clone().unchecked_into())
}

/// The document `node` belongs to, and whether it is the one wsclose runs in.
pub fn document_of(node: &JsValue) -> Caught<(Document, bool)> {
    let document = owner_document(node).map_err(Thrown::from)?;
    if !document.is_object() {
        return Err(Thrown("the node has no document".into()));
    }
    let own = is_own_document(&document);
    Ok((document.unchecked_into(), own))
}

pub fn attribute(element: &Element, name: &str) -> Option<String> {
    get_attribute(element, name).ok()?.as_string()
}

/// The element's `lang`, or its nearest ancestor's.
pub fn lang(element: &Element) -> Option<String> {
    lang_of(element).ok()?.as_string()
}

pub fn shadow_root(element: &Element) -> Option<ShadowRoot> {
    shadow_root_of(element)
        .ok()
        .filter(JsValue::is_object)
        .map(JsCast::unchecked_into)
}

/// `parent.appendChild(child)` with the native method.
pub fn append(parent: &Element, child: &Element) -> Caught<()> {
    append_to(parent, child).map_err(Thrown::from)
}

/// `element.remove()` with the native method; nothing to do if it fails.
pub fn remove(element: &Element) {
    let _ = remove_node(element);
}

/// A real WebSocket's state, read with the native getters.
pub struct SocketState {
    pub ready_state: u16,
    pub url: String,
    pub buffered_amount: f64,
}

/// `None` for anything but a real WebSocket (a forged one, a Proxy, a
/// socket of a page-defined class that is not a WebSocket).
pub fn socket(value: &JsValue) -> Option<SocketState> {
    let state = socket_state(value).ok()?;
    let number = |key: &str| Reflect::get(&state, &JsValue::from_str(key)).ok()?.as_f64();
    Some(SocketState {
        ready_state: number("readyState")? as u16,
        url: Reflect::get(&state, &"url".into()).ok()?.as_string()?,
        buffered_amount: number("bufferedAmount").unwrap_or(0.0),
    })
}

/// An event listener added with the native `addEventListener` and removed
/// when dropped. The callback is `Fn`, so a listener that page code makes
/// run again while it runs (a synchronous `dispatchEvent`) is allowed.
pub struct Listener {
    target: JsValue,
    kind: &'static str,
    callback: Closure<dyn Fn(JsValue)>,
}

impl Listener {
    pub fn new(
        target: &JsValue,
        kind: &'static str,
        callback: impl Fn(JsValue) + 'static,
    ) -> Caught<Listener> {
        let callback = Closure::<dyn Fn(JsValue)>::new(callback);
        add_listener(target, kind, callback.as_ref()).map_err(Thrown::from)?;
        Ok(Listener {
            target: target.clone(),
            kind,
            callback,
        })
    }
}

impl Drop for Listener {
    fn drop(&mut self) {
        let _ = remove_listener(&self.target, self.kind, self.callback.as_ref());
    }
}
