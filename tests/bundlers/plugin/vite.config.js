// The one line a Vite user adds: the dev overlay while serving, nothing in a build.
import wsclose from "wsclose/vite";

export default { plugins: [wsclose({ locale: "en" })] };
