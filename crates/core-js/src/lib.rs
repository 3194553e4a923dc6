//! `wsclose/core`: `explain()` and `reconnectDelay()` for a JavaScript close
//! handler, over [`wsclose_core`] only: no Yew, no DOM, no diagnosis UI.
//!
//! # Why no wasm-bindgen
//!
//! The budget is 20 KiB gzip for the JS and the wasm together, as a bundler
//! ships them, with the English text of every code complete. wasm-bindgen's
//! generated glue and serde-wasm-bindgen's object building cost more than the
//! whole JS side here, so the wasm exports a handful of plain `extern "C"`
//! functions over numbers and two byte buffers, and `js/index.js` (about 3 KiB)
//! does the rest:
//!
//! - it reads every page value (the event's getters, the options, the locale
//!   module, `navigator.languages`, `Math.random`) in plain JavaScript inside
//!   `try`, and throws `Error("wsclose.<function>: …")` with the same words as
//!   the full API (`src/web/input.rs`, `src/web/reconnect.rs`);
//! - it passes the wasm only numbers and UTF-8 text it wrote itself;
//! - it builds the answer object from the flat record [`explain`] writes.
//!
//! The wasm imports nothing, so no page code ever runs while a wasm frame is
//! on the stack: a throwing getter or Proxy trap cannot unwind through Rust,
//! and there is no `RefCell` borrow for it to leave taken. No export can
//! panic on any argument (indices are looked up with `get`, codes are `u16`
//! after the glue's check and clamped again here).
//!
//! # Why the wasm is inlined
//!
//! `index.js` carries the wasm as a string, one character per byte, and
//! compiles it synchronously (`new WebAssembly.Module`) the first time
//! `explain` or `reconnectDelay` is called, so a close handler needs no
//! `await init()` and every bundler ships it with no configuration (esbuild
//! does not copy a `new URL("x.wasm", import.meta.url)` asset at all).
//!
//! Both ways were measured on the same wasm (37,782 bytes after `wasm-opt
//! -Oz`, 16.8 KiB gzip -9), bundled by esbuild `--bundle --minify
//! --format=esm`:
//!
//! - a separate `.wasm` instantiated under a top-level `await` in the entry
//!   module (vite, webpack 5 and esbuild accept it): the wasm plus about
//!   2.4 KiB of minified glue, about 19.2 KiB gzip, and one more request,
//!   which esbuild users must copy by hand;
//! - inline (chosen): 19.7 KiB gzip in one file, about 0.5 KiB more, within
//!   the 20 KiB budget. Base64 instead of one character per byte would cost
//!   about 5 KiB more (24.9 KiB).
//!
//! `cargo xtask bench` prints both figures.
//!
//! # Why `no_std`
//!
//! On stable Rust, std's panic handler formats the panic message, which
//! keeps `core::fmt` and the messages of every reachable panic in the wasm.
//! No export panics on any argument, so that machinery only ever served
//! allocation failure and the bounds checks the optimizer cannot prove; in
//! the wasm, this crate and everything it links are `no_std` (wsclose-core
//! with serde's `alloc` feature only) and its own panic handler traps. A
//! wasm build of this crate together with a std crate in one `cargo`
//! command (`-p wsclose-core-js -p wsclose`) turns on serde's `std` for
//! both and stops with "duplicate lang item `panic_impl`", rather than
//! silently growing: build it alone, as `cargo xtask build` does. Natively
//! (the tests) std is linked as usual.
//!
//! Measured on the esbuild bundle: 26.32 KiB gzip with std, 23.73 without.

//! # The record
//!
//! [`explain`] writes the fields of `Explanation` in the order the full API
//! serializes them, each ended by [`SEPARATOR`] (U+001E, which no text
//! contains; the pack tests check it): `name, title, kind, summary, cause,
//! fix, producedBy, sentInCloseFrame, closeAllowed, reconnect,
//! reconnectReason, reference`, then the number of sources and a `label, url`
//! pair each, the number of engines and an `engine, code, wasClean` triple
//! each (`""` for null), the engine note (`""` for null: a note is never
//! empty), and the locale's tag.

#![no_std]

extern crate alloc;
#[cfg(any(test, not(target_arch = "wasm32")))]
extern crate std;

/// See `wsclose-heap`: dlmalloc would be a sixth of the budget.
#[cfg(all(target_arch = "wasm32", not(target_feature = "atomics")))]
#[global_allocator]
static HEAP: wsclose_heap::WasmHeap = wsclose_heap::WasmHeap::new();

use alloc::string::String;
use alloc::vec::Vec;
use core::cell::Cell;

use wsclose_core::codes::Reconnect;
use wsclose_core::diagnose::Rule;
use wsclose_core::explain::decimal;
use wsclose_core::i18n::{pack, split_ascii, Locale};
use wsclose_core::reconnect::{delay, Policy};
use wsclose_core::Explanation;

/// Ends every field of a record, and separates the items of a list the glue
/// passes in (`navigator.languages`, diagnosis rule names).
pub const SEPARATOR: char = '\u{1e}';

/// The module's state: `Cell`s, taken and put back, rather than `RefCell`s
/// (no borrow to get wrong, no borrow-panic path in the wasm). In the wasm
/// they are `static`s ([`Global`]); natively, where tests run on several
/// threads, `thread_local!`s with the same `take` and `set`.
macro_rules! globals {
    ($($(#[$doc:meta])* static $name:ident: Cell<$ty:ty> = $init:expr;)+) => {
        $(
            $(#[$doc])*
            #[cfg(target_arch = "wasm32")]
            static $name: Global<$ty> = Global(Cell::new($init));
        )+
        #[cfg(not(target_arch = "wasm32"))]
        std::thread_local! {
            $($(#[$doc])* static $name: Cell<$ty> = const { Cell::new($init) };)+
        }
    };
}

globals! {
    /// Text the glue writes before a call that reads it.
    static INPUT: Cell<Vec<u8>> = Vec::new();
    /// The last answer, read by the glue right after the call.
    static OUTPUT: Cell<String> = String::new();
    /// The app codes of the next [`reconnect_delay`], set by [`reconnect_app`].
    static APP_CODES: Cell<Vec<(u16, Reconnect)>> = Vec::new();
}

/// A `Cell` a `static` may hold in the wasm.
#[cfg(target_arch = "wasm32")]
struct Global<T>(Cell<T>);

// SAFETY: a wasm32 module without the atomics feature has one thread, so
// no `Global` is ever touched from two threads.
#[cfg(all(target_arch = "wasm32", not(target_feature = "atomics")))]
unsafe impl<T> Sync for Global<T> {}

#[cfg(target_arch = "wasm32")]
impl<T: Default> Global<T> {
    fn take(&self) -> T {
        self.0.take()
    }

    fn set(&self, value: T) {
        self.0.set(value);
    }
}

/// No export panics on any argument (see the module docs); what is left
/// (allocation failure, bounds checks kept by the optimizer) traps: the
/// caller gets a `WebAssembly.RuntimeError`, as the glue does not catch it.
#[cfg(all(target_arch = "wasm32", not(test)))]
#[panic_handler]
fn panic(_: &core::panic::PanicInfo) -> ! {
    core::arch::wasm32::unreachable()
}

/// Makes room for `len` bytes of input and returns where to write them.
#[no_mangle]
pub extern "C" fn input(len: usize) -> *mut u8 {
    let mut bytes = INPUT.take();
    bytes.clear();
    bytes.resize(len, 0);
    let at = bytes.as_mut_ptr();
    // The Vec's buffer does not move when the Vec itself does.
    INPUT.set(bytes);
    at
}

/// Where the last answer starts; its length is what the call returned.
#[no_mangle]
pub extern "C" fn output() -> *const u8 {
    let text = OUTPUT.take();
    let at = text.as_ptr();
    OUTPUT.set(text);
    at
}

/// The input as text. The glue writes `TextEncoder` output, always UTF-8;
/// anything else reads as nothing rather than trapping.
fn take_input() -> String {
    let bytes = INPUT.take();
    String::from_utf8(bytes).unwrap_or_default()
}

fn answer(text: String) -> usize {
    let len = text.len();
    OUTPUT.set(text);
    len
}

fn locale_at(index: u32) -> Locale {
    Locale::ALL.get(index as usize).copied().unwrap_or_default()
}

fn index_of(locale: Locale) -> u32 {
    locale as u32
}

/// The locale for a tag string in the input: the closest one, English if
/// wsclose does not speak the language (as the full API).
#[no_mangle]
pub extern "C" fn locale_from_tag() -> u32 {
    index_of(Locale::from_tag(&take_input()).unwrap_or_default())
}

/// The first supported locale of a [`SEPARATOR`]-separated list of tags in
/// the input (`navigator.languages`), or English.
#[no_mangle]
pub extern "C" fn locale_negotiate() -> u32 {
    let tags = take_input();
    index_of(Locale::negotiate(split_ascii(&tags, SEPARATOR as u8)))
}

/// The locale whose tag is exactly the input (a locale module's `tag`), or -1.
#[no_mangle]
pub extern "C" fn locale_exact() -> i32 {
    let tag = take_input();
    Locale::ALL
        .iter()
        .position(|locale| locale.tag() == tag)
        .map_or(-1, |i| i as i32)
}

/// Whether the locale's text is at hand (English always; others once installed).
#[no_mangle]
pub extern "C" fn locale_ready(index: u32) -> bool {
    locale_at(index).text().is_some()
}

/// Installs the pack in the input as the locale's text. Returns 0, or the
/// length of the reason it was refused (in the output). The first pack of a
/// locale wins: once its text is at hand, the input is not even read.
#[no_mangle]
pub extern "C" fn locale_install(index: u32) -> usize {
    let locale = locale_at(index);
    let pack = take_input();
    if locale.text().is_some() {
        return 0;
    }
    match pack::read(locale, pack) {
        Ok(text) => {
            locale.install(text);
            0
        }
        Err(why) => answer(why),
    }
}

/// Explains `code` in the locale at `index` (English until its text is
/// installed, and the record's last field says which). Returns the record's
/// length; it starts at [`output`].
#[no_mangle]
pub extern "C" fn explain(code: u32, index: u32) -> usize {
    let code = u16::try_from(code).unwrap_or(u16::MAX);
    answer(record(&wsclose_core::explain(code, locale_at(index))))
}

/// The flat form of an explanation the glue turns into the JS object.
pub fn record(e: &Explanation) -> String {
    let mut out = String::with_capacity(2048);
    let mut field = |text: &str| push_field(&mut out, text);
    let flag = |b: bool| if b { "1" } else { "" };
    field(e.name);
    field(e.title);
    field(e.kind.as_str());
    field(&e.summary);
    field(&e.cause);
    field(&e.fix);
    field(e.produced_by.as_str());
    field(flag(e.sent_in_close_frame));
    field(flag(e.close_allowed));
    field(e.reconnect.as_str());
    field(&e.reconnect_reason);
    field(e.reference);
    field(&decimal(e.sources.len() as u32));
    for source in e.sources {
        field(source.label);
        field(source.url);
    }
    field(&decimal(e.engines.len() as u32));
    for seen in &e.engines {
        field(engine_tag(seen.engine));
        field(&seen.code.map_or(String::new(), |c| decimal(c.into())));
        field(match seen.was_clean {
            Some(true) => "1",
            Some(false) => "0",
            None => "",
        });
    }
    field(e.engine_note.as_deref().unwrap_or_default());
    field(e.locale.tag());
    out
}

/// Appends one field of a record. Not inlined: twenty copies of a string
/// append would be most of [`explain`]'s code.
#[inline(never)]
fn push_field(out: &mut String, text: &str) {
    out.push_str(text);
    out.push(SEPARATOR);
}

/// The engine as the JS API names it (`EngineSeen.engine`).
fn engine_tag(engine: wsclose_core::engines::Engine) -> &'static str {
    use wsclose_core::engines::Engine;
    match engine {
        Engine::Chromium => "chromium",
        Engine::Firefox => "firefox",
        Engine::WebKit => "webkit",
    }
}

/// Adds an app code to the next [`reconnect_delay`]'s policy: `advice` 0 is
/// `never`, 1 `with-backoff`, 2 `after-fix` (the three the glue accepts).
#[no_mangle]
pub extern "C" fn reconnect_app(code: u32, advice: u32) {
    let advice = match advice {
        0 => Reconnect::Never,
        1 => Reconnect::WithBackoff,
        _ => Reconnect::AfterFix,
    };
    let code = u16::try_from(code).unwrap_or(u16::MAX);
    let mut codes = APP_CODES.take();
    codes.push((code, advice));
    APP_CODES.set(codes);
}

/// [`delay`] for the policy `base_ms`, `max_ms` and the app codes added since
/// the last call, with the diagnosis rule names in the input
/// ([`SEPARATOR`]-separated; unknown names are skipped, as the full API
/// does). `random` is one `Math.random()` draw. Returns -1 for "don't
/// reconnect automatically".
#[no_mangle]
pub extern "C" fn reconnect_delay(
    code: u32,
    attempt: u32,
    base_ms: f64,
    max_ms: f64,
    random: f64,
) -> f64 {
    let names = take_input();
    let rules: Vec<Rule> = split_ascii(&names, SEPARATOR as u8)
        .filter_map(Rule::from_name)
        .collect();
    let policy = Policy {
        base_ms,
        max_ms,
        app_codes: APP_CODES.take(),
    };
    let code = u16::try_from(code).unwrap_or(u16::MAX);
    delay(code, &rules, attempt, &policy, || random).unwrap_or(-1.0)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::borrow::ToOwned;

    fn fields(code: u16) -> Vec<String> {
        let text = record(&wsclose_core::explain(code, Locale::En));
        let text = text.strip_suffix(SEPARATOR).expect("ends with a separator");
        text.split(SEPARATOR).map(str::to_owned).collect()
    }

    #[test]
    fn a_record_carries_every_field_in_order() {
        for code in [
            0, 1000, 1005, 1006, 1009, 1015, 2000, 3000, 3500, 4001, 5000,
        ] {
            let e = wsclose_core::explain(code, Locale::En);
            let f = fields(code);
            assert_eq!(f[0], e.name);
            assert_eq!(f[3], e.summary);
            assert_eq!(f[11], e.reference);
            let sources: usize = f[12].parse().unwrap();
            assert_eq!(sources, e.sources.len());
            let at = 13 + 2 * sources;
            let engines: usize = f[at].parse().unwrap();
            assert_eq!(engines, e.engines.len(), "{code}");
            let note = &f[at + 1 + 3 * engines];
            assert_eq!(note.is_empty(), e.engine_note.is_none(), "{code}");
            assert_eq!(f.last().unwrap(), "en");
            assert_eq!(f.len(), at + 1 + 3 * engines + 2, "{code}");
        }
    }

    #[test]
    fn no_field_is_empty_where_empty_means_null_or_false() {
        for code in 0..=u16::MAX {
            let e = wsclose_core::explain(code, Locale::En);
            assert!(e.engine_note.as_deref() != Some(""), "{code}");
            for text in [e.name, e.title, &e.summary, &e.cause, &e.fix] {
                assert!(!text.is_empty() && !text.contains(SEPARATOR), "{code}");
            }
        }
    }

    #[test]
    fn inputs_pick_locales_like_the_full_api() {
        let set = |text: &str| {
            let ptr = input(text.len());
            // SAFETY: `input` made exactly `text.len()` bytes at `ptr`.
            unsafe { std::ptr::copy_nonoverlapping(text.as_ptr(), ptr, text.len()) };
        };
        set("pt-BR");
        assert_eq!(locale_at(locale_from_tag()), Locale::Pt);
        set("tlh");
        assert_eq!(locale_at(locale_from_tag()), Locale::En);
        set("tlh\u{1e}es-MX\u{1e}vi");
        assert_eq!(locale_at(locale_negotiate()), Locale::Es);
        set("zh-Hans");
        assert_eq!(locale_at(locale_exact() as u32), Locale::ZhHans);
        set("zh");
        assert_eq!(locale_exact(), -1);
        assert_eq!(locale_at(99), Locale::En);
    }

    #[test]
    fn the_delay_export_is_the_policy() {
        let set_rules = |text: &str| {
            let ptr = input(text.len());
            // SAFETY: as above.
            unsafe { std::ptr::copy_nonoverlapping(text.as_ptr(), ptr, text.len()) };
        };
        set_rules("");
        assert_eq!(reconnect_delay(1009, 0, 1000.0, 30000.0, 0.5), -1.0);
        set_rules("");
        assert_eq!(reconnect_delay(1006, 3, 1000.0, 30000.0, 1.0), 8000.0);
        set_rules("idle-timeout\u{1e}reconnect-storm\u{1e}from-the-future");
        assert_eq!(reconnect_delay(1006, 0, 1000.0, 30000.0, 0.0), 5000.0);
        set_rules("");
        reconnect_app(4002, 1);
        assert_eq!(reconnect_delay(4002, 1, 1000.0, 30000.0, 0.5), 1000.0);
        set_rules("");
        assert_eq!(
            reconnect_delay(4002, 1, 1000.0, 30000.0, 0.5),
            -1.0,
            "app codes last one call"
        );
    }
}
