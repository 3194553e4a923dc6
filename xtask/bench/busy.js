// A busy page: 200 open sockets, all closed by the page in one loop, with
// install() watching every socket (dev overlay). The time attributable to
// wsclose is measured around its close listener: install()'s Proxy adds its
// listener right after constructing, so a WebSocket subclass installed
// *before* install() adds a listener that runs before wsclose's, and one
// added after construction runs after it, including the microtask checkpoint
// that follows wsclose's listener. The same run without install() is the
// baseline. The overlay renders on animation frames, outside the close
// handling: those renders are counted and timed separately.
import init, { install } from '/pkg/wsclose.js';
import { publish, sleep, wsUrl } from './common.js';

const SOCKETS = Number(new URLSearchParams(location.search).get('sockets') || 200);

async function burst(installed) {
  const Native = window.WebSocket;
  let t = 0;
  // Returned from the constructor: what the page (and wsclose) get is a real WebSocket.
  window.WebSocket = function Timed(url) {
    const ws = new Native(url);
    ws.addEventListener('close', () => { t = performance.now(); });
    return ws;
  };
  // `instanceof WebSocket` (which wsclose checks) must still hold.
  window.WebSocket.prototype = Native.prototype;
  // Times every animation-frame callback, with the microtasks it queues
  // (the Yew render that the overlay's frame callback starts).
  const nativeFrame = window.requestAnimationFrame;
  let frames = 0;
  let frameMs = 0;
  window.requestAnimationFrame = (callback) => nativeFrame.call(window, (time) => {
    const start = performance.now();
    try {
      callback(time);
    } finally {
      queueMicrotask(() => { frames += 1; frameMs += performance.now() - start; });
    }
  });
  const installation = installed ? install() : null;
  const longTasks = [];
  const observer = new PerformanceObserver((list) => longTasks.push(...list.getEntries()));
  let handlerMs = 0;
  let closes = 0;
  const sockets = [];
  for (let i = 0; i < SOCKETS; i += 1) {
    const ws = new WebSocket(wsUrl('/ws/echo'));
    ws.addEventListener('close', () => { handlerMs += performance.now() - t; closes += 1; });
    sockets.push(ws);
  }
  await Promise.all(sockets.map((ws) => new Promise((resolve, reject) => {
    ws.addEventListener('open', resolve, { once: true });
    ws.addEventListener('error', () => reject(new Error('a socket failed to open')), { once: true });
  })));
  await sleep(100);
  observer.observe({ type: 'longtask', buffered: false });
  const allClosed = Promise.all(sockets.map((ws) => new Promise((r) => ws.addEventListener('close', r, { once: true }))));
  const t0 = performance.now();
  let loopMs;
  {
    for (const ws of sockets) ws.close(1000, 'bench');
    loopMs = performance.now() - t0;
  }
  await allClosed;
  const wallMs = performance.now() - t0;
  await sleep(300); // let the last long-task entries arrive
  observer.disconnect();
  const overlay = document.querySelector('[data-wsclose="overlay"]');
  const shown = overlay ? overlay.shadowRoot.querySelectorAll('[data-close-code]').length : 0;
  if (installation) installation.uninstall();
  window.WebSocket = Native;
  window.requestAnimationFrame = nativeFrame;
  return {
    closes,
    handlerMs,
    loopMs,
    wallMs,
    longTasks: longTasks.length,
    longTaskMs: longTasks.reduce((s, e) => s + e.duration, 0),
    overlayShown: shown,
    frames,
    frameMs,
  };
}

publish((async () => {
  await init();
  await burst(true); // warm-up
  const baseline = await burst(false);
  const watched = await burst(true);
  return { sockets: SOCKETS, baseline, watched, attributableMs: watched.handlerMs - baseline.handlerMs };
})());
