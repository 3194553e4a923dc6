// `/`: sends the visitor to the first of their languages the site speaks.
// The page itself lists every language, so without JavaScript nothing is lost.
const links = [...document.querySelectorAll('a[hreflang]')];
const tags = links.map((a) => a.hreflang);
function pick(preferred) {
  for (const pref of preferred) {
    let primary = String(pref).trim().split(/[-_]/)[0].toLowerCase();
    if (primary === 'in') primary = 'id'; // old Java/Android code for Indonesian
    const tag = tags.find((t) => t.split('-')[0].toLowerCase() === primary);
    if (tag) return tag;
  }
  return 'en';
}
const tag = pick(navigator.languages && navigator.languages.length ? navigator.languages : [navigator.language || 'en']);
const link = links.find((a) => a.hreflang === tag);
if (link && !new URLSearchParams(location.search).has('stay')) location.replace(link.href);
