// The JavaScript wasm-bindgen cannot express from Rust (a class that extends
// HTMLElement, a Proxy whose construct trap can be switched off, a URL
// relative to this module), and the one hot path kept out of wasm for speed.

/**
 * Wraps a constructor so that every instance is passed to `onCreate`.
 * `instanceof`, static members (WebSocket.OPEN) and subclassing keep working
 * because the Proxy forwards everything except `construct`.
 */
export function wrapConstructor(Original, onCreate) {
  let hook = onCreate;
  const proxy = new Proxy(Original, {
    construct(target, args, newTarget) {
      const instance = Reflect.construct(target, args, newTarget === proxy ? target : newTarget);
      if (hook) {
        try {
          hook(instance);
        } catch (error) {
          console.error("wsclose: could not watch a new WebSocket", error);
        }
      }
      return instance;
    },
  });
  // After detach the proxy is a plain pass-through, so code that kept a
  // reference to it still works and the Rust closure can be freed safely.
  return { proxy, detach() { hook = null; } };
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
 * Where a locale pack lives by default: `locales/` next to `wsclose.js`.
 * This file is wasm-bindgen's `snippets/<crate>/src/web/glue.js`, four
 * levels below it.
 */
export function localeUrl(file) {
  return new URL(`../../../../locales/${file}`, import.meta.url).href;
}

/** The body of `url` as text; rejects with an Error naming the URL and status. */
export async function fetchText(url) {
  const response = await fetch(url);
  if (!response.ok) {
    throw new Error(`wsclose: ${url} answered ${response.status} ${response.statusText}`.trim());
  }
  return response.text();
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
    this.listeners = null;
    this.sendWrapper = null;
    this.closeWrapper = null;
  }

  /** Removes every listener and wrapper the record added. Safe to call twice. */
  stop() {
    const ws = this.socket;
    if (this.listeners) {
      for (const [type, listener] of this.listeners) ws.removeEventListener(type, listener);
      this.listeners = null;
    }
    unwrapOwn(ws, "send", this.sendWrapper);
    unwrapOwn(ws, "close", this.closeWrapper);
    this.sendWrapper = null;
    this.closeWrapper = null;
  }
}

/**
 * Starts recording `ws`: `open`, `message` and `error` listeners, and
 * own-property `send`/`close` wrappers on the instance (the prototype and
 * other sockets are untouched; `stop()` puts the instance back as it was).
 */
export function recordSocket(ws) {
  const record = new SocketRecord(ws);
  record.listeners = [
    ["open", () => { record.openedAt = Date.now(); }],
    ["message", (event) => {
      record.messagesReceived += 1;
      record.bytesReceived += sizeOf(event.data);
      record.lastReceivedAt = Date.now();
    }],
    ["error", () => { record.errorAt = Date.now(); }],
  ];
  for (const [type, listener] of record.listeners) ws.addEventListener(type, listener);
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
