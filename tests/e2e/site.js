import { test, assert, assertEq, run, waitFor, wsUrl } from './harness.js';

/** Console warnings, errors and uncaught exceptions of every loaded page. */
const logged = [];
window.__siteTestHook = (w) => {
  for (const level of ['warn', 'error']) {
    const original = w.console[level].bind(w.console);
    w.console[level] = (...args) => {
      logged.push(`${w.location.pathname}: console.${level}: ${args.map(String).join(' ')}`);
      original(...args);
    };
  }
  w.addEventListener('error', (e) => logged.push(`${w.location.pathname}: error: ${e.message}`));
  w.addEventListener('unhandledrejection', (e) =>
    logged.push(`${w.location.pathname}: unhandled rejection: ${e.reason}`));
};

let frame = null;

/** The page in the frame once its wasm has started (or failed). */
async function started(path, how) {
  const win = await waitFor(() => {
    const w = frame.contentWindow;
    try {
      if (w.location.pathname !== path) return null;
      return w.document.documentElement.dataset.site ? w : null;
    } catch (_) {
      return null;
    }
  }, 15000, `${path} to start`);
  assertEq(win.document.documentElement.dataset.site, how, `${path} boot`);
  assertEq(logged, [], 'console warnings or errors');
  return win;
}

/** Loads `path` in a fresh iframe and waits for `expected` (the final path) to start. */
async function load(path, how = 'hydrated', expected = path) {
  if (frame) frame.remove();
  frame = document.createElement('iframe');
  frame.width = '1000';
  frame.height = '700';
  frame.src = path;
  document.getElementById('frames').append(frame);
  return started(expected, how);
}

function pick(doc, id, value) {
  const select = doc.getElementById(id);
  select.value = String(value);
  select.dispatchEvent(new Event('change', { bubbles: true }));
}

async function type(win, input, text) {
  input.value = text;
  input.dispatchEvent(new win.InputEvent('input', { bubbles: true }));
  // Yew re-renders on its scheduler: wait for the results to follow.
  await new Promise((r) => setTimeout(r, 50));
}

function resultCodes(doc) {
  return [...doc.querySelectorAll('.results li[data-code]')].map((li) => Number(li.dataset.code));
}

test('a pair page hydrates and has the side-by-side table', async () => {
  const win = await load('/en/compare/1000-vs-1009/');
  const doc = win.document;
  assertEq(doc.documentElement.lang, 'en');
  assert(doc.title.includes('1000') && doc.title.includes('1009'), doc.title);
  assertEq(doc.querySelectorAll('table.diff tbody tr').length, 8);
  assertEq(doc.querySelector('tr[data-row="close-allowed"]').dataset.differs, 'true');
  assert(doc.querySelector('.when').textContent.includes('Both are codes an endpoint chooses'));
});

test('the pair picker opens the canonical pair, and swap swaps', async () => {
  let win = await load('/en/compare/1000-vs-1009/');
  pick(win.document, 'pick-a', 1011);
  pick(win.document, 'pick-b', 1006);
  win.document.querySelector('.picker button[type="submit"]').click();
  win = await started('/en/compare/1006-vs-1011/', 'hydrated');
  pick(win.document, 'pick-a', 1012);
  pick(win.document, 'pick-b', 1001);
  win.document.querySelector('.picker [data-action="swap"]').click();
  await waitFor(() => win.document.getElementById('pick-a').value === '1001', 3000, 'swap');
  assertEq(win.document.getElementById('pick-b').value, '1012');
  win.document.querySelector('.picker button[type="submit"]').click();
  await started('/en/compare/1001-vs-1012/', 'hydrated');
});

test('the language switcher keeps the pair', async () => {
  const win = await load('/en/compare/1005-vs-1006/');
  const link = win.document.querySelector('.languages a[hreflang="vi"]');
  assertEq(link.getAttribute('href'), '/vi/compare/1005-vs-1006/');
  link.click();
  const vi = await started('/vi/compare/1005-vs-1006/', 'hydrated');
  assertEq(vi.document.documentElement.lang, 'vi');
  const ar = vi.document.querySelector('.languages a[hreflang="ar"]');
  assertEq(ar.getAttribute('href'), '/ar/compare/1005-vs-1006/');
});

test('search finds codes by number and by words', async () => {
  const win = await load('/en/');
  const doc = win.document;
  const input = doc.getElementById('search-input');
  await type(win, input, '1006');
  await waitFor(() => resultCodes(doc).length, 3000, 'results for 1006');
  assertEq(resultCodes(doc), [1006]);
  assertEq(doc.querySelector('.search-count').textContent, '1 matching code');
  await type(win, input, 'too big');
  await waitFor(() => resultCodes(doc)[0] === 1009, 3000, '1009 first for "too big"');
  await type(win, input, 'proxy');
  await waitFor(() => resultCodes(doc).includes(1014) && resultCodes(doc).includes(1006), 3000,
    '1014 and 1006 for "proxy"');
  assertEq(logged, []);
});

test('the live check explains a close with 4001', async () => {
  const win = await load('/en/');
  const doc = win.document;
  doc.getElementById('live-url').value = wsUrl('/ws/close/4001?reason=x');
  doc.querySelector('.live-form button[type="submit"]').click();
  const card = await waitFor(() => doc.querySelector('.live .wsclose[data-close-code="4001"]'), 8000,
    'the explainer for 4001');
  assert(card.querySelector('[data-part="reason"]').textContent.includes('x'));
  assertEq(logged, []);
});

test('the reverse pair URL ends on the canonical one', async () => {
  await load('/en/compare/1009-vs-1000/', 'hydrated', '/en/compare/1000-vs-1009/');
});

test('a code without a file gets a generated page', async () => {
  const win = await load('/en/4001/', 'rendered');
  assert(win.document.querySelector('.wsclose[data-close-code="4001"]'), 'explainer');
  assert(win.document.title.includes('4001'), win.document.title);
  const pair = await load('/es/compare/2000-vs-3500/', 'rendered');
  assertEq(pair.document.documentElement.lang, 'es');
  assertEq(pair.document.querySelectorAll('table.diff tbody tr').length, 8);
});

test('bad URLs show a helpful page', async () => {
  let win = await load('/en/compare/abc-vs-1000/', 'rendered');
  let box = win.document.querySelector('.not-found[data-reason="code"]');
  assert(box && box.textContent.includes('abc'), 'names the bad code');
  assert(win.document.querySelectorAll('.code-grid a').length >= 19, 'links to every code');
  win = await load('/en/99999/', 'rendered');
  assert(win.document.querySelector('.not-found[data-reason="code"]'));
  win = await load('/xx/', 'rendered');
  box = win.document.querySelector('.not-found[data-reason="locale"]');
  assertEq(box.querySelectorAll('.locale-links a').length, 14);
});

test('an Arabic page is right to left, with code and units isolated left to right', async () => {
  const win = await load('/ar/1006/');
  const doc = win.document;
  assertEq(doc.documentElement.dir, 'rtl');
  assertEq(doc.documentElement.lang, 'ar');
  const codes = [...doc.querySelectorAll('main code')];
  assert(codes.length > 0, 'code spans');
  for (const code of codes) {
    assertEq(win.getComputedStyle(code).direction, 'ltr', `direction of ${code.textContent}`);
    assertEq(win.getComputedStyle(code.closest('[dir]')).unicodeBidi, 'isolate', 'isolated');
  }
  const ar1009 = await load('/ar/1009/');
  const units = [...ar1009.document.querySelectorAll('bdi[dir="ltr"]')].map((b) => b.textContent);
  assert(units.some((u) => /^\d[\d,.]*\s(KiB|MiB|KB|MB|B|bytes)$/.test(u)), `number+unit runs: ${units}`);
});

test('a range page looks up a code from ?code=, and its form is a plain GET', async () => {
  let win = await load('/en/4000-4999/?code=4001', 'rendered', '/en/4000-4999/');
  let doc = win.document;
  assert(doc.querySelector('.wsclose[data-close-code="4001"]'), 'explains 4001');
  const form = doc.querySelector('form.lookup');
  assertEq(form.getAttribute('method'), 'get');
  assertEq(form.getAttribute('action'), '/en/4000-4999/');
  doc.getElementById('lookup-code').value = '4321';
  form.querySelector('button[type="submit"]').click();
  win = await waitFor(() => {
    const w = frame.contentWindow;
    try {
      return w.location.search === '?code=4321' && w.document.documentElement.dataset.site ? w : null;
    } catch (_) {
      return null;
    }
  }, 15000, 'the lookup of 4321');
  assert(win.document.querySelector('.wsclose[data-close-code="4321"]'), 'explains 4321');
  // A code of another range or with its own page goes there.
  await load('/en/4000-4999/?code=3500', 'rendered', '/en/3000-3999/');
  await load('/en/4000-4999/?code=1006', 'hydrated', '/en/1006/');
});

test('the pair picker works as a GET form to the pair list, which forwards to the pair', async () => {
  const win = await load('/en/compare/');
  const form = win.document.querySelector('.picker form');
  assertEq(form.getAttribute('action'), '/en/compare/');
  assertEq(win.document.querySelectorAll('.pair-index a').length, 171);
  await load('/en/compare/?a=1011&b=1006', 'hydrated', '/en/compare/1006-vs-1011/');
});

test('code pages read the close event, show each engine and cite their sources', async () => {
  const win = await load('/en/1006/');
  const doc = win.document;
  const snippet = doc.querySelector('.snippet pre').textContent;
  for (const part of ['event.code === 1006', 'event.reason', 'event.wasClean']) {
    assert(snippet.includes(part), snippet);
  }
  assertEq([...doc.querySelectorAll('.browsers tbody th')].map((th) => th.textContent),
    ['Chromium', 'Firefox', 'WebKit']);
  assert(doc.querySelectorAll('.sources a[href^="https://"]').length >= 2, 'sources');
  assert(!doc.body.textContent.includes('Every fact here comes from'), 'no blanket source claim');
  assertEq(doc.querySelectorAll('.breadcrumb a').length, 2);
  assertEq(doc.querySelectorAll('h2').length, new Set([...doc.querySelectorAll('h2')].map((h) => h.textContent)).size,
    'no heading twice');
});

test('a pair page puts the differences first and links related pairs', async () => {
  const win = await load('/en/compare/1000-vs-1006/');
  const doc = win.document;
  const table = doc.querySelector('section.differences');
  const cards = doc.querySelector('.pair-columns');
  assert(table.compareDocumentPosition(cards) & Node.DOCUMENT_POSITION_FOLLOWING, 'table before cards');
  assert(doc.querySelectorAll('.related a').length > 0, 'related pairs');
  assert(!doc.querySelector('.intro').textContent.includes('After 1000: No:'), 'no doubled colon');
});

run();
