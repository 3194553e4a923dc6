//! The socket.io fixture of `tests/e2e/socketio.html`: the real `socket.io`
//! server and `socket.io-client`, pinned in `tests/e2e/socketio/package-lock.json`.
//!
//! [`start`] installs the packages into `target/tools/socketio/` (`npm ci`,
//! skipped while the installed lockfile equals the pinned one), bundles the
//! app's two entry points with esbuild from that install (with wsclose from
//! `dist/pkg/wsclose.js`, as an app's bundler would) into
//! `tests/e2e/socketio/bundle/`, and starts `server.cjs` with Node on an
//! automatic port of 127.0.0.1. The returned [`Fixture`] kills the server
//! by its PID when dropped.

use std::io::{BufRead, BufReader};
use std::net::{Ipv4Addr, SocketAddr};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::mpsc;
use std::thread;
use std::time::Duration;

use crate::{run, Result};

/// Where the fixture's sources live, relative to the repository.
const SOURCES: &str = "tests/e2e/socketio";
/// How long the server may take to say its port.
const START_TIMEOUT: Duration = Duration::from_secs(20);

/// The running socket.io server; killed (by PID) and reaped when dropped.
pub struct Fixture {
    child: Child,
    addr: SocketAddr,
}

impl Fixture {
    /// The server's address, for the page's `?socketio=http://ADDR`.
    pub fn addr(&self) -> SocketAddr {
        self.addr
    }
}

impl Drop for Fixture {
    fn drop(&mut self) {
        // Child::kill signals this child's PID only.
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Installs (if needed), bundles and starts the fixture.
pub fn start(repo: &Path) -> Result<Fixture> {
    let modules = ensure_installed(repo)?;
    bundle(repo, &modules)?;
    serve(repo, &modules)
}

/// The pinned packages, installed into `target/tools/socketio/` if
/// missing; returns its `node_modules`.
fn ensure_installed(repo: &Path) -> Result<PathBuf> {
    crate::tools::npm_ci(
        repo,
        SOURCES,
        "socketio",
        &["socket.io", "socket.io-client", ".bin/esbuild"],
    )
}

/// esbuild bundles `with-wsclose.js` and `without-wsclose.js` (ES modules,
/// browser platform) into `tests/e2e/socketio/bundle/`, where the dev
/// server serves them next to `app.html`, which loads one of them. The bare
/// import `wsclose` is the built `dist/pkg/wsclose.js`. The UI module it
/// imports when the overlay shows is inlined (no `--splitting`) and finds
/// its wasm beside the bundle, `new URL("wsclose_ui_bg.wasm",
/// import.meta.url)`: copied there, as the README tells esbuild users (the
/// app passes the API's own wasm to `init()`).
fn bundle(repo: &Path, modules: &Path) -> Result<()> {
    let wsclose = repo.join("dist/pkg/wsclose.js");
    if !wsclose.is_file() {
        return Err(format!("{} is missing: build first", wsclose.display()).into());
    }
    let sources = repo.join(SOURCES);
    run(Command::new(modules.join(".bin/esbuild"))
        .current_dir(repo)
        // Bare imports (socket.io-client) resolve in the fixture's install.
        .env("NODE_PATH", modules)
        .arg(sources.join("with-wsclose.js"))
        .arg(sources.join("without-wsclose.js"))
        .args([
            "--bundle",
            "--format=esm",
            "--platform=browser",
            "--log-level=warning",
            // Resolved from the working directory, the repository.
            "--alias:wsclose=./dist/pkg/wsclose.js",
        ])
        .arg(format!("--outdir={}", sources.join("bundle").display()))
        .stdin(Stdio::null()))?;
    let ui_wasm = repo.join("dist/pkg/wsclose_ui_bg.wasm");
    std::fs::copy(&ui_wasm, sources.join("bundle/wsclose_ui_bg.wasm"))
        .map_err(|e| format!("copying {}: {e}", ui_wasm.display()))?;
    Ok(())
}

/// Starts `server.cjs` and reads the port it prints.
fn serve(repo: &Path, modules: &Path) -> Result<Fixture> {
    let mut child = Command::new("node")
        .current_dir(repo)
        .env("NODE_PATH", modules)
        .arg(repo.join(SOURCES).join("server.cjs"))
        // Its stdin closing (xtask exiting) also stops it.
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::inherit())
        .spawn()
        .map_err(|e| format!("cannot start node: {e}"))?;
    let stdout = child.stdout.take().ok_or("the server has no stdout")?;
    let (tx, rx) = mpsc::channel();
    thread::spawn(move || {
        let mut line = String::new();
        let _ = BufReader::new(stdout).read_line(&mut line);
        let _ = tx.send(line);
    });
    let fixture = |port: u16, child: Child| Fixture {
        child,
        addr: SocketAddr::from((Ipv4Addr::LOCALHOST, port)),
    };
    match rx.recv_timeout(START_TIMEOUT) {
        Ok(line) => match port_of(&line) {
            Some(port) => {
                let server = fixture(port, child);
                println!("socketio: socket.io server on http://{}", server.addr());
                Ok(server)
            }
            None => {
                drop(fixture(0, child));
                Err(format!("the socket.io server said {line:?}, not its port").into())
            }
        },
        Err(_) => {
            drop(fixture(0, child));
            Err(format!(
                "the socket.io server said nothing within {} s",
                START_TIMEOUT.as_secs()
            )
            .into())
        }
    }
}

/// The port in the server's first line, `{"port":N}`.
fn port_of(line: &str) -> Option<u16> {
    let value: serde_json::Value = serde_json::from_str(line.trim()).ok()?;
    let port = u16::try_from(value["port"].as_u64()?).ok()?;
    (port != 0).then_some(port)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_the_port_line() {
        assert_eq!(port_of("{\"port\":41234}\n"), Some(41234));
        assert_eq!(port_of("{\"port\":0}"), None);
        assert_eq!(port_of("Error: listen EADDRINUSE"), None);
        assert_eq!(port_of(""), None);
    }
}
