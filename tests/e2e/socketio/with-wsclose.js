// The entry of the app with wsclose, as an app writes it: socket.io-client
// imported statically, so engine.io-client has read globalThis.WebSocket
// (engine.io-client/build/esm/transports/websocket.js: `const WebSocketCtor
// = globalThis.WebSocket`) before install() below runs.
import { io } from "socket.io-client";
import init, { install } from "wsclose";
import { runApp } from "./app.js";

// The bundle lives elsewhere than wsclose_bg.wasm: say where it is.
await init({ module_or_path: "/pkg/wsclose_bg.wasm" });
const explained = [];
const installation = install({
  locale: "en",
  onClose: (explanation) => explained.push({ code: explanation.code }),
});
const server = new URLSearchParams(location.search).get("server");
window.socketioApp = { done: runApp(io, server), explained, installation };
