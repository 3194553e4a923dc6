//! Writes `src/web/overlay.css` minified into `OUT_DIR` for the dev overlay
//! (the same minifier as the widget's stylesheet, `crates/yew/css_min.rs`).

#[path = "crates/yew/css_min.rs"]
mod css_min;

fn main() {
    println!("cargo::rerun-if-changed=src/web/overlay.css");
    println!("cargo::rerun-if-changed=crates/yew/css_min.rs");
    let css = std::fs::read_to_string("src/web/overlay.css").expect("reading src/web/overlay.css");
    let out = std::path::PathBuf::from(std::env::var_os("OUT_DIR").expect("OUT_DIR"));
    std::fs::write(out.join("overlay.css"), css_min::minify(&css)).expect("writing overlay.css");
}
