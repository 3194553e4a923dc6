// Boot script of the comparison site: loads the site's wasm and lets it
// hydrate the prerendered page (or render the route 404.html stands in for).
// If anything fails, the prerendered HTML stays as it is: fully readable.
// External on purpose: pages run under `script-src 'self' 'wasm-unsafe-eval'`.

// Same-origin test pages load the site in an iframe and watch its console
// from before the wasm starts.
try {
  const hook = window.parent !== window && window.parent.__siteTestHook;
  if (typeof hook === 'function') hook(window);
} catch (_) {
  // A cross-origin parent: nothing to tell it.
}

const root = document.documentElement;
try {
  const site = await import('/site/pkg/wsclose.js');
  await site.default({ module_or_path: '/site/pkg/wsclose_bg.wasm' });
  root.dataset.site = site.boot_site();
  // For `cargo xtask bench`: when hydration finished, next to first-contentful-paint.
  performance.mark('wsclose-site-started');
} catch (err) {
  root.dataset.site = 'failed';
  console.error('wsclose site: the page stays static because the wasm did not start:', err);
}
