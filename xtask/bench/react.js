// Close event -> explanation in the DOM, over real closes from the dev
// server: a fresh socket, target and watcher each time, so the first render
// of the target's widget is part of every sample.
import init, { watch } from '/pkg/wsclose.js';
import { median, percentile, publish, wsUrl } from './common.js';

const N = Number(new URLSearchParams(location.search).get('n') || 40);

publish((async () => {
  await init();
  const samples = [];
  for (let i = 0; i < N + 3; i += 1) {
    const target = document.createElement('div');
    document.getElementById('app').append(target);
    const ws = new WebSocket(wsUrl('/ws/close/4000?delay=50'));
    const watcher = watch(ws, { target, locale: 'en' });
    const ms = await new Promise((resolve, reject) => {
      // Added after watch(): runs after wsclose's own listener.
      ws.addEventListener('close', (event) => {
        const shown = '[data-close-code="4000"]';
        const host = target.querySelector('[data-wsclose]');
        if (!host || !host.shadowRoot) return reject(new Error('no widget host after the close'));
        const done = () => resolve(performance.now() - event.timeStamp);
        if (host.shadowRoot.querySelector(shown)) return done();
        const observer = new MutationObserver(() => {
          if (host.shadowRoot.querySelector(shown)) {
            observer.disconnect();
            done();
          }
        });
        observer.observe(host.shadowRoot, { childList: true, subtree: true, attributes: true });
      }, { once: true });
    });
    watcher.stop();
    target.remove();
    if (i >= 3) samples.push(ms); // the first three warm up the JIT and caches
  }
  return { n: samples.length, median: median(samples), p95: percentile(samples, 95), max: Math.max(...samples) };
})());
