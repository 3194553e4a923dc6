import type { Plugin } from "vite";
import type { WatchOptions } from "./wsclose.js";

/**
 * The wsclose dev overlay on every page while Vite serves the app
 * (`apply: "serve"`); a production build contains no wsclose code.
 *
 * ```js
 * // vite.config.js
 * import wsclose from "wsclose/vite";
 * export default { plugins: [wsclose()] };
 * ```
 *
 * @param options passed to `install()` (`onlyUnexpected`, `locale`, …).
 */
export default function wsclose(options?: Omit<WatchOptions, "target" | "onClose">): Plugin;
