// The "diagnose the close" demo: each button reproduces one situation against
// the dev server's /ws/ routes; install() records every socket and the dev
// overlay shows the diagnosis. Only DOM APIs and textContent (strict CSP,
// Trusted Types).
import init, { install, reconnectDelay } from '../../pkg/wsclose.js';

const $ = (id) => document.getElementById(id);
const statusLine = $('status');
const log = $('log');
const onlyUnexpected = $('only-unexpected');

/** `ws://` or `wss://` URL for a path on the server that served this page. */
function wsUrl(path) {
  const url = new URL(path, location.href);
  url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
  return url.href;
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Resolves when `socket` closes (the app's own listener; wsclose adds its own). */
const closed = (socket) => new Promise((resolve) => socket.addEventListener('close', resolve, { once: true }));

function record(explanation) {
  const item = document.createElement('li');
  const top = explanation.diagnosis[0];
  const delay = reconnectDelay(explanation, 0);
  const code = document.createElement('strong');
  code.textContent = `${explanation.code} ${explanation.name}`;
  const rule = document.createElement('span');
  rule.dataset.rule = top ? top.rule : '';
  rule.textContent = top ? ` ${top.rule} (${top.confidence})` : ' no diagnosis';
  const summary = document.createElement('div');
  summary.textContent = top ? top.summary.replaceAll('`', '') : explanation.summary.replaceAll('`', '');
  const advice = document.createElement('div');
  advice.className = 'muted';
  advice.textContent = delay === null
    ? 'reconnectDelay: null (do not reconnect automatically)'
    : `reconnectDelay: ${Math.round(delay)} ms`;
  item.append(code, rule, summary, advice);
  log.prepend(item);
}

let installation = null;
function reinstall() {
  if (installation) installation.uninstall();
  installation = install({ locale: 'en', onClose: record, onlyUnexpected: onlyUnexpected.checked });
}

// The app's code below uses `new WebSocket(...)` as any app does: install()
// wrapped the constructor, so nothing here knows about wsclose.
const scenarios = {
  async idle() {
    const ws = new WebSocket(wsUrl('/ws/idle/3000'));
    ws.addEventListener('open', () => ws.send('hello'), { once: true });
    await closed(ws);
  },
  async offline() {
    const ws = new WebSocket(wsUrl('/ws/drop?delay=800'));
    ws.addEventListener('open', () => window.dispatchEvent(new Event('offline')), { once: true });
    await closed(ws);
    window.dispatchEvent(new Event('online'));
  },
  async oversize() {
    const ws = new WebSocket(wsUrl('/ws/limit/65536'));
    ws.addEventListener('open', () => ws.send('x'.repeat(70000)), { once: true });
    await closed(ws);
  },
  async handshake() {
    await closed(new WebSocket(wsUrl('/ws/reject/401')));
  },
  async restart() {
    await closed(new WebSocket(wsUrl('/ws/restart')));
  },
  async storm() {
    // Each connection opens, says hello, and is dropped: a server that drops
    // right after the 101 races Firefox's `open` (crates/core/src/engines.rs), and the
    // storm is about the reconnects, not the handshake.
    for (let i = 0; i < 5; i += 1) {
      const ws = new WebSocket(wsUrl('/ws/drop?after=message'));
      ws.addEventListener('open', () => ws.send('hello'), { once: true });
      await closed(ws);
      await sleep(300);
    }
  },
  async own() {
    const ws = new WebSocket(wsUrl('/ws/echo'));
    ws.addEventListener('open', () => ws.close(), { once: true });
    await closed(ws);
  },
};

async function main() {
  try {
    await init();
    reinstall();
  } catch (error) {
    statusLine.textContent = `wsclose failed to start: ${error}`;
    statusLine.className = 'error';
    return;
  }
  onlyUnexpected.addEventListener('change', reinstall);
  for (const button of document.querySelectorAll('[data-scenario]')) {
    button.addEventListener('click', async () => {
      button.disabled = true;
      statusLine.textContent = `Running “${button.textContent}”…`;
      try {
        await scenarios[button.dataset.scenario]();
        statusLine.textContent = `“${button.textContent}” done: see the overlay.`;
      } catch (error) {
        statusLine.textContent = `“${button.textContent}” failed: ${error}`;
      } finally {
        button.disabled = false;
      }
    });
  }
  statusLine.textContent = 'Ready. Pick a situation.';
  document.documentElement.dataset.ready = 'true';
  // `?run=oversize` (any data-scenario) starts a situation on load, so a
  // result can be linked to, or captured for the README.
  const run = new URLSearchParams(location.search).get('run');
  const button = document.querySelector(`[data-scenario="${CSS.escape(run ?? '')}"]`);
  if (button) {
    button.click();
    // Expand the newest close once it is in, to show its full diagnosis.
    const expand = setInterval(() => {
      const overlay = document.querySelector('[data-wsclose="overlay"]')?.shadowRoot;
      const details = overlay?.querySelector('details');
      if (details) {
        details.open = true;
        clearInterval(expand);
      }
    }, 100);
    setTimeout(() => clearInterval(expand), 10_000);
  }
}

main();
