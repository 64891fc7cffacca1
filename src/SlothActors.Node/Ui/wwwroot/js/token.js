// The node's token lives in this tab's sessionStorage only: it goes in an Authorization header
// (or, for the event stream, a WebSocket subprotocol), never in a URL.
const key = "sloth.token";

export const getToken = () => sessionStorage.getItem(key) || "";
export const setToken = (token) => sessionStorage.setItem(key, token);
export const forgetToken = () => sessionStorage.removeItem(key);
