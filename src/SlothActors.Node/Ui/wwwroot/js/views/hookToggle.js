import { el } from "../dom.js";
import { postJson } from "../api.js";
import { announce, showNotice } from "../notice.js";

/**
 * The Enable/Disable button of one hook. It posts to /hooks/{name}/enable|disable and hands
 * the node's reply (the hook as it now is) to onChange, so the page shows what the node says.
 */
export function toggleButton(hook, onChange) {
  const action = hook.enabled ? "disable" : "enable";
  const label = hook.enabled ? "Disable" : "Enable";
  const button = el("button", {
    type: "button",
    class: hook.enabled ? "secondary toggle" : "toggle",
    "data-action": action,
    "aria-label": `${label} hook ${hook.name}`,
    onclick: async () => {
      button.disabled = true;
      try {
        const updated = await postJson(`/hooks/${encodeURIComponent(hook.name)}/${action}`);
        announce(`Hook ${updated.name} ${updated.enabled ? "enabled" : "disabled"}`);
        onChange(updated);
      } catch (error) {
        if (error.status !== 401) showNotice([`Could not ${action} ${hook.name}: ${error.message}`]);
        button.disabled = false;
      }
    },
  }, label);
  return button;
}
