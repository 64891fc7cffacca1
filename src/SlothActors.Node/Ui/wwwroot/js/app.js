// The console's router: #/section/argument?query. Each view renders into <main> and may return
// a function that stops what it started (a stream, a timer) when the operator navigates away.
import { el } from "./dom.js";
import { clearNotice } from "./notice.js";
import { ApiError } from "./api.js";
import { renderEvents } from "./views/events.js";
import { renderEvent } from "./views/event.js";
import { renderHooks } from "./views/hooks.js";
import { renderHook } from "./views/hook.js";
import { renderCluster } from "./views/cluster.js";
import { renderMetrics } from "./views/metrics.js";
import { renderToken } from "./views/token.js";

const routes = {
  events: (arg) => (arg ? renderEvent : renderEvents),
  hooks: (arg) => (arg ? renderHook : renderHooks),
  cluster: () => renderCluster,
  metrics: () => renderMetrics,
  token: () => renderToken,
};

let stop = null;
let firstLoad = true;

function parseHash() {
  const hash = location.hash.replace(/^#\/?/, "");
  const [path, search = ""] = hash.split("?");
  const [section, ...rest] = path.split("/");
  const arg = rest.length ? decodeURIComponent(rest.join("/")) : null;
  return { section: routes[section] ? section : "events", arg, query: new URLSearchParams(search) };
}

async function navigate() {
  if (stop) {
    stop();
    stop = null;
  }
  clearNotice();
  const { section, arg, query } = parseHash();
  for (const link of document.querySelectorAll("nav a[data-section]")) {
    if (link.dataset.section === section) link.setAttribute("aria-current", "page");
    else link.removeAttribute("aria-current");
  }
  const main = document.getElementById("main");
  main.replaceChildren(el("p", {}, "Loading…"));
  const render = routes[section](arg);
  try {
    stop = (await render(main, arg, query)) ?? null;
  } catch (error) {
    // A 401 already shows its notice above; the page itself says what to do next.
    main.replaceChildren(...(error instanceof ApiError && error.status === 401
      ? [el("h1", {}, "Token needed"), el("p", {}, "This page shows nothing until the node accepts the token. ",
        el("a", { href: "#/token" }, "Enter the node's token"), ".")]
      : [el("h1", {}, "Could not load this page"), el("p", { class: "load-error" }, error instanceof ApiError ? error.message : String(error))]));
  }
  // After a navigation, keyboard and screen-reader users land on the new page's heading.
  const heading = main.querySelector("h1");
  if (heading && !firstLoad) {
    heading.setAttribute("tabindex", "-1");
    heading.focus();
  }
  firstLoad = false;
  document.title = `${heading ? heading.textContent : "SlothActors"} · SlothActors console`;
}

// The skip link must not change the route: move focus to <main> instead of following #main.
document.getElementById("skip-link").addEventListener("click", (event) => {
  event.preventDefault();
  document.getElementById("main").focus();
});

window.addEventListener("hashchange", navigate);
navigate();
