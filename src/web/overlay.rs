//! The page's one dev-overlay panel, shared by every watcher without a target.

use std::cell::RefCell;
use std::rc::Rc;

use web_sys::Element;
use yew::{AppHandle, AttrValue, Renderer};

use crate::components::{DevOverlay, DevOverlayProps, OverlayEntry};
use crate::explain::Close;
use crate::i18n::Locale;

/// Closes kept for the panel; a page that closes sockets forever must not grow forever.
const KEPT: usize = 500;

#[derive(Default)]
struct Overlay {
    next_id: u64,
    entries: Vec<(u64, OverlayEntry)>,
    shown: Option<(Element, AppHandle<DevOverlay>)>,
}

thread_local! {
    static OVERLAY: RefCell<Overlay> = RefCell::new(Overlay::default());
}

impl Overlay {
    fn props(&self) -> DevOverlayProps {
        DevOverlayProps {
            entries: Rc::new(self.entries.iter().map(|(_, e)| e.clone()).collect()),
        }
    }

    fn render(&mut self) {
        if self.entries.is_empty() {
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

    pub fn push(&self, url: String, close: Close, locale: Locale) {
        OVERLAY.with_borrow_mut(|o| {
            o.next_id += 1;
            let entry = OverlayEntry {
                id: o.next_id,
                url: AttrValue::from(url),
                close,
                locale,
            };
            o.entries.push((self.owner, entry));
            let excess = o.entries.len().saturating_sub(KEPT);
            o.entries.drain(..excess);
            o.render();
        });
    }
}

impl Drop for OverlayLease {
    fn drop(&mut self) {
        OVERLAY.with_borrow_mut(|o| {
            let before = o.entries.len();
            o.entries.retain(|(owner, _)| *owner != self.owner);
            if o.entries.len() != before || o.entries.is_empty() {
                o.render();
            }
        });
    }
}
