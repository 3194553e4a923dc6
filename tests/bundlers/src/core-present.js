// The lean core in a close handler, with a statically imported language:
// Spanish here, so that Vietnamese still reaches the page only through the
// widget's own import of its locale module.
import * as core from "wsclose/core";
import es from "wsclose/locales/es";

export async function coreCheck() {
  if (typeof core.default === "function") await core.default();
  const answer = core.explain({ code: 1009, reason: "", wasClean: true }, { locale: es });
  const english = core.explain(1009, { locale: "en" });
  return { locale: answer.locale, title: answer.title, english: english.title, delay: core.reconnectDelay(1012, 0) };
}
