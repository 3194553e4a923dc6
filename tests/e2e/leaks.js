// Every listener, timer, Yew app and host element that mount(), watch(),
// install() and <ws-close-explainer> create is gone after destroy(), stop(),
// uninstall() or removal. Listener counting is wrapped in before init() by
// support/count-listeners.js.
import { test, assert, assertEq, waitFor, nextEvent, sleep, setUp, run, wsUrl } from './harness.js';
import init, { mount, watch, install } from '/pkg/wsclose.js';

let wasm = null;
await setUp(async () => {
  wasm = await init();
});

const stage = document.getElementById('stage');
const live = () => window.__liveListeners();
const hosts = () => document.querySelectorAll('[data-wsclose]').length;

/** Lets Yew's scheduler, wasm-bindgen's finalizers and pending timers run. */
async function settle() {
  await sleep(0);
  await new Promise((r) => requestAnimationFrame(() => r()));
  await sleep(30);
}

/** What must come back to the baseline: listeners on the page's long-lived targets. */
function pageCounts() {
  const c = live();
  return { window: c.window, document: c.document, sockets: c.sockets, connectedNodes: c.connectedNodes, other: c.other };
}

async function cycles(name, n, body) {
  await settle();
  const before = pageCounts();
  const hostsBefore = hosts();
  // Timers are compared by id, not counted: a timer an earlier test left
  // pending may fire during the cycles, and a count would then read as
  // fewer timers than before (seen in WebKit under load). Only wsclose's
  // own are asked about (started from a file under /pkg/): WebKit's
  // WebDriver starts a 60 s timer through the page's setTimeout for a
  // script the runner polls with, and the counter saw it still pending
  // (on a CI run, started from `evaluateJavaScriptFunction`).
  const timersBefore = new Set(window.__pendingTimers());
  for (let i = 0; i < n; i += 1) await body(i);
  await settle();
  assertEq(pageCounts(), before, `${name}: live listeners after ${n} cycles`);
  const started = window.__pendingTimers()
    .filter((id) => !timersBefore.has(id))
    .map((id) => window.__timerOrigin(id))
    .filter((origin) => origin.includes('/pkg/'));
  assertEq(started, [], `${name}: timers wsclose started in the cycles and left pending`);
  assertEq(hosts(), hostsBefore, `${name}: [data-wsclose] hosts left`);
}

const shown = (root, code) => root && root.querySelector(`[data-close-code="${code}"]`);
const overlay = () => document.querySelector('[data-wsclose="overlay"]');

test('the counter sees listeners (self-check)', () => {
  const before = live().window;
  const f = () => {};
  window.addEventListener('x-probe', f);
  assertEq(live().window, before + 1);
  window.removeEventListener('x-probe', f);
  window.addEventListener('x-probe', f, { once: true });
  window.dispatchEvent(new Event('x-probe'));
  assertEq(live().window, before, 'once listeners are forgotten when they fire');
});

test("the counter sees the page's timers, not the harness's (self-check)", async () => {
  const before = window.__pendingTimers();
  const id = setTimeout(() => {}, 60000);
  assertEq(window.__pendingTimers().filter((t) => !before.includes(t)), [id], 'a page timer is counted');
  // The cycles tell wsclose's timers by the file that started them.
  assert(window.__timerOrigin(id).startsWith('60000 ms'), window.__timerOrigin(id));
  assert(window.__timerOrigin(id).includes('/tests/e2e/leaks.js'), window.__timerOrigin(id));
  clearTimeout(id);
  await sleep(10); // the harness's own timer
  assertEq(window.__pendingTimers(), before.filter((t) => t !== id), 'cleared, and the harness untracked');
});

test('mount() + destroy(), 300 cycles', () => cycles('mount', 300, async (i) => {
  const widget = mount(stage, { code: 1000 + (i % 16), locale: 'en' });
  const host = stage.lastElementChild;
  await waitFor(() => shown(host.shadowRoot, 1000 + (i % 16)), 2000, 'the widget');
  if (i % 3 === 0) widget.update({ code: 4000, locale: 'vi' });
  widget.destroy();
  assert(!host.isConnected, 'host removed');
}));

test('watch() with a target, stopped before the close, 100 cycles', () => cycles('watch(target) open', 100, async () => {
  const ws = new WebSocket(wsUrl('/ws/echo'));
  const watcher = watch(ws, { target: stage, locale: 'en', onClose: () => {} });
  assert(live().sockets > 0, 'watch() listens on the socket');
  watcher.stop();
  assertEq(window.__listenersOf(ws), [], 'no listener left on the socket');
  assert(!Object.prototype.hasOwnProperty.call(ws, 'send'), 'send wrapper removed');
  assert(!Object.prototype.hasOwnProperty.call(ws, 'close'), 'close wrapper removed');
  ws.close();
}));

test('watch() with a target, through a real close, 30 cycles', () => cycles('watch(target) closed', 30, async () => {
  const ws = new WebSocket(wsUrl('/ws/close/4000?delay=10'));
  const watcher = watch(ws, { target: stage, locale: 'en' });
  await nextEvent(ws, 'close');
  await waitFor(() => { const h = stage.querySelector('[data-wsclose]'); return h && shown(h.shadowRoot, 4000); }, 3000, 'the widget');
  watcher.stop();
  assertEq(window.__listenersOf(ws), [], 'no listener left on the closed socket');
}));

test('watch() with the overlay, through real closes, 30 cycles', () => cycles('watch(overlay)', 30, async (i) => {
  const ws = new WebSocket(wsUrl(`/ws/close/${4000 + i}?delay=10`));
  const watcher = watch(ws, { locale: 'en' });
  assert(live().window > 0, 'page-wide listeners while watching');
  await nextEvent(ws, 'close');
  await waitFor(() => overlay() && overlay().shadowRoot.textContent.includes(String(4000 + i)), 3000, 'the overlay');
  watcher.stop();
  assert(!overlay(), 'overlay removed with its last watcher');
}));

test('install() + a closing socket + uninstall(), 30 cycles', () => cycles('install', 30, async (i) => {
  const Original = window.WebSocket;
  const installation = install({ locale: 'en', onClose: () => {} });
  const ws = new WebSocket(wsUrl(`/ws/close/${i % 2 ? 1011 : 4001}?delay=10`));
  const open = new WebSocket(wsUrl('/ws/echo'));
  await nextEvent(ws, 'close');
  await waitFor(() => overlay(), 3000, 'the overlay');
  installation.uninstall();
  assert(window.WebSocket === Original, 'window.WebSocket restored');
  assertEq(window.__listenersOf(open), [], 'no listener left on a socket still open');
  assertEq(window.__listenersOf(ws), [], 'no listener left on the closed socket');
  open.close();
}));

test('<ws-close-explainer> added and removed, 200 cycles', () => cycles('element', 200, async (i) => {
  const el = document.createElement('ws-close-explainer');
  el.setAttribute('code', String(1000 + (i % 16)));
  el.setAttribute('lang', i % 2 ? 'ja' : 'en');
  stage.append(el);
  await waitFor(() => shown(el.shadowRoot, 1000 + (i % 16)), 2000, 'the element');
  el.setAttribute('code', '1009');
  el.remove();
  await settle();
  assert(!el.shadowRoot.querySelector('[data-close-code]'), 'the Yew app is destroyed on removal');
}));

test('500 mount/destroy cycles: neither wasm module grows; the JS heap neither (with gc exposed)', async () => {
  // Polled by task, not by frame: once the UI module is loaded a card shows
  // within a task (600 cycles paced by frames took 10 s in Chromium and
  // Firefox, and overran the test's 20 s in WebKit under Xvfb).
  const cycle = async (i) => {
    const code = 1000 + (i % 16);
    const widget = mount(stage, { code, locale: 'en' });
    const deadline = performance.now() + 2000;
    while (!shown(stage.lastElementChild.shadowRoot, code)) {
      if (performance.now() > deadline) throw new Error(`cycle ${i}: the card for ${code} never showed`);
      await sleep(0);
    }
    widget.destroy();
  };
  for (let i = 0; i < 100; i += 1) await cycle(i);
  // Loaded by the first mount; its init() now returns the same instance.
  const ui = await (await import('/pkg/wsclose_ui.js')).default();
  const gc = typeof window.gc === 'function' && performance.memory;
  const measure = async () => { for (let k = 0; k < 3; k += 1) { window.gc(); await sleep(20); } return performance.memory.usedJSHeapSize; };
  const heap0 = gc ? await measure() : 0;
  const [wasm0, ui0] = [wasm.memory.buffer.byteLength, ui.memory.buffer.byteLength];
  for (let i = 0; i < 500; i += 1) await cycle(i);
  await settle();
  assert(wasm.memory.buffer.byteLength - wasm0 <= 64 * 1024, 'the API module\'s memory grew by more than one page');
  assert(ui.memory.buffer.byteLength - ui0 <= 64 * 1024, 'the UI module\'s memory grew by more than one page');
  if (!gc) {
    console.log('leaks: gc() not exposed; heap check skipped (cargo xtask bench measures it)');
    return;
  }
  const growth = (await measure()) - heap0;
  assert(growth < 1024 * 1024, `JS heap grew by ${growth} bytes`);
});

await run();
