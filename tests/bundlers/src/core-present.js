// The lean core in a close handler, with a statically imported language:
// Spanish here, so that Vietnamese still reaches the page only through the
// widget's own import of its locale module. No init, no await: the core
// answers synchronously.
import { explain, reconnectDelay } from "wsclose/core";
import es from "wsclose/locales/es";

export async function coreCheck() {
  const answer = explain({ code: 1009, reason: "", wasClean: true }, { locale: es });
  const english = explain(1009, { locale: "en" });
  return { locale: answer.locale, title: answer.title, english: english.title, delay: reconnectDelay(1012, 0) };
}
