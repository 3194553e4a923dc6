//! Helpers shared by the wasm-bindgen-test suites (not a suite itself: it
//! lives in a folder, so cargo and `cargo xtask test` don't run it alone).
#![allow(dead_code)]

use std::time::Duration;

use js_sys::{Array, Object, Promise, Reflect};
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;
use web_sys::{Document, EventTarget};

pub fn server() -> &'static str {
    match option_env!("WSCLOSE_TEST_SERVER") {
        Some(server) => server,
        None => panic!("WSCLOSE_TEST_SERVER is not set: run these tests with `cargo xtask test`"),
    }
}

/// The URL of a locale pack in the `dist/` the test server serves.
pub fn pack_url(locale: wsclose_core::Locale) -> String {
    format!("http://{}/pkg/locales/{}.txt", server(), locale.tag())
}

/// Loads the packs of the locales other than English that the tests use,
/// as a page does on first use: the widget's wasm embeds English only. The
/// URL is explicit because the test runner serves the wasm from elsewhere.
pub async fn load_locales() {
    use wsclose_core::Locale;
    for locale in [
        Locale::Vi,
        Locale::Es,
        Locale::Ar,
        Locale::ZhHans,
        Locale::Hi,
    ] {
        let loaded = wsclose::web::load_locale(locale.tag().into(), Some(pack_url(locale).into()))
            .await
            .unwrap_or_else(|e| panic!("loading {}: {e:?}", locale.tag()));
        assert_eq!(loaded.as_string().as_deref(), Some(locale.tag()));
    }
}

pub fn ws_url(path: &str) -> String {
    format!("ws://{}{path}", server())
}

pub fn document() -> Document {
    web_sys::window().unwrap().document().unwrap()
}

pub async fn sleep(duration: Duration) {
    let promise = Promise::new(&mut |resolve, _| {
        web_sys::window()
            .unwrap()
            .set_timeout_with_callback_and_timeout_and_arguments_0(
                &resolve,
                duration.as_millis() as i32,
            )
            .unwrap();
    });
    JsFuture::from(promise).await.unwrap();
}

/// The next `name` event on `target`, failing the test after 10 s.
pub async fn next_event(target: &EventTarget, name: &str) -> web_sys::Event {
    let target = target.clone();
    let name = name.to_owned();
    let event = Promise::new(&mut |resolve, _| {
        let options = web_sys::AddEventListenerOptions::new();
        options.set_once(true);
        target
            .add_event_listener_with_callback_and_add_event_listener_options(
                &name, &resolve, &options,
            )
            .unwrap();
    });
    let timeout = Promise::new(&mut |_, reject| {
        web_sys::window()
            .unwrap()
            .set_timeout_with_callback_and_timeout_and_arguments_1(
                &reject,
                10_000,
                &"timed out waiting for an event".into(),
            )
            .unwrap();
    });
    JsFuture::from(Promise::race(&Array::of2(&event, &timeout)))
        .await
        .expect("event")
        .unchecked_into()
}

/// Lets Yew render everything it has scheduled.
pub async fn rendered() {
    // A widget builds its Yew app at the end of the task that mounted it
    // and destroys it behind the scheduler's queued work: let those tasks
    // run (a macrotask is after every microtask), then drain Yew.
    sleep(Duration::ZERO).await;
    yew::scheduler::flush().await;
    sleep(Duration::ZERO).await;
}

/// Lets the dev overlay show what has closed so far: it renders on the
/// next animation frame (once per frame, however many closes), then Yew
/// renders what changed.
pub async fn overlay_rendered() {
    let frame = Promise::new(&mut |resolve, _| {
        web_sys::window()
            .unwrap()
            .request_animation_frame(&resolve)
            .unwrap();
    });
    JsFuture::from(frame).await.unwrap();
    rendered().await;
}

pub fn object(entries: &[(&str, JsValue)]) -> JsValue {
    let object = Object::new();
    for (key, value) in entries {
        Reflect::set(&object, &JsValue::from_str(key), value).unwrap();
    }
    object.into()
}
