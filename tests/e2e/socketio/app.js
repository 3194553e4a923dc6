// The app of tests/e2e/socketio.html, the same with and without wsclose:
// it connects with socket.io-client, waits for the upgrade from polling to
// WebSocket, asks the server to close the transport, and lets the client
// reconnect by itself (twice). It records every socket.io event it gets.

/** How many server-side closes the app goes through. */
const CYCLES = 2;

/**
 * Runs the app against `server` with the `io` the entry imported; resolves
 * with `{ events, closes, socket, stop }`: the socket.io events in order,
 * the CloseEvent of each WebSocket close as the app got it (socket.io's
 * `disconnect` details), the socket.io socket, and a function that
 * disconnects.
 */
export async function runApp(io, server) {
  const events = [];
  const closes = [];
  const socket = io(server, {
    // Quick, fixed reconnects: the test waits for them.
    reconnectionDelay: 50,
    reconnectionDelayMax: 50,
    randomizationFactor: 0,
  });
  const manager = socket.io;
  socket.on("connect", () => events.push(["connect"]));
  socket.on("connect_error", (error) => events.push(["connect_error", error.message]));
  socket.on("disconnect", (reason, details) => {
    const event = details && details.context;
    events.push(["disconnect", reason, details && details.description, manager.engine.transport.name]);
    if (event && typeof event.code === "number") {
      closes.push({ code: event.code, reason: event.reason, wasClean: event.wasClean });
    }
  });
  manager.on("reconnect_attempt", (n) => events.push(["reconnect_attempt", n]));
  manager.on("reconnect", (n) => events.push(["reconnect", n]));
  manager.on("reconnect_error", (error) => events.push(["reconnect_error", error.message]));

  const once = (emitter, name) => new Promise((resolve) => emitter.once(name, resolve));
  /** Resolves once the current connection runs over WebSocket. */
  const upgraded = () => new Promise((resolve) => {
    const engine = manager.engine;
    if (engine.transport.name === "websocket") resolve();
    else engine.once("upgrade", () => resolve());
  });

  await once(socket, "connect");
  for (let cycle = 0; cycle < CYCLES; cycle++) {
    await upgraded();
    events.push(["transport", manager.engine.transport.name]);
    const reconnected = once(socket, "connect");
    socket.emit("close-transport");
    await reconnected;
  }
  await upgraded();
  events.push(["transport", manager.engine.transport.name]);
  // Copies: what happens after (the test's own disconnect) is not compared.
  return { events: events.slice(), closes: closes.slice(), socket, stop: () => socket.disconnect() };
}
