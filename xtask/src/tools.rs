//! Makes sure the external tools a build needs are present, installing only
//! what is missing, so a fresh machine (or CI) needs nothing but `cargo xtask`.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use crate::{run, Result};

/// `npm ci` of the packages pinned in `pinned/package.json` and its
/// `package-lock.json` (`pinned` relative to the repo) into
/// `target/tools/<name>/`, unless the lockfile installed there is byte for
/// byte the pinned one and every path of `expect` (relative to
/// `node_modules`) is present. Returns that `node_modules`.
///
/// Scripts are not run: no pinned package needs one (esbuild's postinstall
/// only checks the binary its optional platform package brings). A failed
/// install removes the copied lockfile, so the next run tries again.
pub fn npm_ci(repo: &Path, pinned: &str, name: &str, expect: &[&str]) -> Result<PathBuf> {
    let prefix = repo.join("target/tools").join(name);
    let modules = prefix.join("node_modules");
    let lock = repo.join(pinned).join("package-lock.json");
    let installed_lock = prefix.join("package-lock.json");
    let present = expect.iter().all(|p| modules.join(p).exists());
    if present && fs::read(&lock).ok() == fs::read(&installed_lock).ok() {
        return Ok(modules);
    }
    println!(
        "{name}: installing {} (npm ci, {pinned}/package-lock.json)",
        expect.join(", ")
    );
    fs::create_dir_all(&prefix)?;
    fs::copy(
        repo.join(pinned).join("package.json"),
        prefix.join("package.json"),
    )?;
    fs::copy(&lock, &installed_lock)?;
    let installed = run(Command::new("npm")
        .current_dir(&prefix)
        .args(["ci", "--no-audit", "--no-fund", "--ignore-scripts"])
        .stdin(Stdio::null()));
    let missing: Vec<&&str> = expect
        .iter()
        .filter(|p| !modules.join(p).exists())
        .collect();
    if installed.is_err() || !missing.is_empty() {
        let _ = fs::remove_file(&installed_lock);
        installed?;
        return Err(format!("npm ci in {} installed no {missing:?}", prefix.display()).into());
    }
    Ok(modules)
}

/// The binaryen release whose `wasm-opt` understands the wasm features that
/// current rustc emits (Debian's is too old).
const BINARYEN: &str = "binaryen@132";

/// Paths of the tools once ensured.
pub struct Tools {
    pub wasm_opt: PathBuf,
}

/// Installs the wasm target, a matching wasm-bindgen-cli and npm binaryen if
/// missing. Idempotent; says what it does.
pub fn ensure(repo: &Path) -> Result<Tools> {
    ensure_wasm_target()?;
    ensure_wasm_bindgen(repo)?;
    let wasm_opt = ensure_binaryen(repo)?;
    Ok(Tools { wasm_opt })
}

fn output(cmd: &mut Command) -> Result<String> {
    let out = cmd
        .output()
        .map_err(|e| format!("cannot run {cmd:?}: {e}"))?;
    if !out.status.success() {
        return Err(format!(
            "{cmd:?} failed ({}): {}",
            out.status,
            String::from_utf8_lossy(&out.stderr).trim()
        )
        .into());
    }
    Ok(String::from_utf8_lossy(&out.stdout).into_owned())
}

fn ensure_wasm_target() -> Result<()> {
    let installed = output(Command::new("rustup").args(["target", "list", "--installed"]))?;
    if installed
        .lines()
        .any(|l| l.trim() == "wasm32-unknown-unknown")
    {
        println!("tools: wasm32-unknown-unknown target present");
        return Ok(());
    }
    println!("tools: installing the wasm32-unknown-unknown target");
    run(Command::new("rustup").args(["target", "add", "wasm32-unknown-unknown"]))
}

/// The `wasm-bindgen` version pinned in `Cargo.lock`: the CLI must match the
/// library exactly or the generated glue is rejected.
pub fn locked_wasm_bindgen(lock: &str) -> Option<String> {
    let mut in_package = false;
    let mut name_matches = false;
    for line in lock.lines() {
        let line = line.trim();
        if line == "[[package]]" {
            in_package = true;
            name_matches = false;
        } else if line.starts_with('[') {
            in_package = false;
        } else if in_package && line == r#"name = "wasm-bindgen""# {
            name_matches = true;
        } else if in_package && name_matches {
            if let Some(v) = line.strip_prefix("version = ") {
                return Some(v.trim_matches('"').to_string());
            }
        }
    }
    None
}

fn ensure_wasm_bindgen(repo: &Path) -> Result<()> {
    let lock_path = repo.join("Cargo.lock");
    let lock = std::fs::read_to_string(&lock_path)
        .map_err(|e| format!("reading {}: {e}", lock_path.display()))?;
    let want = locked_wasm_bindgen(&lock)
        .ok_or("Cargo.lock has no wasm-bindgen package; is it a dependency of wsclose?")?;
    let have = output(Command::new("wasm-bindgen").arg("--version")).unwrap_or_default();
    if have.split_whitespace().nth(1) == Some(want.as_str()) {
        println!("tools: wasm-bindgen {want} present");
        return Ok(());
    }
    println!(
        "tools: installing wasm-bindgen-cli {want} (found {:?})",
        have.trim()
    );
    // No --locked: the registry mirror lacks some of the CLI's locked deps.
    run(Command::new(cargo()).args([
        "install",
        "wasm-bindgen-cli",
        "--version",
        &format!("={want}"),
    ]))
}

fn ensure_binaryen(repo: &Path) -> Result<PathBuf> {
    let prefix = repo.join("target/tools/npm");
    let wasm_opt = prefix.join("node_modules/.bin/wasm-opt");
    if wasm_opt.exists() {
        println!("tools: {BINARYEN} present");
        return Ok(wasm_opt);
    }
    println!("tools: installing npm {BINARYEN} into {}", prefix.display());
    std::fs::create_dir_all(&prefix)?;
    run(Command::new("npm")
        .arg("install")
        .arg("--prefix")
        .arg(&prefix)
        .args(["--no-audit", "--no-fund", BINARYEN]))?;
    if !wasm_opt.exists() {
        return Err(format!(
            "npm installed {BINARYEN} but {} is missing",
            wasm_opt.display()
        )
        .into());
    }
    Ok(wasm_opt)
}

/// The cargo that runs us (so toolchain overrides carry through).
pub fn cargo() -> String {
    std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_locked_version() {
        let lock = r#"
[[package]]
name = "wasm-bindgen-backend"
version = "0.2.99"

[[package]]
name = "wasm-bindgen"
version = "0.2.130"
source = "registry+https://github.com/rust-lang/crates.io-index"
"#;
        assert_eq!(locked_wasm_bindgen(lock).as_deref(), Some("0.2.130"));
        assert_eq!(locked_wasm_bindgen("[[package]]\nname = \"x\"\n"), None);
    }
}
