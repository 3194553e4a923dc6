//! `mount()`: the widget rendered into an element of the host page.

use std::cell::{Cell, RefCell};

use js_sys::Object;
use wasm_bindgen::prelude::*;
use web_sys::Element;

use super::input::{self, Result};
use super::slots::{Key, Slots};
use super::ui::Shown;
use crate::explain::Close;
use crate::view::View;

pub(crate) const PROPS: &[&str] = &["code", "reason", "wasClean", "locale"];

/// Reads `{code, reason?, wasClean?, locale?}` as the card to show.
pub(crate) fn props(api: &'static str, value: &JsValue) -> Result<View> {
    let object: &Object = input::options(api, value, PROPS)?
        .ok_or_else(|| input::error(api, "props must be an object with at least a code"))?;
    Ok(View::Card {
        close: Close {
            code: input::code(api, &input::get(api, object, "code")?)?,
            reason: input::string(api, object, "reason")?,
            was_clean: input::boolean(api, object, "wasClean")?,
        },
        locale: input::locale(api, Some(object))?,
    })
}

/// A card in a shadow root of its own; removes all of it when dropped.
///
/// The host is in the page at once; the card is rendered by the UI module
/// (see [`super::ui`]) at the end of the task, or once that module has
/// loaded. A widget destroyed in the task that mounted it (React
/// StrictMode's double mount, `mount()` then `destroy()` with no await
/// between) never builds, renders or leaks an app at all.
pub(crate) struct Mounted {
    host: Element,
    shown: Shown,
}

impl Mounted {
    pub fn new(parent: &Element, view: &View) -> std::result::Result<Self, JsValue> {
        let (host, mount_point) = super::shadow::host_in(parent, "widget")?;
        Ok(Mounted {
            host,
            shown: Shown::new(mount_point, view),
        })
    }

    pub fn update(&self, view: &View) {
        self.shown.show(view);
    }
}

impl Drop for Mounted {
    fn drop(&mut self) {
        super::interop::remove(&self.host);
    }
}

thread_local! {
    /// Every mounted widget, until `destroy()`: see [`super::slots`] for why
    /// the handle does not own it.
    static WIDGETS: RefCell<Slots<Mounted>> = const { RefCell::new(Slots::new()) };
}

/// What `mount()` returns.
///
/// Its methods take `&self`: a `&mut self` method is refused by wasm-bindgen
/// while another call on the same handle runs, and page code run by
/// `update()` (a Proxy's traps) may call `destroy()`.
#[wasm_bindgen]
pub struct Widget {
    key: Cell<Option<Key>>,
}

/// Renders the explainer for `props` into `element` (appended, inside an open
/// shadow root on a `<div data-wsclose="widget">`).
///
/// The DOM is written at the end of the current microtask queue, like any
/// Yew render.
#[wasm_bindgen]
pub fn mount(
    #[wasm_bindgen(unchecked_param_type = "Element")] element: JsValue,
    #[wasm_bindgen(unchecked_param_type = "WidgetProps")] props: JsValue,
) -> Result<Widget> {
    let element = input::element("mount", "element", &element)?;
    super::ui::start();
    let props = self::props("mount", &props)?;
    let mounted = Mounted::new(&element, &props).map_err(|e| {
        input::error(
            "mount",
            format!(
                "cannot render into this element: {}",
                super::interop::text_of(&e)
            ),
        )
    })?;
    Ok(Widget {
        key: Cell::new(Some(
            WIDGETS.with_borrow_mut(|widgets| widgets.insert(mounted)),
        )),
    })
}

#[wasm_bindgen]
impl Widget {
    /// Shows another close (all props are replaced, not merged).
    pub fn update(
        &self,
        #[wasm_bindgen(unchecked_param_type = "WidgetProps")] props: JsValue,
    ) -> Result<()> {
        let props = self::props("Widget.update", &props)?;
        // Read after the props: reading them may have destroyed the widget.
        let mounted = self
            .key
            .get()
            .and_then(|key| Some((key, WIDGETS.with_borrow_mut(|w| w.remove(key))?)));
        let Some((key, mounted)) = mounted else {
            return Err(input::error("Widget.update", "this widget was destroyed"));
        };
        // Out of the table while it calls into JS (the UI module, and the
        // page's console if that fails): page code may destroy this widget
        // or mount another meanwhile.
        mounted.update(&props);
        if self.key.get() == Some(key) {
            WIDGETS.with_borrow_mut(|widgets| widgets.restore(key, mounted));
        }
        Ok(())
    }

    /// Removes everything `mount()` added to the page. Safe to call twice.
    pub fn destroy(&self) {
        let mounted = self
            .key
            .take()
            .and_then(|key| WIDGETS.with_borrow_mut(|widgets| widgets.remove(key)));
        drop(mounted);
    }
}
