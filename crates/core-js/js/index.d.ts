// wsclose/core: explain() and reconnectDelay() with no widget and no await.
// The same answers and errors as the full API, so the same types: the full
// API's (wsclose.d.ts, one directory up both in dist/pkg/ and in the npm
// package), not a copy that could drift from them. Other languages come
// from locale modules imported statically.

import type { CloseInput, Explanation, ExplainOptions, LocaleModule, ReconnectOptions } from "../wsclose.js";

export type {
  CloseInput,
  CodeKind,
  Engine,
  EngineSeen,
  Explanation,
  ExplainOptions,
  LocaleModule,
  Reconnect,
  ReconnectOptions,
  Source,
} from "../wsclose.js";

/**
 * A BCP 47 tag (the closest supported locale is used, English if none; a
 * locale whose module was not passed yet answers in English, with
 * `locale: "en"`), or a locale module's default export, whose text is
 * installed on the spot: `import vi from "wsclose/locales/vi"`.
 */
export type Locale = string | LocaleModule;

/** An explanation from the full API's `onClose`: its diagnosis refines the delay. */
export interface DiagnosedClose extends CloseInput {
  diagnosis?: { rule: string }[];
}

/**
 * Explains a close code, a `CloseEvent`, or `{code, reason?, wasClean?}`.
 *
 * Throws an `Error` ("wsclose.explain: …") for anything that is not a close
 * code: a string, NaN, a fraction, a negative number or one above 65535, an
 * unknown option, a locale module that is not one. Every integer in 0–65535
 * gets an answer, including the invalid ones (`kind: "invalid"`).
 */
export function explain(input: number | CloseEvent | CloseInput, options?: ExplainOptions): Explanation;

/**
 * Milliseconds to wait before reconnect attempt `attempt` (0 for the first
 * retry after this close), or `null` for "don't reconnect automatically".
 * Every wait is random within a window and never longer than `maxMs`:
 * exponential backoff with full jitter; a random 5–30 s after 1012; `null`
 * after 1013 (reconnect when the user asks); at least 5 s in a reconnect
 * storm (pass the full API's `onClose` explanation). Codes 4000–4999 are
 * `null` unless `options.appCodes` maps them.
 */
export function reconnectDelay(
  input: number | CloseEvent | CloseInput | DiagnosedClose,
  attempt: number,
  options?: ReconnectOptions,
): number | null;
