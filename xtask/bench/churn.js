// mount() + first render + destroy(), many times: time per cycle and what
// stays behind (JS heap after forced GC, wasm memory, externref tables).
// Then the same without an await between mount() and destroy() (React
// StrictMode's double mount), where the widget is destroyed before its
// first render. Both wasm modules are watched: the API's (the handles) and
// the UI module's (the Yew apps).
import init, { mount } from '/pkg/wsclose.js';
import { collect, heap, publish, rendered, sleep } from './common.js';

const CYCLES = Number(new URLSearchParams(location.search).get('cycles') || 5000);

publish((async () => {
  const wasm = await init();
  const app = document.getElementById('app');
  const cycle = async (i) => {
    const widget = mount(app, { code: 1000 + (i % 16), locale: 'en' });
    await rendered(app.lastElementChild.shadowRoot, '[data-close-code]');
    widget.destroy();
  };
  const awaited = async () => {
    for (let i = 0; i < CYCLES; i += 1) await cycle(i);
  };
  // No await between mount and destroy, all in one task: each widget is
  // destroyed before its first render.
  const unawaited = () => {
    for (let i = 0; i < CYCLES; i += 1) mount(app, { code: 1000 + (i % 16), locale: 'en' }).destroy();
  };
  for (let i = 0; i < 200; i += 1) await cycle(i); // loads the UI module
  // Loaded by the first mount; its init() now returns the same instance.
  const ui = await (await import('/pkg/wsclose_ui.js')).default();
  const table = (m) => (m.__wbindgen_externrefs ? m.__wbindgen_externrefs.length : NaN);
  const state = () => ({
    heap: heap(),
    wasm: wasm.memory.buffer.byteLength,
    ui: ui.memory.buffer.byteLength,
    refs: table(wasm) + table(ui),
  });
  const growth = (from, to) => Object.fromEntries(Object.keys(to).map((k) => [k, to[k] - from[k]]));

  // Each phase runs CYCLES twice. The first round also pays what is paid
  // once (the engine compiling the hot path in its optimizing tiers, tables
  // reaching their size), so what stays behind per cycle is the second.
  const phase = async (run) => {
    const gcExposed = await collect();
    const s0 = state();
    const t0 = performance.now();
    await run();
    const ms = (performance.now() - t0) / CYCLES;
    await sleep(200);
    await collect();
    const s1 = state();
    await run();
    await sleep(200);
    await collect();
    const s2 = state();
    return { gcExposed, ms, first: growth(s0, s1), second: growth(s1, s2) };
  };
  const withAwait = await phase(awaited);
  const noAwait = await phase(unawaited);
  return {
    cycles: CYCLES,
    perCycleMs: withAwait.ms,
    awaited: { first: withAwait.first, second: withAwait.second },
    noAwait: { first: noAwait.first, second: noAwait.second },
    hostsLeft: document.querySelectorAll('[data-wsclose]').length,
    gcExposed: withAwait.gcExposed,
    preciseMemory: heap() % 100000 !== 0,
  };
})());
