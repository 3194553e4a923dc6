// Benchmark (not a test) of what watch() costs an app: messages per second
// through a watched vs an unwatched socket, and memory per watched socket.
// Publishes `window.__wscloseBench` for a WebDriver runner.
import init, { watch } from '../../pkg/wsclose.js';

const params = new URLSearchParams(location.search);
const N = Number(params.get('n') || 20000);
const RUNS = Number(params.get('runs') || 9);
const SOCKETS = Number(params.get('sockets') || 1000);
const out = document.getElementById('out');
const statusLine = document.getElementById('status');

const wsUrl = (path) => `${location.protocol === 'https:' ? 'wss:' : 'ws:'}//${location.host}${path}`;
const opened = (ws) => new Promise((resolve, reject) => {
  ws.addEventListener('open', resolve, { once: true });
  ws.addEventListener('error', reject, { once: true });
});
const closed = (ws) => new Promise((resolve) => ws.addEventListener('close', resolve, { once: true }));
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const line = (text) => { out.textContent += `${text}\n`; };

/** N sequential round trips of a 16-byte text message; returns messages/s. */
async function roundTrips(watched) {
  const ws = new WebSocket(wsUrl('/ws/echo'));
  const watcher = watched ? watch(ws) : null;
  await opened(ws);
  const message = 'x'.repeat(16);
  const t0 = performance.now();
  await new Promise((resolve) => {
    let left = N;
    ws.addEventListener('message', () => {
      left -= 1;
      if (left === 0) resolve();
      else ws.send(message);
    });
    ws.send(message);
  });
  const seconds = (performance.now() - t0) / 1000;
  // Stop first: this close is the benchmark's, not something to show.
  if (watcher) watcher.stop();
  ws.close();
  await closed(ws);
  return N / seconds;
}

function collect() {
  if (typeof window.gc === 'function') window.gc();
}

/** Memory for SOCKETS sockets (refused upgrades: they stay queued in CONNECTING while measured), watched or not. */
async function memory(watched, wasmMemory) {
  collect();
  const heap0 = performance.memory ? performance.memory.usedJSHeapSize : NaN;
  const wasm0 = wasmMemory.buffer.byteLength;
  const sockets = [];
  const watchers = [];
  for (let i = 0; i < SOCKETS; i += 1) {
    const ws = new WebSocket(wsUrl('/ws/reject/404'));
    sockets.push(ws);
    if (watched) watchers.push(watch(ws));
  }
  collect();
  const heap1 = performance.memory ? performance.memory.usedJSHeapSize : NaN;
  const wasm1 = wasmMemory.buffer.byteLength;
  for (const w of watchers) w.stop();
  for (const ws of sockets) ws.close();
  return { heapPerSocket: (heap1 - heap0) / SOCKETS, wasmGrowth: wasm1 - wasm0 };
}

async function main() {
  const wasm = await init();
  const result = { n: N, runs: RUNS, sockets: SOCKETS, gcExposed: typeof window.gc === 'function', plain: [], watched: [] };
  await roundTrips(false); // warm-up
  await roundTrips(true);
  // watch() fetches the UI module at idle time; wait for it here, so that
  // its one download and compile are not counted as a per-message cost.
  await (await import('../../pkg/wsclose_ui.js')).default();
  // Pairs, in alternating order: the machine's own drift (another
  // process, the server's scheduling) hits both sides of a pair alike, so
  // the cost is the median of the pairs' ratios, not a ratio of medians.
  result.ratios = [];
  for (let i = 0; i < RUNS; i += 1) {
    const watchedFirst = i % 2 === 1;
    const first = await roundTrips(watchedFirst);
    const second = await roundTrips(!watchedFirst);
    const [plain, watched] = watchedFirst ? [second, first] : [first, second];
    result.plain.push(plain);
    result.watched.push(watched);
    result.ratios.push(watched / plain);
    statusLine.textContent = `run ${i + 1}/${RUNS}`;
  }
  result.plainMedian = median(result.plain);
  result.watchedMedian = median(result.watched);
  result.overheadPercent = (1 - median(result.ratios)) * 100;
  const plainMemory = await memory(false, wasm.memory);
  const watchedMemory = await memory(true, wasm.memory);
  result.heapPerWatchedSocket = watchedMemory.heapPerSocket - plainMemory.heapPerSocket;
  result.wasmGrowthFor1000Watched = watchedMemory.wasmGrowth;
  line(`round trips per run:          ${N}`);
  line(`unwatched (median of ${RUNS}):     ${Math.round(result.plainMedian)} msg/s   [${result.plain.map(Math.round).join(', ')}]`);
  line(`watched   (median of ${RUNS}):     ${Math.round(result.watchedMedian)} msg/s   [${result.watched.map(Math.round).join(', ')}]`);
  line(`overhead (median of pairs):   ${result.overheadPercent.toFixed(1)} %   [${result.ratios.map((r) => ((1 - r) * 100).toFixed(1)).join(', ')}]`);
  line(`JS heap per watched socket:   ${Math.round(result.heapPerWatchedSocket)} bytes (gc exposed: ${result.gcExposed}; performance.memory is coarse without --enable-precise-memory-info)`);
  line(`wasm memory growth, ${SOCKETS} watched: ${result.wasmGrowthFor1000Watched} bytes (grows in 64 KiB pages)`);
  window.__wscloseBench = result;
  statusLine.textContent = 'Done.';
}

main().catch((error) => {
  statusLine.textContent = `failed: ${error}`;
  window.__wscloseBench = { error: String(error) };
});
