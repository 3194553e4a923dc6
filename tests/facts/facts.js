// The facts page: produces one WebSocket situation per spec against the dev
// server and records what the page sees, nothing more. Plain script, no
// wsclose code: the point is what the browser itself hands page JavaScript.
//
// `cargo xtask facts` calls `wscloseFacts.start(specs, waitMs, connectMs)`
// over WebDriver and polls `window.__wscloseFacts` for `{results}` (or
// `{error}`). A socket that opens gets `waitMs` from `open` to close; one
// that does not gets `connectMs` from the constructor (generous when many
// sockets share the server: browsers connect them one at a time, RFC 6455
// §4.1, so a socket may wait its turn).
// A spec is `{key, path, protocols?, action?, code?, reason?, bytes?}`;
// `action` is what the page does itself: `close` (no argument), `closeWith`
// (`code`, `reason`), `send` (`bytes` characters) once open, or
// `closeWhileConnecting` right after the constructor.
'use strict';

(function () {
  /** Runs one spec; resolves with what the page saw in time. */
  function measure(spec, waitMs, connectMs) {
    return new Promise((resolve) => {
      const seen = { key: spec.key, opened: false, error: false, close: null, threw: null, ms: 0 };
      const t0 = performance.now();
      let done = false;
      let timer = null;
      const finish = () => {
        if (done) return;
        done = true;
        clearTimeout(timer);
        seen.ms = Math.round(performance.now() - t0);
        resolve(seen);
      };
      let ws;
      try {
        const url = `ws://${location.host}${spec.path}`;
        ws = spec.protocols ? new WebSocket(url, spec.protocols) : new WebSocket(url);
      } catch (e) {
        seen.threw = String(e);
        finish();
        return;
      }
      const act = (what) => {
        try {
          what();
        } catch (e) {
          seen.threw = String(e);
        }
      };
      // No close in time: record that, then let the socket go so the server
      // can release it.
      const giveUp = () => {
        finish();
        act(() => ws.close());
      };
      ws.addEventListener('open', () => {
        if (done) return;
        seen.opened = true;
        clearTimeout(timer);
        timer = setTimeout(giveUp, waitMs);
        if (spec.action === 'close') act(() => ws.close());
        if (spec.action === 'closeWith') act(() => ws.close(spec.code, spec.reason));
        if (spec.action === 'send') act(() => ws.send('x'.repeat(spec.bytes)));
      });
      // Only an `error` before `close` counts (the standard fires it first).
      ws.addEventListener('error', () => {
        if (!done && !seen.close) seen.error = true;
      });
      ws.addEventListener('close', (e) => {
        if (done) return;
        seen.close = { code: e.code, wasClean: e.wasClean, reason: e.reason };
        finish();
      });
      if (spec.action === 'closeWhileConnecting') act(() => ws.close());
      timer = setTimeout(giveUp, connectMs);
    });
  }

  function show(text) {
    const out = document.getElementById('out');
    if (out) out.textContent = text;
  }

  window.wscloseFacts = {
    /** Starts every spec at once; the results land in `window.__wscloseFacts`. */
    start(specs, waitMs, connectMs) {
      window.__wscloseFacts = null;
      show(`measuring ${specs.length} situation(s)…`);
      Promise.all(specs.map((spec) => measure(spec, waitMs, connectMs))).then(
        (results) => {
          window.__wscloseFacts = { results };
          show(JSON.stringify(results, null, 1));
        },
        (error) => {
          window.__wscloseFacts = { error: String((error && error.stack) || error) };
        },
      );
      return true;
    },
  };
})();
