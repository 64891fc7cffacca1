import { el, badge, time, table, facts, field } from "../dom.js";
import { getJson, postJson, ApiError } from "../api.js";
import { toggleButton } from "./hookToggle.js";

function historyRow(run) {
  return el("tr", {},
    el("td", {}, time(run.executed_at)),
    el("td", { class: "mono" }, el("a", { href: `#/events/${encodeURIComponent(run.event_id)}` }, run.event_id)),
    el("td", {}, badge(run.success ? "success" : "failure")),
    el("td", { class: "num" }, `${run.duration_ms} ms`),
    el("td", { class: "wide-only" }, run.output ? el("pre", {}, run.output) : "–"),
    el("td", {}, run.error ? el("pre", {}, run.error) : "–"));
}

// A sample type the hook matches: its first pattern with any wildcard part made concrete.
function sampleType(hook) {
  const pattern = hook.event_types[0] ?? "test.event";
  return pattern === "*" ? "test.event" : pattern.replace(/\*/g, "test");
}

function testForm(hook) {
  const type = el("input", { id: "test-type", value: sampleType(hook), required: true });
  const stack = el("input", { id: "test-stack", value: hook.stack ?? "" });
  const data = el("textarea", { id: "test-data", spellcheck: "false" }, JSON.stringify({ sample: true, task: "deploy" }, null, 2));
  const result = el("div", { class: "result", id: "test-result", "aria-live": "polite" });
  const run = el("button", { type: "submit" }, "Run test");
  const form = el("form", {
    "aria-label": `Test hook ${hook.name}`,
    onsubmit: async (event) => {
      event.preventDefault();
      let parsed;
      try {
        parsed = JSON.parse(data.value || "{}");
      } catch (error) {
        result.replaceChildren(el("p", { class: "load-error" }, `The data is not JSON: ${error.message}`));
        data.focus();
        return;
      }
      run.disabled = true;
      try {
        const reply = await postJson("/hooks/test", {
          name: hook.name,
          event: { event_type: type.value.trim(), data: parsed, stack: stack.value.trim() || null },
        });
        result.replaceChildren(facts([
          ["Result", badge(reply.success ? "success" : "failure")],
          ["Duration", `${reply.duration_ms} ms`],
          ["Output", reply.output ? el("pre", {}, reply.output) : null],
          ["Error", reply.error ? el("pre", {}, reply.error) : null],
        ]));
      } catch (error) {
        result.replaceChildren(el("p", { class: "load-error" }, error instanceof ApiError ? error.message : String(error)));
      } finally {
        run.disabled = false;
      }
    },
  },
  el("p", {}, "Runs the hook on a sample event. Nothing is stored (no event, no execution), but what the hook itself does (http, state, dispatch) does happen."),
  el("div", { class: "filters" }, field("Event type", type), field("Stack", stack)),
  field("Data (JSON)", data),
  el("p", {}, run),
  result);
  return form;
}

/** One hook: its definition, the latest runs, and a form to test it with sample data. */
export async function renderHook(main, name) {
  let hook;
  let history;
  try {
    const path = `/hooks/${encodeURIComponent(name)}`;
    [hook, history] = await Promise.all([getJson(path), getJson(`${path}/history?limit=20`)]);
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) {
      main.replaceChildren(el("h1", {}, "No such hook"), el("p", {}, `The node has no hook ${name}. `, el("a", { href: "#/hooks" }, "Back to hooks")));
      return;
    }
    throw error;
  }

  const state = el("dd", { class: "hook-state" });
  const showState = (h) => state.replaceChildren(badge(h.enabled ? "enabled" : "disabled"), " ", toggleButton(h, showState));
  showState(hook);
  const definition = facts([
    ["Event types", hook.event_types.join(", ")],
    ["Stack", hook.stack ?? "any"],
    ["Runs", hook.run_count],
    ["Last run", time(hook.last_run)],
    ["File", hook.file_path],
    ["Description", hook.description],
  ]);
  definition.prepend(el("dt", {}, "State"), state);

  main.replaceChildren(
    el("p", {}, el("a", { href: "#/hooks" }, "← Hooks")),
    el("h1", {}, `Hook ${hook.name}`),
    definition,
    el("details", {}, el("summary", {}, "Script"), el("pre", {}, hook.script ?? "")),
    el("h2", {}, "Run history"),
    history.count
      ? table(["Executed", "Event", "Result", "Duration", { label: "Output", wide: true }, "Error"], history.executions.map(historyRow), "Latest runs, newest first")
      : el("p", { class: "empty" }, "This hook has not run yet."),
    el("h2", {}, "Test this hook"),
    testForm(hook));
}
