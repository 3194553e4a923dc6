//! `mount()`: the widget rendered into an element of the host page.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use js_sys::Object;
use wasm_bindgen::prelude::*;
use web_sys::Element;
use yew::{AppHandle, AttrValue, Renderer};

use super::input::{self, Result};
use super::slots::{Key, Slots};
use crate::components::{CloseExplainerProps, ExplainerElement, ExplainerElementProps};

pub(crate) const PROPS: &[&str] = &["code", "reason", "wasClean", "locale"];

/// Reads `{code, reason?, wasClean?, locale?}`.
pub(crate) fn props(api: &'static str, value: &JsValue) -> Result<CloseExplainerProps> {
    let object: &Object = input::options(api, value, PROPS)?
        .ok_or_else(|| input::error(api, "props must be an object with at least a code"))?;
    Ok(CloseExplainerProps {
        code: input::code(api, &input::get(api, object, "code")?)?,
        reason: input::string(api, object, "reason")?.map(AttrValue::from),
        was_clean: input::boolean(api, object, "wasClean")?,
        locale: input::locale(api, Some(object))?,
    })
}

/// A Yew app in a shadow root of its own; removes all of it when dropped.
pub(crate) struct Mounted {
    host: Element,
    app: Rc<RefCell<App>>,
}

/// The widget's Yew app: created at the end of the task that mounted it,
/// so a widget destroyed in that same task (React StrictMode's double
/// mount, `mount()` then `destroy()` with no await between) never builds,
/// renders or leaks an app at all.
///
/// Its root is the custom element's component, which renders the same
/// explainer for valid props: one root component type for both, so the
/// bundle carries one copy of Yew's app code, not two (0.14 KiB gzip).
enum App {
    Pending(Element, CloseExplainerProps),
    Live(AppHandle<ExplainerElement>),
    Gone,
}

impl Mounted {
    pub fn new(parent: &Element, props: CloseExplainerProps) -> std::result::Result<Self, JsValue> {
        let (host, mount_point) = super::shadow::host_in(parent, "widget")?;
        let app = Rc::new(RefCell::new(App::Pending(mount_point, props)));
        let pending = Rc::downgrade(&app);
        wasm_bindgen_futures::spawn_local(async move {
            let Some(app) = pending.upgrade() else { return };
            let state = std::mem::replace(&mut *app.borrow_mut(), App::Gone);
            if let App::Pending(mount_point, props) = state {
                let props = ExplainerElementProps { props: Ok(props) };
                let handle =
                    Renderer::<ExplainerElement>::with_root_and_props(mount_point, props).render();
                *app.borrow_mut() = App::Live(handle);
            }
        });
        Ok(Mounted { host, app })
    }

    pub fn update(&mut self, props: CloseExplainerProps) {
        match &mut *self.app.borrow_mut() {
            App::Pending(_, pending) => *pending = props,
            App::Live(app) => app.update(ExplainerElementProps { props: Ok(props) }),
            App::Gone => {}
        }
    }
}

impl Drop for Mounted {
    fn drop(&mut self) {
        let state = std::mem::replace(&mut *self.app.borrow_mut(), App::Gone);
        if let App::Live(app) = state {
            destroy_app(app);
        }
        super::interop::remove(&self.host);
    }
}

/// Destroys a Yew app after the render work already queued.
///
/// Yew's scheduler runs queued destroys before queued creates, so an app
/// destroyed before its first render was created after its destroy had
/// found nothing, and lived on: about 1.3 KB of JS heap per mount (issue
/// 11). Queued behind the scheduler's own task, the destroy comes after the
/// create. The host is removed from the page at once either way.
pub(crate) fn destroy_app<C: yew::BaseComponent>(app: AppHandle<C>) {
    wasm_bindgen_futures::spawn_local(async move { app.destroy() });
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
    let props = self::props("mount", &props)?;
    let mounted = Mounted::new(&element, props).map_err(|e| {
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
        let updated = self.key.get().is_some_and(|key| {
            WIDGETS.with_borrow_mut(|widgets| {
                widgets
                    .get_mut(key)
                    .map(|mounted| mounted.update(props))
                    .is_some()
            })
        });
        if updated {
            Ok(())
        } else {
            Err(input::error("Widget.update", "this widget was destroyed"))
        }
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
