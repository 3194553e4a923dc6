//! Writes `style.css` minified into `OUT_DIR` for [`STYLE`](src/lib.rs).

#[path = "css_min.rs"]
mod css_min;

fn main() {
    println!("cargo::rerun-if-changed=src/style.css");
    println!("cargo::rerun-if-changed=css_min.rs");
    let css = std::fs::read_to_string("src/style.css").expect("reading src/style.css");
    let out = std::path::PathBuf::from(std::env::var_os("OUT_DIR").expect("OUT_DIR"));
    std::fs::write(out.join("style.css"), css_min::minify(&css)).expect("writing style.css");
}
