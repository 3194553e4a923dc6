// The wsclose demo: real sockets to the dev server's /ws/ routes, each close
// explained by watch(). Only DOM APIs and textContent (strict CSP, Trusted Types).
import init, { explain, watch, install } from '../pkg/wsclose.js';

const $ = (id) => document.getElementById(id);
const form = $('form');
const codeSelect = $('code');
const reasonInput = $('reason');
const localeSelect = $('locale');
const connectButton = $('connect');
const result = $('result');
const statusLine = $('status');
const routeNote = $('route-note');
const log = $('log');
const field = (name) => $('event').querySelector(`[data-field="${name}"]`);

const HOSTILE_REASON = '<img src=x onerror=alert(1)>';
const LIMIT = 65536;
const OVERSIZED = 70000;

/** `ws://` or `wss://` URL for a path on the server that served this page. */
function wsUrl(path) {
  const url = new URL(path, location.href);
  url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
  return url.href;
}

/** Which route produces `code`, and what to tell the reader about it. */
function route(code, reason) {
  switch (code) {
    case 1005:
      return { path: '/ws/no-status', note: 'The server sends a Close frame with no status code at all; the browser reports that as 1005. No reason can travel without a code.' };
    case 1006:
      return { path: '/ws/drop', note: 'The server drops the TCP connection without any Close frame; the browser reports 1006 and wasClean false. 1006 itself never travels on the wire.' };
    case 1009:
      return {
        path: `/ws/limit/${LIMIT}`,
        note: `The server echoes messages up to ${LIMIT.toLocaleString('en')} bytes. Once open, this page sends one ${OVERSIZED.toLocaleString('en')}-byte message, and the server answers with Close 1009 and a reason of its own.`,
        oversized: true,
      };
    default:
      return { path: `/ws/close/${code}?reason=${encodeURIComponent(reason)}`, note: `The server sends Close ${code} with your reason as soon as the socket opens.`, usesReason: true };
  }
}

function showRoute() {
  const r = route(Number(codeSelect.value), reasonInput.value);
  routeNote.textContent = `${r.note} URL: ${wsUrl(r.path)}`;
  reasonInput.disabled = !r.usesReason;
  $('hostile').disabled = !r.usesReason;
}

function addLog(text) {
  const item = document.createElement('li');
  item.textContent = `${new Date().toLocaleTimeString()} ${text}`;
  log.prepend(item);
  while (log.children.length > 12) log.lastElementChild.remove();
}

let current = null; // { ws, watcher }

function stopCurrent() {
  if (!current) return;
  current.watcher.stop();
  if (current.ws.readyState === WebSocket.CONNECTING || current.ws.readyState === WebSocket.OPEN) {
    current.ws.close(1000, 'replaced by a new demo connection');
  }
  current = null;
}

function connect() {
  stopCurrent();
  const code = Number(codeSelect.value);
  const locale = localeSelect.value;
  const r = route(code, reasonInput.value);
  const url = wsUrl(r.path);
  for (const name of ['code', 'reason', 'wasClean']) field(name).textContent = '…';
  $('reconnect').firstElementChild.textContent = '…';
  statusLine.textContent = `Connecting to ${url}`;

  const ws = new WebSocket(url);
  const watcher = watch(ws, {
    target: result,
    locale,
    onClose: (e) => addLog(`onClose → ${e.code} ${e.name} · reconnect: ${e.reconnect}`),
  });
  const mine = { ws, watcher };
  current = mine;

  ws.addEventListener('open', () => {
    if (current !== mine) return;
    if (r.oversized) {
      statusLine.textContent = `Open. Sending ${OVERSIZED.toLocaleString('en')} bytes to a server that accepts ${LIMIT.toLocaleString('en')}…`;
      ws.send('x'.repeat(OVERSIZED));
    } else {
      statusLine.textContent = 'Open. Waiting for the server to close…';
    }
  });
  ws.addEventListener('close', (event) => {
    if (current !== mine) return;
    field('code').textContent = String(event.code);
    field('reason').textContent = event.reason === '' ? '(empty)' : JSON.stringify(event.reason);
    field('wasClean').textContent = String(event.wasClean);
    const answer = explain(event, { locale });
    $('reconnect').firstElementChild.textContent = JSON.stringify({ reconnect: answer.reconnect });
    statusLine.textContent = `Closed with ${event.code} (${answer.name}).`;
  });
}

// --- dev overlay -----------------------------------------------------------

let installation = null;

function openOverlaySocket() {
  // A plain `new WebSocket`: install() sees it without any call to watch().
  new WebSocket(wsUrl('/ws/close/4001?reason=session%20expired'));
}

function toggleOverlay() {
  const toggle = $('overlay-toggle');
  if (installation) {
    installation.uninstall();
    installation = null;
    toggle.textContent = 'Install the dev overlay';
    $('overlay-open').disabled = true;
    return;
  }
  installation = install({ locale: localeSelect.value });
  toggle.textContent = 'Uninstall the dev overlay';
  $('overlay-open').disabled = false;
  openOverlaySocket();
}

// --- start -----------------------------------------------------------------

function fail(error) {
  statusLine.textContent = `wsclose could not start: ${error && error.message ? error.message : error}`;
  statusLine.classList.add('error');
  connectButton.disabled = true;
  $('overlay-toggle').disabled = true;
}

try {
  await init();
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    try {
      connect();
    } catch (error) {
      statusLine.textContent = `Error: ${error.message}`;
    }
  });
  codeSelect.addEventListener('change', showRoute);
  reasonInput.addEventListener('input', showRoute);
  $('hostile').addEventListener('click', () => {
    reasonInput.value = HOSTILE_REASON;
    showRoute();
    reasonInput.focus();
  });
  $('overlay-toggle').addEventListener('click', toggleOverlay);
  $('overlay-open').addEventListener('click', openOverlaySocket);
  // Shareable state: /demo/?code=1009&locale=vi&connect
  const params = new URLSearchParams(location.search);
  const pick = (select, value) => {
    if ([...select.options].some((o) => o.value === value)) select.value = value;
  };
  pick(codeSelect, params.get('code'));
  pick(localeSelect, params.get('locale'));
  showRoute();
  if (params.has('connect')) connect();
  document.documentElement.dataset.ready = 'true';
} catch (error) {
  fail(error);
}
