// Shared by the bench pages (`cargo xtask bench`): not tests, measurements.
// Each page publishes its figures on `window.__bench` (or `{error}`).

/** Resolves, with `performance.now()`, once `root` contains `selector`. */
export function rendered(root, selector) {
  return new Promise((resolve) => {
    if (root.querySelector(selector)) return resolve(performance.now());
    const observer = new MutationObserver(() => {
      if (root.querySelector(selector)) {
        observer.disconnect();
        resolve(performance.now());
      }
    });
    observer.observe(root, { childList: true, subtree: true, attributes: true });
  });
}

export const wsUrl = (path) => `ws://${location.host}${path}`;
export const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
export const percentile = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)];
};
export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Forces a full GC when the browser exposes `gc` (`--js-flags=--expose-gc`). */
export async function collect() {
  if (typeof window.gc !== 'function') return false;
  // A dead handle's FinalizationRegistry callback (wasm-bindgen freeing its
  // Rust side) runs as a task some time after the GC that found it, and the
  // registry's cell is released only then: 5000 handles' cells are about
  // 60 KiB that one GC-and-wait may or may not have freed yet. Collect until
  // the heap stops shrinking, so a reading is what stays, not what waits.
  let last = Infinity;
  for (let i = 0; i < 20; i += 1) {
    window.gc();
    await sleep(50);
    const now = heap();
    if (!(last - now >= 1024)) break;
    last = now;
  }
  return true;
}

export const heap = () => (performance.memory ? performance.memory.usedJSHeapSize : NaN);

export function publish(promise) {
  promise.then(
    (result) => { window.__bench = result; document.title = 'done'; },
    (error) => { window.__bench = { error: String((error && error.stack) || error) }; },
  );
}
