//! Writes `src/style.css` minified into `OUT_DIR` for [`STYLE`](src/lib.rs).

#[path = "css_min.rs"]
mod css_min;

fn main() {
    css_min::minify_into_out_dir("src/style.css", "css_min.rs");
}
