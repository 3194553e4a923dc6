//! A Yew app that depends on `wsclose-yew` the way a user's app does.
//!
//! `cargo xtask test` builds it for wasm32 and reads its module's exports:
//! they must be this app's own `run` and wasm-bindgen's plumbing, with none
//! of the JS API's functions (`explain`, `mount`, `install`, ...) and no
//! `__wbindgen_start`, so that depending on the widget never changes what
//! the app's module exports or runs at load.

use wasm_bindgen::prelude::*;
use wsclose_yew::components::CloseExplainer;
use yew::prelude::*;

#[component]
fn App() -> Html {
    html! {
        <>
            <style>{ wsclose_yew::STYLE }</style>
            <CloseExplainer code={1009} />
        </>
    }
}

/// The app's one export: renders [`App`] into `<body>`.
#[wasm_bindgen]
pub fn run() {
    yew::Renderer::<App>::new().render();
}
