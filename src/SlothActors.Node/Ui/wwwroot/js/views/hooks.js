import { el, badge, time, table } from "../dom.js";
import { getJson } from "../api.js";
import { toggleButton } from "./hookToggle.js";

function row(hook) {
  const tr = el("tr", { "data-hook": hook.name });
  const fill = (h) => {
    tr.replaceChildren(
      el("td", {}, el("a", { href: `#/hooks/${encodeURIComponent(h.name)}` }, h.name)),
      el("td", {}, h.event_types.join(", ")),
      el("td", { class: "wide-only" }, h.stack ?? "any"),
      el("td", { class: "hook-state" }, badge(h.enabled ? "enabled" : "disabled")),
      el("td", { class: "num" }, h.run_count),
      el("td", { class: "wide-only" }, time(h.last_run)),
      el("td", {}, toggleButton(h, fill)));
  };
  fill(hook);
  return tr;
}

/** Every registered hook, with its state and a button to enable or disable it. */
export async function renderHooks(main) {
  const { hooks } = await getJson("/hooks");
  main.replaceChildren(
    el("h1", {}, "Hooks"),
    hooks.length
      ? table(["Name", "Event types", { label: "Stack", wide: true }, "State", "Runs", { label: "Last run", wide: true }, "Action"],
        hooks.map(row), "Registered hooks")
      : el("p", { class: "empty" }, "No hooks are registered. Add one with ", el("code", {}, "sloth hook add FILE"),
        " or drop a .lua file into the node's hooks directory."));
}
