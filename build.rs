//! One cfg, `lazy_locales`, for "this build carries English only and loads
//! the other locales' text at run time" (see `src/i18n/mod.rs`).
//!
//! That is the widget's wasm: thirteen embedded translations would be most of
//! what a host page downloads. Native builds (tests, the site's prerenderer)
//! and the `embed-locales` feature (the site's wasm) embed every locale.

fn main() {
    println!("cargo::rustc-check-cfg=cfg(lazy_locales)");
    let wasm = std::env::var("CARGO_CFG_TARGET_ARCH").is_ok_and(|arch| arch == "wasm32");
    let embed = std::env::var_os("CARGO_FEATURE_EMBED_LOCALES").is_some();
    if wasm && !embed {
        println!("cargo::rustc-cfg=lazy_locales");
    }
}
