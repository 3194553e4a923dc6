//! A stylesheet without what a browser ignores: comments and the whitespace
//! around `{ } ; , :`. Shared by the build scripts of `wsclose-yew` and the
//! root crate, so that `style.css` and `overlay.css` stay commented and
//! readable in the source while the wasm carries ~2.5 KB less of them.
//!
//! Only safe cuts for the stylesheets we write: strings are copied as they
//! are; whitespace *before* a `:` stays (`.a :hover` is not `.a:hover`), and
//! so does whitespace around `+`, `-`, `>` and `(` (`calc(1rem + 2px)`).

/// For a build script: writes the stylesheet at `source` (relative to the
/// crate) minified into `OUT_DIR` under its file name, and has cargo rerun
/// the script when it or this minifier changes.
#[allow(dead_code)] // wsclose-yew also compiles this file for its unit tests, which do not call it
pub fn minify_into_out_dir(source: &str, minifier: &str) {
    println!("cargo::rerun-if-changed={source}");
    println!("cargo::rerun-if-changed={minifier}");
    let css = std::fs::read_to_string(source).unwrap_or_else(|e| panic!("reading {source}: {e}"));
    let name = std::path::Path::new(source)
        .file_name()
        .expect("a file name");
    let out = std::path::PathBuf::from(std::env::var_os("OUT_DIR").expect("OUT_DIR"));
    std::fs::write(out.join(name), minify(&css))
        .unwrap_or_else(|e| panic!("writing {name:?}: {e}"));
}

/// `css` with its comments removed and its whitespace minimized.
pub fn minify(css: &str) -> String {
    let mut out = String::with_capacity(css.len());
    let mut chars = css.chars().peekable();
    let mut space = false;
    while let Some(c) = chars.next() {
        match c {
            '/' if chars.peek() == Some(&'*') => {
                chars.next();
                let mut last = ' ';
                for c in chars.by_ref() {
                    if last == '*' && c == '/' {
                        break;
                    }
                    last = c;
                }
                space = true;
            }
            // CSS whitespace only: U+00A0 and other Unicode spaces are text.
            ' ' | '\t' | '\n' | '\r' | '\x0c' => space = true,
            '"' | '\'' => {
                flush(&mut out, &mut space, c);
                out.push(c);
                let mut escaped = false;
                for s in chars.by_ref() {
                    out.push(s);
                    if s == c && !escaped {
                        break;
                    }
                    escaped = s == '\\' && !escaped;
                }
            }
            '}' if out.ends_with(';') => {
                space = false;
                out.pop();
                out.push('}');
            }
            c => {
                flush(&mut out, &mut space, c);
                out.push(c);
            }
        }
    }
    out
}

/// Writes the pending space before `next` unless a neighbour makes it
/// meaningless.
fn flush(out: &mut String, space: &mut bool, next: char) {
    if std::mem::take(space)
        && !out.is_empty()
        && !out.ends_with(['{', '}', ';', ',', ':'])
        && !matches!(next, '{' | '}' | ';' | ',')
    {
        out.push(' ');
    }
}

#[cfg(test)]
mod tests {
    use super::minify;

    #[test]
    fn keeps_what_changes_meaning() {
        // The space before `:` is a descendant combinator.
        assert_eq!(
            minify(".a :focus-visible { outline: 0 }"),
            ".a :focus-visible{outline:0}"
        );
        assert_eq!(
            minify("a { width: calc(1rem + 2px) ; }"),
            "a{width:calc(1rem + 2px)}"
        );
        assert_eq!(minify("a > b , c{}"), "a > b,c{}");
        assert_eq!(
            minify("@media (prefers-color-scheme: dark) { a { color: red } }"),
            "@media (prefers-color-scheme:dark){a{color:red}}"
        );
        // Strings are copied whole, escaped quotes included.
        assert_eq!(
            minify(r#"a::after { content: "x \" ; /* y */" }"#),
            r#"a::after{content:"x \" ; /* y */"}"#
        );
        // A no-break space is part of a name, not whitespace.
        assert_eq!(minify("a\u{a0}b {}"), "a\u{a0}b{}");
    }

    #[test]
    fn drops_comments_and_spare_whitespace() {
        assert_eq!(
            minify("/* c */\na {\n  color: red; /* d */\n  margin: 0;\n}\n"),
            "a{color:red;margin:0}"
        );
    }
}
