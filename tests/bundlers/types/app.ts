// What a TypeScript app writes against every entry of the package; `tsc`
// (strict, Node's ESM resolution) must accept it, and must reject the
// lines marked @ts-expect-error.
import init, { explain, install, loadLocale, mount, type Explanation } from "wsclose";
import { explain as explainNow, reconnectDelay, type Explanation as CoreExplanation } from "wsclose/core";
import vi from "wsclose/locales/vi";
import viWithExtension from "wsclose/locales/vi.js";
import wsclose from "wsclose/vite";

export async function app(target: Element): Promise<void> {
  await init();
  const installation = install({ onlyUnexpected: true });
  const fromModule: Explanation = explain(1006, { locale: vi });
  const fromTag: Explanation = explain({ code: 1009, reason: "big" }, { locale: "vi" });
  const tag: string = viWithExtension.tag;
  const loaded: string = await loadLocale("vi");
  const fromUrl: string = await loadLocale("vi", "/packs/vi.txt");
  mount(target, { code: 1000, locale: vi }).destroy();
  const fromCore: CoreExplanation = explainNow(1006, { locale: vi });
  const wait: number | null = reconnectDelay(fromCore, 0, { maxMs: 10_000 });
  // @ts-expect-error the attempt number is required
  reconnectDelay(1006);
  const plugin = wsclose({ onlyUnexpected: true });
  const name: string = plugin.name;
  // @ts-expect-error a number is not a locale
  explain(1006, { locale: 42 });
  // @ts-expect-error a locale module is read-only
  vi.pack = "";
  console.log(fromModule, fromTag, tag, loaded, fromUrl, name, wait);
  installation.uninstall();
}
