// Tiny test harness for the e2e pages in this directory.
//
// A page registers tests with `test(name, fn)` and calls `run()`. `run()`
// executes them one by one and publishes `window.__wscloseResults` as
// `[{name, ok, error, ms}]`, which `cargo xtask test` polls for over WebDriver.
// It also renders the results into the page for a human with a browser.
//
// No dependencies, and no innerHTML or inline styles, so pages also work under
// the strict CSP (`?csp=strict`, with Trusted Types).

const TEST_TIMEOUT_MS = 20000;

// The page's own timers, unless support/count-listeners.js counts those:
// then the harness's are kept out of the count.
const { setTimeout, clearTimeout } = window.__untrackedTimers ?? {
  setTimeout: window.setTimeout.bind(window),
  clearTimeout: window.clearTimeout.bind(window),
};

/** @type {{name: string, fn: () => unknown}[]} */
const tests = [];
let started = false;
let setupError = null;

/** Registers a test; `fn` may be async. */
export function test(name, fn) {
  tests.push({ name: String(name), fn });
}

/** Throws unless `cond` is truthy. */
export function assert(cond, msg) {
  if (!cond) throw new Error(msg || 'assertion failed');
}

/** JSON with sorted keys, so deep equality ignores key order. */
function canon(value) {
  return JSON.stringify(value, (_key, v) => {
    if (v === undefined) return '(undefined)';
    if (typeof v === 'bigint') return `${v}n`;
    if (v && typeof v === 'object' && !Array.isArray(v)) {
      return Object.fromEntries(Object.keys(v).sort().map((k) => [k, v[k]]));
    }
    return v;
  });
}

function show(value) {
  try {
    const text = canon(value);
    return text === undefined ? String(value) : text;
  } catch (_) {
    return String(value);
  }
}

function prefix(msg) {
  return msg ? `${msg}: ` : '';
}

/** Deep equality for plain data (compared as key-sorted JSON). */
export function assertEq(actual, expected, msg) {
  if (Object.is(actual, expected)) return;
  const a = show(actual);
  const e = show(expected);
  if (a !== e || typeof actual !== typeof expected) {
    throw new Error(`${prefix(msg)}expected ${e}, got ${a}`);
  }
}

/**
 * Calls `fn` (synchronously) and checks that it throws an `Error` whose
 * message matches `regex`. Returns the error for further checks.
 */
export function assertThrows(fn, regex, msg) {
  let threw = false;
  let err;
  try {
    fn();
  } catch (e) {
    threw = true;
    err = e;
  }
  if (!threw) {
    throw new Error(`${prefix(msg)}expected an error matching ${regex}, but nothing was thrown`);
  }
  if (!(err instanceof Error)) {
    throw new Error(`${prefix(msg)}expected an Error object, but ${show(err)} was thrown`);
  }
  if (regex && !regex.test(err.message)) {
    throw new Error(`${prefix(msg)}error message ${show(err.message)} does not match ${regex}`);
  }
  return err;
}

/** Resolves with the next `type` event on `target`; rejects after `timeoutMs`. */
export function nextEvent(target, type, timeoutMs = 5000) {
  return new Promise((resolve, reject) => {
    const onEvent = (event) => {
      clearTimeout(timer);
      resolve(event);
    };
    const timer = setTimeout(() => {
      target.removeEventListener(type, onEvent);
      reject(new Error(`timed out after ${timeoutMs} ms waiting for a "${type}" event`));
    }, timeoutMs);
    target.addEventListener(type, onEvent, { once: true });
  });
}

/** One frame, or 50 ms when frames are throttled (hidden/headless tabs). */
function tick() {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, 50);
    requestAnimationFrame(() => {
      clearTimeout(timer);
      resolve();
    });
  });
}

/** Polls `predicate` (may be async) until it returns a truthy value, which it resolves with. */
export async function waitFor(predicate, timeoutMs = 5000, what = 'condition') {
  const deadline = performance.now() + timeoutMs;
  for (;;) {
    const value = await predicate();
    if (value) return value;
    if (performance.now() > deadline) {
      throw new Error(`timed out waiting for ${what}`);
    }
    await tick();
  }
}

/** Resolves after `ms` milliseconds. */
export function sleep(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/**
 * Allocates garbage until `weakRef` is cleared by the garbage collector (no
 * `gc()` needed), then lets finalizers run. Resolves with whether it was
 * collected within `timeoutMs`.
 */
export async function whenCollected(weakRef, timeoutMs = 2500) {
  const deadline = performance.now() + timeoutMs;
  let junk = [];
  while (weakRef.deref() !== undefined && performance.now() < deadline) {
    for (let i = 0; i < 2000; i++) junk.push(new Array(64).fill(i));
    if (junk.length > 40000) junk = [];
    await sleep(0);
  }
  junk = null;
  await sleep(20); // FinalizationRegistry callbacks run as tasks
  return weakRef.deref() === undefined;
}

/** `ws://<this host><path>`: the dev server serves the page and the /ws/ routes. */
export function wsUrl(path) {
  return `ws://${location.host}${path}`;
}

function withTimeout(promise, ms, name) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`test "${name}" timed out after ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** The error's message and its stack (Firefox and WebKit stacks omit the message). */
function describe(err) {
  if (!(err instanceof Error)) return String(err);
  const head = `${err.name}: ${err.message}`;
  const stack = err.stack || '';
  return stack.startsWith(head) ? stack : `${head}\n${stack}`;
}

/** Renders the results as a plain list (DOM APIs only: Trusted Types safe). */
function render(results, done) {
  if (!document.body) return;
  let box = document.getElementById('wsclose-results');
  if (!box) {
    box = document.createElement('section');
    box.id = 'wsclose-results';
    document.body.append(box);
  }
  const passed = results.filter((r) => r.ok).length;
  const failed = results.length - passed;
  const heading = document.createElement('h2');
  heading.textContent = done
    ? `${passed} passed, ${failed} failed`
    : `running… ${results.length}/${tests.length}`;
  const list = document.createElement('ul');
  for (const r of results) {
    const item = document.createElement('li');
    item.dataset.ok = String(r.ok);
    item.textContent = r.ok ? `ok   ${r.name} (${r.ms} ms)` : `FAIL ${r.name}`;
    if (!r.ok) {
      const pre = document.createElement('pre');
      pre.textContent = r.error;
      item.append(pre);
    }
    list.append(item);
  }
  box.replaceChildren(heading, list);
  if (done) document.title = `${failed ? 'FAIL' : 'ok'} ${passed}/${results.length} · ${document.title}`;
}

function publish(results) {
  window.__wscloseResults = results;
  render(results, true);
}

/**
 * Runs the registered tests in order (each with a 20 s timeout) and publishes
 * the results. Calling it again returns the same results.
 */
export async function run() {
  if (started) return window.__wscloseResults;
  started = true;
  const results = [];
  if (setupError) {
    results.push({ name: 'page setup', ok: false, error: setupError, ms: 0 });
  }
  for (const t of tests) {
    const t0 = performance.now();
    let ok = true;
    let error = null;
    try {
      await withTimeout(Promise.resolve().then(t.fn), TEST_TIMEOUT_MS, t.name);
    } catch (err) {
      ok = false;
      error = describe(err);
    }
    const ms = Math.round(performance.now() - t0);
    results.push({ name: t.name, ok, error, ms });
    console.log(ok ? `ok   ${t.name} (${ms} ms)` : `FAIL ${t.name}: ${error}`);
    render(results, false);
  }
  publish(results);
  return results;
}

/**
 * Runs the page's setup (`init()` and what it loads). If it fails, the page
 * reports one failure, "page setup", with the error, and goes no further: the
 * returned promise never settles, so the page's tests are never registered.
 *
 * Pages await their setup through this rather than at the top level because
 * WebKit fires no `error` event for a module script whose top-level await
 * rejects: such a page would never report at all.
 */
export async function setUp(step) {
  try {
    await step();
  } catch (error) {
    onSetupError(error);
    await new Promise(() => {});
  }
}

// If the page's module script dies before calling run() (say `await init()`
// rejected outside a try/catch), report that at once instead of letting the
// runner wait for its page timeout.
function onSetupError(err) {
  if (started) return;
  setupError = describe(err);
  setTimeout(() => {
    if (started) return;
    started = true;
    const results = [{ name: 'page setup', ok: false, error: setupError, ms: 0 }];
    for (const t of tests) {
      results.push({ name: t.name, ok: false, error: 'not run: the page script failed', ms: 0 });
    }
    publish(results);
  }, 1000);
}

// What went wrong in the page, for the runner to print when a page fails:
// uncaught errors, failed resource loads, unhandled rejections and
// console.error/warn calls. Collected here because console logs over WebDriver
// are Chromium-only; this works in every engine.
const pageErrors = [];
window.__wscloseErrors = pageErrors;
function noteError(kind, value) {
  if (pageErrors.length < 100) pageErrors.push({ kind, message: describe(value) });
}
for (const level of ['error', 'warn']) {
  const original = console[level];
  console[level] = function (...args) {
    noteError(`console.${level}`, args.map((a) => (a instanceof Error ? describe(a) : String(a))).join(' '));
    return original.apply(this, args);
  };
}

window.addEventListener('error', (e) => {
  const target = e.target;
  if (target && target !== window && (target.src || target.href)) {
    // A resource that failed to load (capture phase: these don't bubble).
    noteError('load', `failed to load ${target.src || target.href}`);
    return;
  }
  noteError('error', e.error || e.message);
  onSetupError(e.error || e.message);
}, true);
window.addEventListener('unhandledrejection', (e) => {
  noteError('unhandledrejection', e.reason);
  onSetupError(e.reason);
});
