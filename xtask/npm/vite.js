// wsclose/vite: the dev overlay on every page while `vite` serves the app,
// never in `vite build`.
//
// The overlay is the virtual module below, imported first by every module
// of the app (prepended while serving), so it has called `install()` before
// any app code runs: its top-level `await init()` holds back the modules
// that import it, and sockets opened at startup are watched too. (Not also
// a <script> injected into the HTML: with one, WebKitGTK 2.50 ran the app's
// module before the overlay was installed, and the bundler test saw no
// overlay for a socket opened at startup.) Build output never sees any of it (`apply:
// "serve"`), so a production bundle contains no wsclose code.

const ID = "virtual:wsclose/dev-overlay";
const RESOLVED = "\0" + ID;
/** Modules of the app itself (not dependencies, CSS, assets or Vite's own). */
const APP_MODULE = /\.(?:[cm]?[jt]sx?)$/;

/**
 * @param {import("./wsclose.js").WatchOptions & { locale?: string }} [options]
 *   passed to `install()` as they are (e.g. `{ onlyUnexpected: true }`).
 */
export default function wsclose(options = {}) {
  const source = [
    `import init, { install } from "wsclose";`,
    `await init();`,
    `if (!globalThis.__wscloseDevOverlay) globalThis.__wscloseDevOverlay = install(${JSON.stringify(options)});`,
  ].join("\n");
  return {
    name: "wsclose",
    apply: "serve",
    resolveId(id) {
      return id === ID ? RESOLVED : undefined;
    },
    load(id) {
      return id === RESOLVED ? source : undefined;
    },
    transform(code, id) {
      if (id.startsWith("\0") || id.includes("/node_modules/") || !APP_MODULE.test(id)) return undefined;
      // On the first line, so the app's own line numbers stay as they are.
      return { code: `import ${JSON.stringify(ID)};${code}`, map: null };
    },
  };
}
