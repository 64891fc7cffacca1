import { el, badge, time, table, field } from "../dom.js";
import { getJson, query } from "../api.js";
import { followEvents } from "../stream.js";

const statuses = ["", "pending", "processing", "completed", "failed"];
const limit = 100;

function row(evt) {
  return el("tr", { "data-event-id": evt.event_id },
    el("td", { class: "mono" }, el("a", { href: `#/events/${encodeURIComponent(evt.event_id)}` }, evt.event_id)),
    el("td", {}, evt.event_type),
    el("td", { class: "event-status" }, badge(evt.status)),
    el("td", {}, evt.stack ?? "–"),
    el("td", { class: "wide-only" }, evt.source_system ?? "–"),
    el("td", { class: "wide-only" }, time(evt.created_at)));
}

function filterForm(current) {
  const type = el("input", { id: "filter-type", name: "event_type", value: current.event_type, placeholder: "task.failed" });
  const status = el("select", { id: "filter-status", name: "status" },
    statuses.map((s) => el("option", { value: s, selected: s === current.status }, s || "any")));
  const stack = el("input", { id: "filter-stack", name: "stack", value: current.stack, placeholder: "production" });
  return el("form", {
    class: "filters", role: "search", "aria-label": "Filter events",
    onsubmit: (event) => {
      event.preventDefault();
      location.hash = `#/events${query({ event_type: type.value.trim(), status: status.value, stack: stack.value.trim() })}`;
    },
  }, field("Type (exact)", type), field("Status", status), field("Stack", stack), el("button", { type: "submit" }, "Apply filters"));
}

/** The latest events, then every new one pushed by /events/stream; statuses refresh as they move. */
export async function renderEvents(main, _arg, params) {
  const current = { event_type: params.get("event_type") ?? "", status: params.get("status") ?? "", stack: params.get("stack") ?? "" };
  const listPath = `/events${query({ ...current, limit })}`;
  const first = await getJson(listPath);

  const body = el("tbody", { id: "events-body" });
  const empty = el("p", { class: "empty", id: "events-empty", hidden: first.events.length > 0 }, "No events match these filters yet.");
  const live = el("p", { class: "live", id: "events-live", "aria-live": "polite" }, "Live updates: connecting…");
  const show = (events) => {
    body.replaceChildren(...events.map(row));
    empty.hidden = events.length > 0;
  };
  show(first.events);

  const list = table(
    ["Event", "Type", "Status", "Stack", { label: "Source", wide: true }, { label: "Created", wide: true }], [], "Events, newest first");
  list.querySelector("tbody").replaceWith(body);
  main.replaceChildren(el("h1", {}, "Events"), filterForm(current), live, list, empty);

  // New events arrive pending; a refresh shortly after a burst shows where they got to.
  let refresh = null;
  const scheduleRefresh = () => {
    clearTimeout(refresh);
    refresh = setTimeout(async () => {
      try {
        show((await getJson(listPath)).events);
      } catch {
        // the next event (or a reload) tries again; a 401 already shows its notice
      }
    }, 1000);
  };
  const close = followEvents(
    { event_type: current.event_type, stack: current.stack },
    (evt) => {
      // A new event is pending; under a status filter it is not shown yet, but the refresh
      // after it still runs, so it appears once it reaches that status.
      const shown = !current.status || evt.status === current.status;
      if (shown && !body.querySelector(`tr[data-event-id="${CSS.escape(evt.event_id)}"]`)) {
        body.prepend(row(evt));
        empty.hidden = true;
        while (body.children.length > limit) body.lastElementChild.remove();
      }
      scheduleRefresh();
    },
    (state) => {
      live.textContent = state === "live" ? "Live updates: on (new events appear at the top)"
        : state === "connecting" ? "Live updates: connecting…" : `Live updates: off, ${state}. Reload the page to resume.`;
    });
  return () => {
    clearTimeout(refresh);
    close();
  };
}
