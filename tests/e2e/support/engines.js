// What this page's browser engine shows a page, from crates/core/src/engines.rs: the
// runner passes `?engine=chromium|firefox|webkit` and serves the table as
// /tests/data/engines.json, so a test expects what its engine really does
// instead of restating a browser fact (the facts suite checks the table).

/** `chromium`, `firefox` or `webkit` (Chromium when opened by hand). */
export const engine = new URLSearchParams(location.search).get('engine') || 'chromium';

let table = null;

/**
 * What the page sees in `situation` (as `crates/core/src/engines.rs` names it, e.g.
 * `ServerCloses(1012)`): `{code, wasClean, reason, opened, error}`, or null
 * when no close comes in time.
 */
export async function seen(situation) {
  if (!table) {
    const response = await fetch('/tests/data/engines.json');
    if (!response.ok) throw new Error(`engines.json: HTTP ${response.status}`);
    table = await response.json();
  }
  const column = table[engine];
  if (!column) throw new Error(`engines.json has no engine ${engine}`);
  if (!(situation in column)) throw new Error(`engines.json has no situation ${situation}`);
  return column[situation];
}
