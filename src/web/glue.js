// The JavaScript wasm-bindgen cannot express from Rust (a class that extends
// HTMLElement, a Proxy whose construct trap can be switched off, a dynamic
// import() bundlers can follow), and the one hot path kept out of wasm for speed.

/**
 * What `install()` puts in place to see every socket of `Original` (the
 * page's `window.WebSocket`), each passed once to `onSocket`:
 *
 * - `proxy`, the new `window.WebSocket`: a Proxy that forwards everything
 *   but `construct` (so `instanceof`, `WebSocket.OPEN` and subclassing keep
 *   working) and reports each instance it makes;
 * - hooks on the native `WebSocket.prototype`, for the sockets of a
 *   constructor taken before `install()` ran: socket.io-client's
 *   engine.io-client reads `globalThis.WebSocket` once, when its module
 *   loads, and a `class X extends WebSocket` defined earlier extends the
 *   original. Such a socket is reported by the first `addEventListener`,
 *   `on<event>` assignment, `send()` or `close()` it gets, *before* that call
 *   runs: the watch's own listeners are added first, so the socket cannot
 *   dispatch an event to the app's listener before wsclose listens too.
 *   Each hook then calls exactly what the socket would have called (the
 *   prototype's own method or accessor as it was, or `EventTarget`'s
 *   `addEventListener` as it is now) with the same `this` and arguments,
 *   and returns its result or lets its exception through unchanged.
 *
 * `hooked` is null, or why the prototype could not be hooked (a frozen
 * prototype); the constructor still works then. `detach()` makes every
 * piece a pass-through (code may keep references to them) so the Rust
 * callback can be freed; `restore()` puts back the prototype's property
 * descriptors exactly as they were, except any the page replaced after us
 * (then it returns false and ours stay, as pass-throughs, under theirs).
 */
export function hookWebSocket(Original, onSocket) {
  let hook = onSocket;
  // One sighting per socket and installation: the constructor and then the
  // app's `onopen = ...` see the same socket.
  const seen = new WeakSet();
  const sight = (ws) => {
    if (hook === null || seen.has(ws)) return;
    try {
      nativeReadyState.call(ws);
    } catch {
      return; // not a real WebSocket: a forged object, a Proxy, a primitive
    }
    seen.add(ws);
    try {
      hook(ws);
    } catch (error) {
      log("error", "wsclose: could not watch a WebSocket", error);
    }
  };
  const proxy = new Proxy(Original, {
    construct(target, args, newTarget) {
      const instance = Reflect.construct(target, args, newTarget === proxy ? target : newTarget);
      sight(instance);
      return instance;
    },
  });
  const { applied, why } = hookPrototype(nativePrototypeOf(Original), sight);
  return {
    proxy,
    hooked: why,
    detach() { hook = null; },
    restore() {
      let intact = true;
      for (const { prototype, name, before, ours } of applied.splice(0)) {
        const now = Object.getOwnPropertyDescriptor(prototype, name);
        const still = now !== undefined && now.value === ours.value && now.get === ours.get
          && now.set === ours.set;
        if (!still) {
          intact = false;
        } else if (before) {
          Reflect.defineProperty(prototype, name, before);
        } else {
          Reflect.deleteProperty(prototype, name);
        }
      }
      return intact;
    },
  };
}

/** The methods and event handler attributes whose first use on a socket reports it. */
const HOOKED_METHODS = ["addEventListener", "send", "close"];
const HOOKED_HANDLERS = ["onopen", "onmessage", "onerror", "onclose"];

/**
 * The prototype that owns the native `readyState` getter, on `Original`'s
 * prototype chain: `WebSocket.prototype` itself, also when the page had
 * already replaced `window.WebSocket` by its own subclass. Null if none.
 */
function nativePrototypeOf(Original) {
  let prototype = Original.prototype;
  for (let depth = 0; prototype !== null && typeof prototype === "object" && depth < 16; depth++) {
    const described = Object.getOwnPropertyDescriptor(prototype, "readyState");
    if (described && described.get === nativeReadyState) return prototype;
    prototype = Object.getPrototypeOf(prototype);
  }
  return null;
}

/**
 * Puts the hooks on `prototype`; all or nothing. Each hook has the name
 * and `length` of what it stands for and, like a WebIDL operation, is not
 * a constructor.
 */
function hookPrototype(prototype, sight) {
  const applied = [];
  if (prototype === null) return { applied, why: "the page has no native WebSocket.prototype" };
  const parent = Object.getPrototypeOf(prototype);
  const hooks = [];
  for (const name of HOOKED_METHODS) {
    const before = Object.getOwnPropertyDescriptor(prototype, name);
    // `addEventListener` is EventTarget's: looked up at each call, so a
    // patch the page makes to it later is still called.
    const inherited = before === undefined && parent !== null
      ? Object.getOwnPropertyDescriptor(parent, name) : undefined;
    const model = before ?? inherited;
    if (!model || typeof model.value !== "function") continue;
    const target = before ? () => before.value : () => parent[name];
    const method = {
      [name]() {
        sight(this);
        return Reflect.apply(target(), this, arguments);
      },
    }[name];
    Object.defineProperty(method, "length", { value: model.value.length });
    hooks.push({ name, before, ours: { ...model, value: method } });
  }
  for (const name of HOOKED_HANDLERS) {
    const before = Object.getOwnPropertyDescriptor(prototype, name);
    if (!before || typeof before.get !== "function" || typeof before.set !== "function") continue;
    const accessors = Object.getOwnPropertyDescriptor({
      get [name]() {
        return Reflect.apply(before.get, this, []);
      },
      set [name](value) {
        sight(this);
        Reflect.apply(before.set, this, [value]);
      },
    }, name);
    hooks.push({ name, before, ours: { ...before, get: accessors.get, set: accessors.set } });
  }
  for (const { name, before, ours } of hooks) {
    if (!Reflect.defineProperty(prototype, name, ours)) {
      for (const done of applied.splice(0)) {
        if (done.before) Reflect.defineProperty(prototype, done.name, done.before);
        else Reflect.deleteProperty(prototype, done.name);
      }
      return { applied, why: `WebSocket.prototype.${name} cannot be redefined` };
    }
    applied.push({ prototype, name, before, ours });
  }
  return { applied, why: null };
}

/** Defines `<name>` unless some copy of wsclose already did. */
export function defineElement(name, connected, disconnected, changed) {
  if (customElements.get(name)) return false;
  customElements.define(name, class extends HTMLElement {
    static get observedAttributes() { return ["code", "reason", "lang", "was-clean"]; }
    connectedCallback() { connected(this); }
    disconnectedCallback() { disconnected(this); }
    attributeChangedCallback() { if (this.isConnected) changed(this); }
  });
  return true;
}

/**
 * The module of a locale: `locales/<tag>.js` next to `wsclose.js` (this file
 * is wasm-bindgen's `snippets/<crate>/src/web/glue.js`, four levels below).
 * One literal `import()` per locale, because bundlers follow only literal
 * specifiers: Vite, webpack and esbuild emit each locale as a chunk loaded
 * on first use, and Vite's dev-server dependency optimizer keeps them
 * working (a URL built from a template becomes `.vite/deps/undefined`).
 */
function importModule(tag) {
  switch (tag) {
    case "vi": return import("../../../../locales/vi.js");
    case "es": return import("../../../../locales/es.js");
    case "pt": return import("../../../../locales/pt.js");
    case "fr": return import("../../../../locales/fr.js");
    case "de": return import("../../../../locales/de.js");
    case "tr": return import("../../../../locales/tr.js");
    case "id": return import("../../../../locales/id.js");
    case "hi": return import("../../../../locales/hi.js");
    case "th": return import("../../../../locales/th.js");
    case "ko": return import("../../../../locales/ko.js");
    case "ja": return import("../../../../locales/ja.js");
    case "zh-Hans": return import("../../../../locales/zh-Hans.js");
    case "ar": return import("../../../../locales/ar.js");
    default: return Promise.reject(new Error(`no locale module for ${tag}`));
  }
}

/** Per file of this package: how often its literal `import()` has failed. */
const importFailures = new Map();
/** Per file of this package: the URL it was imported from after a failure. */
const importedAgain = new Map();

/**
 * `literal()`, the literal `import()` of `path` (a file of this package),
 * and after it has failed once, the same file under a URL of its own.
 * Firefox keeps a failed `import()` failed for the page's life, as the HTML
 * standard said until whatwg/html#10327 (Gecko bug 2055211); Chromium and
 * WebKit fetch again (measured in tests/e2e/offline.html). So a module
 * missed while the network was gone would never arrive. Only for the plain
 * files: in a bundle, the chunk's URL is the bundler's to know.
 */
async function importAgain(path, literal) {
  const again = importedAgain.get(path);
  if (again) return import(/* @vite-ignore */ /* webpackIgnore: true */ again);
  const failures = importFailures.get(path) ?? 0;
  try {
    return await literal();
  } catch (error) {
    importFailures.set(path, failures + 1);
    const url = failures > 0 ? packageUrl(path) : null;
    if (!url) throw error;
    url.search = `?retry=${failures}`;
    const module = await import(/* @vite-ignore */ /* webpackIgnore: true */ url.href);
    importedAgain.set(path, url.href);
    return module;
  }
}

/**
 * The URL of `path` in this package when this file is served where the
 * build put it (`snippets/<crate>/src/web/glue.js`, four levels below
 * `wsclose.js`), else null: a bundler has moved this code (webpack even
 * makes `import.meta.url` a `file:` URL).
 */
function packageUrl(path) {
  const here = import.meta.url;
  if (!/^https?:/.test(here) || !here.endsWith("/src/web/glue.js")) return null;
  return new URL(`../../../../${path}`, here);
}

/**
 * The pack text of a locale module's default export `{tag, pack}`; rejects
 * with an Error starting `wsclose.loadLocale:` when the import fails or the
 * text is longer than `limit` (then it is never copied into wasm).
 */
export async function importLocale(tag, limit) {
  const file = `locales/${tag}.js`;
  let locale;
  try {
    locale = (await importAgain(file, () => importModule(tag))).default;
  } catch (error) {
    throw new Error(`wsclose.loadLocale: could not import ${file}: ${thrownText(error)}`);
  }
  const pack = locale !== null && typeof locale === "object" ? locale.pack : undefined;
  if (typeof pack !== "string") {
    throw new Error(`wsclose.loadLocale: ${file} has no pack text`);
  }
  if (pack.length > limit) {
    throw new Error(`wsclose.loadLocale: ${file} is longer than a locale pack (${limit})`);
  }
  return pack;
}

/**
 * The body of `url` as text; rejects with an Error starting `wsclose.loadLocale:`
 * that names the URL and the status or the network failure. Bodies larger
 * than `limit` bytes are refused here, before they are copied into wasm.
 */
export async function fetchText(url, limit) {
  let response;
  try {
    response = await fetch(url);
  } catch (error) {
    throw new Error(`wsclose.loadLocale: could not fetch ${url}: ${thrownText(error)}`);
  }
  if (!response.ok) {
    throw new Error(`wsclose.loadLocale: ${url} answered ${response.status} ${response.statusText}`.trim());
  }
  const length = Number(response.headers.get("content-length"));
  if (length > limit) {
    throw new Error(`wsclose.loadLocale: ${url} is ${length} bytes, more than a locale pack (${limit})`);
  }
  let text;
  try {
    text = await response.text();
  } catch (error) {
    throw new Error(`wsclose.loadLocale: could not read ${url}: ${thrownText(error)}`);
  }
  if (text.length > limit) {
    throw new Error(`wsclose.loadLocale: ${url} is longer than a locale pack (${limit} bytes)`);
  }
  return text;
}

/**
 * The UI module, `wsclose_ui.js` next to `wsclose.js`: Yew, the cards and
 * the dev overlay (`crates/ui`). This module has no Yew in it; the UI is
 * imported on first need with a literal `import()`, which every bundler
 * follows (each emits it as a chunk of its own, its wasm as an asset), and
 * initialized once. A failed load is forgotten, so the next need tries again.
 *
 * Every locale pack this module installs is handed to the UI module (kept
 * here until it loads), so a card speaks whatever the API has loaded
 * without loading anything itself.
 */
let ui = null;
let uiLoad = null;
let uiPrefetch = false;
const packs = new Map();
const nativeIdle = globalThis.requestIdleCallback;
const nativeSetTimeout = globalThis.setTimeout;

/** Resolves once the UI module is ready; rejects with an Error saying why not. */
export function loadUi() {
  if (!uiLoad) {
    uiLoad = importAgain("wsclose_ui.js", () => import("../../../../wsclose_ui.js"))
      .then(async (module) => {
        await module.default();
        for (const [tag, pack] of packs) shareWith(module, tag, pack);
        packs.clear();
        ui = module;
      })
      .catch((error) => {
        uiLoad = null;
        throw new Error(`could not load wsclose_ui.js: ${thrownText(error)}`);
      });
  }
  return uiLoad;
}

/**
 * Starts loading the UI module now, for a card about to be shown: the
 * import's network time then overlaps the rest of the caller's work (the
 * first `mount()` compiles much of this module's code). A failure here is
 * reported by the load that awaits it.
 */
export function startUi() {
  loadUi().catch(() => {});
}

/**
 * Starts loading the UI module once the page is idle (once): a watched
 * socket's close often comes with the network gone, when a module fetched
 * only then would fail to arrive. A failure here is quiet; the load is
 * tried again, and reported, when a close needs showing.
 */
export function prefetchUi() {
  if (uiLoad || uiPrefetch) return;
  uiPrefetch = true;
  const load = () => loadUi().catch(() => {});
  if (typeof nativeIdle === "function") nativeIdle.call(globalThis, load, { timeout: 2000 });
  else nativeSetTimeout.call(globalThis, load, 0);
}

/** Renders a serialized `View` into `mountPoint` (the UI module is loaded). */
export function uiRender(root, ownDocument, mountPoint, view) {
  return ui.render(root, ownDocument, mountPoint, view);
}

export function uiShow(rendered, view) {
  rendered.show(view);
}

export function uiDestroy(rendered) {
  rendered.destroy();
  rendered.free();
}

/** Hands an installed locale's pack to the UI module, or keeps it until that loads. */
export function sharePack(tag, pack) {
  if (ui) shareWith(ui, tag, pack);
  else packs.set(tag, pack);
}

/** One pack the UI module refuses costs its text only (a warning), not the module. */
function shareWith(module, tag, pack) {
  try {
    module.installLocale(tag, pack);
  } catch (error) {
    log("warn", `wsclose: the cards cannot have the ${tag} text:`, error);
  }
}

// The interop layer's JavaScript half (see `interop.rs`). Every function
// below that can run page code is imported with `catch`, so an exception
// from a getter, a Proxy trap or an override becomes a Rust `Err` instead of
// unwinding through wasm frames. The DOM methods wsclose calls on values it
// did not create are the native ones captured here when the module loads:
// an own property or a subclass override on the page's object is not
// called, and a Proxy or a forged object fails their brand check.

const nativeAddListener = EventTarget.prototype.addEventListener;
const nativeRemoveListener = EventTarget.prototype.removeEventListener;
const nativeNodeType = Object.getOwnPropertyDescriptor(Node.prototype, "nodeType").get;
const nativeOwnerDocument = Object.getOwnPropertyDescriptor(Node.prototype, "ownerDocument").get;
const nativeGetAttribute = Element.prototype.getAttribute;
const nativeClosest = Element.prototype.closest;
const nativeRemove = Element.prototype.remove;
const nativeShadowRoot = Object.getOwnPropertyDescriptor(Element.prototype, "shadowRoot").get;
const nativeAppendChild = Node.prototype.appendChild;
const nativeReadyState = Object.getOwnPropertyDescriptor(WebSocket.prototype, "readyState").get;
const nativeUrl = Object.getOwnPropertyDescriptor(WebSocket.prototype, "url").get;
const nativeBuffered = Object.getOwnPropertyDescriptor(WebSocket.prototype, "bufferedAmount").get;
const ownDocument = document;
// Captured too: the two calls below run while a wasm frame is on the stack,
// and a page may have replaced the globals.
const nativeStringify = JSON.stringify;
const NativeString = String;

/** A thrown value as text for an error message; never throws itself. */
export function thrownText(error) {
  try {
    if (error instanceof Error) {
      const name = typeof error.name === "string" ? error.name : "Error";
      const message = typeof error.message === "string" ? error.message : "";
      return `${name}: ${message}`.slice(0, 200);
    }
    if (typeof error === "string") return error.slice(0, 200);
    return `a thrown ${error === null ? "null" : typeof error}`;
  } catch {
    return "an exception that cannot be shown";
  }
}

/** `JSON.stringify(s)`, the native one: a string quoted for an error
 * message, and no Rust string escaper (`{:?}`) in the wasm. A string runs no
 * page code (`toJSON` is looked up on objects only). */
export function quoted(s) {
  return nativeStringify(s);
}

/** `String(n)`, the native one: JavaScript's spelling of a number, and no
 * float printer in the wasm. */
export function numberText(n) {
  return NativeString(n);
}

/** `Object.keys(object)`: runs a Proxy's `ownKeys` and `getOwnPropertyDescriptor` traps. */
export function ownKeys(object) {
  return Object.keys(object);
}

/** `Array.isArray`: throws for a revoked Proxy. */
export function isArray(value) {
  return Array.isArray(value);
}

/** Adds a listener with the native `addEventListener`. */
export function listen(target, type, listener) {
  nativeAddListener.call(target, type, listener);
}

/** Removes a listener added by `listen`. */
export function unlisten(target, type, listener) {
  nativeRemoveListener.call(target, type, listener);
}

/** Whether `value` is a real Element, of this document's realm or another's. */
export function isElement(value) {
  if (value === null || typeof value !== "object") return false;
  try {
    return nativeNodeType.call(value) === Node.ELEMENT_NODE;
  } catch {
    return false;
  }
}

/** The element's document, and whether it is the one wsclose was loaded in. */
export function ownerDocument(node) {
  return nativeOwnerDocument.call(node);
}

export function isOwnDocument(doc) {
  return doc === ownDocument;
}

export function attribute(element, name) {
  return nativeGetAttribute.call(element, name);
}

/** The `lang` of the element or of its nearest ancestor that has one. */
export function langOf(element) {
  const holder = nativeClosest.call(element, "[lang]");
  return holder ? nativeGetAttribute.call(holder, "lang") : null;
}

export function shadowRootOf(element) {
  return nativeShadowRoot.call(element);
}

export function appendTo(parent, child) {
  nativeAppendChild.call(parent, child);
}

export function removeNode(element) {
  nativeRemove.call(element);
}

/** `navigator.languages` as strings: its getter may be the page's (privacy shims). */
export function languages() {
  const list = navigator.languages;
  if (!Array.isArray(list)) return [];
  const out = [];
  const n = Math.min(list.length, 32);
  for (let i = 0; i < n; i++) {
    const tag = list[i];
    if (typeof tag === "string") out.push(tag);
  }
  return out;
}

/** The `rule` names of an `onClose` explanation's `diagnosis` array, if any. */
export function ruleNames(input) {
  if (input === null || typeof input !== "object") return [];
  const list = input.diagnosis;
  if (!Array.isArray(list)) return [];
  const out = [];
  const n = Math.min(list.length, 64);
  for (let i = 0; i < n; i++) {
    const entry = list[i];
    if (entry !== null && typeof entry === "object" && typeof entry.rule === "string") {
      out.push(entry.rule);
    }
  }
  return out;
}

/**
 * A real WebSocket's `readyState`, `url` and `bufferedAmount` through the
 * native getters: a forged socket (`Object.create(WebSocket.prototype)`) or
 * a Proxy throws "Illegal invocation" here, inside a `catch` import.
 */
export function socketState(ws) {
  return {
    readyState: nativeReadyState.call(ws),
    url: nativeUrl.call(ws),
    bufferedAmount: nativeBuffered.call(ws),
  };
}

/**
 * Makes `window.WebSocket` the wrapper and `WebSocket.prototype.constructor`
 * too, so `ws.constructor === WebSocket` holds while installed. Returns
 * false, with nothing changed, when the page made `window.WebSocket`
 * read-only (or a setter ignores the write).
 */
export function replaceWebSocket(win, original, proxy) {
  if (!Reflect.set(win, "WebSocket", proxy) || win.WebSocket !== proxy) {
    if (win.WebSocket === proxy) Reflect.set(win, "WebSocket", original);
    return false;
  }
  const prototype = original.prototype;
  const described = Object.getOwnPropertyDescriptor(prototype, "constructor");
  if (described && described.value === original && described.writable) {
    prototype.constructor = proxy;
  }
  return true;
}

/** Undoes `replaceWebSocket`; false when someone wrapped WebSocket after us. */
export function restoreWebSocket(win, original, proxy) {
  const prototype = original.prototype;
  if (prototype.constructor === proxy) prototype.constructor = original;
  if (win.WebSocket !== proxy) return false;
  Reflect.set(win, "WebSocket", original);
  return true;
}

// For speed rather than expressiveness: recording a watched
// socket's traffic. A page may push thousands of messages a second through
// it, and a listener that calls into wasm costs a crossing, a string key
// copied into JS and a few imports per message. Here each message and each
// send only bumps numbers on a plain object; Rust reads the object once, when
// the socket closes.

/**
 * The size of a message as `send()` takes it or `message` delivers it: a
 * string's UTF-16 length (no UTF-8 copy), an `ArrayBuffer`'s or view's
 * `byteLength`, a `Blob`'s `size`; 0 for anything else.
 */
function sizeOf(data) {
  if (typeof data === "string") return data.length;
  if (data instanceof ArrayBuffer) return data.byteLength;
  if (data === null || typeof data !== "object") return 0;
  const n = numberAt(data, "byteLength") ?? numberAt(data, "size");
  return n !== undefined && Number.isFinite(n) && n > 0 ? Math.floor(n) : 0;
}

/** `data[key]` if it is a number; a throwing getter is not a size. */
function numberAt(data, key) {
  try {
    const n = data[key];
    return typeof n === "number" ? n : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Shadows `ws[name]` with an own, non-enumerable property made by `wrap`
 * from the method the socket would call without us (its prototype's or a
 * subclass's). Returns the wrapper, or null when there is nothing to wrap,
 * the app already put its own `name` on the instance, or the socket is frozen.
 */
function wrapOwn(ws, name, wrap) {
  let original;
  try {
    original = ws[name];
  } catch {
    return null;
  }
  if (typeof original !== "function" || Object.hasOwn(ws, name)) return null;
  const wrapper = wrap(original);
  const defined = Reflect.defineProperty(ws, name, {
    value: wrapper, writable: true, configurable: true, enumerable: false,
  });
  return defined ? wrapper : null;
}

/** Deletes our wrapper, unless the app has replaced it since: then it is theirs. */
function unwrapOwn(ws, name, wrapper) {
  if (wrapper && Object.hasOwn(ws, name) && ws[name] === wrapper) {
    Reflect.deleteProperty(ws, name);
  }
}

/**
 * What one watched socket did, as plain numbers (times from `Date.now()`,
 * null for "never"). Every field is set in the constructor so that every
 * record has one shape and the per-message code stays monomorphic.
 */
class SocketRecord {
  constructor(ws) {
    this.openedAt = null;
    this.errorAt = null;
    this.messagesReceived = 0;
    this.bytesReceived = 0;
    this.lastReceivedAt = null;
    this.messagesSent = 0;
    this.bytesSent = 0;
    this.largestSent = 0;
    this.lastSentBytes = null;
    this.lastSentAt = null;
    /** The page's first successful `close(code, reason)`, arguments as passed. */
    this.closeCalledAt = null;
    this.closeCode = undefined;
    this.closeReason = undefined;
    this.socket = ws;
    /** How many watchers share this record (see `recordSocket`). */
    this.leases = 0;
    this.listeners = null;
    this.sendWrapper = null;
    this.closeWrapper = null;
  }

  /**
   * Gives up one watcher's share; the last one removes every listener and
   * wrapper the record added. Each watcher calls it once.
   */
  stop() {
    this.leases -= 1;
    if (this.leases > 0) return;
    const ws = this.socket;
    if (records.get(ws) === this) records.delete(ws);
    if (this.listeners) {
      for (const [type, listener] of this.listeners) nativeRemoveListener.call(ws, type, listener);
      this.listeners = null;
    }
    unwrapOwn(ws, "send", this.sendWrapper);
    unwrapOwn(ws, "close", this.closeWrapper);
    this.sendWrapper = null;
    this.closeWrapper = null;
  }
}

/** The record of each socket being watched. */
const records = new WeakMap();

/**
 * Starts recording `ws`: `open`, `message` and `error` listeners, and
 * own-property `send`/`close` wrappers on the instance (the prototype and
 * other sockets are untouched; `stop()` puts the instance back as it was).
 */
export function recordSocket(ws) {
  // A socket watched twice (two watch() calls, or watch() under install())
  // has one record: a second set of wrappers would find the first one's
  // own `send` and record nothing.
  const shared = records.get(ws);
  if (shared) {
    shared.leases += 1;
    return shared;
  }
  const record = new SocketRecord(ws);
  record.leases = 1;
  records.set(ws, record);
  record.listeners = [
    ["open", () => { record.openedAt = Date.now(); }],
    ["message", (event) => {
      record.messagesReceived += 1;
      record.bytesReceived += sizeOf(event.data);
      record.lastReceivedAt = Date.now();
    }],
    ["error", () => { record.errorAt = Date.now(); }],
  ];
  for (const [type, listener] of record.listeners) nativeAddListener.call(ws, type, listener);
  // Both wrappers forward `this` and exactly the arguments they were given
  // (`apply(this, arguments)`, which V8 does without copying), so a call
  // behaves as the native method's would: `ws.send()` still throws a
  // TypeError. They call it first: if it throws (a send while CONNECTING),
  // the app sees the same exception and nothing is recorded.
  record.sendWrapper = wrapOwn(ws, "send", (original) => function send(data) {
    const result = original.apply(this, arguments);
    if (this !== ws) return result;
    const bytes = sizeOf(data);
    record.messagesSent += 1;
    record.bytesSent += bytes;
    if (bytes > record.largestSent) record.largestSent = bytes;
    record.lastSentBytes = bytes;
    record.lastSentAt = Date.now();
    return result;
  });
  record.closeWrapper = wrapOwn(ws, "close", (original) => function close(code, reason) {
    const result = original.apply(this, arguments);
    if (this === ws && record.closeCalledAt === null) {
      record.closeCalledAt = Date.now();
      record.closeCode = code;
      record.closeReason = reason;
    }
    return result;
  });
  return record;
}

/** `console[level](message, detail)`; a page that replaced the console cannot make it throw into wasm. */
export function log(level, message, detail) {
  try {
    console[level](message, detail);
  } catch {
    // Nowhere left to report to.
  }
}
