import { getToken } from "./token.js";

// Browsers cannot set headers on a WebSocket: the token rides in a subprotocol the node reads
// and never echoes ("sloth.bearer." + base64url of the token); the node selects "sloth.events".
function tokenProtocol(token) {
  const bytes = new TextEncoder().encode(token);
  let binary = "";
  for (const b of bytes) binary += String.fromCharCode(b);
  return "sloth.bearer." + btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

/**
 * Follows /events/stream with the given filters. onEvent gets each new event; onState gets
 * "connecting", "live" or "closed: reason". Returns a function that closes the stream.
 */
export function followEvents(filters, onEvent, onState) {
  const url = new URL("/events/stream", location.href);
  url.protocol = location.protocol === "https:" ? "wss:" : "ws:";
  for (const [name, value] of Object.entries(filters)) if (value) url.searchParams.set(name, value);
  const token = getToken();
  const protocols = token ? ["sloth.events", tokenProtocol(token)] : ["sloth.events"];
  let closedByUs = false;
  onState("connecting");
  const socket = new WebSocket(url, protocols);
  socket.addEventListener("open", () => onState("live"));
  socket.addEventListener("message", (message) => {
    try {
      onEvent(JSON.parse(message.data));
    } catch {
      // a message we cannot read is skipped; the list refresh still shows the event
    }
  });
  socket.addEventListener("close", (close) => {
    if (!closedByUs) onState(`closed: ${close.reason || "the connection ended (code " + close.code + ")"}`);
  });
  return () => {
    closedByUs = true;
    socket.close();
  };
}
