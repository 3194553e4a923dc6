//! A Yew app that depends on `wsclose-yew` keeps its module its own: no JS
//! API export and no start function comes with the widget (issue 12).
//!
//! Builds `tests/yew-app` for wasm32 and reads the export section of the
//! module rustc links, where every `#[wasm_bindgen]` export and start
//! function of any crate in the app still has its own name (with a crate
//! hash suffix): after wasm-bindgen they would hide behind the app's
//! exports and its always-present `__wbindgen_start`. The app's own names
//! must be exactly its `run`. The same reading of the JS API's module must
//! find `explain` and `start`, so a misread section cannot pass.

use std::fs;
use std::path::Path;
use std::process::Command;

use crate::dist::target_dir;
use crate::{run, tools, Result};

/// Builds the app and checks its exports; says what it found.
pub fn check(repo: &Path) -> Result<String> {
    run(Command::new(tools::cargo()).current_dir(repo).args([
        "build",
        "--lib",
        "--target",
        "wasm32-unknown-unknown",
        "-p",
        "wsclose-yew-app",
    ]))?;
    let wasm = target_dir(repo).join("wasm32-unknown-unknown");
    let app = own_exports(&read(&wasm.join("debug/wsclose_yew_app.wasm"))?)?;
    // The control: the JS API's module, as `cargo xtask build` left it.
    let api = own_exports(&read(&wasm.join("release/wsclose.wasm"))?)?;
    for name in ["explain", "start"] {
        if !api.iter().any(|n| n == name) {
            return Err(format!("the JS API's module shows no `{name}`: {api:?}").into());
        }
    }
    if app != ["run"] {
        return Err(format!("the app's module exports {app:?}, not just its `run`").into());
    }
    Ok(format!(
        "the app exports only `run`; the JS API's module exports {} names",
        api.len()
    ))
}

fn read(path: &Path) -> Result<Vec<u8>> {
    fs::read(path).map_err(|e| format!("{}: {e}", path.display()).into())
}

/// The exports a crate declared: wasm-bindgen's own (`__…`) and `memory`
/// left out, the crate hash suffix (`_51b782a6be65edb8`) cut off.
fn own_exports(wasm: &[u8]) -> Result<Vec<String>> {
    Ok(exports(wasm)?
        .into_iter()
        .filter(|name| !name.starts_with("__") && name != "memory")
        .map(|name| match name.rsplit_once('_') {
            Some((base, hash))
                if hash.len() == 16 && hash.bytes().all(|b| b.is_ascii_hexdigit()) =>
            {
                base.to_owned()
            }
            _ => name,
        })
        .collect())
}

/// The names in a wasm module's export section (id 7).
fn exports(wasm: &[u8]) -> Result<Vec<String>> {
    if wasm.get(..8) != Some(b"\0asm\x01\0\0\0".as_slice()) {
        return Err("not a wasm module (version 1)".into());
    }
    let mut at = 8;
    while at < wasm.len() {
        let id = wasm[at];
        at += 1;
        let size = leb128(wasm, &mut at)? as usize;
        let body = wasm.get(at..at + size).ok_or("section runs past the end")?;
        at += size;
        if id != 7 {
            continue;
        }
        let mut pos = 0;
        let count = leb128(body, &mut pos)?;
        let mut names = Vec::new();
        for _ in 0..count {
            let len = leb128(body, &mut pos)? as usize;
            let name = body
                .get(pos..pos + len)
                .ok_or("export name runs past the end")?;
            names.push(String::from_utf8_lossy(name).into_owned());
            pos += len;
            pos += 1; // kind
            leb128(body, &mut pos)?; // index
        }
        return Ok(names);
    }
    Ok(Vec::new())
}

/// An unsigned LEB128 number at `bytes[*at..]`, advancing `at` past it.
fn leb128(bytes: &[u8], at: &mut usize) -> Result<u64> {
    let mut value = 0u64;
    for shift in (0..64).step_by(7) {
        let byte = *bytes.get(*at).ok_or("LEB128 number runs past the end")?;
        *at += 1;
        value |= u64::from(byte & 0x7f) << shift;
        if byte & 0x80 == 0 {
            return Ok(value);
        }
    }
    Err("LEB128 number too long".into())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_the_names_of_an_export_section() {
        // magic, version, a type section to skip, then exports "run" (func 0)
        // and "memory" (memory 0).
        let mut wasm = b"\0asm\x01\0\0\0".to_vec();
        wasm.extend([1, 4, 1, 0x60, 0, 0]);
        wasm.extend([7, 16, 2, 3, b'r', b'u', b'n', 0, 0]);
        wasm.extend([6, b'm', b'e', b'm', b'o', b'r', b'y', 2, 0]);
        assert_eq!(exports(&wasm).unwrap(), ["run", "memory"]);
        assert_eq!(own_exports(&wasm).unwrap(), ["run"]);
        assert!(exports(b"\0asm\x02\0\0\0").is_err());
    }
}
