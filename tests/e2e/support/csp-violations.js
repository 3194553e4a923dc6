// Classic script, first in csp.html's <head>: records every CSP violation
// from the start. The page must be served with the strict policy header, so
// without `?csp=strict` it reloads itself with it.
(() => {
  if (new URLSearchParams(location.search).get('csp') !== 'strict') {
    window.__cspRedirecting = true;
    location.replace(`${location.pathname}?csp=strict`);
    return;
  }
  if (window.parent !== window && typeof window.parent.__watchCsp === 'function') {
    // A frame of csp.html (the probe): listen from inside, before the body
    // is parsed. Firefox does not carry the listeners csp.html added to the
    // frame's initial about:blank Window over to the loaded document.
    window.parent.__watchCsp(window, document.currentScript.dataset.label || location.pathname);
    return;
  }
  const violations = [];
  window.__cspViolations = violations;
  /** Records the violations of `win` (this window or a same-origin frame's). */
  window.__watchCsp = (win, label) => {
    win.addEventListener('securitypolicyviolation', (e) => {
      violations.push(`${label}: ${e.violatedDirective} blocked ${e.blockedURI || '(inline)'} at ${e.sourceFile}:${e.lineNumber} ${e.sample || ''}`);
    }, true);
  };
  window.__watchCsp(window, location.pathname);
})();
