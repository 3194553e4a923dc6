//! The site's wasm entry point, called by `www/site/site.js`.

use wasm_bindgen::prelude::*;

use super::components::{App, AppProps};
use super::meta::meta;
use super::route::{forward, query_code, Route};

/// Starts the page at `location.pathname` and says how: `"hydrated"` (a
/// prerendered page), `"rendered"` (404.html showing a route that has no
/// file, such as `/en/4001/`, or a range page showing the code looked up)
/// or `"redirected"` (a reverse pair URL, or a form's answer elsewhere).
#[wasm_bindgen]
pub fn boot_site() -> Result<String, JsValue> {
    let window = web_sys::window().ok_or("no window")?;
    let document = window.document().ok_or("no document")?;
    let location = window.location();
    let route = Route::parse(&location.pathname()?);
    if let Route::ReversePair { .. } = route {
        let target = format!(
            "{}{}{}",
            route.canonical().path(),
            location.search()?,
            location.hash()?
        );
        location.replace(&target)?;
        return Ok("redirected".into());
    }
    let search = location.search()?;
    if let Some(target) = forward(&route, &search) {
        location.replace(&target)?;
        return Ok("redirected".into());
    }
    let lookup = match route {
        Route::Range { .. } => query_code(&search, "code"),
        _ => None,
    };
    let root = document.get_element_by_id("app").ok_or("no #app element")?;
    // A looked-up code changes the page: render it rather than hydrate.
    let prerendered = lookup.is_none()
        && root
            .get_attribute("data-route")
            .is_some_and(|path| Route::parse(&path) == route);
    let props = AppProps {
        route: route.clone(),
        lookup,
    };
    if prerendered {
        yew::Renderer::<App>::with_root_and_props(root, props).hydrate();
        return Ok("hydrated".into());
    }
    let m = meta(&route);
    document.set_title(&m.title);
    if let Some(html) = document.document_element() {
        html.set_attribute("lang", m.locale.tag())?;
        html.set_attribute("dir", m.locale.dir())?;
    }
    root.set_text_content(None);
    yew::Renderer::<App>::with_root_and_props(root, props).render();
    Ok("rendered".into())
}
