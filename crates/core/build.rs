//! One cfg, `lazy_locales`, for "this build carries English only and loads
//! the other locales' text at run time" (see `crates/core/src/i18n/mod.rs`).
//!
//! That is the JS bundle's wasm (`--features lazy-locales`): thirteen
//! embedded translations would be most of what a host page downloads. Only
//! wasm builds can fetch, so native builds (tests, the prerenderer) embed
//! every locale whatever the features say, as do Yew apps using the crate.

fn main() {
    println!("cargo::rustc-check-cfg=cfg(lazy_locales)");
    let wasm = std::env::var("CARGO_CFG_TARGET_ARCH").is_ok_and(|arch| arch == "wasm32");
    let lazy = std::env::var_os("CARGO_FEATURE_LAZY_LOCALES").is_some();
    if wasm && lazy {
        println!("cargo::rustc-cfg=lazy_locales");
    }
}
