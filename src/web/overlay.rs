//! The page's one dev-overlay panel, shared by every watcher without a target.

use std::cell::RefCell;
use std::rc::Rc;

use wasm_bindgen::JsCast;
use web_sys::Element;
use yew::{AppHandle, AttrValue, Renderer};

use super::shadow::SharedStyle;
use super::watch::{diagnosis_of, Observed};
use crate::components::{DevOverlay, DevOverlayProps, OverlayEntry, OverlayGroup};
use crate::i18n::Locale;

/// Groups kept for the panel; a page that closes sockets forever must not
/// grow forever. Counts stay exact: a burst of identical closes is one group.
const KEPT: usize = 200;

/// The overlay's own styles (badge, groups, diagnosis), adopted after the
/// widget's shared sheet in the overlay's shadow root only.
const STYLE: &str = include_str!("overlay.css");

/// One group and the lease it belongs to.
struct Slot {
    owner: u64,
    group: OverlayGroup,
    /// Whether `group.latest.diagnosis` has been worked out yet: it is
    /// left to the render, so closes that a later close of the same group
    /// replaces before the next frame are never diagnosed.
    diagnosed: bool,
}

#[derive(Default)]
struct Overlay {
    next_id: u64,
    /// Least recently closed first.
    groups: Vec<Slot>,
    shown: Option<(Element, AppHandle<DevOverlay>)>,
    /// A render is queued for the next animation frame.
    render_queued: bool,
}

thread_local! {
    static OVERLAY: RefCell<Overlay> = RefCell::new(Overlay::default());
    static OVERLAY_STYLE: SharedStyle = const { SharedStyle::new(STYLE) };
}

/// Adds the overlay's styles to its shadow root, next to the widget's.
fn style(host: &Element) -> Result<(), wasm_bindgen::JsValue> {
    match host.shadow_root() {
        Some(root) => OVERLAY_STYLE.with(|style| style.add_to(&root)),
        None => Ok(()),
    }
}

impl Overlay {
    /// Renders once, on the next animation frame, however many closes arrive
    /// before it. Not at the end of the current task: every close event is
    /// a task of its own and microtasks run after each listener, so a render
    /// queued as a microtask ran once per close, and 200 sockets closing
    /// together rebuilt and diffed the panel 200 times inside the page's
    /// close handling. A frame is also as often as anyone can see it change
    /// (and a hidden page, where frames stop, renders when it is shown).
    fn queue_render(&mut self) {
        if self.render_queued {
            return;
        }
        self.render_queued = true;
        let frame = wasm_bindgen::closure::Closure::once_into_js(|| {
            OVERLAY.with_borrow_mut(|o| {
                o.render_queued = false;
                o.render();
            });
        });
        let requested = web_sys::window()
            .map(|w| w.request_animation_frame(frame.unchecked_ref()).is_ok())
            .unwrap_or(false);
        if !requested {
            // No frames here (no window): render at the end of the task instead.
            wasm_bindgen_futures::spawn_local(async {
                OVERLAY.with_borrow_mut(|o| {
                    o.render_queued = false;
                    o.render();
                });
            });
        }
    }

    fn props(&mut self) -> DevOverlayProps {
        for slot in self.groups.iter_mut().filter(|slot| !slot.diagnosed) {
            let latest = &mut slot.group.latest;
            latest.diagnosis = diagnosis_of(&latest.close, &latest.history, latest.locale);
            slot.diagnosed = true;
        }
        DevOverlayProps {
            groups: Rc::new(self.groups.iter().map(|slot| slot.group.clone()).collect()),
        }
    }

    fn render(&mut self) {
        if self.groups.is_empty() {
            if let Some((host, app)) = self.shown.take() {
                app.destroy();
                host.remove();
            }
            return;
        }
        let props = self.props();
        if let Some((_, app)) = &mut self.shown {
            app.update(props);
            return;
        }
        let body = super::shadow::document().ok().and_then(|d| d.body());
        let Some(body) = body else { return };
        match super::shadow::host_in(&body, "overlay") {
            Ok((host, mount_point)) => {
                if let Err(error) = style(&host) {
                    web_sys::console::warn_2(&"wsclose: overlay styles".into(), &error);
                }
                let app = Renderer::<DevOverlay>::with_root_and_props(mount_point, props).render();
                self.shown = Some((host, app));
            }
            Err(error) => {
                web_sys::console::error_2(&"wsclose: cannot show the overlay".into(), &error)
            }
        }
    }
}

/// A watcher's share of the overlay. The panel appears with the first close
/// and disappears, with the lease's closes, when the last lease is dropped.
pub(crate) struct OverlayLease {
    owner: u64,
}

impl OverlayLease {
    pub fn acquire() -> Self {
        let owner = OVERLAY.with_borrow_mut(|o| {
            o.next_id += 1;
            o.next_id
        });
        OverlayLease { owner }
    }

    /// Adds a close to its group (same watcher, URL and code), or starts one.
    /// Its diagnosis, unless `onClose` already needed it, waits for the render.
    pub fn push(&self, observed: &Observed, locale: Locale) {
        OVERLAY.with_borrow_mut(|o| {
            o.next_id += 1;
            let entry = OverlayEntry {
                id: o.next_id,
                url: AttrValue::from(observed.history.url.clone()),
                close: observed.close.clone(),
                locale,
                history: observed.history.clone(),
                diagnosis: observed.diagnosis.clone().unwrap_or_default(),
            };
            let diagnosed = observed.diagnosis.is_some();
            let same = o.groups.iter().position(|slot| {
                slot.owner == self.owner
                    && slot.group.latest.close.code == entry.close.code
                    && slot.group.latest.url == entry.url
            });
            let group = match same {
                Some(index) => {
                    let mut group = o.groups.remove(index).group;
                    group.count += 1;
                    group.latest = entry;
                    group
                }
                None => OverlayGroup {
                    id: entry.id,
                    count: 1,
                    latest: entry,
                },
            };
            o.groups.push(Slot {
                owner: self.owner,
                group,
                diagnosed,
            });
            let excess = o.groups.len().saturating_sub(KEPT);
            o.groups.drain(..excess);
            o.queue_render();
        });
    }
}

impl Drop for OverlayLease {
    fn drop(&mut self) {
        OVERLAY.with_borrow_mut(|o| {
            let before = o.groups.len();
            o.groups.retain(|slot| slot.owner != self.owner);
            if o.groups.len() != before || o.groups.is_empty() {
                o.render();
            }
        });
    }
}
