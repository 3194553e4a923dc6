// Property-based test of the JS API (issue 11): at least 100,000 random,
// seeded calls of every export with hostile values (throwing getters,
// Proxies whose traps throw, revoked Proxies, objects with the right
// prototype and no internal slots, other-realm objects from an iframe,
// re-entrant callbacks), checking after each call that a throw is a
// `wsclose.` Error, and at the end that explain, mount, watch, install and
// the element still work and that wasm memory stayed within its bound.
//
// The run is reproducible: `fuzz.html?seed=N` replays seed N (printed on the
// console and in the test names). The sockets' timing is not part of the
// seed, so a replay is the same calls, not the same interleaving of closes.

import { test, assert, sleep, wsUrl, run } from './harness.js';
import { assertAlive, wasmBytes } from './support/alive.js';
import init, * as api from '/pkg/wsclose.js';

const CHUNKS = 10;
const CALLS_PER_CHUNK = 10_000;
/** Calls between yields to the event loop (renders, socket events). */
const BATCH = 250;
/** The stated bound: wasm memory may grow at most this much after the first chunk. */
const MEMORY_BOUND = 4 * 1024 * 1024;

const params = new URLSearchParams(location.search);
const seed = Number(params.get('seed')) >>> 0 || (Math.random() * 2 ** 32) >>> 0;
console.log(`fuzz seed ${seed} (replay: fuzz.html?seed=${seed})`);

/** mulberry32: small, fast, and the same sequence in every engine. */
function prng(a) {
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const random = prng(seed);
const int = (n) => Math.floor(random() * n);
const pick = (list) => list[int(list.length)];

const stage = document.getElementById('stage');
let wasm = null;
try {
  wasm = await init();
} catch (error) {
  test('init() loads the built module', () => { throw error; });
}

// Other-realm values come from a same-origin iframe.
const iframe = document.createElement('iframe');
stage.append(iframe);
await sleep(0);
const other = iframe.contentWindow;
const otherDoc = iframe.contentDocument;

// A panic or a poisoned module shows up as a reported error from a callback
// (custom element reactions, listeners), not as a throw at the call site.
window.addEventListener('error', (event) => {
  const message = text(event.message);
  if (/RuntimeError|unreachable|memory access|recursive use|already borrowed|panicked/.test(message)) {
    failures.push(`seed ${seed}: reported error ${message}`);
  }
});

const KEYS = ['code', 'reason', 'wasClean', 'locale', 'target', 'onClose', 'onlyUnexpected',
  'baseMs', 'maxMs', 'appCodes', 'diagnosis', 'then', 'constructor'];
const TRAPS = ['get', 'has', 'ownKeys', 'getOwnPropertyDescriptor', 'getPrototypeOf', 'set',
  'defineProperty', 'deleteProperty', 'apply', 'construct'];

const pageError = () => new Error('page: fuzz trap');
let depth = 0;
const stats = { calls: 0, threw: 0, ok: 0, reentered: 0, mounted: 0, watched: 0, installed: 0 };
const live = { widgets: [], watchers: [], installation: null, sockets: [] };

/** A value that is sometimes fine and usually hostile. */
function value(level = 0) {
  const kind = int(level > 2 ? 12 : 24);
  switch (kind) {
    case 0: return int(70000) - 2000;
    case 1: return pick([1000, 1001, 1006, 1009, 1011, 4000, 4999, 3000, 0, 65535]);
    case 2: return pick([NaN, Infinity, -0, 1.5, 1e21, -1, 65536, 2 ** 53]);
    case 3: return pick(['1000', '', 'en', 'vi', 'zh-Hans', 'ar', 'xx-YY', '\u202e', 'a'.repeat(300)]);
    case 4: return pick([true, false, null, undefined]);
    case 5: return pick([Symbol('fuzz'), 10n, () => 1, function Ctor() {}]);
    case 6: return pick([[], [1000], [{ rule: 'reconnect-storm' }], Object.freeze({ code: 1000 })]);
    case 7: return { code: value(level + 1), reason: value(level + 1), wasClean: value(level + 1) };
    case 8: return { locale: value(level + 1), onClose: callback(), target: target() };
    case 9: return Object.create(pick([CloseEvent.prototype, WebSocket.prototype, Element.prototype,
      HTMLElement.prototype, Event.prototype, other.CloseEvent.prototype]));
    case 10: return pick([new CloseEvent('close', { code: 4000 + int(1000), reason: 'r', wasClean: true }),
      new other.CloseEvent('close', { code: 1000 }), new Event('close')]);
    case 11: return target();
    case 12: return throwingGetters();
    case 13: return throwingProxy(level);
    case 14: return revoked();
    case 15: return new other.Object();
    case 16: return other.JSON.parse('{"code": 1001, "reason": "other realm"}');
    case 17: return reentrant(level);
    case 18: return { appCodes: pick([revoked(), throwingProxy(level), { 4001: 'never' }, { 5000: 'x' }, { 4002: value(level + 1) }]) };
    case 19: return { diagnosis: pick([revoked(), [revoked()], [throwingGetters()], throwingProxy(level)]), code: 1006 };
    case 20: return pick(live.sockets) || null;
    case 21: return { baseMs: value(level + 1), maxMs: value(level + 1) };
    case 22: return new Proxy({ code: 1000 }, {});
    default: return other.document.createElement('div');
  }
}

function target() {
  return pick([stage, document.createElement('div'), otherDoc.createElement('div'),
    document.createElement('template').content.appendChild(document.createElement('div')),
    document.implementation.createHTMLDocument('x').body, throwingProxy(3), null]);
}

function callback() {
  return pick([undefined, () => { throw pageError(); }, (x) => { reenter(); return x; }, 42]);
}

function throwingGetters() {
  const object = {};
  for (const key of KEYS) {
    if (random() < 0.5) Object.defineProperty(object, key, { get() { throw pageError(); }, enumerable: random() < 0.5 });
  }
  return object;
}

function throwingProxy(level) {
  const handler = {};
  for (const trap of TRAPS) if (random() < 0.5) handler[trap] = () => { throw pageError(); };
  const inner = level > 2 ? {} : value(level + 3);
  const usable = (typeof inner === 'object' && inner !== null) || typeof inner === 'function';
  return new Proxy(usable ? inner : {}, handler);
}

function revoked() {
  const { proxy, revoke } = Proxy.revocable({}, {});
  revoke();
  return proxy;
}

/** An object whose getters call back into wsclose. */
function reentrant(level) {
  const object = {};
  for (const key of KEYS) {
    if (random() < 0.3) {
      Object.defineProperty(object, key, {
        get() { reenter(); return value(level + 1); },
        enumerable: true,
      });
    }
  }
  return object;
}

/** A nested call of a random export, as page code run by wsclose would make. */
function reenter() {
  if (depth > 2) return;
  stats.reentered += 1;
  call();
}

/** Failures found, reported by the chunk's test (a throw from here could be swallowed by the re-entrant call that made it). */
const failures = [];

/** Text of any value without running page code that throws. */
function text(v) {
  try {
    return String(v);
  } catch (_) {
    return 'x';
  }
}

/** Checks that whatever wsclose threw is a `wsclose.` Error. */
function checkThrown(error, what) {
  let ok = false;
  try {
    ok = error instanceof Error && typeof error.message === 'string' && error.message.startsWith('wsclose.');
  } catch (_) {
    ok = false;
  }
  if (!ok) {
    let shown;
    try { shown = `${error && error.name}: ${error && error.message}`; } catch (_) { shown = String(typeof error); }
    failures.push(`seed ${seed}, call ${stats.calls} (${what}) threw something else: ${shown}`);
  }
}

const EXPORTS = [
  ['explain', 20, () => api.explain(value(), value())],
  ['reconnectDelay', 15, () => api.reconnectDelay(value(), pick([0, 1, 5, -1, 1.5, value()]), value())],
  ['mount', 8, () => {
    const widget = api.mount(pick([stage, target(), value()]), value());
    stats.mounted += 1;
    live.widgets.push(widget);
  }],
  ['Widget.update', 8, () => { const w = pick(live.widgets); if (w) w.update(value()); }],
  ['Widget.destroy', 6, () => {
    const w = live.widgets.splice(int(live.widgets.length), 1)[0];
    if (w) w.destroy();
  }],
  ['watch', 8, () => {
    const watcher = api.watch(pick([pick(live.sockets), value()]), value());
    stats.watched += 1;
    live.watchers.push(watcher);
  }],
  ['Watcher.stop', 5, () => {
    const w = live.watchers.splice(int(live.watchers.length), 1)[0];
    if (w) w.stop();
  }],
  ['install', 3, () => {
    const installation = api.install(value());
    stats.installed += 1;
    if (live.installation) live.installation.uninstall();
    live.installation = installation;
  }],
  ['Installation', 3, () => {
    if (!live.installation) return;
    if (random() < 0.5) {
      void live.installation.watchedSockets;
    } else {
      live.installation.uninstall();
      live.installation = null;
    }
  }],
  ['element', 8, () => {
    const element = pick(stage.querySelectorAll('ws-close-explainer')) || null;
    if (!element || random() < 0.1) {
      const created = document.createElement('ws-close-explainer');
      created.setAttribute('code', text(value()));
      stage.append(created);
      return;
    }
    const r = random();
    if (r < 0.7) element.setAttribute(pick(['code', 'reason', 'lang', 'was-clean']), text(value(3)));
    else if (r < 0.85) element.remove();
    else otherDoc.body.append(element);
  }],
  ['loadLocale', 1, () => {
    // Only values that reject without fetching: the fuzz is about values, not the network.
    const tag = value();
    const url = value();
    if (typeof tag === 'string' && (url == null || typeof url === 'string')) return;
    api.loadLocale(tag, url).then(() => {}, (error) => checkThrown(error, 'loadLocale'));
  }],
];
const WEIGHTS = EXPORTS.reduce((sum, [, w]) => sum + w, 0);

function call() {
  let r = random() * WEIGHTS;
  let chosen = EXPORTS[0];
  for (const entry of EXPORTS) {
    r -= entry[1];
    if (r < 0) { chosen = entry; break; }
  }
  const [name, , fn] = chosen;
  depth += 1;
  stats.calls += 1;
  try {
    fn();
    stats.ok += 1;
  } catch (error) {
    stats.threw += 1;
    checkThrown(error, name);
  } finally {
    depth -= 1;
  }
}

/** A few real sockets for watch() and install() to hold, closed by a real server. */
function refreshSockets() {
  live.sockets = live.sockets.filter((ws) => ws.readyState !== WebSocket.CLOSED);
  while (live.sockets.length < 6) {
    const route = pick(['/ws/close/4001?delay=50', '/ws/echo', '/ws/close/1000', '/ws/drop?delay=30', '/ws/close/1011?delay=10']);
    const ws = new WebSocket(wsUrl(route));
    live.sockets.push(ws);
    if (route === '/ws/echo') setTimeout(() => { try { ws.close(4000 + int(999)); } catch (_) {} }, 50 + int(200));
  }
}

/** Removes what the fuzz left (handles, sockets, elements). */
function cleanUp() {
  for (const w of live.widgets.splice(0)) w.destroy();
  for (const w of live.watchers.splice(0)) w.stop();
  if (live.installation) live.installation.uninstall();
  live.installation = null;
  for (const ws of live.sockets.splice(0)) ws.close();
  for (const node of [...stage.children]) if (node !== iframe) node.remove();
  otherDoc.body.replaceChildren();
}

let baseline = null;
if (wasm) {
  for (let chunk = 0; chunk < CHUNKS; chunk++) {
    test(`fuzz seed ${seed}: calls ${chunk * CALLS_PER_CHUNK + 1}–${(chunk + 1) * CALLS_PER_CHUNK}`, async () => {
      const end = stats.calls + CALLS_PER_CHUNK;
      while (stats.calls < end) {
        refreshSockets();
        for (let i = 0; i < BATCH && stats.calls < end; i++) call();
        // Keep the page from growing without bound: a real app tears down too.
        while (live.widgets.length > 20) live.widgets.shift().destroy();
        while (live.watchers.length > 40) live.watchers.shift().stop();
        const elements = stage.querySelectorAll('ws-close-explainer');
        for (let i = 0; i < elements.length - 10; i++) elements[i].remove();
        if (otherDoc.body.childElementCount > 20) otherDoc.body.replaceChildren();
        await sleep(0);
      }
      assert(failures.length === 0, `${failures.length} bad throws; first: ${failures[0]}`);
      if (chunk === 0) baseline = wasmBytes(wasm);
      const grown = wasmBytes(wasm) - (baseline ?? wasmBytes(wasm));
      console.log(`fuzz seed ${seed} chunk ${chunk}: ${JSON.stringify(stats)}, wasm ${wasmBytes(wasm)} bytes (+${grown} since chunk 0)`);
      assert(grown <= MEMORY_BOUND, `seed ${seed}: wasm memory grew ${grown} bytes after chunk 0 (bound ${MEMORY_BOUND})`);
    });
  }

  test(`fuzz seed ${seed}: afterwards every front end works and memory is bounded`, async () => {
    cleanUp();
    await sleep(100);
    assert(stats.calls >= CHUNKS * CALLS_PER_CHUNK, `only ${stats.calls} calls ran`);
    assert(stats.threw > 0 && stats.ok > 0, `both outcomes happened: ${JSON.stringify(stats)}`);
    assert(failures.length === 0, `${failures.length} bad throws; first: ${failures[0]}`);
    await assertAlive(api, stage);
    const grown = wasmBytes(wasm) - baseline;
    console.log(`fuzz seed ${seed}: done, ${JSON.stringify(stats)}; wasm memory ${wasmBytes(wasm)} bytes, +${grown} after chunk 0 (bound ${MEMORY_BOUND})`);
    assert(grown <= MEMORY_BOUND, `wasm memory grew ${grown} bytes (bound ${MEMORY_BOUND})`);
  });
}

run();
