//! What WebSocket close codes mean, and what to do about them: the
//! knowledge every wsclose front end shares, as plain data and pure
//! functions with no web dependency (no yew, web-sys or wasm-bindgen), so
//! it is tested natively and costs a lean wasm build only what it uses.
//!
//! - [`codes`]: what RFC 6455, the IANA registry and the WHATWG standard say
//!   about each code;
//! - [`engines`]: what Chromium, Firefox and WebKit show the page in each
//!   situation, measured on every test run;
//! - [`i18n`]: every sentence, in each locale;
//! - [`explain()`]: the answer for one close, shared by all front ends;
//! - [`servers`]: what common servers and proxies do by default (limits,
//!   timeouts, keepalive), each fact with its source;
//! - [`diagnose`]: why a watched socket closed, from its recorded history;
//! - [`reconnect`]: how long to wait before reconnecting, if at all;
//! - [`view`]: what the widget shows, as data for the UI module.
//!
//! ```
//! use wsclose_core::{explain, Locale};
//!
//! let answer = explain(1009, Locale::En);
//! assert_eq!(answer.code, 1009);
//! ```
//!
//! `no_std` (with `alloc`): nothing here needs an OS, and the lean JS core
//! (`wsclose-core-js`) can only leave out std's panic machinery, which
//! formats every panic message, if no crate it links uses std. Each module
//! takes what std's prelude would give it from [`prelude`].

#![no_std]

#[macro_use]
extern crate alloc;
// Native tests use std (files, collections, `to_string` on numbers).
#[cfg(test)]
extern crate std;

pub mod codes;
pub mod diagnose;
pub mod engines;
pub mod explain;
pub mod i18n;
pub mod reconnect;
pub mod servers;
pub mod view;

pub use explain::{explain, Close, Explanation};
pub use i18n::Locale;

/// What std's prelude gives a std crate and `core`'s does not: each module
/// starts with `use crate::prelude::*;`.
mod prelude {
    pub use alloc::borrow::ToOwned;
    pub use alloc::boxed::Box;
    pub use alloc::string::{String, ToString};
    pub use alloc::vec::Vec;
}

/// The knowledge layer is acyclic: no module of it imports a module that
/// imports it back (directly or through others), so each can be read,
/// tested and changed from the bottom up.
#[cfg(all(test, not(target_arch = "wasm32")))]
mod layering {
    use crate::prelude::*;
    use std::collections::{BTreeMap, BTreeSet};
    use std::path::Path;

    const KNOWLEDGE: [&str; 8] = [
        "codes",
        "engines",
        "servers",
        "i18n",
        "explain",
        "diagnose",
        "reconnect",
        "view",
    ];

    /// Every `.rs` file of a module: `src/name.rs` or all of `src/name/`.
    fn sources(dir: &Path, out: &mut Vec<String>) {
        for entry in std::fs::read_dir(dir).unwrap().flatten() {
            let path = entry.path();
            if path.is_dir() {
                sources(&path, out);
            } else if path.extension().is_some_and(|e| e == "rs") {
                out.push(std::fs::read_to_string(path).unwrap());
            }
        }
    }

    /// `crate::name` paths outside comments, for the knowledge modules.
    fn imports(module: &str) -> BTreeSet<&'static str> {
        let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
        let mut texts = Vec::new();
        let dir = src.join(module);
        if dir.is_dir() {
            sources(&dir, &mut texts);
        } else {
            texts.push(std::fs::read_to_string(src.join(format!("{module}.rs"))).unwrap());
        }
        let mut found = BTreeSet::new();
        for text in &texts {
            for line in text.lines().filter(|l| !l.trim_start().starts_with("//")) {
                for (i, _) in line.match_indices("crate::") {
                    let rest = &line[i + "crate::".len()..];
                    let name: String = rest
                        .chars()
                        .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
                        .collect();
                    if let Some(other) = KNOWLEDGE.iter().find(|m| **m == name) {
                        if *other != module {
                            found.insert(*other);
                        }
                    }
                }
            }
        }
        found
    }

    /// The core stays pure: its manifest names serde and nothing from the
    /// web (the widget, the JS API and the site depend on it, never back).
    #[test]
    fn the_core_depends_on_no_web_crate() {
        let manifest =
            std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("Cargo.toml"))
                .unwrap();
        let deps = manifest
            .split("[dependencies]")
            .nth(1)
            .expect("a [dependencies] table");
        let deps = deps.split("\n[").next().unwrap_or_default();
        let names: Vec<&str> = deps
            .lines()
            .filter_map(|line| line.split('=').next())
            .map(str::trim)
            .filter(|name| !name.is_empty() && !name.starts_with('#'))
            .collect();
        assert_eq!(names, ["serde"], "{deps}");
    }

    #[test]
    fn no_knowledge_module_imports_one_that_imports_it_back() {
        let graph: BTreeMap<&str, BTreeSet<&str>> =
            KNOWLEDGE.iter().map(|m| (*m, imports(m))).collect();
        for start in KNOWLEDGE {
            let mut seen = BTreeSet::new();
            let mut todo: Vec<&str> = graph[start].iter().copied().collect();
            while let Some(next) = todo.pop() {
                assert_ne!(next, start, "{start} reaches itself: {graph:?}");
                if seen.insert(next) {
                    todo.extend(graph[next].iter().copied());
                }
            }
        }
        assert!(!graph["i18n"].contains("diagnose"), "{graph:?}");
    }
}
