//! `lazy_locales`: this build's wasm carries English only and loads the other
//! locales' text at run time, so the hook that renders a locale must fetch
//! it. Same cfg, same rule as `wsclose-core`'s build.rs (which owns the text).

fn main() {
    println!("cargo::rustc-check-cfg=cfg(lazy_locales)");
    let wasm = std::env::var("CARGO_CFG_TARGET_ARCH").is_ok_and(|arch| arch == "wasm32");
    let lazy = std::env::var_os("CARGO_FEATURE_LAZY_LOCALES").is_some();
    if wasm && lazy {
        println!("cargo::rustc-cfg=lazy_locales");
    }
}
