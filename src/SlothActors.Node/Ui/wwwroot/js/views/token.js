import { el, field } from "../dom.js";
import { getToken, setToken, forgetToken } from "../token.js";
import { announce, showNotice } from "../notice.js";

/** Where the operator pastes the node's token (kept in this tab's sessionStorage only). */
export async function renderToken(main) {
  const input = el("input", { id: "token-input", type: "password", autocomplete: "off", spellcheck: "false", size: 40 });
  const state = el("p", { id: "token-state" }, getToken() ? "A token is saved for this tab." : "No token is saved.");
  const form = el("form", {
    "aria-label": "Node token",
    onsubmit: (event) => {
      event.preventDefault();
      const token = input.value.trim();
      if (!token) {
        showNotice(["Paste the token first (the value of --token or SLOTH_TOKEN)."]);
        input.focus();
        return;
      }
      setToken(token);
      announce("Token saved");
      location.hash = "#/events";
    },
  }, field("Token", input), el("p", {},
    el("button", { type: "submit", id: "token-save" }, "Save token"), " ",
    el("button", {
      type: "button", class: "secondary", id: "token-forget",
      onclick: () => {
        forgetToken();
        state.textContent = "No token is saved.";
        announce("Token forgotten");
      },
    }, "Forget token")));
  main.replaceChildren(
    el("h1", {}, "Token"),
    el("p", {}, "A node started with --token (or SLOTH_TOKEN) answers only requests that carry it. Paste it here: it is kept in this browser tab's session storage only, sent in the Authorization header of every API call, and never put in a URL."),
    state,
    form);
}
