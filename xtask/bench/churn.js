// mount() + first render + destroy(), many times: time per cycle and what
// stays behind (JS heap after forced GC, wasm memory). Then the same without
// an await between mount() and destroy() (React StrictMode's double mount),
// where the widget is destroyed before its first render. Both wasm modules
// are watched: the API's (the handles) and the UI module's (the Yew apps).
import init, { mount } from '/pkg/wsclose.js';
import { collect, heap, publish, rendered } from './common.js';

const CYCLES = Number(new URLSearchParams(location.search).get('cycles') || 5000);

publish((async () => {
  const wasm = await init();
  const app = document.getElementById('app');
  const cycle = async (i) => {
    const widget = mount(app, { code: 1000 + (i % 16), locale: 'en' });
    await rendered(app.lastElementChild.shadowRoot, '[data-close-code]');
    widget.destroy();
  };
  for (let i = 0; i < 200; i += 1) await cycle(i); // warm-up
  // Loaded by the first mount; its init() now returns the same instance.
  const ui = await (await import('/pkg/wsclose_ui.js')).default();
  const gcExposed = await collect();
  const heap0 = heap();
  const wasm0 = wasm.memory.buffer.byteLength;
  const ui0 = ui.memory.buffer.byteLength;
  const table = (m) => (m.__wbindgen_externrefs ? m.__wbindgen_externrefs.length : NaN);
  const refs = () => table(wasm) + table(ui);
  const refs0 = refs();
  const t0 = performance.now();
  for (let i = 0; i < CYCLES; i += 1) await cycle(i);
  const perCycleMs = (performance.now() - t0) / CYCLES;
  await collect();
  const heap1 = heap();
  const refs1 = refs();
  const wasm1 = wasm.memory.buffer.byteLength;
  const ui1 = ui.memory.buffer.byteLength;

  // No await between mount and destroy: destroyed before the first render.
  for (let i = 0; i < 200; i += 1) mount(app, { code: 1000, locale: 'en' }).destroy();
  await new Promise((resolve) => setTimeout(resolve, 50));
  await collect();
  const heap2 = heap();
  for (let i = 0; i < CYCLES; i += 1) mount(app, { code: 1000 + (i % 16), locale: 'en' }).destroy();
  await new Promise((resolve) => setTimeout(resolve, 200));
  await collect();
  const heap3 = heap();
  return {
    cycles: CYCLES,
    perCycleMs,
    heapGrowth: heap1 - heap0,
    heapGrowthNoAwait: heap3 - heap2,
    wasmGrowth: wasm.memory.buffer.byteLength - wasm0,
    wasmGrowthAwait: wasm1 - wasm0,
    uiGrowth: ui.memory.buffer.byteLength - ui0,
    uiGrowthAwait: ui1 - ui0,
    externrefGrowth: refs1 - refs0,
    externrefGrowthNoAwait: refs() - refs1,
    hostsLeft: document.querySelectorAll('[data-wsclose]').length,
    gcExposed,
    preciseMemory: heap0 % 100000 !== 0,
  };
})());
