//! "Diagnose the close" in headless Chromium: each situation produced for
//! real by the dev server, recorded by `watch()`/`install()`, diagnosed, and
//! shown in the dev overlay.
//!
//! Run through `cargo xtask test`, or against a running `cargo xtask serve`
//! with `WSCLOSE_TEST_SERVER=127.0.0.1:PORT` set at compile time.
//!
//! One situation cannot be produced for real here: a page cannot take the
//! machine offline. The offline test dispatches a real `offline` event on
//! `window` (what the browser fires when the network goes) just before the
//! server drops the connection; the rule's other input, `navigator.onLine`
//! at close, is covered by the native tests in `crates/core/src/diagnose/rules.rs`.
#![cfg(target_arch = "wasm32")]

use std::time::Duration;

use js_sys::{Array, Function, Object, Reflect};
use wasm_bindgen::prelude::*;
use wasm_bindgen_test::*;
use web_sys::{Element, EventTarget, ShadowRoot, WebSocket};
use wsclose::web;

mod support;

use support::{document, next_event, object, overlay_rendered, rendered, sleep, ws_url};

wasm_bindgen_test_configure!(run_in_browser);

// ---------------------------------------------------------------- helpers

fn get(value: &JsValue, key: &str) -> JsValue {
    Reflect::get(value, &JsValue::from_str(key)).unwrap()
}

fn error_message(error: impl Into<JsValue>) -> String {
    let value: JsValue = error.into();
    let error: js_sys::Error = value.dyn_into().expect("a thrown JS Error");
    String::from(error.message())
}

/// Calls a method the way app JavaScript does (`ws.send(x)`), so it goes
/// through the instance's own properties; web-sys bindings would call the
/// prototype's method directly.
fn call(target: &JsValue, method: &str, args: &[JsValue]) -> Result<JsValue, JsValue> {
    let f: Function = get(target, method).dyn_into().expect("a method");
    Reflect::apply(&f, target, &args.iter().collect::<Array>())
}

/// Records every `onClose` call.
struct Calls {
    list: Array,
    callback: Closure<dyn Fn(JsValue)>,
}

impl Calls {
    fn new() -> Calls {
        let list = Array::new();
        let callback = {
            let list = list.clone();
            Closure::<dyn Fn(JsValue)>::new(move |e: JsValue| {
                list.push(&e);
            })
        };
        Calls { list, callback }
    }

    fn function(&self) -> JsValue {
        self.callback.as_ref().clone()
    }

    fn last(&self) -> JsValue {
        self.list.get(self.list.length().saturating_sub(1))
    }
}

/// The rule names of an `onClose` explanation, most confident first.
fn rules(explanation: &JsValue) -> Vec<String> {
    Array::from(&get(explanation, "diagnosis"))
        .iter()
        .map(|d| get(&d, "rule").as_string().unwrap())
        .collect()
}

fn diagnosis(explanation: &JsValue, rule: &str) -> JsValue {
    Array::from(&get(explanation, "diagnosis"))
        .iter()
        .find(|d| get(d, "rule").as_string().as_deref() == Some(rule))
        .unwrap_or_else(|| panic!("no {rule} in {:?}", rules(explanation)))
}

fn evidence(d: &JsValue) -> Vec<String> {
    Array::from(&get(d, "evidence"))
        .iter()
        .map(|e| e.as_string().unwrap())
        .collect()
}

/// Opens `path`, watches it with the overlay, runs `on_open` once open,
/// and returns the `onClose` explanation after the overlay has rendered.
async fn watched_close(
    path: &str,
    extra: &[(&str, JsValue)],
    on_open: impl FnOnce(&WebSocket),
) -> (JsValue, web::Watcher, Calls) {
    let socket = WebSocket::new(&ws_url(path)).unwrap();
    let calls = Calls::new();
    let mut options = vec![("locale", "en".into()), ("onClose", calls.function())];
    options.extend(extra.iter().cloned());
    let watcher = web::watch(socket.clone().into(), object(&options)).unwrap();
    if !path.starts_with("/ws/reject") {
        next_event(&socket, "open").await;
        on_open(&socket);
    }
    next_event(&socket, "close").await;
    overlay_rendered().await;
    assert_eq!(calls.list.length(), 1, "onClose called once");
    (calls.last(), watcher, calls)
}

fn overlay() -> Option<ShadowRoot> {
    document()
        .query_selector("[data-wsclose=overlay]")
        .unwrap()
        .and_then(|host| host.shadow_root())
}

/// The overlay's list item for a close with this code.
fn overlay_item(code: u16) -> Element {
    overlay()
        .expect("the overlay")
        .query_selector(&format!("li[data-code=\"{code}\"]"))
        .unwrap()
        .unwrap_or_else(|| panic!("no {code} in the overlay"))
}

fn text(element: &Element, selector: &str) -> String {
    element
        .query_selector(selector)
        .unwrap()
        .and_then(|e| e.text_content())
        .unwrap_or_default()
}

// ---------------------------------------------------------------- the situations

#[wasm_bindgen_test]
async fn a_refused_upgrade_is_a_failed_handshake() {
    let (e, watcher, _calls) = watched_close("/ws/reject/401", &[], |_| {}).await;
    assert_eq!(get(&e, "code").as_f64(), Some(1006.0));
    assert_eq!(rules(&e)[0], "handshake-failed");
    let history = get(&e, "history");
    assert_eq!(get(&history, "everOpened").as_bool(), Some(false));
    assert!(get(&history, "openedAt").is_null());
    assert!(
        get(&history, "errorAt").as_f64().is_some(),
        "the error event"
    );
    let d = diagnosis(&e, "handshake-failed");
    assert_eq!(get(&d, "confidence").as_string().as_deref(), Some("high"));
    assert!(
        evidence(&d)[0].starts_with("never opened"),
        "{:?}",
        evidence(&d)
    );

    let item = overlay_item(1006);
    assert_eq!(
        item.get_attribute("data-rule").as_deref(),
        Some("handshake-failed")
    );
    let top = text(&item, "[data-part=top-diagnosis]");
    assert!(top.contains("handshake failed"), "{top}");
    watcher.stop();
}

#[wasm_bindgen_test]
async fn silence_then_a_drop_is_reported_as_idle() {
    let (e, watcher, _calls) = watched_close("/ws/idle/1500", &[], |socket| {
        call(socket, "send", &["hello".into()]).unwrap();
    })
    .await;
    assert_eq!(get(&e, "code").as_f64(), Some(1006.0));
    let history = get(&e, "history");
    assert_eq!(get(&history, "messagesSent").as_f64(), Some(1.0));
    assert_eq!(get(&history, "bytesSent").as_f64(), Some(5.0));
    assert_eq!(
        get(&history, "messagesReceived").as_f64(),
        Some(1.0),
        "the echo"
    );
    assert_eq!(get(&history, "bytesReceived").as_f64(), Some(5.0));
    // 1.5 s matches no real proxy timeout: the generic, low-confidence rule.
    assert_eq!(rules(&e), ["idle-then-dropped"]);
    let d = diagnosis(&e, "idle-then-dropped");
    assert_eq!(get(&d, "confidence").as_string().as_deref(), Some("low"));
    let fact = &evidence(&d)[0];
    assert!(
        fact.starts_with("idle for 1.") && fact.ends_with("s, then dropped without a Close frame"),
        "{fact}"
    );
    let item = overlay_item(1006);
    assert_eq!(
        item.get_attribute("data-rule").as_deref(),
        Some("idle-then-dropped")
    );
    watcher.stop();
}

#[wasm_bindgen_test]
async fn going_offline_before_a_drop_is_named() {
    let window = web_sys::window().unwrap();
    let (e, watcher, _calls) = watched_close("/ws/drop?delay=300", &[], |_| {
        // What the browser fires when the network goes (see the module docs).
        window
            .dispatch_event(&web_sys::Event::new("offline").unwrap())
            .unwrap();
    })
    .await;
    window
        .dispatch_event(&web_sys::Event::new("online").unwrap())
        .unwrap();
    assert_eq!(rules(&e)[0], "went-offline");
    let d = diagnosis(&e, "went-offline");
    assert!(
        evidence(&d)[0].contains("`navigator.onLine` became false"),
        "{:?}",
        evidence(&d)
    );
    let events = Array::from(&get(&get(&e, "history"), "pageEvents"));
    assert_eq!(
        get(&events.get(0), "kind").as_string().as_deref(),
        Some("offline")
    );
    assert_eq!(
        overlay_item(1006).get_attribute("data-rule").as_deref(),
        Some("went-offline")
    );
    watcher.stop();
}

#[wasm_bindgen_test]
async fn a_1009_right_after_a_big_send_names_its_size() {
    let big = "x".repeat(70_000);
    let (e, watcher, _calls) = watched_close("/ws/limit/65536", &[], |socket| {
        call(socket, "send", &[big.as_str().into()]).unwrap();
    })
    .await;
    assert_eq!(get(&e, "code").as_f64(), Some(1009.0));
    assert_eq!(rules(&e), ["message-too-big"]);
    let d = diagnosis(&e, "message-too-big");
    let summary = get(&d, "summary").as_string().unwrap();
    assert!(summary.contains("70000 bytes"), "{summary}");
    assert!(
        evidence(&d)
            .iter()
            .any(|f| f.contains("64 KiB (65536-byte)")),
        "{:?}",
        evidence(&d)
    );
    let history = get(&e, "history");
    assert_eq!(get(&history, "largestSent").as_f64(), Some(70_000.0));
    let item = overlay_item(1009);
    assert_eq!(
        item.get_attribute("data-rule").as_deref(),
        Some("message-too-big")
    );
    assert!(text(&item, "[data-part=diagnosis]").contains("70000 bytes"));
    watcher.stop();
}

#[wasm_bindgen_test]
async fn the_pages_own_close_is_told_apart_from_the_servers() {
    // The page closes: expected, so `onlyUnexpected` keeps it out of the overlay.
    let (e, watcher, _calls) =
        watched_close("/ws/echo", &[("onlyUnexpected", true.into())], |socket| {
            call(socket, "close", &[1000.into()]).unwrap();
        })
        .await;
    assert_eq!(get(&e, "code").as_f64(), Some(1000.0));
    assert_eq!(rules(&e), ["closed-by-page"]);
    let call_info = get(&get(&e, "history"), "closeCall");
    assert_eq!(get(&call_info, "code").as_f64(), Some(1000.0));
    assert!(overlay().is_none(), "an expected close is not shown");
    watcher.stop();

    // The server closes with 1000: shown, and said so.
    let (e, watcher, _calls) = watched_close(
        "/ws/close/1000?delay=1200",
        &[("onlyUnexpected", true.into())],
        |_| {},
    )
    .await;
    assert_eq!(rules(&e), ["closed-by-server"]);
    assert_eq!(
        overlay_item(1000).get_attribute("data-rule").as_deref(),
        Some("closed-by-server")
    );
    watcher.stop();
}

#[wasm_bindgen_test]
async fn a_close_right_after_open_looks_like_a_rejection() {
    let (e, watcher, _calls) =
        watched_close("/ws/close/4001?reason=unauthorized", &[], |_| {}).await;
    assert_eq!(rules(&e), ["closed-right-after-open"]);
    assert_eq!(
        overlay_item(4001).get_attribute("data-rule").as_deref(),
        Some("closed-right-after-open")
    );
    watcher.stop();
}

#[wasm_bindgen_test]
async fn a_service_restart_waits_a_random_5_to_30_seconds_to_reconnect() {
    let (e, watcher, _calls) = watched_close("/ws/restart", &[], |_| {}).await;
    assert_eq!(get(&e, "code").as_f64(), Some(1012.0));
    assert!(
        rules(&e).is_empty(),
        "1012 explains itself: {:?}",
        rules(&e)
    );
    for attempt in 0..6 {
        let d = web::reconnect_delay(e.clone(), attempt.into(), JsValue::UNDEFINED)
            .unwrap()
            .as_f64()
            .unwrap();
        // The registered definition of 1012: "a randomized delay of 5 - 30s".
        assert!((5_000.0..=30_000.0).contains(&d), "{attempt}: {d}");
    }
    assert!(overlay_item(1012)
        .query_selector("[data-part=no-diagnosis]")
        .unwrap()
        .is_some());
    watcher.stop();
}

#[wasm_bindgen_test]
async fn five_quick_reconnects_are_a_storm() {
    let calls = Calls::new();
    let installation = web::install(object(&[
        ("locale", "en".into()),
        ("onClose", calls.function()),
    ]))
    .unwrap();
    let window = web_sys::window().unwrap();
    let ctor: Function = get(&window, "WebSocket").unchecked_into();
    // The server drops each connection once the page has sent a message: a
    // drop right after the 101 races Firefox's `open` (see crates/core/src/engines.rs).
    let url = ws_url("/ws/drop?after=message");
    for _ in 0..5 {
        let socket: WebSocket = Reflect::construct(&ctor, &Array::of1(&url.as_str().into()))
            .unwrap()
            .unchecked_into();
        next_event(&socket, "open").await;
        socket.send_with_str("x").unwrap();
        next_event(&socket, "close").await;
    }
    overlay_rendered().await;
    assert_eq!(calls.list.length(), 5);
    let last = calls.last();
    let storm = diagnosis(&last, "reconnect-storm");
    let summary = get(&storm, "summary").as_string().unwrap();
    assert!(summary.starts_with("5 connections"), "{summary}");
    assert_eq!(rules(&calls.list.get(0)), ["closed-right-after-open"]);
    // One group in the overlay, counting all five.
    let item = overlay_item(1006);
    assert_eq!(text(&item, "[data-part=count]"), "×5");
    assert!(text(&item, "[data-part=diagnosis]").contains("reconnect storm"));
    installation.uninstall();
    rendered().await;
    assert!(overlay().is_none());
}

// ---------------------------------------------------------------- the overlay

#[wasm_bindgen_test]
async fn a_burst_of_200_closes_is_grouped_and_nothing_is_lost() {
    let calls = Calls::new();
    let installation = web::install(object(&[
        ("locale", "en".into()),
        ("onClose", calls.function()),
    ]))
    .unwrap();
    let window = web_sys::window().unwrap();
    let ctor: Function = get(&window, "WebSocket").unchecked_into();
    let started = js_sys::Date::now();
    let sockets: Vec<WebSocket> = (0..200)
        .map(|i| {
            let path = if i % 2 == 0 {
                "/ws/close/4000"
            } else {
                "/ws/close/4002"
            };
            Reflect::construct(&ctor, &Array::of1(&ws_url(path).into()))
                .unwrap()
                .unchecked_into()
        })
        .collect();
    for socket in &sockets {
        if socket.ready_state() != WebSocket::CLOSED {
            next_event(socket, "close").await;
        }
    }
    overlay_rendered().await;
    let elapsed = js_sys::Date::now() - started;
    assert_eq!(calls.list.length(), 200);
    assert_eq!(text(&overlay_item(4000), "[data-part=count]"), "×100");
    assert_eq!(text(&overlay_item(4002), "[data-part=count]"), "×100");
    let title = text(
        &overlay().unwrap().first_element_child().unwrap(),
        "[data-part=overlay-title]",
    );
    assert!(title.ends_with("(200)"), "{title}");
    assert!(elapsed < 15_000.0, "200 closes took {elapsed} ms");
    installation.uninstall();
}

#[wasm_bindgen_test]
async fn the_overlay_dismisses_to_a_badge_and_copies_markdown() {
    let (_e, watcher, _calls) = watched_close("/ws/close/4003", &[], |_| {}).await;
    let root = overlay().unwrap();
    let item = overlay_item(4003);

    // Copy: the clipboard or, where it refuses, a selected textarea.
    let copy: web_sys::HtmlElement = item
        .query_selector("[data-part=copy]")
        .unwrap()
        .unwrap()
        .unchecked_into();
    copy.click();
    let mut outcome = String::new();
    for _ in 0..50 {
        rendered().await;
        if let Some(area) = item.query_selector("[data-part=markdown]").unwrap() {
            outcome = get(&area, "value").as_string().unwrap();
            break;
        }
        if copy.text_content().as_deref() == Some("Copied") {
            outcome = "Copied".into();
            break;
        }
        sleep(Duration::from_millis(50)).await;
    }
    assert!(
        outcome == "Copied" || outcome.starts_with("### WebSocket close 4003"),
        "{outcome}"
    );

    // Esc shrinks the panel to a badge; the badge reopens it.
    let inside: EventTarget = root
        .query_selector("[data-part=dismiss]")
        .unwrap()
        .unwrap()
        .into();
    let keyboard_event: Function =
        get(&web_sys::window().unwrap(), "KeyboardEvent").unchecked_into();
    let init = object(&[("key", "Escape".into()), ("bubbles", true.into())]);
    let esc: web_sys::Event =
        Reflect::construct(&keyboard_event, &Array::of2(&"keydown".into(), &init))
            .unwrap()
            .unchecked_into();
    inside.dispatch_event(&esc).unwrap();
    rendered().await;
    let badge: web_sys::HtmlElement = root
        .query_selector("[data-part=badge]")
        .unwrap()
        .expect("a badge after Esc")
        .unchecked_into();
    assert_eq!(text(&badge, "[data-part=badge-count]"), "1");
    assert!(root.query_selector("section").unwrap().is_none());
    badge.click();
    rendered().await;
    let dismiss: web_sys::HtmlElement = root
        .query_selector("[data-part=dismiss]")
        .unwrap()
        .expect("reopened")
        .unchecked_into();
    dismiss.click();
    rendered().await;
    assert!(root.query_selector("[data-part=badge]").unwrap().is_some());
    watcher.stop();
    rendered().await;
    assert!(overlay().is_none());
}

// ---------------------------------------------------------------- recording

#[wasm_bindgen_test]
async fn recording_leaves_the_socket_as_it_was_after_stop() {
    let socket = WebSocket::new(&ws_url("/ws/echo")).unwrap();
    let own = |name: &str| Object::has_own(socket.unchecked_ref::<Object>(), &name.into());
    assert!(!own("send"));
    let watcher = web::watch(socket.clone().into(), JsValue::UNDEFINED).unwrap();
    assert!(
        own("send") && own("close"),
        "send and close wrapped on the instance"
    );
    assert!(
        !Object::keys(socket.unchecked_ref::<Object>()).includes(&"send".into(), 0),
        "not enumerable"
    );
    // Sending while CONNECTING throws exactly as before.
    let thrown = call(&socket, "send", &["early".into()]).unwrap_err();
    assert_eq!(
        get(&thrown, "name").as_string().as_deref(),
        Some("InvalidStateError")
    );
    next_event(&socket, "open").await;
    let bytes = js_sys::Uint8Array::new_with_length(10);
    call(&socket, "send", &[bytes.into()]).unwrap();
    next_event(&socket, "message").await;
    watcher.stop();
    assert!(!own("send") && !own("close"), "stop() deletes the wrappers");
    call(&socket, "send", &["still works".into()]).unwrap();
    socket.close().unwrap();
    next_event(&socket, "close").await;
}

/// Sizes as the diagnosis needs them: a string's UTF-16 length, a view's
/// or an `ArrayBuffer`'s `byteLength`, a `Blob`'s `size`, each way.
#[wasm_bindgen_test]
async fn every_kind_of_message_is_counted_in_bytes_both_ways() {
    let socket = WebSocket::new(&ws_url("/ws/echo")).unwrap();
    Reflect::set(&socket, &"binaryType".into(), &"arraybuffer".into()).unwrap();
    let calls = Calls::new();
    let options = object(&[("locale", "en".into()), ("onClose", calls.function())]);
    let watcher = web::watch(socket.clone().into(), options).unwrap();
    next_event(&socket, "open").await;
    let blob: Function = get(&web_sys::window().unwrap(), "Blob").unchecked_into();
    let blob = Reflect::construct(&blob, &Array::of1(&Array::of1(&"abc".into()))).unwrap();
    let sent: [JsValue; 4] = [
        "h\u{e9}llo".into(),
        js_sys::Uint8Array::new_with_length(10).into(),
        js_sys::ArrayBuffer::new(7).into(),
        blob,
    ];
    for data in sent {
        call(&socket, "send", &[data]).unwrap();
        next_event(&socket, "message").await;
    }
    call(&socket, "close", &[1000.into(), "bye".into()]).unwrap();
    next_event(&socket, "close").await;
    rendered().await;
    let history = get(&calls.last(), "history");
    let number = |key: &str| get(&history, key).as_f64();
    assert_eq!(number("messagesSent"), Some(4.0));
    assert_eq!(number("bytesSent"), Some(25.0), "5 + 10 + 7 + 3");
    assert_eq!(number("largestSent"), Some(10.0));
    assert_eq!(number("lastSentBytes"), Some(3.0), "the Blob");
    assert_eq!(number("messagesReceived"), Some(4.0));
    assert_eq!(number("bytesReceived"), Some(25.0));
    for key in ["openedAt", "lastSentAt", "lastReceivedAt", "closedAt"] {
        assert!(number(key).is_some(), "{key}");
    }
    assert_eq!(get(&history, "everOpened").as_bool(), Some(true));
    let close_call = get(&history, "closeCall");
    assert_eq!(get(&close_call, "code").as_f64(), Some(1000.0));
    assert_eq!(
        get(&close_call, "reason").as_string().as_deref(),
        Some("bye")
    );
    assert_eq!(rules(&calls.last()), ["closed-by-page"]);
    watcher.stop();
}

// ---------------------------------------------------------------- reconnectDelay

#[wasm_bindgen_test]
fn reconnect_delay_follows_the_codes_advice() {
    let delay = |input: JsValue, attempt: f64, options: JsValue| {
        web::reconnect_delay(input, attempt.into(), options).map(|v| v.as_f64())
    };
    // 1013: its registered definition asks for a reconnect upon user action.
    for code in [1000, 1002, 1008, 1009, 1013, 1015, 3000, 4001] {
        assert_eq!(
            delay(code.into(), 0.0, JsValue::UNDEFINED).unwrap(),
            None,
            "{code}"
        );
    }
    for attempt in 0..8 {
        let cap = (1000.0 * 2f64.powi(attempt)).min(30_000.0);
        for _ in 0..50 {
            let d = delay(1006.into(), attempt as f64, JsValue::UNDEFINED)
                .unwrap()
                .unwrap();
            assert!((0.0..=cap).contains(&d), "{attempt}: {d}");
            let d = delay(1012.into(), attempt as f64, JsValue::UNDEFINED)
                .unwrap()
                .unwrap();
            assert!((5_000.0..=30_000.0).contains(&d), "1012 {attempt}: {d}");
        }
    }
    let options = object(&[
        ("baseMs", 100.into()),
        ("maxMs", 400.into()),
        (
            "appCodes",
            object(&[("4001", "never".into()), ("4002", "with-backoff".into())]),
        ),
    ]);
    assert_eq!(delay(4001.into(), 0.0, options.clone()).unwrap(), None);
    let d = delay(4002.into(), 9.0, options.clone()).unwrap().unwrap();
    assert!((0.0..=400.0).contains(&d), "{d}");
    // The diagnosis of an onClose explanation counts.
    let page_closed = object(&[
        ("code", 1006.into()),
        (
            "diagnosis",
            Array::of1(&object(&[("rule", "closed-by-page".into())])).into(),
        ),
    ]);
    assert_eq!(delay(page_closed, 0.0, JsValue::UNDEFINED).unwrap(), None);
}

#[wasm_bindgen_test]
fn reconnect_delay_rejects_bad_input() {
    let message = |input: JsValue, attempt: JsValue, options: JsValue| {
        error_message(web::reconnect_delay(input, attempt, options).unwrap_err())
    };
    assert!(message("1006".into(), 0.into(), JsValue::UNDEFINED).contains("code"));
    for attempt in [JsValue::from(-1), 1.5.into(), f64::NAN.into(), "1".into()] {
        let m = message(1006.into(), attempt, JsValue::UNDEFINED);
        assert!(m.contains("attempt must be an integer"), "{m}");
    }
    let m = message(1006.into(), 0.into(), object(&[("base", 1.into())]));
    assert!(m.contains("unknown option \"base\""), "{m}");
    let m = message(1006.into(), 0.into(), object(&[("maxMs", (-5).into())]));
    assert!(m.contains("maxMs must be a positive number"), "{m}");
    let m = message(
        1006.into(),
        0.into(),
        object(&[("baseMs", 500.into()), ("maxMs", 100.into())]),
    );
    assert!(m.contains("must not be less than baseMs"), "{m}");
    let m = message(
        1006.into(),
        0.into(),
        object(&[("appCodes", object(&[("1000", "never".into())]))]),
    );
    assert!(m.contains("4000 to 4999"), "{m}");
    let m = message(
        1006.into(),
        0.into(),
        object(&[("appCodes", object(&[("4001", "sometimes".into())]))]),
    );
    assert!(m.contains("appCodes[4001]"), "{m}");
    let m = error_message(
        web::watch(JsValue::UNDEFINED, JsValue::UNDEFINED)
            .err()
            .unwrap(),
    );
    assert!(m.contains("expected a WebSocket"), "{m}");
}
