// Building elements from data with textContent only: nothing the node returns (hook output,
// event data, names) is ever parsed as HTML.

export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue;
    if (name === "class") node.className = value;
    else if (name.startsWith("on")) node.addEventListener(name.slice(2), value);
    else node.setAttribute(name, value === true ? "" : String(value));
  }
  append(node, children);
  return node;
}

export function append(node, children) {
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

export function badge(value) {
  return el("span", { class: `badge ${value}` }, value);
}

/** "2025-10-06T14:23:45.123+00:00" as "2025-10-06 14:23:45Z"; null as an en dash. */
export function time(iso) {
  if (!iso) return "–";
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : date.toISOString().slice(0, 19).replace("T", " ") + "Z";
}

export function table(headers, rows, caption) {
  const head = el("tr", {}, headers.map((h) => el("th", { scope: "col", class: h.wide ? "wide-only" : null }, h.label ?? h)));
  return el("div", { class: "table-wrap" },
    el("table", {}, caption ? el("caption", { class: "visually-hidden" }, caption) : null, el("thead", {}, head), el("tbody", {}, rows)));
}

export function facts(pairs) {
  return el("dl", { class: "facts" }, pairs.flatMap(([term, value]) => [el("dt", {}, term), el("dd", {}, value ?? "–")]));
}

export function field(label, control) {
  return el("div", { class: "field" }, el("label", { for: control.id }, label), control);
}

export function pretty(json) {
  try {
    return JSON.stringify(typeof json === "string" ? JSON.parse(json) : json, null, 2);
  } catch {
    return String(json);
  }
}
