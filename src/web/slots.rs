//! Where the JS API keeps what it created, independently of the JS handles.
//!
//! wasm-bindgen frees the Rust side of an exported object when its JS wrapper
//! is garbage-collected. If a `Watcher` owned its listener, `watch(ws)` with
//! the result discarded would stop watching at the next GC, at random. So the
//! handles hold only a key into a page-lifetime table like this one; the state
//! goes away when the app calls `stop()`/`destroy()`/`uninstall()`.

/// A key into [`Slots`]; never reused, so a stale key finds nothing.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Key(u64);

pub struct Slots<T> {
    next: u64,
    items: Vec<(Key, T)>,
}

impl<T> Slots<T> {
    pub const fn new() -> Self {
        Slots {
            next: 0,
            items: Vec::new(),
        }
    }

    pub fn insert(&mut self, item: T) -> Key {
        self.next += 1;
        let key = Key(self.next);
        self.items.push((key, item));
        key
    }

    pub fn get_mut(&mut self, key: Key) -> Option<&mut T> {
        self.items
            .iter_mut()
            .find(|(k, _)| *k == key)
            .map(|(_, item)| item)
    }

    /// Puts back an item [`Slots::remove`] took out, under its own key.
    pub fn restore(&mut self, key: Key, item: T) {
        self.items.push((key, item));
    }

    /// Takes the item out; the caller drops it after releasing the table,
    /// so a `Drop` that calls back into the page cannot find it borrowed.
    pub fn remove(&mut self, key: Key) -> Option<T> {
        let index = self.items.iter().position(|(k, _)| *k == key)?;
        Some(self.items.swap_remove(index).1)
    }
}
