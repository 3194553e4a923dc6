// Checks shared by the hostile-host pages (guest.html, fuzz.html): after
// whatever the page did, every front end of wsclose still works, and a
// throw from wsclose is a `wsclose.` Error.

import { assert, assertEq, nextEvent, waitFor, wsUrl } from '../harness.js';

/** The widget host that `mount()`/a target watcher appended to `parent`, rendered with `code`. */
export function renderedIn(parent, code) {
  for (const host of parent.querySelectorAll(':scope > div[data-wsclose="widget"]')) {
    const found = host.shadowRoot && host.shadowRoot.querySelector(`[data-close-code="${code}"]`);
    if (found) return found;
  }
  return null;
}

/** Throws unless `error` is an Error whose message starts with `wsclose.` (and `api` if given). */
export function assertWscloseError(error, api, context = '') {
  const prefix = api ? `wsclose.${api}:` : 'wsclose.';
  let message;
  try {
    message = error instanceof Error ? error.message : undefined;
  } catch (_) {
    message = undefined;
  }
  if (typeof message !== 'string' || !message.startsWith(prefix)) {
    let shown;
    try {
      shown = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    } catch (_) {
      shown = '(unprintable)';
    }
    throw new Error(`${context}expected an Error starting ${prefix}, got ${shown}`);
  }
}

/** The module's linear memory, in bytes (engine-neutral, unlike performance.memory). */
export function wasmBytes(exports) {
  return exports.memory.buffer.byteLength;
}

/**
 * explain, mount, watch, install and <ws-close-explainer> all still work.
 * `api` is the module namespace (`import * as api`).
 */
export async function assertAlive(api, stage) {
  // explain
  const e = api.explain(1009, { locale: 'en' });
  assertEq(e.code, 1009, 'explain() answers');
  assertEq(e.name, 'Message Too Big');

  // mount, update, destroy
  const box = document.createElement('div');
  stage.append(box);
  const widget = api.mount(box, { code: 1011, locale: 'en' });
  await waitFor(() => renderedIn(box, 1011), 5000, 'mount() to render');
  widget.update({ code: 1012, locale: 'en' });
  await waitFor(() => renderedIn(box, 1012), 5000, 'update() to render');
  widget.destroy();
  assertEq(box.childElementCount, 0, 'destroy() removes the widget');
  box.remove();

  // watch a real socket closed by a real server
  const watched = [];
  const ws = new WebSocket(wsUrl('/ws/close/4001?reason=alive'));
  const watcher = api.watch(ws, { locale: 'en', onClose: (x) => watched.push(x.code), target: stage });
  await nextEvent(ws, 'close', 5000);
  await waitFor(() => watched.length === 1, 3000, 'watch() onClose');
  assertEq(watched, [4001], 'watch() heard the close');
  watcher.stop();

  // install
  const installed = [];
  const installation = api.install({ locale: 'en', onClose: (x) => installed.push(x.code), target: stage });
  try {
    const socket = new WebSocket(wsUrl('/ws/close/4002'));
    assert(socket.constructor === WebSocket, 'ws.constructor === WebSocket while installed');
    await nextEvent(socket, 'close', 5000);
    await waitFor(() => installed.length === 1, 3000, 'install() onClose');
    assertEq(installed, [4002], 'install() heard the close');
  } finally {
    installation.uninstall();
  }
  for (const host of stage.querySelectorAll(':scope > div[data-wsclose]')) host.remove();

  // the element
  const element = document.createElement('ws-close-explainer');
  element.setAttribute('lang', 'en');
  element.setAttribute('code', '1001');
  stage.append(element);
  await waitFor(() => element.shadowRoot && element.shadowRoot.querySelector('[data-close-code="1001"]'),
    5000, '<ws-close-explainer> to render');
  element.setAttribute('code', '1013');
  await waitFor(() => element.shadowRoot.querySelector('[data-close-code="1013"]'),
    5000, '<ws-close-explainer> to follow its attribute');
  element.remove();
}
