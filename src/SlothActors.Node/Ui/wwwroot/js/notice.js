import { el } from "./dom.js";

const box = () => document.getElementById("notice");

/** A message above the page, kept until the next navigation or until replaced. */
export function showNotice(parts, kind = "error") {
  const node = box();
  node.replaceChildren(...parts.map((p) => (typeof p === "string" ? document.createTextNode(p) : p)));
  node.className = kind === "error" ? "notice" : "notice info";
  node.hidden = false;
}

export function clearNotice() {
  const node = box();
  node.hidden = true;
  node.replaceChildren();
}

export function showUnauthorized(hadToken) {
  showNotice([
    hadToken
      ? "401: the node refused the saved token (it is not this node's token). "
      : "401: this node requires a token. ",
    el("a", { href: "#/token" }, "Enter the node's token"),
    ".",
  ]);
}

/** For screen readers: a short polite announcement of what an action did. */
export function announce(text) {
  document.getElementById("status").textContent = text;
}
