// The two things wasm-bindgen cannot express from Rust: a class that extends
// HTMLElement, and a Proxy whose construct trap can be switched off.

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
