// wsclose/core: explain() and reconnectDelay() with no widget and no await.
// The same answers and errors as the full API (wsclose.d.ts); other
// languages come from locale modules imported statically.

/**
 * A BCP 47 tag (the closest supported locale is used, English if none; a
 * locale whose module was not passed yet answers in English, with
 * `locale: "en"`), or a locale module's default export, whose text is
 * installed on the spot: `import vi from "wsclose/locales/vi"`.
 */
export type Locale = string | LocaleModule;

/** The default export of `wsclose/locales/<tag>`. */
export interface LocaleModule {
  readonly tag: string;
  readonly pack: string;
}

/**
 * "on-user-action" is 1013's: its registered definition asks clients to
 * reconnect to the same server only when the user asks.
 */
export type Reconnect = "never" | "with-backoff" | "after-fix" | "app-defined" | "on-user-action";

/** A document a statement comes from: a specification section, the IANA
 * registry, or a library's documentation or source file. */
export interface Source {
  /** The same in every language, e.g. "RFC 6455 §7.4.1". */
  label: string;
  url: string;
}

export type Engine = "chromium" | "firefox" | "webkit";

/** What one browser engine shows a page for a server's Close frame with this code. */
export interface EngineSeen {
  engine: Engine;
  /** `CloseEvent.code`; null when no close event arrives within 5 s. */
  code: number | null;
  wasClean: boolean | null;
}

export type CodeKind =
  | "invalid" | "standard" | "reserved" | "unassigned"
  | "registered" | "unregistered" | "private";

/** A close to explain: `CloseEvent` itself, or its three fields. */
export interface CloseInput {
  code: number;
  reason?: string;
  wasClean?: boolean;
}

export interface ExplainOptions {
  /** Defaults to the browser's preferred languages (`navigator.languages`). */
  locale?: Locale;
}

export interface Explanation {
  code: number;
  /** The registered English name, e.g. "Message Too Big". */
  name: string;
  /** The name in `locale`. */
  title: string;
  kind: CodeKind;
  summary: string;
  cause: string;
  fix: string;
  /**
   * "browser" for 1005 and 1006, which the browser reports itself;
   * "non-browser" for 1015, which RFC 6455 reserves for non-browser clients
   * reporting a failed TLS handshake (browsers report that as 1006).
   */
  producedBy: "peer" | "browser" | "non-browser";
  sentInCloseFrame: boolean;
  /** Whether page JavaScript may pass this code to `WebSocket.close()`. */
  closeAllowed: boolean;
  reconnect: Reconnect;
  reconnectReason: string;
  reference: string;
  /** Every document the text relies on, the defining one (`reference`) first. */
  sources: Source[];
  /**
   * What Chromium, Firefox and WebKit show for a server's close with this
   * code (measured); empty when all three show the code as sent.
   */
  engines: EngineSeen[];
  /** `engines` in a sentence of `locale`; null when `engines` is empty. */
  engineNote: string | null;
  /** The locale actually used. */
  locale: string;
  reason?: string;
  wasClean?: boolean;
}

/** An explanation from the full API's `onClose`: its diagnosis refines the delay. */
export interface DiagnosedClose extends CloseInput {
  diagnosis?: { rule: string }[];
}

export interface ReconnectOptions {
  /** The first backoff ceiling in ms (default 1000): attempt n waits at most baseMs × 2^n. */
  baseMs?: number;
  /** The longest wait in ms (default 30000), floors included. */
  maxMs?: number;
  /** What your own 4000–4999 codes mean; unlisted ones give `null`. */
  appCodes?: Record<number, "never" | "with-backoff" | "after-fix">;
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
