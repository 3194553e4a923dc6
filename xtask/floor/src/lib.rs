//! The Yew floor: the least a Yew widget can cost a page. `cargo xtask bench`
//! builds it with the widget's release profile and `wasm-opt -Oz`, and
//! compares the widget's bundle size and load time against it.

use wasm_bindgen::prelude::*;
use yew::prelude::*;

#[component]
fn Card() -> Html {
    html! {
        <div data-card="floor" data-close-code="1000">
            <h3>{ "1000 Normal Closure" }</h3>
            <p>{ "The connection closed normally." }</p>
        </div>
    }
}

/// Mounts one card into `element`; the app lives as long as the page.
#[wasm_bindgen]
pub fn mount_floor(element: web_sys::Element) {
    let _app = yew::Renderer::<Card>::with_root(element).render();
}
