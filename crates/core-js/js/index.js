// wsclose/core: explain() and reconnectDelay() for a close handler, with
// no widget and no await. Built by `cargo xtask build` into
// dist/pkg/core/index.js, which carries the wasm of crates/core-js inline
// (see crates/core-js/src/lib.rs for why, and for the record format).
//
// This file is the module's edge: every page value (the event's getters,
// the options, a locale module, navigator.languages, Math.random) is read
// here, in plain JavaScript inside `try`, before the wasm runs; the wasm
// imports nothing, so page code never runs under a wasm frame. Bad input
// throws an Error whose message starts with `wsclose.<function>:`, in the
// words of the full API (src/web/input.rs, src/web/reconnect.rs).

/** The wasm, one character per byte; `cargo xtask build` fills it in. */
const WASM = "__WSCLOSE_CORE_WASM__";
/** Separates the fields of the wasm's records and lists. */
const SEP = "\x1e";
/** The largest locale pack taken, in bytes (as the full API). */
const PACK_LIMIT = 1048576;
const ADVICE = ["never", "with-backoff", "after-fix"];

let core = null;
let encoder;
let decoder;

/** The wasm's exports, compiled synchronously on first use. */
function wasm(api) {
  if (!core) {
    try {
      const bytes = new Uint8Array(WASM.length);
      // The build swapped 0 and 0x1f (ZERO_STAND_IN in xtask/src/corejs.rs),
      // one character instead of `\0`; every e2e test of the core fails if
      // the two disagree.
      for (let i = 0; i < WASM.length; i++) {
        const c = WASM.charCodeAt(i);
        bytes[i] = c === 31 ? 0 : c || 31;
      }
      encoder = new TextEncoder();
      decoder = new TextDecoder();
      core = new WebAssembly.Instance(new WebAssembly.Module(bytes), {}).exports;
    } catch (error) {
      fail(api, `cannot start its WebAssembly: ${thrownText(error)}`);
    }
  }
  return core;
}

/** Writes UTF-8 bytes (or a string) as the wasm's input. */
function put(text) {
  const bytes = typeof text === "string" ? encoder.encode(text) : text;
  const at = core.input(bytes.length) >>> 0;
  new Uint8Array(core.memory.buffer, at, bytes.length).set(bytes);
}

/** The wasm's last answer, `len` bytes long. */
function answer(len) {
  return decoder.decode(new Uint8Array(core.memory.buffer, core.output() >>> 0, len >>> 0));
}

function fail(api, message) {
  throw new Error(`wsclose.${api}: ${message}`);
}

/** A thrown value as text, without running the page's code more than reading it. */
function thrownText(error) {
  try {
    if (error instanceof Error) {
      const name = typeof error.name === "string" ? error.name : "Error";
      const message = typeof error.message === "string" ? error.message : "";
      return `${name}: ${message}`.slice(0, 200);
    }
    if (typeof error === "string") return error.slice(0, 200);
    return `a thrown ${error === null ? "null" : typeof error}`;
  } catch {
    return "an exception that cannot be shown";
  }
}

// Captured at load, as the full API's glue captures it: a page may replace
// the global later.
const nativeStringify = JSON.stringify;

/** A string quoted as the full API's messages quote it (`JSON.stringify`). */
function quote(text) {
  return nativeStringify(text);
}

/** A short description of a value for error messages; only type checks. */
function describe(value) {
  switch (typeof value) {
    case "string":
      return `${quote(Array.from(value).slice(0, 40).join(""))} (a string)`;
    case "number":
      return String(value);
    case "undefined":
      return "undefined";
    case "boolean":
      return `${value} (a boolean)`;
    case "function":
      return "a function";
  }
  return value === null ? "null" : `an ${typeof value}`;
}

/** `object[key]`; a getter or Proxy trap that throws is the page's error, reported. */
function read(api, object, key) {
  try {
    return object[key];
  } catch (error) {
    return fail(api, `reading ${key} threw ${thrownText(error)}`);
  }
}

/** An optional field of a type: absent is undefined, the wrong type throws. */
function optional(api, object, key, type, expected) {
  const value = read(api, object, key);
  if (value === undefined || value === null) return undefined;
  if (typeof value !== type) fail(api, `${key} must be ${expected}, got ${describe(value)}`);
  return value;
}

function code(api, value) {
  if (typeof value !== "number") {
    fail(api, `code must be a number from 0 to 65535, got ${describe(value)}`);
  }
  if (!(Number.isInteger(value) && value >= 0 && value <= 65535)) {
    fail(api, `code must be an integer from 0 to 65535, got ${describe(value)}`);
  }
  return value;
}

/** A close from a code, a CloseEvent or `{code, reason?, wasClean?}`. */
function close(api, value) {
  if (typeof value === "number") return { code: code(api, value) };
  if (typeof value !== "object" || value === null) {
    fail(api, `expected a close code, a CloseEvent or {code, reason, wasClean}, got ${describe(value)}`);
  }
  return {
    code: code(api, read(api, value, "code")),
    reason: optional(api, value, "reason", "string", "a string"),
    wasClean: optional(api, value, "wasClean", "boolean", "a boolean"),
  };
}

/** An options object whose keys must all be known: `{lcoale: "vi"}` throws. */
function options(api, value, known) {
  if (value === undefined || value === null) return null;
  if (typeof value !== "object") fail(api, `options must be an object, got ${describe(value)}`);
  let keys;
  try {
    keys = Object.keys(value);
  } catch (error) {
    fail(api, `reading the option names threw ${thrownText(error)}`);
  }
  for (let i = 0; i < keys.length; i++) {
    if (known.indexOf(keys[i]) < 0) {
      fail(api, `unknown option ${quote(keys[i])} (known: ${known.join(", ")})`);
    }
  }
  return value;
}

/** The index of the locale an answer is asked in (the wasm's `Locale::ALL`). */
function locale(api, opts) {
  const value = opts ? read(api, opts, "locale") : undefined;
  wasm(api);
  if (value === undefined || value === null) return browserLocale();
  if (typeof value === "string") {
    put(value);
    return core.locale_from_tag();
  }
  if (typeof value !== "object") {
    fail(api, `locale must be a string or a locale module ({tag, pack}), got ${describe(value)}`);
  }
  return localeModule(api, value);
}

/**
 * A locale module's default export, `{tag, pack}`: its text installed now,
 * so the answer is in that locale with no await. The first pack of a locale
 * wins; once it is installed, `pack` is not even read.
 */
function localeModule(api, module) {
  const field = (key) => {
    const value = optional(api, module, key, "string", "a string");
    if (value === undefined) fail(api, `the locale module has no ${key} string`);
    return value;
  };
  const tag = field("tag");
  put(tag);
  const index = core.locale_exact();
  if (index < 0) fail(api, `${quote(tag)} is not a locale module's tag`);
  if (core.locale_ready(index)) return index;
  const pack = encoder.encode(field("pack"));
  const refused = `the ${tag} locale module is not a ${tag} pack: `;
  if (pack.length > PACK_LIMIT) {
    fail(api, `${refused}it is ${pack.length} bytes, more than a locale pack (${PACK_LIMIT})`);
  }
  put(pack);
  const why = core.locale_install(index);
  if (why) fail(api, refused + answer(why));
  return index;
}

/** The first of `navigator.languages` that wsclose speaks, or English. */
function browserLocale() {
  const tags = [];
  try {
    const list = navigator.languages;
    if (Array.isArray(list)) {
      for (let i = 0; i < Math.min(list.length, 32); i++) {
        if (typeof list[i] === "string") tags.push(list[i]);
      }
    }
  } catch {
    // A privacy shim's throwing getter: no preference.
  }
  put(tags.join(SEP));
  return core.locale_negotiate();
}

/**
 * Explains a close code, a `CloseEvent`, or `{code, reason?, wasClean?}`:
 * the same object as the full API's `explain()`. `options.locale` is a BCP 47
 * tag, or a locale module's default export (`import vi from
 * "wsclose/locales/vi"`), which makes the answer Vietnamese right away.
 */
export function explain(input, opts) {
  const api = "explain";
  const { code: number, reason, wasClean } = close(api, input);
  const index = locale(api, options(api, opts, ["locale"]));
  const fields = answer(core.explain(number, index)).split(SEP);
  let at = 0;
  const next = () => fields[at++];
  const result = {
    code: number,
    name: next(),
    title: next(),
    kind: next(),
    summary: next(),
    cause: next(),
    fix: next(),
    producedBy: next(),
    sentInCloseFrame: next() === "1",
    closeAllowed: next() === "1",
    reconnect: next(),
    reconnectReason: next(),
    reference: next(),
  };
  const sources = [];
  for (let n = Number(next()); n > 0; n--) sources.push({ label: next(), url: next() });
  const engines = [];
  for (let n = Number(next()); n > 0; n--) {
    const engine = next();
    const seen = next();
    const clean = next();
    engines.push({
      engine,
      code: seen === "" ? null : Number(seen),
      wasClean: clean === "" ? null : clean === "1",
    });
  }
  const note = next();
  result.sources = sources;
  result.engines = engines;
  result.engineNote = note === "" ? null : note;
  result.locale = next();
  if (reason !== undefined) result.reason = reason;
  if (wasClean !== undefined) result.wasClean = wasClean;
  return result;
}

function positive(api, object, key) {
  const value = read(api, object, key);
  if (value === undefined || value === null) return undefined;
  if (!(typeof value === "number" && Number.isFinite(value) && value > 0)) {
    fail(api, `${key} must be a positive number, got ${describe(value)}`);
  }
  return value;
}

/** The `rule` names of an `onClose` explanation's `diagnosis`, if any. */
function ruleNames(input) {
  const out = [];
  if (input === null || typeof input !== "object") return out;
  const list = input.diagnosis;
  if (!Array.isArray(list)) return out;
  for (let i = 0; i < Math.min(list.length, 64); i++) {
    const entry = list[i];
    if (entry !== null && typeof entry === "object" && typeof entry.rule === "string") {
      out.push(entry.rule);
    }
  }
  return out;
}

/**
 * Milliseconds to wait before reconnect attempt `attempt` (0 for the first
 * retry after this close), or `null`: don't reconnect automatically. The
 * policy of the full API's `reconnectDelay`, with the same options.
 */
export function reconnectDelay(input, attempt, opts) {
  const api = "reconnectDelay";
  const { code: number } = close(api, input);
  if (!(typeof attempt === "number" && Number.isInteger(attempt) && attempt >= 0)) {
    fail(api, `attempt must be an integer ≥ 0, got ${describe(attempt)}`);
  }
  const policy = options(api, opts, ["baseMs", "maxMs", "appCodes"]);
  let base = 1000;
  let max = 30000;
  const app = [];
  if (policy) {
    base = positive(api, policy, "baseMs") ?? base;
    max = positive(api, policy, "maxMs") ?? max;
    if (max < base) fail(api, `maxMs (${max}) must not be less than baseMs (${base})`);
    const codes = read(api, policy, "appCodes");
    if (codes !== undefined && codes !== null) {
      let array;
      try {
        array = Array.isArray(codes);
      } catch (error) {
        fail(api, `reading appCodes threw ${thrownText(error)}`);
      }
      if (typeof codes !== "object" || array) {
        fail(api, `appCodes must be an object like {4001: "never"}, got ${describe(codes)}`);
      }
      let names;
      try {
        names = Object.keys(codes);
      } catch (error) {
        fail(api, `reading the appCodes keys threw ${thrownText(error)}`);
      }
      for (let i = 0; i < names.length; i++) {
        const name = names[i];
        const appCode = /^\+?\d+$/.test(name) ? Number(name) : NaN;
        if (!(appCode >= 4000 && appCode <= 4999)) {
          fail(api, `appCodes keys must be codes from 4000 to 4999, got ${quote(name)}`);
        }
        const value = read(api, codes, name);
        const advice = ADVICE.indexOf(value);
        if (advice < 0) {
          fail(api, `appCodes[${appCode}] must be "never", "with-backoff" or "after-fix", got ${describe(value)}`);
        }
        app.push(appCode, advice);
      }
    }
  }
  let rules;
  let random;
  try {
    rules = ruleNames(input);
  } catch (error) {
    fail(api, `reading the diagnosis threw ${thrownText(error)}`);
  }
  try {
    random = Number(Math.random());
  } catch (error) {
    fail(api, `Math.random threw ${thrownText(error)}`);
  }
  wasm(api);
  for (let i = 0; i < app.length; i += 2) core.reconnect_app(app[i], app[i + 1]);
  put(rules.join(SEP));
  const ms = core.reconnect_delay(number, Math.min(attempt, 4294967295), base, max, random);
  return ms < 0 ? null : ms;
}
