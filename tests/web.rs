//! In-browser tests: headless Chromium, real sockets to the real dev server.
//!
//! Run through `cargo xtask test`, which starts the server and passes its
//! address in `WSCLOSE_TEST_SERVER` at compile time (wasm cannot read env).
#![cfg(target_arch = "wasm32")]

use std::time::Duration;

use js_sys::{Array, Object, Reflect};
use wasm_bindgen::prelude::*;
use wasm_bindgen_test::*;
use web_sys::{CloseEvent, Element, ShadowRoot, WebSocket};
use wsclose::web;
use wsclose_core::{explain, Explanation, Locale};
use wsclose_yew::components::{CloseExplainer, CloseExplainerProps};
use wsclose_yew::hooks::use_websocket_close;
use yew::prelude::*;

mod support;

use support::{
    document, load_locales, next_event, object, overlay_rendered, pack_url, rendered, sleep, ws_url,
};

wasm_bindgen_test_configure!(run_in_browser);

// ---------------------------------------------------------------- helpers

/// A fresh `<div>` in the body, for one test.
fn container() -> Element {
    let div = document().create_element("div").unwrap();
    document().body().unwrap().append_child(&div).unwrap();
    div
}

/// The explainer inside the shadow root that wsclose added under `parent`.
fn widget_in(parent: &Element) -> Option<Element> {
    let host = parent.query_selector("[data-wsclose]").unwrap()?;
    let root: ShadowRoot = host.shadow_root()?;
    root.query_selector("[data-close-code]").unwrap()
}

fn part(widget: &Element, name: &str) -> Option<String> {
    widget
        .query_selector(&format!("[data-part={name}]"))
        .unwrap()
        .and_then(|e| e.text_content())
}

/// Catalog text as a reader sees it: backticks become `<code>`, not characters.
fn shown(text: &str) -> String {
    text.replace('`', "")
}

/// What the user sees must be what the knowledge base says for that locale.
fn assert_shows(widget: &Element, expected: &Explanation) {
    let code = expected.code;
    assert_eq!(
        widget.get_attribute("data-close-code"),
        Some(code.to_string())
    );
    assert_eq!(
        widget.get_attribute("lang").as_deref(),
        Some(expected.locale.tag())
    );
    assert_eq!(
        part(widget, "name").as_deref(),
        Some(expected.name),
        "{code} name"
    );
    assert_eq!(
        part(widget, "summary"),
        Some(shown(&expected.summary)),
        "{code} summary"
    );
    assert_eq!(
        part(widget, "cause"),
        Some(shown(&expected.cause)),
        "{code} cause"
    );
    assert_eq!(
        part(widget, "fix"),
        Some(shown(&expected.fix)),
        "{code} fix"
    );
    let reconnect = part(widget, "reconnect").unwrap_or_default();
    assert!(
        reconnect.contains(&shown(&expected.reconnect_reason)),
        "{code} reconnect: {reconnect}"
    );
    let advice = expected
        .locale
        .catalog()
        .ui
        .reconnect_advice(expected.reconnect);
    assert!(reconnect.starts_with(advice), "{code} advice: {reconnect}");
}

fn error_message(error: impl Into<JsValue>) -> String {
    let value: JsValue = error.into();
    let error: js_sys::Error = value.dyn_into().expect("a thrown JS Error");
    String::from(error.message())
}

// ---------------------------------------------------------------- the component

#[wasm_bindgen_test]
async fn explainer_shows_every_part_of_the_explanation() {
    load_locales().await;
    let root = container();
    let props = CloseExplainerProps {
        code: 1009,
        reason: Some("frame too large".into()),
        was_clean: Some(true),
        locale: Locale::Es,
    };
    let app = yew::Renderer::<CloseExplainer>::with_root_and_props(root.clone(), props).render();
    rendered().await;
    let widget = root
        .query_selector("[data-close-code]")
        .unwrap()
        .expect("rendered");
    assert_shows(&widget, &explain(1009, Locale::Es));
    assert_eq!(part(&widget, "reason").as_deref(), Some("frame too large"));
    assert_eq!(
        part(&widget, "title").as_deref(),
        Some(Locale::Es.catalog().codes[9].title)
    );
    app.destroy();
    rendered().await;
    assert!(root.query_selector("[data-close-code]").unwrap().is_none());
}

#[wasm_bindgen_test]
async fn a_hostile_reason_is_shown_as_text_never_as_html() {
    let root = container();
    let hostile = "<img src=x onerror=\"window.__pwned=1\"><b>bold</b>";
    let widget = web::mount(
        root.clone().into(),
        object(&[
            ("code", 4000.into()),
            ("reason", hostile.into()),
            ("locale", "en".into()),
        ]),
    )
    .unwrap();
    rendered().await;
    let shown = widget_in(&root).expect("widget");
    assert_eq!(part(&shown, "reason").as_deref(), Some(hostile));
    assert!(
        shown.query_selector("img, b").unwrap().is_none(),
        "markup was parsed"
    );
    sleep(Duration::from_millis(50)).await;
    let pwned = Reflect::get(&web_sys::window().unwrap(), &"__pwned".into()).unwrap();
    assert!(pwned.is_undefined());
    widget.destroy();
}

#[wasm_bindgen_test]
async fn codes_in_backticks_render_as_code_elements() {
    let root = container();
    let widget = web::mount(
        root.clone().into(),
        object(&[("code", 1006.into()), ("locale", "en".into())]),
    )
    .unwrap();
    rendered().await;
    let shown = widget_in(&root).unwrap();
    let code = shown
        .query_selector("[data-part=cause] code")
        .unwrap()
        .expect("a <code>");
    assert_eq!(code.text_content().as_deref(), Some("proxy_read_timeout"));
    widget.destroy();
}

// ---------------------------------------------------------------- real closes, watched

/// Opens a real socket that the server closes with `code` the way that code
/// really happens and watches it into a target. The watcher is returned so the
/// widget stays until the caller is done with it.
async fn watch_real_close(code: u16, locale: Locale) -> (Element, CloseEvent, web::Watcher) {
    let (path, oversize) = match code {
        1005 => ("/ws/no-status".to_owned(), None),
        1006 => ("/ws/drop".to_owned(), None),
        1009 => ("/ws/limit/1024".to_owned(), Some(4096)),
        _ => (
            format!("/ws/close/{code}?reason=closed%20by%20test%20{code}"),
            None,
        ),
    };
    let socket = WebSocket::new(&ws_url(&path)).unwrap();
    let target = container();
    let watcher = web::watch(
        socket.clone().into(),
        object(&[
            ("target", target.clone().into()),
            ("locale", locale.tag().into()),
        ]),
    )
    .unwrap();
    if let Some(size) = oversize {
        next_event(&socket, "open").await;
        socket.send_with_str(&"x".repeat(size)).unwrap();
    }
    let event: CloseEvent = next_event(&socket, "close").await.unchecked_into();
    rendered().await;
    (target, event, watcher)
}

async fn assert_real_close(code: u16) {
    load_locales().await;
    for locale in [
        Locale::En,
        Locale::Vi,
        Locale::Es,
        Locale::Ar,
        Locale::ZhHans,
        Locale::Hi,
    ] {
        let (target, event, watcher) = watch_real_close(code, locale).await;
        assert_eq!(event.code(), code, "the browser reported another code");
        assert_eq!(locale.available(), locale, "{} is loaded", locale.tag());
        let widget =
            widget_in(&target).unwrap_or_else(|| panic!("{code}: no widget in {}", locale.tag()));
        let expected = explain(
            wsclose_core::Close {
                code,
                reason: Some(event.reason()),
                was_clean: Some(event.was_clean()),
            },
            locale,
        );
        assert_shows(&widget, &expected);
        if locale != Locale::En {
            let english = explain(code, Locale::En);
            assert_ne!(
                part(&widget, "summary"),
                Some(shown(&english.summary)),
                "{code} {} is English",
                locale.tag()
            );
        }
        match code {
            1005 | 1006 => assert_eq!(event.reason(), ""),
            1009 => assert!(event.reason().contains("1024"), "{}", event.reason()),
            _ => assert_eq!(
                part(&widget, "reason"),
                Some(format!("closed by test {code}"))
            ),
        }
        assert_eq!(event.was_clean(), code != 1006, "{code} wasClean");
        watcher.stop();
        assert_eq!(target.child_element_count(), 0, "stop() removes the widget");
        target.remove();
    }
}

#[wasm_bindgen_test]
async fn real_close_1000() {
    assert_real_close(1000).await;
}
#[wasm_bindgen_test]
async fn real_close_1001() {
    assert_real_close(1001).await;
}
#[wasm_bindgen_test]
async fn real_close_1005_close_frame_without_a_code() {
    assert_real_close(1005).await;
}
#[wasm_bindgen_test]
async fn real_close_1006_tcp_dropped_without_a_close_frame() {
    assert_real_close(1006).await;
}
#[wasm_bindgen_test]
async fn real_close_1008() {
    assert_real_close(1008).await;
}
#[wasm_bindgen_test]
async fn real_close_1009_message_over_the_server_limit() {
    assert_real_close(1009).await;
}
#[wasm_bindgen_test]
async fn real_close_1011() {
    assert_real_close(1011).await;
}
#[wasm_bindgen_test]
async fn real_close_1012() {
    assert_real_close(1012).await;
}
#[wasm_bindgen_test]
async fn real_close_1013() {
    assert_real_close(1013).await;
}
#[wasm_bindgen_test]
async fn real_close_3000() {
    assert_real_close(3000).await;
}
#[wasm_bindgen_test]
async fn real_close_4000() {
    assert_real_close(4000).await;
}
#[wasm_bindgen_test]
async fn real_close_4999() {
    assert_real_close(4999).await;
}

// ---------------------------------------------------------------- the hook

#[derive(Properties, PartialEq)]
struct HookProps {
    socket: WebSocket,
}

#[component]
fn WatchesSocket(props: &HookProps) -> Html {
    let close = use_websocket_close(Some(props.socket.clone()));
    match close.last() {
        Some(close) => html! {
            <CloseExplainer code={close.code} reason={close.reason.clone().map(AttrValue::from)}
                was_clean={close.was_clean} locale={Locale::Vi} />
        },
        None => html! { <p id="open">{ "open" }</p> },
    }
}

#[wasm_bindgen_test]
async fn the_hook_gives_the_last_close_and_keeps_the_apps_own_onclose() {
    load_locales().await;
    let root = container();
    let socket = WebSocket::new(&ws_url("/ws/close/4001?reason=kicked&delay=100")).unwrap();
    let app_saw = js_sys::Function::new_with_args("event", "window.__appOnclose = event.code");
    socket.set_onclose(Some(&app_saw));
    let app = yew::Renderer::<WatchesSocket>::with_root_and_props(
        root.clone(),
        HookProps {
            socket: socket.clone(),
        },
    )
    .render();
    rendered().await;
    assert!(root.query_selector("#open").unwrap().is_some());
    next_event(&socket, "close").await;
    rendered().await;
    let widget = root
        .query_selector("[data-close-code]")
        .unwrap()
        .expect("explainer after close");
    assert_shows(&widget, &explain(4001, Locale::Vi));
    assert_eq!(part(&widget, "reason").as_deref(), Some("kicked"));
    let seen = Reflect::get(&web_sys::window().unwrap(), &"__appOnclose".into()).unwrap();
    assert_eq!(
        seen.as_f64(),
        Some(4001.0),
        "the app's own onclose still runs"
    );
    app.destroy();
}

// ---------------------------------------------------------------- the JS API's edges

#[wasm_bindgen_test]
fn explain_rejects_what_is_not_a_close_code_with_a_clear_error() {
    let cases: Vec<(JsValue, &str)> = vec![
        ("1000".into(), "got \"1000\" (a string)"),
        (f64::NAN.into(), "got NaN"),
        ((-1.0).into(), "got -1"),
        (1000.5.into(), "got 1000.5"),
        (65536.0.into(), "got 65536"),
        (JsValue::NULL, "got null"),
        (object(&[("code", "x".into())]), "code must be a number"),
        (
            object(&[("code", 1000.into()), ("wasClean", "yes".into())]),
            "wasClean must be a boolean",
        ),
    ];
    for (input, expected) in cases {
        let message = error_message(web::explain_js(input, JsValue::UNDEFINED).unwrap_err());
        assert!(message.starts_with("wsclose.explain: "), "{message}");
        assert!(
            message.contains(expected),
            "{message:?} should contain {expected:?}"
        );
    }
    let typo = object(&[("lcoale", "vi".into())]);
    let message = error_message(web::explain_js(1000.into(), typo).unwrap_err());
    assert!(message.contains("unknown option \"lcoale\""), "{message}");
    let message =
        error_message(web::explain_js(1000.into(), object(&[("locale", 7.into())])).unwrap_err());
    assert!(message.contains("locale must be a string"), "{message}");
}

// ---------------------------------------------------------------- locale packs

/// German is loaded by this test only. The test runner serves the wasm away
/// from `dist/pkg`, so the widget's own import of `locales/de.js` fails, as
/// it would under a bundler that moved the modules; `loadLocale` with a URL
/// must then bring the waiting widget to German.
#[wasm_bindgen_test]
async fn a_widget_whose_own_load_failed_rerenders_when_load_locale_brings_its_text() {
    let root = container();
    let widget = web::mount(
        root.clone().into(),
        object(&[("code", 1009.into()), ("locale", "de".into())]),
    )
    .unwrap();
    rendered().await;
    // Long enough for the failed import to be reported and forgotten.
    sleep(Duration::from_millis(300)).await;
    rendered().await;
    let shown = widget_in(&root).expect("widget");
    assert_eq!(shown.get_attribute("lang").as_deref(), Some("en"));

    web::load_locale("de".into(), Some(pack_url(Locale::De).into()))
        .await
        .unwrap();
    rendered().await;
    let shown = widget_in(&root).expect("widget");
    assert_eq!(shown.get_attribute("lang").as_deref(), Some("de"));
    assert_shows(&shown, &explain(1009, Locale::De));
    widget.destroy();
}

/// Thai is loaded by this test only, so it starts out missing.
#[wasm_bindgen_test]
async fn explain_answers_in_english_until_the_locale_is_loaded_and_says_so() {
    let locale_of = |value: &JsValue| {
        Reflect::get(value, &"locale".into())
            .unwrap()
            .as_string()
            .unwrap()
    };
    let before = web::explain_js(1000.into(), object(&[("locale", "th".into())])).unwrap();
    assert_eq!(locale_of(&before), "en", "no Thai text yet, and it says so");

    let loaded = web::load_locale("th-TH".into(), Some(pack_url(Locale::Th).into()))
        .await
        .unwrap();
    assert_eq!(loaded.as_string().as_deref(), Some("th"));
    let after = web::explain_js(1000.into(), object(&[("locale", "th".into())])).unwrap();
    assert_eq!(locale_of(&after), "th");
    let summary = Reflect::get(&after, &"summary".into())
        .unwrap()
        .as_string()
        .unwrap();
    assert_eq!(summary, explain(1000, Locale::Th).summary);
    assert_ne!(summary, explain(1000, Locale::En).summary);
}

/// Korean is never loaded: every attempt here is refused.
#[wasm_bindgen_test]
async fn load_locale_rejects_a_missing_or_foreign_pack_with_a_clear_error() {
    let message = |error: JsValue| {
        error
            .dyn_into::<js_sys::Error>()
            .map(|e| String::from(e.message()))
            .unwrap_or_else(|v| format!("not an Error: {v:?}"))
    };
    let foreign = web::load_locale("ko".into(), Some(pack_url(Locale::Ja).into())).await;
    let foreign = message(foreign.unwrap_err());
    assert!(foreign.contains("is not a ko pack"), "{foreign}");
    assert!(foreign.contains("\"wsclose 0.1.0 ko\""), "{foreign}");

    let missing = format!("http://{}/pkg/locales/tlh.txt", support::server());
    let missing = message(
        web::load_locale("ko".into(), Some(missing.into()))
            .await
            .unwrap_err(),
    );
    assert!(missing.contains("404"), "{missing}");

    let not_a_tag = message(web::load_locale(7.into(), None).await.unwrap_err());
    assert!(
        not_a_tag.contains("locale must be a string, got 7"),
        "{not_a_tag}"
    );
    let bad_url = message(
        web::load_locale("ko".into(), Some(7.into()))
            .await
            .unwrap_err(),
    );
    assert!(bad_url.contains("url must be a string"), "{bad_url}");
    assert_eq!(Locale::Ko.available(), Locale::En);
}

#[wasm_bindgen_test]
async fn explain_returns_a_plain_object_and_falls_back_to_english_for_unknown_locales() {
    load_locales().await;
    let result = web::explain_js(
        object(&[
            ("code", 1006.into()),
            ("reason", "".into()),
            ("wasClean", false.into()),
        ]),
        object(&[("locale", "tlh-KL".into())]),
    )
    .unwrap();
    assert_eq!(
        Object::get_prototype_of(&result),
        Object::get_prototype_of(&Object::new()),
        "a plain object, not a Map"
    );
    let get = |key: &str| Reflect::get(&result, &key.into()).unwrap();
    assert_eq!(get("locale").as_string().as_deref(), Some("en"));
    assert_eq!(get("producedBy").as_string().as_deref(), Some("browser"));
    assert_eq!(get("sentInCloseFrame").as_bool(), Some(false));
    assert_eq!(get("closeAllowed").as_bool(), Some(false));
    assert_eq!(
        get("reconnect").as_string().as_deref(),
        Some("with-backoff")
    );
    assert_eq!(get("wasClean").as_bool(), Some(false));
    let es = web::explain_js(1009.into(), object(&[("locale", "es-MX".into())])).unwrap();
    let summary = Reflect::get(&es, &"summary".into())
        .unwrap()
        .as_string()
        .unwrap();
    assert_eq!(summary, explain(1009, Locale::Es).summary);
    let plain_code = web::explain_js(1000.into(), JsValue::UNDEFINED).unwrap();
    assert!(Reflect::get(&plain_code, &"reason".into())
        .unwrap()
        .is_undefined());
}

#[wasm_bindgen_test]
async fn bad_input_throws_and_the_other_widgets_keep_working() {
    let root = container();
    let widget = web::mount(
        root.clone().into(),
        object(&[("code", 1000.into()), ("locale", "en".into())]),
    )
    .unwrap();
    rendered().await;

    let not_element = error_message(
        web::mount("#app".into(), object(&[("code", 1000.into())]))
            .err()
            .unwrap(),
    );
    assert!(
        not_element.contains("element must be a DOM Element"),
        "{not_element}"
    );
    let bad_props = error_message(
        web::mount(container().into(), object(&[("code", 99999.into())]))
            .err()
            .unwrap(),
    );
    assert!(bad_props.contains("0 to 65535"), "{bad_props}");
    let not_socket = error_message(
        web::watch(Object::new().into(), JsValue::UNDEFINED)
            .err()
            .unwrap(),
    );
    assert!(not_socket.contains("expected a WebSocket"), "{not_socket}");
    let bad_update = error_message(
        widget
            .update(object(&[("code", f64::NAN.into())]))
            .unwrap_err(),
    );
    assert!(bad_update.contains("got NaN"), "{bad_update}");

    // After all that, the first widget still renders updates.
    widget
        .update(object(&[("code", 1011.into()), ("locale", "en".into())]))
        .unwrap();
    rendered().await;
    assert_shows(&widget_in(&root).unwrap(), &explain(1011, Locale::En));
    widget.destroy();
    widget.destroy();
    rendered().await;
    assert_eq!(
        root.child_element_count(),
        0,
        "destroy() removes everything mount() added"
    );
    let after = error_message(widget.update(object(&[("code", 1000.into())])).unwrap_err());
    assert!(after.contains("destroyed"), "{after}");
}

#[wasm_bindgen_test]
async fn watching_a_closed_socket_is_an_error() {
    let socket = WebSocket::new(&ws_url("/ws/close/1000")).unwrap();
    next_event(&socket, "close").await;
    let message = error_message(web::watch(socket.into(), JsValue::UNDEFINED).err().unwrap());
    assert!(message.contains("already closed"), "{message}");
}

#[wasm_bindgen_test]
async fn watch_without_a_target_uses_the_overlay_and_stop_removes_it() {
    let socket = WebSocket::new(&ws_url("/ws/close/1013?reason=busy")).unwrap();
    let calls = js_sys::Array::new();
    let record = {
        let calls = calls.clone();
        Closure::<dyn Fn(JsValue)>::new(move |e: JsValue| {
            calls.push(&e);
        })
    };
    let watcher = web::watch(
        socket.clone().into(),
        object(&[
            ("locale", "en".into()),
            ("onClose", record.as_ref().clone()),
        ]),
    )
    .unwrap();
    next_event(&socket, "close").await;
    overlay_rendered().await;
    let overlay = document()
        .query_selector("[data-wsclose=overlay]")
        .unwrap()
        .expect("overlay host");
    let panel = overlay.shadow_root().unwrap();
    let widget = panel
        .query_selector("[data-close-code]")
        .unwrap()
        .expect("explainer in overlay");
    assert_shows(&widget, &explain(1013, Locale::En));
    assert_eq!(calls.length(), 1, "onClose called once");
    let code = Reflect::get(&calls.get(0), &"code".into()).unwrap();
    assert_eq!(code.as_f64(), Some(1013.0));
    watcher.stop();
    rendered().await;
    assert!(
        document()
            .query_selector("[data-wsclose=overlay]")
            .unwrap()
            .is_none(),
        "stop() removes the overlay"
    );
}

#[wasm_bindgen_test]
async fn install_watches_new_sockets_and_uninstall_restores_websocket() {
    load_locales().await;
    let window = web_sys::window().unwrap();
    let original = Reflect::get(&window, &"WebSocket".into()).unwrap();
    let target = container();
    let installation = web::install(object(&[
        ("target", target.clone().into()),
        ("locale", "vi".into()),
    ]))
    .unwrap();
    let twice = error_message(web::install(JsValue::UNDEFINED).err().unwrap());
    assert!(twice.contains("already installed"), "{twice}");

    // The app creates its socket the ordinary way, through window.WebSocket.
    let ctor: js_sys::Function = Reflect::get(&window, &"WebSocket".into())
        .unwrap()
        .unchecked_into();
    assert_ne!(
        JsValue::from(ctor.clone()),
        original,
        "install() wraps the constructor"
    );
    let socket = Reflect::construct(
        &ctor,
        &Array::of1(&ws_url("/ws/close/1008?reason=policy").into()),
    )
    .unwrap();
    assert!(socket.is_instance_of::<WebSocket>());
    assert!(js_sys::Function::new_with_args(
        "s",
        "return s instanceof WebSocket && WebSocket.OPEN === 1"
    )
    .call1(&JsValue::NULL, &socket)
    .unwrap()
    .is_truthy());
    let socket: WebSocket = socket.unchecked_into();
    next_event(&socket, "close").await;
    rendered().await;
    assert_shows(
        &widget_in(&target).expect("the installed watcher rendered"),
        &explain(
            wsclose_core::Close {
                code: 1008,
                reason: Some("policy".into()),
                was_clean: Some(true),
            },
            Locale::Vi,
        ),
    );
    installation.uninstall();
    installation.uninstall();
    rendered().await;
    assert_eq!(
        Reflect::get(&window, &"WebSocket".into()).unwrap(),
        original
    );
    assert_eq!(
        target.child_element_count(),
        0,
        "uninstall() removes the widget"
    );
    // A second installation is allowed once the first is gone.
    web::install(JsValue::UNDEFINED).unwrap().uninstall();
}

#[wasm_bindgen_test]
async fn the_custom_element_follows_its_attributes() {
    load_locales().await;
    // `init()` runs this in a real page; the test harness does not.
    web::start();
    let host = container();
    host.set_attribute("lang", "es").unwrap();
    let element = document().create_element("ws-close-explainer").unwrap();
    element.set_attribute("code", "1009").unwrap();
    element
        .set_attribute("reason", "<script>alert(1)</script>")
        .unwrap();
    host.append_child(&element).unwrap();
    rendered().await;
    let root = element.shadow_root().expect("open shadow root");
    let widget = root.query_selector("[data-close-code]").unwrap().unwrap();
    assert_eq!(
        widget.get_attribute("lang").as_deref(),
        Some("es"),
        "inherits lang from its ancestors"
    );
    assert_eq!(
        part(&widget, "reason").as_deref(),
        Some("<script>alert(1)</script>")
    );

    element.set_attribute("code", "1001").unwrap();
    element.set_attribute("lang", "vi").unwrap();
    rendered().await;
    let widget = root.query_selector("[data-close-code]").unwrap().unwrap();
    assert_shows(&widget, &explain(1001, Locale::Vi));

    element.set_attribute("code", "abc").unwrap();
    rendered().await;
    let error = root
        .query_selector("[data-part=error]")
        .unwrap()
        .expect("an error message");
    assert!(error.text_content().unwrap().contains("\"abc\""));

    element.remove();
    rendered().await;
    assert!(root
        .query_selector("[data-close-code], [data-part=error]")
        .unwrap()
        .is_none());
}
