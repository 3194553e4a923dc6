// The widget, watch() with the overlay, install(), the custom element and a
// site pair page, on a page served with the strict CSP header (`?csp=strict`,
// Trusted Types required): everything works and not one violation is reported.
import { test, assert, assertEq, waitFor, nextEvent, run, wsUrl } from './harness.js';
import init, { mount, watch, install, explain } from '/pkg/wsclose.js';

const violations = window.__cspViolations;
const stage = document.getElementById('stage');
const shown = (root, code) => root && root.querySelector(`[data-close-code="${code}"]`);
const overlay = () => document.querySelector('[data-wsclose="overlay"]');
const noViolations = (what) => assertEq(violations, [], `CSP violations after ${what}`);

/** A same-origin frame whose violations are recorded from its first byte:
 *  the initial about:blank Window is reused by a same-origin navigation,
 *  listeners included, so listening before setting `src` misses nothing. */
async function frame(src, label) {
  const f = document.createElement('iframe');
  f.width = '900';
  f.height = '600';
  document.getElementById('frames').append(f);
  window.__watchCsp(f.contentWindow, label);
  const loaded = new Promise((resolve) => f.addEventListener('load', resolve, { once: true }));
  f.src = src;
  await loaded;
  if (f.contentWindow !== null) window.__watchCsp(f.contentWindow, `${label} (after load)`);
  return f;
}

if (!window.__cspRedirecting) {
  let ready = true;
  try {
    await init();
  } catch (error) {
    ready = false;
    test('init() loads the built module under the strict CSP', () => { throw error; });
  }

  test('the page really is under the strict policy (a probe frame is caught)', async () => {
    const f = await frame('/tests/e2e/fixtures/csp-probe.html?csp=strict', 'probe');
    await waitFor(() => violations.some((v) => v.startsWith('probe')), 3000, 'the probe violation');
    violations.splice(0, violations.length); // the probe's, on purpose
    f.remove();
    // This page itself: an inline style is refused.
    const p = document.createElement('p');
    p.setAttribute('style', 'color: red');
    document.body.append(p);
    await waitFor(() => violations.length > 0, 3000, 'the inline-style violation of this page');
    violations.splice(0, violations.length);
    p.remove();
  });

  if (ready) {
    test('mount() renders, styled by the adopted stylesheet', async () => {
      const widget = mount(stage, { code: 1009, reason: '<b>x</b>', wasClean: true, locale: 'vi' });
      const host = stage.querySelector('[data-wsclose="widget"]');
      const root = await waitFor(() => shown(host.shadowRoot, 1009), 5000, 'the widget');
      assert(host.shadowRoot.adoptedStyleSheets.length > 0, 'an adopted stylesheet');
      assert(getComputedStyle(root).display !== 'inline', 'the stylesheet applies');
      assertEq(root.querySelector('[data-part=reason]').textContent, '<b>x</b>');
      widget.destroy();
      noViolations('mount');
    });

    test('watch() with the overlay shows a real close', async () => {
      const ws = new WebSocket(wsUrl('/ws/close/1011?reason=oops'));
      const watcher = watch(ws, { locale: 'en' });
      await nextEvent(ws, 'close');
      const root = await waitFor(() => overlay() && shown(overlay().shadowRoot, 1011), 5000, 'the overlay');
      assertEq(root.querySelector('[data-part=summary]').textContent, explain(1011, { locale: 'en' }).summary.replaceAll('`', ''));
      assert(overlay().shadowRoot.adoptedStyleSheets.length >= 2, 'widget and overlay sheets adopted');
      watcher.stop();
      assert(!overlay(), 'overlay removed');
      noViolations('watch');
    });

    test('install() and a socket closing', async () => {
      const installation = install({ locale: 'ja' });
      try {
        const ws = new WebSocket(wsUrl('/ws/close/4000?reason=bye'));
        await nextEvent(ws, 'close');
        await waitFor(() => overlay() && shown(overlay().shadowRoot, 4000), 5000, 'the overlay');
      } finally {
        installation.uninstall();
      }
      noViolations('install');
    });

    test('<ws-close-explainer> renders', async () => {
      const el = document.createElement('ws-close-explainer');
      el.setAttribute('code', '1006');
      el.setAttribute('lang', 'ar');
      stage.append(el);
      // The Arabic text is a pack fetched under `connect-src 'self'`.
      const root = await waitFor(() => {
        const r = shown(el.shadowRoot, 1006);
        return r && r.getAttribute('lang') === 'ar' && r;
      }, 5000, 'the element, in Arabic');
      assertEq(root.getAttribute('dir'), 'rtl');
      el.remove();
      noViolations('the custom element');
    });

    test('a site pair page hydrates in a frame under the strict policy', async () => {
      const f = await frame('/en/compare/1000-vs-1009/?csp=strict', 'site');
      const win = f.contentWindow;
      await waitFor(() => win.document.documentElement.dataset.site, 15000, 'the site to start');
      assertEq(win.document.documentElement.dataset.site, 'hydrated');
      assert(win.document.querySelector('table'), 'the comparison table');
      noViolations('the site pair page');
    });
  }

  test('no CSP violation at all', () => noViolations('everything'));
  await run();
}
