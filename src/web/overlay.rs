//! The page's one dev-overlay panel, shared by every watcher without a target.

use std::cell::RefCell;

use wasm_bindgen::JsCast;
use web_sys::Element;

use super::interop;
use super::ui::Shown;
use super::watch::Observed;
use crate::i18n::Locale;
use crate::view::{Entry, Group, View};

/// Groups kept for the panel; a page that closes sockets forever must not
/// grow forever. Counts stay exact: a burst of identical closes is one group.
const KEPT: usize = 200;

/// One group and the lease it belongs to. Groups are diagnosed by the UI
/// module when it renders them, so closes that a later close of the same
/// group replaces before the next frame are never diagnosed.
struct Slot {
    owner: u64,
    group: Group,
}

#[derive(Default)]
struct Overlay {
    next_id: u64,
    /// Least recently closed first.
    groups: Vec<Slot>,
    shown: Option<(Element, Shown)>,
    /// A render is queued for the next animation frame.
    render_queued: bool,
    /// Closes in groups no longer listed, still counted in the title.
    dropped: u64,
}

thread_local! {
    static OVERLAY: RefCell<Overlay> = RefCell::new(Overlay::default());
}

impl Overlay {
    /// Marks a render as queued; true if the caller must queue it with
    /// [`queue_render`] (after releasing the borrow).
    fn needs_render(&mut self) -> bool {
        !std::mem::replace(&mut self.render_queued, true)
    }

    fn view(&self) -> View {
        View::Overlay {
            groups: self.groups.iter().map(|slot| slot.group.clone()).collect(),
            earlier: self.dropped,
        }
    }
}

/// Renders once, on the next animation frame, however many closes arrive
/// before it. Not at the end of the current task: every close event is
/// a task of its own and microtasks run after each listener, so a render
/// queued as a microtask ran once per close, and 200 sockets closing
/// together rebuilt and diffed the panel 200 times inside the page's
/// close handling. A frame is also as often as anyone can see it change
/// (and a hidden page, where frames stop, renders when it is shown).
///
/// Called without the overlay borrowed: `requestAnimationFrame` may be the
/// page's own.
fn queue_render() {
    let frame = wasm_bindgen::closure::Closure::once_into_js(render);
    let requested = web_sys::window()
        .map(|w| w.request_animation_frame(frame.unchecked_ref()).is_ok())
        .unwrap_or(false);
    if !requested {
        // No frames here (no window): render at the end of the task instead.
        wasm_bindgen_futures::spawn_local(async { render() });
    }
}

/// Shows the groups, or removes the panel when there are none. The DOM is
/// touched with the overlay released (the page's code may run: custom
/// element reactions, overridden methods) and the result put back after.
fn render() {
    let (view, shown) = OVERLAY.with_borrow_mut(|o| {
        o.render_queued = false;
        let view = (!o.groups.is_empty()).then(|| o.view());
        (view, o.shown.take())
    });
    let Some(view) = view else {
        if let Some((host, shown)) = shown {
            drop(shown);
            interop::remove(&host);
        }
        return;
    };
    let shown = match shown {
        Some((host, shown)) => {
            shown.show(&view);
            (host, shown)
        }
        None => {
            let body = super::shadow::document().ok().and_then(|d| d.body());
            let Some(body) = body else { return };
            match super::shadow::host_in(&body, "overlay") {
                Ok((host, mount_point)) => (host, Shown::new(mount_point, &view)),
                Err(error) => {
                    interop::report("wsclose: cannot show the overlay", &error);
                    return;
                }
            }
        }
    };
    // Another render may have run meanwhile (re-entered from page code):
    // keep one panel.
    let extra = OVERLAY.with_borrow_mut(|o| o.shown.replace(shown));
    if let Some((host, shown)) = extra {
        drop(shown);
        interop::remove(&host);
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
    pub fn push(&self, observed: &Observed, locale: Locale) {
        let queue = OVERLAY.with_borrow_mut(|o| {
            o.next_id += 1;
            let entry = Entry {
                id: o.next_id,
                close: observed.close.clone(),
                locale,
                history: observed.history.clone(),
            };
            let same = o.groups.iter().position(|slot| {
                slot.owner == self.owner
                    && slot.group.latest.close.code == entry.close.code
                    && slot.group.latest.history.url == entry.history.url
            });
            let group = match same {
                Some(index) => {
                    let mut group = o.groups.remove(index).group;
                    group.count += 1;
                    group.latest = entry;
                    group
                }
                None => Group {
                    id: entry.id,
                    count: 1,
                    latest: entry,
                },
            };
            o.groups.push(Slot {
                owner: self.owner,
                group,
            });
            let excess = o.groups.len().saturating_sub(KEPT);
            let dropped: u64 = o.groups.drain(..excess).map(|slot| slot.group.count).sum();
            o.dropped += dropped;
            o.needs_render()
        });
        if queue {
            queue_render();
        }
    }
}

impl Drop for OverlayLease {
    fn drop(&mut self) {
        let changed = OVERLAY.with_borrow_mut(|o| {
            let before = o.groups.len();
            o.groups.retain(|slot| slot.owner != self.owner);
            if o.groups.is_empty() {
                o.dropped = 0;
            }
            o.groups.len() != before || o.groups.is_empty()
        });
        if changed {
            render();
        }
    }
}
