import { el, badge, time, table, facts, pretty } from "../dom.js";
import { getJson, ApiError } from "../api.js";

function execution(run) {
  return el("tr", { "data-hook": run.hook_name },
    el("td", {}, el("a", { href: `#/hooks/${encodeURIComponent(run.hook_name)}` }, run.hook_name)),
    el("td", {}, badge(run.success ? "success" : "failure")),
    el("td", { class: "num" }, `${run.duration_ms} ms`),
    el("td", { class: "wide-only" }, time(run.executed_at)),
    el("td", {}, run.output ? el("pre", { class: "output" }, run.output) : "–"),
    el("td", {}, run.error ? el("pre", { class: "error" }, run.error) : "–"));
}

/** One event: its fields, its data, and every hook execution with output and error. */
export async function renderEvent(main, id) {
  let evt;
  let runs;
  try {
    const path = `/events/${encodeURIComponent(id)}`;
    [evt, runs] = await Promise.all([getJson(path), getJson(`${path}/executions`)]);
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) {
      main.replaceChildren(el("h1", {}, "No such event"), el("p", {}, `The node has no event ${id}. `, el("a", { href: "#/events" }, "Back to events")));
      return;
    }
    throw error;
  }

  main.replaceChildren(
    el("p", {}, el("a", { href: "#/events" }, "← Events")),
    el("h1", {}, `Event ${evt.event_id}`),
    facts([
      ["Type", evt.event_type],
      ["Status", badge(evt.status)],
      ["Error", evt.error],
      ["Severity", evt.severity],
      ["Stack", evt.stack],
      ["Source", evt.source_system],
      ["Timestamp", time(evt.timestamp)],
      ["Created", time(evt.created_at)],
      ["Processed", time(evt.processed_at)],
      ["Attempts", evt.attempts],
      ["Correlation", evt.correlation_id],
      ["Tags", evt.tags?.length ? evt.tags.join(", ") : null],
    ]),
    el("h2", {}, "Data"),
    el("pre", { id: "event-data" }, pretty(evt.data)),
    el("h2", {}, `Hook executions (${runs.count})`),
    runs.count
      ? table(["Hook", "Result", "Duration", { label: "Executed", wide: true }, "Output", "Error"], runs.executions.map(execution), "Hook executions in order")
      : el("p", { class: "empty", id: "no-executions" }, evt.status === "pending" || evt.status === "processing"
        ? "No hook has run yet: the event is still being processed. Reload to see its executions."
        : "No hook ran for this event (none matched its type and stack, or they were disabled)."));
}
