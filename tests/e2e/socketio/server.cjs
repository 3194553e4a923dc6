// The socket.io server of tests/e2e/socketio.html, started by
// `cargo xtask e2e` (xtask/src/socketio.rs) with NODE_PATH pointing at the
// fixture's node_modules. It listens on an automatic port of 127.0.0.1 and
// prints `{"port": N}` as its first line; it exits when its stdin closes
// (xtask also kills it by PID).
//
// A client that emits "close-transport" has its engine.io connection closed
// by the server: `socket.conn.close()` closes the transport, and engine.io's
// WebSocket transport calls ws's `close()` with no code
// (engine.io/build/transports/websocket.js, `doClose`), which sends a Close
// frame with an empty body (ws/lib/sender.js, `close`: no code, no payload):
// the page sees 1005, "no status received" (RFC 6455 section 7.1.5), clean,
// in all three engines. socket.io-client then
// reports "transport close" and reconnects by itself (unlike
// `disconnect(true)`, which it reports as "io server disconnect" and does
// not reconnect after).

const { createServer } = require("node:http");
const { Server } = require("socket.io");

const http = createServer();
// The test page is served by xtask's dev server, another port: another origin.
const io = new Server(http, { cors: { origin: true } });

io.on("connection", (socket) => {
  socket.on("close-transport", () => socket.conn.close());
});

http.listen(0, "127.0.0.1", () => {
  process.stdout.write(`${JSON.stringify({ port: http.address().port })}\n`);
});

process.stdin.on("end", () => process.exit(0));
process.stdin.resume();
