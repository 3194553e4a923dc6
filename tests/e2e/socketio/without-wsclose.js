// The same app without wsclose: what socket.io-client does on its own.
import { io } from "socket.io-client";
import { runApp } from "./app.js";

const server = new URLSearchParams(location.search).get("server");
window.socketioApp = { done: runApp(io, server) };
