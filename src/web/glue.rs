//! Bindings to `glue.js`, the little JavaScript that Rust cannot express.

use wasm_bindgen::prelude::*;

#[wasm_bindgen(module = "/src/web/glue.js")]
extern "C" {
    /// `{proxy, detach()}` returned by `wrapConstructor`.
    pub type Wrapper;

    #[wasm_bindgen(js_name = wrapConstructor)]
    pub fn wrap_constructor(original: &JsValue, on_create: &JsValue) -> Wrapper;

    #[wasm_bindgen(method, getter)]
    pub fn proxy(this: &Wrapper) -> JsValue;

    #[wasm_bindgen(method)]
    pub fn detach(this: &Wrapper);

    /// Defines the custom element unless already defined; true if it did.
    #[wasm_bindgen(js_name = defineElement)]
    pub fn define_element(
        name: &str,
        connected: &JsValue,
        disconnected: &JsValue,
        changed: &JsValue,
    ) -> bool;

    /// The default URL of the locale pack `file`.
    #[wasm_bindgen(js_name = localeUrl)]
    pub fn locale_url(file: &str) -> String;

    /// `fetch(url)` and its text; rejects on a network error or a non-2xx status.
    #[wasm_bindgen(js_name = fetchText, catch)]
    pub async fn fetch_text(url: &str) -> Result<JsValue, JsValue>;
}
