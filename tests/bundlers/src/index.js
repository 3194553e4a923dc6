// The app of the bundler tests: what a developer writes after
// `npm install wsclose`, built by Vite, webpack and esbuild with no
// configuration. It reports to `window.wscloseFixture`, which xtask reads.
import init, { install, explain } from "wsclose";
import { coreCheck } from "./core.js";

const report = (window.wscloseFixture = { errors: [], core: null, ready: false });
addEventListener("error", (event) => report.errors.push(String(event.message)));
addEventListener("unhandledrejection", (event) => report.errors.push(String(event.reason)));

// The dev server of xtask closes sockets the way production servers do; the
// page names it (?ws=host:port) when another server (Vite's) serves the page.
const wsHost = new URLSearchParams(location.search).get("ws") || location.host;

init()
  .then(async () => {
    install({ locale: "en" });
    const ws = new WebSocket(`ws://${wsHost}/ws/close/4001?reason=closed%20by%20the%20fixture`);
    ws.addEventListener("close", () => { report.closed = true; });
    report.english1006 = explain(1006, { locale: "en" }).title;
    report.core = await coreCheck();
    report.ready = true;
  })
  .catch((error) => report.errors.push(`init: ${error}`));

/** explain(1006) in Vietnamese, once a widget has loaded that language. */
window.wscloseVietnamese = () => explain(1006, { locale: "vi" });
