//! `cargo xtask build`: compiles the widget to wasm and assembles `dist/`.

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::Command;

use flate2::write::GzEncoder;
use flate2::Compression;

use crate::tools::{self, Tools};
use crate::{run, Result};

/// Where `serve` and the tests publish the site when no `--base-url` is given.
pub const LOCAL_BASE_URL: &str = "http://127.0.0.1:8080";

/// Flags that change what `build` does.
#[derive(Debug, Default, Clone)]
pub struct BuildOptions {
    /// Skip wasm-opt: faster iteration, bigger wasm.
    pub dev: bool,
    /// The site's public address (`--base-url https://example.com`): every
    /// canonical, `hreflang`, sitemap, sharing and JSON-LD URL is built on
    /// it. `None`: [`LOCAL_BASE_URL`], right for `serve` and the tests only.
    pub base_url: Option<String>,
}

/// A wasm-bindgen module of the package: a cdylib of the workspace, bound
/// with `--target web` into `dist/pkg/<lib>.js` + `<lib>_bg.wasm` (and their
/// `.d.ts`), where `lib` is the crate's lib name.
struct PkgModule {
    package: &'static str,
    lib: &'static str,
}

/// The package's modules, in build order: the JS API (no Yew), then the UI
/// (the Yew card and overlay), which the API's glue imports on first need.
const PKG_MODULES: [PkgModule; 2] = [
    PkgModule {
        package: "wsclose",
        lib: "wsclose",
    },
    PkgModule {
        package: "wsclose-ui",
        lib: "wsclose_ui",
    },
];

/// Builds `dist/` from scratch. Tools must already be ensured.
pub fn build(repo: &Path, tools: &Tools, opts: BuildOptions) -> Result<()> {
    let mut linked = Vec::new();
    for module in &PKG_MODULES {
        println!(
            "build: cargo build --release -p {} (wasm32-unknown-unknown)",
            module.package
        );
        build_release_wasm(repo, module.package, &["lazy-locales"])?;
        let wasm = target_dir(repo)
            .join("wasm32-unknown-unknown/release")
            .join(format!("{}.wasm", module.lib));
        if !wasm.is_file() {
            return Err(format!("cargo built no {}", wasm.display()).into());
        }
        linked.push(wasm);
    }

    // A stale dist/ could serve files the current sources no longer produce.
    let dist = repo.join("dist");
    if dist.exists() {
        fs::remove_dir_all(&dist).map_err(|e| format!("removing {}: {e}", dist.display()))?;
    }
    let pkg = dist.join("pkg");
    let mut sizes = Vec::new();
    for (module, wasm) in PKG_MODULES.iter().zip(&linked) {
        sizes.push((
            format!("{}_bg.wasm", module.lib),
            bind_and_optimize(repo, tools, opts.dev, wasm, &pkg, module.lib)?,
        ));
    }

    // The lean core (`wsclose/core`), into pkg/core/ before the npm step.
    let core = crate::corejs::build(repo, tools, opts.dev, &pkg)?;

    let index = repo.join("index.html");
    if index.is_file() {
        fs::copy(&index, dist.join("index.html"))
            .map_err(|e| format!("copying {}: {e}", index.display()))?;
    } else {
        println!("build: warning: no index.html at the repo root; dist/ has no site page");
    }
    let www = repo.join("www");
    if www.is_dir() {
        copy_tree(&www, &dist)?;
    }

    build_site(repo, tools, &opts, &dist)?;
    // The prerenderer wrote the packs (locales/<tag>.txt): each becomes a
    // module too, the form every bundler follows.
    let modules = crate::npm::locale_modules(&pkg)?;
    println!("build: {modules} locale modules in dist/pkg/locales/");
    crate::npm::package(repo, &dist)?;

    println!();
    print!("{}", size_table(&pkg)?);
    for (name, (before, after)) in &sizes {
        if opts.dev {
            println!("{name}: {before} bytes (wasm-opt skipped)");
        } else {
            let saved = before.saturating_sub(*after);
            println!("{name}: {before} bytes before wasm-opt, {after} after (-{saved})");
        }
    }
    println!(
        "core wasm: {} bytes linked, {} optimized, {} gzip; core/index.js with it inline: {} bytes, {} gzip",
        core.wasm_raw, core.wasm_opt, core.wasm_gzip, core.js, core.js_gzip
    );
    Ok(())
}

/// The comparison site (`crates/site`): prerendered HTML (native, Yew's
/// server renderer) and the wasm that hydrates it (`--features hydration`).
fn build_site(repo: &Path, tools: &Tools, opts: &BuildOptions, dist: &Path) -> Result<()> {
    let base_url = opts.base_url.as_deref().unwrap_or(LOCAL_BASE_URL);
    println!(
        "build: prerender the site for {base_url} (cargo run -p wsclose-site --bin prerender)"
    );
    let mut command = prerender(repo);
    command
        .arg("--out")
        .arg(dist)
        .args(["--base-url", base_url]);
    if let Some(date) = last_commit_date(repo) {
        // The sources' date, not the build's: rebuilding the same commit
        // must not tell search engines that every page changed.
        command.args(["--lastmod", &date]);
    }
    run(&mut command)?;

    println!("build: cargo build --release -p wsclose-site --features hydration (site wasm)");
    build_release_wasm(repo, "wsclose-site", &["hydration"])?;
    let wasm = target_dir(repo).join("wasm32-unknown-unknown/release/wsclose_site.wasm");
    let pkg = dist.join("site/pkg");
    wasm_bindgen(repo, &wasm, &pkg, "wsclose", false)?;
    let bg = pkg.join("wsclose_bg.wasm");
    if !opts.dev {
        println!("build: wasm-opt -Oz (site wasm)");
        wasm_opt(repo, tools, &bg)?;
    }
    print!("{}", site_report(dist)?);
    Ok(())
}

/// The committer date of `HEAD` (`YYYY-MM-DD`), if git can tell.
fn last_commit_date(repo: &Path) -> Option<String> {
    let out = Command::new("git")
        .current_dir(repo)
        .args(["log", "-1", "--format=%cs"])
        .output()
        .ok()?;
    let date = String::from_utf8(out.stdout).ok()?.trim().to_owned();
    (out.status.success() && date.len() == 10).then_some(date)
}

/// `cargo build --release --lib` of a workspace package for wasm32, with
/// the size-tuned release profile every shipped and measured wasm shares.
pub fn build_release_wasm(repo: &Path, package: &str, features: &[&str]) -> Result<()> {
    let mut command = Command::new(tools::cargo());
    command.current_dir(repo).args([
        "build",
        "--release",
        "--lib",
        "--target",
        "wasm32-unknown-unknown",
        "-p",
        package,
    ]);
    if !features.is_empty() {
        command.args(["--features", &features.join(",")]);
    }
    run(&mut command)
}

/// `wasm-bindgen --target web` of a linked `wasm` into `out_dir`, as
/// `<out_name>.js` and `<out_name>_bg.wasm` (with their `.d.ts` if
/// `typescript`).
pub fn wasm_bindgen(
    repo: &Path,
    wasm: &Path,
    out_dir: &Path,
    out_name: &str,
    typescript: bool,
) -> Result<()> {
    let mut command = Command::new("wasm-bindgen");
    command.current_dir(repo).args(["--target", "web"]);
    if !typescript {
        command.arg("--no-typescript");
    }
    command
        .arg("--out-dir")
        .arg(out_dir)
        .args(["--out-name", out_name])
        .arg(wasm);
    run(&mut command)
}

/// One module of the package: `wasm-bindgen` into `pkg` as `out_name`, then
/// `wasm-opt` unless `dev`. Returns the `_bg.wasm`'s size before and after.
fn bind_and_optimize(
    repo: &Path,
    tools: &Tools,
    dev: bool,
    wasm: &Path,
    pkg: &Path,
    out_name: &str,
) -> Result<(u64, u64)> {
    println!("build: wasm-bindgen --target web -> dist/pkg/{out_name}.js");
    wasm_bindgen(repo, wasm, pkg, out_name, true)?;
    let bg = pkg.join(format!("{out_name}_bg.wasm"));
    let before = file_len(&bg)?;
    if dev {
        println!("build: --dev, skipping wasm-opt");
    } else {
        println!("build: wasm-opt -Oz ({out_name}_bg.wasm)");
        wasm_opt(repo, tools, &bg)?;
    }
    Ok((before, file_len(&bg)?))
}

/// `cargo run` of the site's prerenderer (`ssr` feature); callers add its
/// arguments (`--out DIR`, `--check`, `--base-url URL`).
pub fn prerender(repo: &Path) -> Command {
    let mut command = Command::new(tools::cargo());
    command.current_dir(repo).args([
        "run",
        "--quiet",
        "-p",
        "wsclose-site",
        "--features",
        "ssr",
        "--bin",
        "prerender",
        "--",
    ]);
    command
}

/// `wasm-opt -Oz` in place, with the features current rustc emits: the same
/// for the widget, the lean core, the site and the bench's Yew floor.
/// `--converge` repeats the passes while they still shrink the module, and
/// the two custom sections (toolchain names, feature list) mean nothing to a
/// browser: together 0.75 KiB gzip off the widget and 0.24 KiB off the
/// core's esbuild bundle (`--low-memory-unused` on top gained nothing), for
/// ~10 s more build time.
pub fn wasm_opt(repo: &Path, tools: &Tools, wasm: &Path) -> Result<()> {
    run(Command::new(&tools.wasm_opt)
        .current_dir(repo)
        .arg(wasm)
        .args(["-o"])
        .arg(wasm)
        .args([
            "-Oz",
            "--converge",
            "--strip-producers",
            "--strip-target-features",
            "--enable-bulk-memory",
            "--enable-nontrapping-float-to-int",
            "--enable-sign-ext",
            "--enable-mutable-globals",
            "--enable-reference-types",
        ]))
}

/// Pages, the largest page's HTML (raw and gzip), and the site's total size.
pub fn site_report(dist: &Path) -> Result<String> {
    let mut files = Vec::new();
    files_under(dist, dist, &mut files)?;
    let (mut pages, mut total, mut total_gz) = (0usize, 0usize, 0usize);
    let mut largest = (0usize, 0usize, PathBuf::new());
    for rel in &files {
        // The widget's own files (pkg/, demo/) are not part of the site.
        if rel.starts_with("pkg") || rel.starts_with("demo") {
            continue;
        }
        let data = fs::read(dist.join(rel))?;
        let gz = gzip_len(&data)?;
        total += data.len();
        total_gz += gz;
        if rel.file_name().is_some_and(|n| n == "index.html") && rel.components().count() > 1 {
            pages += 1;
            if data.len() > largest.0 {
                largest = (data.len(), gz, rel.clone());
            }
        }
    }
    Ok(format!(
        "site: {pages} pages; largest page {} ({} bytes, {} gzip); site total {total} bytes ({total_gz} gzip)\n",
        largest.2.display(),
        largest.0,
        largest.1
    ))
}

/// `CARGO_TARGET_DIR` if set, else `<repo>/target`.
pub fn target_dir(repo: &Path) -> PathBuf {
    match std::env::var_os("CARGO_TARGET_DIR") {
        Some(dir) => repo.join(dir),
        None => repo.join("target"),
    }
}

fn file_len(path: &Path) -> Result<u64> {
    Ok(fs::metadata(path)
        .map_err(|e| format!("{}: {e}", path.display()))?
        .len())
}

/// Creates `dir` if needed and removes everything in it but the entry named
/// `keep` (an installed `node_modules`, a core the build already wrote).
pub fn empty_dir_except(dir: &Path, keep: &str) -> Result<()> {
    fs::create_dir_all(dir)?;
    for entry in fs::read_dir(dir)? {
        let path = entry?.path();
        if path.file_name().is_some_and(|n| n == keep) {
            continue;
        }
        if path.is_dir() {
            fs::remove_dir_all(&path)?;
        } else {
            fs::remove_file(&path)?;
        }
    }
    Ok(())
}

/// Copies `from`'s contents into `to`, refusing to overwrite: a clash (say
/// `www/pkg/`) would silently replace a generated file.
pub fn copy_tree(from: &Path, to: &Path) -> Result<()> {
    fs::create_dir_all(to)?;
    for entry in fs::read_dir(from).map_err(|e| format!("reading {}: {e}", from.display()))? {
        let entry = entry?;
        let src = entry.path();
        let dst = to.join(entry.file_name());
        if entry.file_type()?.is_dir() {
            copy_tree(&src, &dst)?;
        } else {
            if dst.exists() {
                return Err(format!("{} would overwrite {}", src.display(), dst.display()).into());
            }
            fs::copy(&src, &dst).map_err(|e| format!("copying {}: {e}", src.display()))?;
        }
    }
    Ok(())
}

/// Gzip size at best compression: roughly what a CDN sends over the wire.
pub fn gzip_len(data: &[u8]) -> Result<usize> {
    let mut enc = GzEncoder::new(Vec::new(), Compression::best());
    enc.write_all(data)?;
    Ok(enc.finish()?.len())
}

/// Every file under `dir` (recursively), sorted, relative to `dir`.
pub fn files_under(dir: &Path, base: &Path, out: &mut Vec<PathBuf>) -> Result<()> {
    for entry in fs::read_dir(dir).map_err(|e| format!("reading {}: {e}", dir.display()))? {
        let path = entry?.path();
        if path.is_dir() {
            files_under(&path, base, out)?;
        } else {
            out.push(path.strip_prefix(base)?.to_path_buf());
        }
    }
    Ok(())
}

/// The size table: one row per file under `pkg`, then the total.
pub fn size_table(pkg: &Path) -> Result<String> {
    let mut files = Vec::new();
    files_under(pkg, pkg, &mut files)?;
    files.sort();
    let rows: Vec<(String, usize, usize)> = files
        .iter()
        .map(|rel| {
            let data = fs::read(pkg.join(rel))?;
            Ok((
                format!("pkg/{}", rel.display()),
                data.len(),
                gzip_len(&data)?,
            ))
        })
        .collect::<Result<_>>()?;
    let width = rows.iter().map(|r| r.0.len()).chain([5]).max().unwrap_or(5);
    let mut out = format!("{:<width$}  {:>10}  {:>10}\n", "file", "bytes", "gzip");
    for (name, raw, gz) in &rows {
        out.push_str(&format!("{name:<width$}  {raw:>10}  {gz:>10}\n"));
    }
    let raw: usize = rows.iter().map(|r| r.1).sum();
    let gz: usize = rows.iter().map(|r| r.2).sum();
    out.push_str(&format!("{:<width$}  {raw:>10}  {gz:>10}\n", "total"));
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_and_copy() {
        let dir = std::env::temp_dir().join(format!("wsclose-dist-test-{}", std::process::id()));
        let _ = fs::remove_dir_all(&dir);
        let pkg = dir.join("pkg");
        fs::create_dir_all(pkg.join("snippets/x")).expect("mkdir");
        fs::write(pkg.join("a.js"), "a".repeat(1000)).expect("write");
        fs::write(pkg.join("snippets/x/s.js"), "s").expect("write");
        let table = size_table(&pkg).expect("table");
        let lines: Vec<&str> = table.lines().collect();
        assert_eq!(lines.len(), 4, "{table}");
        assert!(lines[1].starts_with("pkg/a.js") && lines[1].contains(" 1000 "));
        assert!(lines[2].starts_with("pkg/snippets/x/s.js"));
        assert!(lines[3].starts_with("total") && lines[3].contains(" 1001 "));
        assert!(gzip_len(&[b'a'; 1000]).expect("gzip") < 100);

        let out = dir.join("out");
        copy_tree(&pkg, &out).expect("copy");
        assert!(out.join("snippets/x/s.js").is_file());
        assert!(copy_tree(&pkg, &out).is_err(), "overwriting must fail");
        let _ = fs::remove_dir_all(&dir);
    }
}
