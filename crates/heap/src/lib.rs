//! The allocator of wsclose's wasm modules: power-of-two size classes, a
//! free list per class, fresh blocks cut from pages the module grows its
//! memory by.
//!
//! Why not Rust's default (dlmalloc): it is 8 KiB of code, 3.2 KiB gzip: a
//! sixth of the lean core's whole budget, and 3.3 KiB of the JS API's
//! module, which a page loads up front. Both allocate a few strings per
//! call (an answer, filled templates, a serialized view) and, once per
//! locale, a pack they keep for the page's lifetime. Every freed block is
//! reused by the next request of its class, so a page that explains a
//! thousand closes uses the memory of one; the cost is up to half of each
//! block, and memory is never given back (wasm memory cannot shrink anyway).
//!
//! A cdylib opts in with one line:
//!
//! ```ignore
//! #[global_allocator]
//! static HEAP: wsclose_heap::WasmHeap = wsclose_heap::WasmHeap::new();
//! ```

#![no_std]

#[cfg(test)]
extern crate std;

use core::alloc::Layout;
use core::cell::Cell;

/// Smallest block: room for the free list's link, and no smaller class to track.
const MIN_CLASS: u32 = 4;
/// Classes 2^4 .. 2^31; larger requests fail (null), as an allocator may.
const CLASSES: usize = 32;
/// Blocks are aligned to their size up to a wasm page; no Rust type here
/// asks for more, and a request that does gets null.
const PAGE: usize = 65536;

/// The allocator's state; `grow(bytes)` provides fresh memory (wasm:
/// `memory.grow`), returning its address or `None`.
pub struct Heap {
    free: [Cell<usize>; CLASSES],
    next: Cell<usize>,
    end: Cell<usize>,
}

impl Default for Heap {
    fn default() -> Self {
        Heap::new()
    }
}

impl Heap {
    pub const fn new() -> Heap {
        Heap {
            free: [const { Cell::new(0) }; CLASSES],
            next: Cell::new(0),
            end: Cell::new(0),
        }
    }

    /// The class of a layout: log2 of its block size, or `None` if too large.
    fn class(layout: Layout) -> Option<usize> {
        if layout.align() > PAGE {
            return None;
        }
        let size = layout.size().max(layout.align()).max(1 << MIN_CLASS);
        let class = size.checked_next_power_of_two()?.trailing_zeros() as usize;
        (class < CLASSES).then_some(class)
    }

    /// A block for `layout`, or null.
    ///
    /// # Safety
    /// `grow` must return the address of `bytes` bytes of memory that
    /// nothing else uses, aligned to [`PAGE`].
    pub unsafe fn alloc(&self, layout: Layout, grow: impl FnOnce(usize) -> Option<usize>) -> usize {
        let Some(class) = Heap::class(layout) else {
            return 0;
        };
        let head = self.free[class].get();
        if head != 0 {
            // SAFETY: a freed block of this class, at least 16 bytes, holds
            // the address of the next free block in its first word.
            self.free[class].set(unsafe { (head as *const usize).read() });
            return head;
        }
        let size = 1usize << class;
        let align = size.min(PAGE);
        let start = self.next.get().next_multiple_of(align);
        if start
            .checked_add(size)
            .is_some_and(|end| end <= self.end.get())
        {
            self.next.set(start + size);
            return start;
        }
        // A new run of pages; what is left of the old one is not used again.
        let bytes = size.next_multiple_of(PAGE).max(PAGE);
        match grow(bytes) {
            Some(base) if base != 0 => {
                self.next.set(base + size);
                self.end.set(base + bytes);
                base
            }
            _ => 0,
        }
    }

    /// Puts a block back on its class's list.
    ///
    /// # Safety
    /// `ptr` came from [`Heap::alloc`] with the same `layout` and is not used after.
    pub unsafe fn dealloc(&self, ptr: usize, layout: Layout) {
        if let Some(class) = Heap::class(layout) {
            // SAFETY: the block is at least 16 bytes, aligned, and ours again.
            unsafe { (ptr as *mut usize).write(self.free[class].get()) };
            self.free[class].set(ptr);
        }
    }

    /// Whether a block for `old` also serves `new`: same class, same block.
    pub fn same_block(old: Layout, new: Layout) -> bool {
        Heap::class(old).is_some() && Heap::class(old) == Heap::class(new)
    }
}

#[cfg(all(target_arch = "wasm32", not(target_feature = "atomics")))]
pub use global::WasmHeap;

#[cfg(all(target_arch = "wasm32", not(target_feature = "atomics")))]
mod global {
    use core::alloc::{GlobalAlloc, Layout};

    use super::{Heap, PAGE};

    /// [`Heap`] over the module's own memory, for `#[global_allocator]`.
    pub struct WasmHeap(Heap);

    impl WasmHeap {
        pub const fn new() -> WasmHeap {
            WasmHeap(Heap::new())
        }
    }

    impl Default for WasmHeap {
        fn default() -> Self {
            WasmHeap::new()
        }
    }

    // SAFETY: wasm32 without the atomics feature has a single thread.
    unsafe impl Sync for WasmHeap {}

    /// `memory.grow` by whole pages: the address of the first new byte.
    fn grow(bytes: usize) -> Option<usize> {
        let old = core::arch::wasm32::memory_grow(0, bytes / PAGE);
        (old != usize::MAX).then(|| old * PAGE)
    }

    unsafe impl GlobalAlloc for WasmHeap {
        unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
            // SAFETY: `grow` hands out pages no one else has.
            unsafe { self.0.alloc(layout, grow) as *mut u8 }
        }

        unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
            // SAFETY: forwarded from the caller's promise.
            unsafe { self.0.dealloc(ptr as usize, layout) }
        }

        unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
            // SAFETY: the caller promises `new_size` with `layout.align()` is valid.
            let new = unsafe { Layout::from_size_align_unchecked(new_size, layout.align()) };
            if Heap::same_block(layout, new) {
                return ptr;
            }
            // SAFETY: as GlobalAlloc's default realloc.
            unsafe {
                let moved = self.alloc(new);
                if !moved.is_null() {
                    core::ptr::copy_nonoverlapping(ptr, moved, layout.size().min(new_size));
                    self.dealloc(ptr, layout);
                }
                moved
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::vec::Vec;

    /// Pages from a leaked, page-aligned native buffer.
    fn pages() -> impl FnMut(usize) -> Option<usize> {
        move |bytes| {
            let layout = Layout::from_size_align(bytes, PAGE).unwrap();
            // SAFETY: a non-zero size.
            let p = unsafe { std::alloc::alloc_zeroed(layout) };
            (!p.is_null()).then_some(p as usize)
        }
    }

    #[test]
    fn blocks_are_aligned_distinct_and_reused_by_their_class() {
        let heap = Heap::new();
        let mut grow = pages();
        let mut live = Vec::new();
        for (size, align) in [(1, 1), (16, 8), (17, 4), (100, 8), (3000, 16), (70000, 8)] {
            let layout = Layout::from_size_align(size, align).unwrap();
            // SAFETY: pages() gives fresh memory.
            let p = unsafe { heap.alloc(layout, &mut grow) };
            assert!(p != 0 && p % align == 0, "{size}: {p:#x}");
            // Fill it all: overlapping blocks would corrupt a neighbour.
            unsafe { std::ptr::write_bytes(p as *mut u8, size as u8, size) };
            live.push((p, layout));
        }
        for &(p, layout) in &live {
            let bytes = unsafe { std::slice::from_raw_parts(p as *const u8, layout.size()) };
            assert!(bytes.iter().all(|b| *b == layout.size() as u8));
        }
        let (p, layout) = live[3];
        unsafe { heap.dealloc(p, layout) };
        let again = unsafe { heap.alloc(Layout::from_size_align(120, 4).unwrap(), &mut grow) };
        assert_eq!(
            again, p,
            "a freed block serves the next request of its class"
        );
        let grown = Layout::from_size_align(128, 1).unwrap();
        assert!(
            Heap::same_block(layout, grown),
            "realloc within a block stays put"
        );
        assert!(!Heap::same_block(
            layout,
            Layout::from_size_align(129, 1).unwrap()
        ));
    }

    #[test]
    fn a_thousand_answers_take_the_memory_of_one() {
        let heap = Heap::new();
        let grown = Cell::new(0);
        let mut inner = pages();
        let mut grow = |bytes| {
            grown.set(grown.get() + bytes);
            inner(bytes)
        };
        for _ in 0..1000 {
            let layout = Layout::from_size_align(2048, 1).unwrap();
            let p = unsafe { heap.alloc(layout, &mut grow) };
            unsafe { heap.dealloc(p, layout) };
        }
        assert_eq!(grown.get(), PAGE);
    }

    #[test]
    fn impossible_requests_get_null() {
        let heap = Heap::new();
        let huge = Layout::from_size_align(usize::MAX / 2, 1).unwrap();
        assert_eq!(unsafe { heap.alloc(huge, pages()) }, 0);
        let aligned = Layout::from_size_align(8, 2 * PAGE).unwrap();
        assert_eq!(unsafe { heap.alloc(aligned, pages()) }, 0);
        assert_eq!(
            unsafe { heap.alloc(Layout::new::<u64>(), |_| None) },
            0,
            "memory.grow refused"
        );
    }
}
