// An app that knows nothing of wsclose: it opens a socket at startup, which
// the plugin's overlay must already be watching.
const wsHost = new URLSearchParams(location.search).get("ws") || location.host;
const ws = new WebSocket(`ws://${wsHost}/ws/close/4002?reason=closed%20under%20the%20plugin`);
ws.addEventListener("close", () => { window.pluginFixtureClosed = true; });
