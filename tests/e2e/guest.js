// Issue 11: a guest the host page cannot break. Each numbered failure of the
// issue, reproduced the way a hostile or unlucky host page triggers it,
// against the built dist/pkg/wsclose.js.

import { test as registerTest, assert, assertEq, assertThrows, nextEvent, waitFor, wsUrl, sleep, whenCollected, run } from './harness.js';
import { assertAlive, assertWscloseError, renderedIn, wasmBytes } from './support/alive.js';
import init, * as api from '/pkg/wsclose.js';

let test = registerTest;
const { explain, mount, watch, install, loadLocale, reconnectDelay } = api;
const stage = document.getElementById('stage');
const OriginalWebSocket = window.WebSocket;

let wasm = null;
try {
  wasm = await init();
} catch (error) {
  test('init() loads the built module', () => { throw error; });
}

/** A Proxy whose every trap throws. */
function throwingProxy(target = {}) {
  const boom = () => { throw new Error('page trap'); };
  return new Proxy(target, {
    get: boom, has: boom, ownKeys: boom, getOwnPropertyDescriptor: boom,
    getPrototypeOf: boom, set: boom, defineProperty: boom, deleteProperty: boom,
  });
}

function revokedProxy() {
  const { proxy, revoke } = Proxy.revocable({}, {});
  revoke();
  return proxy;
}

/** Calls `fn` and returns what it threw (fails if nothing). */
function thrown(fn, what) {
  try {
    fn();
  } catch (error) {
    return error;
  }
  throw new Error(`${what}: expected a throw, nothing was thrown`);
}

/** Replaces navigator.languages' getter for the duration of `fn`. */
async function withLanguagesGetter(get, fn) {
  const proto = Object.getPrototypeOf(navigator);
  const own = Object.getOwnPropertyDescriptor(navigator, 'languages');
  Object.defineProperty(navigator, 'languages', { get, configurable: true });
  try {
    return await fn();
  } finally {
    if (own) Object.defineProperty(navigator, 'languages', own);
    else delete navigator.languages;
    assert(Object.getOwnPropertyDescriptor(proto, 'languages'), 'the native getter is back');
  }
}

const ROUNDS = 1000;

/** `guest.html?only=2` runs only the tests whose name starts with "2" (`guest-overlay.html` sets 7c). */
const only = new URLSearchParams(location.search).get('only') ?? globalThis.__wscloseOnly;
if (only) {
  test = (name, fn) => { if (name.startsWith(only)) registerTest(name, fn); };
} else {
  // 7c (250 real closes) runs from guest-overlay.html, so each page stays
  // well inside the runner's 90 s per page on a loaded machine.
  test = (name, fn) => { if (!name.startsWith('7c')) registerTest(name, fn); };
}

if (wasm) {
  // ---------------------------------------------------------------- 1
  test('1. thousands of foreign exceptions: each is a wsclose. Error, the module lives and memory stays bounded', async () => {
    const triggers = [
      ['explain', () => explain(Object.create(CloseEvent.prototype))],
      ['watch', () => watch(Object.create(WebSocket.prototype))],
      ['explain', () => explain(1000, throwingProxy())],
      ['explain', () => explain(throwingProxy())],
      ['reconnectDelay', () => reconnectDelay(1006, 0, { appCodes: revokedProxy() })],
      ['reconnectDelay', () => reconnectDelay(1006, 0, revokedProxy())],
      ['mount', () => mount(stage, throwingProxy())],
      ['mount', () => mount(throwingProxy(), { code: 1000 })],
      ['install', () => install(throwingProxy())],
      ['watch', () => watch(throwingProxy())],
    ];
    // Warm up (the allocator's first growth is not a leak), then measure.
    for (const [api, call] of triggers) assertWscloseError(thrown(call, api), api, `${api}: `);
    const before = wasmBytes(wasm);
    for (let i = 0; i < ROUNDS; i++) {
      for (const [api, call] of triggers) {
        const error = thrown(call, api);
        if (i % 500 === 0) assertWscloseError(error, api, `round ${i}, ${api}: `);
      }
    }
    const grown = wasmBytes(wasm) - before;
    console.log(`issue 11 item 1: ${ROUNDS * triggers.length} throwing calls, wasm memory grew ${grown} bytes`);
    assert(grown <= 1024 * 1024, `wasm memory grew ${grown} bytes over ${ROUNDS * triggers.length} throwing calls (bound: 1 MiB)`);
    assert(stage.childElementCount === 0, 'nothing left in the stage');
    await assertAlive(api, stage);
  });

  // ---------------------------------------------------------------- 2
  test('2a. a WebSocket subclass whose addEventListener throws, under install()', async () => {
    const heard = [];
    const installation = install({ locale: 'en', target: stage, onClose: (x) => heard.push(x.code) });
    let appError = null;
    try {
      class Fussy extends WebSocket {
        addEventListener() { throw new Error('page: no listeners for you'); }
      }
      const ws = new Fussy(wsUrl('/ws/close/4003'));
      assert(ws instanceof Fussy, 'the app still gets its socket');
      try {
        ws.addEventListener('close', () => {});
      } catch (error) {
        appError = error.message;
      }
      await waitFor(() => heard.length === 1, 5000, 'onClose for the subclass socket');
      assertEq(heard, [4003], 'wsclose watched it with the native addEventListener');
    } finally {
      installation.uninstall();
    }
    assertEq(appError, 'page: no listeners for you', 'the app sees its own override');
    assert(window.WebSocket === OriginalWebSocket, 'uninstall() restored WebSocket');
    const again = install({ locale: 'en' });
    again.uninstall();
    for (const host of stage.querySelectorAll(':scope > div[data-wsclose]')) host.remove();
  });

  test('2b. a navigator.languages getter that throws, during attribute changes', async () => {
    const element = document.createElement('ws-close-explainer');
    element.setAttribute('code', '1000');
    stage.append(element);
    await withLanguagesGetter(() => { throw new Error('privacy shim'); }, async () => {
      for (const code of [1001, 1002, 1003, 1008]) {
        element.setAttribute('code', String(code));
        await waitFor(() => element.shadowRoot.querySelector(`[data-close-code="${code}"]`), 3000, `code ${code}`);
      }
      const widget = mount(stage, { code: 1011 });
      await waitFor(() => renderedIn(stage, 1011), 3000, 'mount() without a locale');
      widget.destroy();
      assertEq(explain(1000).locale, 'en', 'explain() falls back to English');
    });
    element.setAttribute('code', '1009');
    await waitFor(() => element.shadowRoot.querySelector('[data-close-code="1009"]'), 3000, 'after the shim');
    element.remove();
  });

  test('2c. a navigator.languages getter that changes another element during an attribute change', async () => {
    const a = document.createElement('ws-close-explainer');
    const b = document.createElement('ws-close-explainer');
    a.setAttribute('code', '1000');
    b.setAttribute('code', '1000');
    stage.append(a, b);
    let calls = 0;
    await withLanguagesGetter(() => {
      calls += 1;
      if (calls < 50) b.setAttribute('code', String(4000 + calls));
      return ['en-US'];
    }, async () => {
      a.setAttribute('code', '1001');
      b.setAttribute('code', '1002');
      a.setAttribute('code', '1003');
    });
    assert(calls > 0, 'the getter ran');
    a.setAttribute('code', '1007');
    b.setAttribute('code', '1008');
    await waitFor(() => a.shadowRoot.querySelector('[data-close-code="1007"]'), 3000, 'a follows its attribute');
    await waitFor(() => b.shadowRoot.querySelector('[data-close-code="1008"]'), 3000, 'b follows its attribute');
    a.remove();
    b.remove();
  });

  // ---------------------------------------------------------------- 3
  /** Mounts into `element` of another document: renders there, or throws a wsclose. Error leaving nothing. */
  async function mountElsewhere(element, where) {
    let widget;
    try {
      widget = mount(element, { code: 1009, locale: 'en' });
    } catch (error) {
      assertWscloseError(error, 'mount', `${where}: `);
      assertEq(element.childNodes.length, 0, `${where}: nothing left behind`);
      return 'refused';
    }
    const host = element.querySelector(':scope > div[data-wsclose="widget"]');
    assert(host && host.shadowRoot, `${where}: a host with a shadow root`);
    await waitFor(() => host.shadowRoot.querySelector('[data-close-code="1009"]'), 3000, `${where}: render`);
    const styled = host.shadowRoot.adoptedStyleSheets.length > 0 || host.shadowRoot.querySelector('style');
    assert(styled, `${where}: the widget has its stylesheet`);
    widget.destroy();
    assertEq(element.childNodes.length, 0, `${where}: destroy() removes it`);
    return 'rendered';
  }

  test('3. other documents: template content, createHTMLDocument, DOMParser, an iframe', async () => {
    const template = document.createElement('template');
    template.innerHTML = '<div></div>';
    const results = {};
    results.template = await mountElsewhere(template.content.firstElementChild, 'template content');
    const made = document.implementation.createHTMLDocument('x');
    results.created = await mountElsewhere(made.body.appendChild(made.createElement('div')), 'createHTMLDocument');
    const parsed = new DOMParser().parseFromString('<body><div></div></body>', 'text/html');
    results.parsed = await mountElsewhere(parsed.body.firstElementChild, 'DOMParser');

    const iframe = document.createElement('iframe');
    stage.append(iframe);
    await sleep(0);
    const frameDoc = iframe.contentDocument;
    results.iframe = await mountElsewhere(frameDoc.body.appendChild(frameDoc.createElement('div')), 'iframe element');
    const moved = document.createElement('div');
    stage.append(moved);
    frameDoc.body.append(frameDoc.adoptNode(moved));
    results.moved = await mountElsewhere(moved, 'element moved into an iframe');
    console.log('issue 11 item 3:', JSON.stringify(results));

    // install() with a target in the iframe: later closes do not panic.
    const target = frameDoc.body.appendChild(frameDoc.createElement('div'));
    const heard = [];
    const installation = install({ target, locale: 'en', onClose: (x) => heard.push(x.code) });
    try {
      for (const code of [4010, 4011]) {
        const ws = new WebSocket(wsUrl(`/ws/close/${code}`));
        await nextEvent(ws, 'close');
      }
      await waitFor(() => heard.length === 2, 3000, 'both closes heard');
      await waitFor(() => renderedIn(target, 4011), 3000, 'the target widget in the iframe shows the last close');
    } finally {
      installation.uninstall();
    }
    iframe.remove();
    await assertAlive(api, stage);
  });

  // ---------------------------------------------------------------- 4
  test('4. update(revokedProxy) leaves the handle usable', async () => {
    const box = stage.appendChild(document.createElement('div'));
    const widget = mount(box, { code: 1000, locale: 'en' });
    assertWscloseError(thrown(() => widget.update(revokedProxy()), 'update'), 'Widget.update');
    assertWscloseError(thrown(() => widget.update(throwingProxy()), 'update'), 'Widget.update');
    widget.update({ code: 1001, locale: 'en' });
    await waitFor(() => renderedIn(box, 1001), 3000, 'update() after the failures');
    // A Proxy whose trap destroys the widget mid-update.
    const sneaky = new Proxy({ code: 1002 }, {
      ownKeys(t) { widget.destroy(); return Reflect.ownKeys(t); },
    });
    assertWscloseError(thrown(() => widget.update(sneaky), 'update'), 'Widget.update');
    widget.destroy();
    assertEq(box.childNodes.length, 0, 'destroy() removed everything');
    box.remove();
  });

  // ---------------------------------------------------------------- 5
  test('5a. mount+destroy before the first render: no per-mount leak', async () => {
    const box = stage.appendChild(document.createElement('div'));
    const hosts = [];
    const cycle = (n) => {
      for (let i = 0; i < n; i++) {
        const widget = mount(box, { code: 1000, locale: 'en' });
        if (i % 1000 === 0) hosts.push(new WeakRef(box.lastElementChild));
        widget.destroy();
        // The handle's own few bytes of wasm memory are freed when JS
        // collects the handle, which Firefox does long after this loop;
        // free() (every wasm-bindgen handle has it) releases them now, so
        // the figure is what destroy() leaves behind.
        widget.free();
      }
    };
    // Wasm memory never shrinks, so it only shows a high-water mark: the
    // first runs grow it to its peak (5000 pending renders queued at once;
    // Firefox and WebKit free wasm-bindgen's JS-owned objects later than
    // Chromium, so their peak comes a run later). A leak grows it by the
    // same amount in every run, so the last two of four identical runs
    // must grow it by at most two 64 KiB pages: a leak of even 14 bytes a
    // cycle exceeds that.
    const grown = [];
    for (let run = 0; run < 4; run++) {
      const before = wasmBytes(wasm);
      cycle(5000);
      await sleep(100);
      grown.push(wasmBytes(wasm) - before);
    }
    const wasmGrown = grown[2] + grown[3];
    assertEq(box.childElementCount, 0, 'nothing left in the element');
    assert(wasmGrown <= 128 * 1024, `wasm memory grew ${wasmGrown} bytes over the last 10000 of 20000 cycles (runs: ${grown.join(', ')})`);
    // A leaked app keeps its host element alive: each sampled host must be
    // garbage-collected (engine-neutral; the churn bench measures the heap).
    let collected = 0;
    for (const ref of hosts) if (await whenCollected(ref, 4000)) collected += 1;
    console.log(`issue 11 item 5: 4 × 5000 mount+destroy: wasm memory grew ${grown.join(', ')} bytes per run; ${collected}/${hosts.length} sampled hosts collected`);
    // Before the fix none was ever collected; a WeakRef is not promised to
    // clear by any deadline, so one straggler is tolerated.
    assert(collected >= hosts.length - 1, `only ${collected} of ${hosts.length} sampled widget hosts were garbage-collected`);
    box.remove();
  });

  test('5b. refused locale packs are freed', async () => {
    const body = 'not a pack '.repeat(90000); // ~990 KB, under the 1 MiB limit: copied into wasm, then refused
    const url = URL.createObjectURL(new Blob([body], { type: 'text/plain' }));
    try {
      const first = await loadLocale('th', url).then(() => null, (e) => e);
      assertWscloseError(first, 'loadLocale');
      const before = wasmBytes(wasm);
      for (let i = 0; i < 40; i++) {
        const error = await loadLocale('th', url).then(() => null, (e) => e);
        assertWscloseError(error, 'loadLocale');
      }
      const grown = wasmBytes(wasm) - before;
      console.log(`issue 11 item 5: 40 refused ~1 MB packs: wasm memory grew ${grown} bytes`);
      assert(grown <= 4 * 1024 * 1024, `wasm memory grew ${grown} bytes for 40 refused packs (was 51 MiB)`);
      const big = URL.createObjectURL(new Blob(['x'.repeat(2 * 1024 * 1024)]));
      const tooBig = await loadLocale('th', big).then(() => null, (e) => e);
      assertWscloseError(tooBig, 'loadLocale');
      URL.revokeObjectURL(big);
    } finally {
      URL.revokeObjectURL(url);
    }
  });

  // ---------------------------------------------------------------- 6
  test('6. errors as documented: wsclose.<function>: for page exceptions and loadLocale failures', async () => {
    assertWscloseError(thrown(() => explain(Object.create(CloseEvent.prototype)), 'explain'), 'explain');
    assertWscloseError(thrown(() => explain(1000, new Proxy({}, { ownKeys() { throw new TypeError('x'); } })), 'explain'), 'explain');
    const revoked = thrown(() => reconnectDelay(1006, 0, { appCodes: revokedProxy() }), 'reconnectDelay');
    assertWscloseError(revoked, 'reconnectDelay');
    const missing = await loadLocale('th', '/pkg/locales/nope.txt').then(() => null, (e) => e);
    assertWscloseError(missing, 'loadLocale');
    assert(/404/.test(missing.message), missing.message);
    // Port 1: nothing listens there (and some engines refuse the port): a network failure.
    const offline = await loadLocale('th', 'http://127.0.0.1:1/th.txt').then(() => null, (e) => e);
    assertWscloseError(offline, 'loadLocale');
    assert(/could not fetch/.test(offline.message), offline.message);
  });

  // ---------------------------------------------------------------- 7
  test('7a. a read-only window.WebSocket makes install() throw a clear Error', () => {
    const own = Object.getOwnPropertyDescriptor(window, 'WebSocket');
    Object.defineProperty(window, 'WebSocket', { value: OriginalWebSocket, writable: false, configurable: true });
    try {
      const error = assertThrows(() => install({ locale: 'en' }), /^wsclose\.install: .*read-only/);
      assert(error instanceof Error);
    } finally {
      Object.defineProperty(window, 'WebSocket', own);
    }
    assert(window.WebSocket === OriginalWebSocket, 'nothing was changed');
    install({ locale: 'en' }).uninstall();
  });

  test('7b. a second watch() of one socket shares the first one\'s record', async () => {
    const ws = new WebSocket(wsUrl('/ws/echo'));
    const seen = [];
    const one = watch(ws, { target: stage, locale: 'en', onClose: (x) => seen.push(['one', x.history.messagesSent]) });
    const two = watch(ws, { target: stage, locale: 'en', onClose: (x) => seen.push(['two', x.history.messagesSent]) });
    await nextEvent(ws, 'open');
    for (let i = 0; i < 3; i++) ws.send(`m${i}`);
    for (let i = 0; i < 3; i++) await nextEvent(ws, 'message');
    ws.close(1000);
    await nextEvent(ws, 'close');
    await waitFor(() => seen.length === 2, 3000, 'both watchers heard the close');
    assertEq(seen.sort(), [['one', 3], ['two', 3]], 'both recorded the three sends');
    one.stop();
    two.stop();
    assert(!Object.hasOwn(ws, 'send'), 'the last stop() removed the send wrapper');
  });

  // 250 real closes to distinct URLs, 50 per test (each test has 20 s).
  const overlay = { heard: [], watchers: [], total: 250 };
  for (let batch = 0; batch < overlay.total; batch += 50) {
    test(`7c. the overlay title counts every close, past the groups it keeps (closes ${batch + 1}–${batch + 50})`, async () => {
      const t0 = performance.now();
      const closes = [];
      for (let i = batch; i < batch + 50; i++) {
        const ws = new WebSocket(wsUrl(`/ws/close/4000?reason=n${i}`));
        overlay.watchers.push(watch(ws, { locale: 'en', onClose: () => overlay.heard.push(i) }));
        closes.push(nextEvent(ws, 'close', 15000));
      }
      await Promise.all(closes);
      console.log(`7c: 50 closes in ${Math.round(performance.now() - t0)} ms`);
    });
  }
  test('7c. the overlay title says (250) after 250 closes', async () => {
    const { total } = overlay;
    await waitFor(() => overlay.heard.length === total, 5000, 'every close heard');
    const title = await waitFor(() => {
      const host = document.body.querySelector(':scope > div[data-wsclose="overlay"]');
      const node = host && host.shadowRoot && host.shadowRoot.querySelector('[data-part="overlay-title"]');
      return node && node.textContent.includes(`(${total})`) && node.textContent;
    }, 5000, `the overlay title to say (${total})`);
    assert(title.includes(`(${total})`), title);
    for (const w of overlay.watchers) w.stop();
  });

  test('7d. ws.constructor === WebSocket while installed, and the original after', async () => {
    const installation = install({ locale: 'en' });
    try {
      const ws = new WebSocket(wsUrl('/ws/close/1000'));
      assert(ws.constructor === WebSocket, 'ws.constructor === WebSocket');
      assert(ws instanceof WebSocket && ws instanceof OriginalWebSocket, 'instanceof both');
      await nextEvent(ws, 'close');
    } finally {
      installation.uninstall();
    }
    assert(OriginalWebSocket.prototype.constructor === OriginalWebSocket, 'prototype.constructor restored');
  });
}

run();
