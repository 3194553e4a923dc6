//! Writes `src/overlay.css` minified into `OUT_DIR` for the dev overlay
//! (the widget's stylesheet, `wsclose_yew::STYLE`, is minified by that
//! crate; one minifier for both: `crates/yew/css_min.rs`).

#[path = "../yew/css_min.rs"]
mod css_min;

fn main() {
    css_min::minify_into_out_dir("src/overlay.css", "../yew/css_min.rs");
}
