//! `wsclose/core` in `cargo xtask build`: crates/core-js compiled to wasm
//! (release, `wasm-opt` with [`WASM_OPT_FLAGS`]) and inlined into
//! `dist/pkg/core/index.js`, next to its `index.d.ts`.
//!
//! The wasm goes into the module as a string literal, one character per
//! byte (see crates/core-js/src/lib.rs for why inline, and [`js_bytes`]):
//! ASCII as itself, so the English text in the wasm's data compresses like
//! text, bytes from 0x80 as `\xNN`. Bundled by esbuild, the module is
//! about 0.5 KiB gzip more than the `.wasm` and the minified glue apart
//! (base64: about 5 KiB more).

use std::fs;
use std::path::Path;

use crate::dist::{self, gzip_len};
use crate::tools::Tools;
use crate::Result;

/// What the template's `WASM` constant holds until the build fills it in.
const PLACEHOLDER: &str = "\"__WSCLOSE_CORE_WASM__\"";

/// Sizes of one core build, for the build's report and the bench.
#[derive(Debug, Clone, Copy)]
pub struct CoreSizes {
    /// The wasm as cargo linked it.
    pub wasm_raw: usize,
    /// After `wasm-opt -Oz` (the bytes that are inlined).
    pub wasm_opt: usize,
    pub wasm_gzip: usize,
    /// `index.js` as written, the wasm inside it.
    pub js: usize,
    pub js_gzip: usize,
}

/// Builds the core into `pkg/core/` (`index.js`, `index.d.ts`).
pub fn build(repo: &Path, tools: &Tools, dev: bool, pkg: &Path) -> Result<CoreSizes> {
    println!("build: cargo build --release -p wsclose-core-js (the lean core)");
    dist::build_release_wasm(repo, "wsclose-core-js", &[])?;
    let linked = dist::target_dir(repo).join("wasm32-unknown-unknown/release/wsclose_core_js.wasm");
    let work = dist::target_dir(repo).join("core-js");
    fs::create_dir_all(&work)?;
    let wasm = work.join("core.wasm");
    fs::copy(&linked, &wasm).map_err(|e| format!("copying {}: {e}", linked.display()))?;
    let wasm_raw = fs::metadata(&wasm)?.len() as usize;
    if dev {
        println!("build: --dev, core wasm not optimized");
    } else {
        dist::wasm_opt(repo, tools, &wasm)?;
    }
    let bytes = fs::read(&wasm)?;

    let source = repo.join("crates/core-js/js");
    let template = fs::read_to_string(source.join("index.js"))?;
    if template.matches(PLACEHOLDER).count() != 1 {
        return Err(format!("crates/core-js/js/index.js must hold {PLACEHOLDER} once").into());
    }
    let js = template.replace(PLACEHOLDER, &js_bytes(&bytes));
    let out = pkg.join("core");
    fs::create_dir_all(&out)?;
    fs::write(out.join("index.js"), &js)?;
    fs::copy(source.join("index.d.ts"), out.join("index.d.ts"))?;
    Ok(CoreSizes {
        wasm_raw,
        wasm_opt: bytes.len(),
        wasm_gzip: gzip_len(&bytes)?,
        js: js.len(),
        js_gzip: gzip_len(js.as_bytes())?,
    })
}

/// The byte the literal carries in place of 0, and 0 in its place. Wasm is
/// full of zeros, which a string literal can only spell `\0`, two
/// characters, while 0x1f, rare in this wasm, is one raw character;
/// `index.js` swaps them back. Esbuild bundle: 22.38 -> 22.13 KiB gzip (the
/// best of the control characters tried; a whole 256-byte table ordering
/// bytes by frequency cost more than it saved, 22.49).
pub const ZERO_STAND_IN: u8 = 0x1f;

/// A JavaScript string literal whose characters are `bytes`, one each, with
/// 0 and [`ZERO_STAND_IN`] swapped. Control characters other than line breaks go in
/// raw, as esbuild prints them; bytes from 0x80 as `\xNN`.
pub fn js_bytes(bytes: &[u8]) -> String {
    let swap = |b: u8| match b {
        0 => ZERO_STAND_IN,
        ZERO_STAND_IN => 0,
        b => b,
    };
    let mut out = String::with_capacity(bytes.len() * 2 + 2);
    out.push('"');
    for (i, &b) in bytes.iter().enumerate() {
        match swap(b) {
            b'"' => out.push_str("\\\""),
            b'\\' => out.push_str("\\\\"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            // `\0` followed by a digit would read as an octal escape.
            0 if !bytes.get(i + 1).is_some_and(|&n| swap(n).is_ascii_digit()) => {
                out.push_str("\\0")
            }
            c @ 0x01..=0x7f => out.push(char::from(c)),
            c => out.push_str(&format!("\\x{c:02x}")),
        }
    }
    out.push('"');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Decodes the literal the way JavaScript does, for the escapes used,
    /// and swaps 0 and [`ZERO_STAND_IN`] back as `index.js` does.
    fn decode(literal: &str) -> Vec<u8> {
        let inner = &literal[1..literal.len() - 1];
        let mut out = Vec::new();
        let mut chars = inner.chars();
        while let Some(c) = chars.next() {
            if c != '\\' {
                out.push(c as u8);
                continue;
            }
            match chars.next().unwrap() {
                'n' => out.push(b'\n'),
                'r' => out.push(b'\r'),
                '0' => {
                    // `\07` would be an octal escape (a syntax error in a module).
                    assert!(!chars.clone().next().is_some_and(|n| n.is_ascii_digit()));
                    out.push(0)
                }
                'x' => {
                    let hex: String = chars.by_ref().take(2).collect();
                    out.push(u8::from_str_radix(&hex, 16).unwrap());
                }
                other => out.push(other as u8),
            }
        }
        for b in &mut out {
            *b = match *b {
                ZERO_STAND_IN => 0,
                0 => ZERO_STAND_IN,
                b => b,
            };
        }
        out
    }

    #[test]
    fn every_byte_round_trips() {
        let mut bytes: Vec<u8> = (0..=255).collect();
        bytes.extend([
            0,
            b'1',
            0,
            0,
            b'"',
            b'\\',
            b'\r',
            0x2e,
            ZERO_STAND_IN,
            b'7',
            ZERO_STAND_IN,
        ]);
        let literal = js_bytes(&bytes);
        assert!(literal.is_ascii() && !literal.contains(['\r', '\n']));
        assert_eq!(decode(&literal), bytes);
    }
}
