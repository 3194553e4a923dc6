//! Writes `src/web/overlay.css` minified into `OUT_DIR` for the dev overlay
//! (the same minifier as the widget's stylesheet, `crates/yew/css_min.rs`).

#[path = "crates/yew/css_min.rs"]
mod css_min;

fn main() {
    css_min::minify_into_out_dir("src/web/overlay.css", "crates/yew/css_min.rs");
}
