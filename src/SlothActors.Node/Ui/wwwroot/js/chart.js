// A small SVG line chart: one series, a y axis from 0 to a rounded maximum, gaps where a
// value is null (no observation in that interval).

const svgNs = "http://www.w3.org/2000/svg";
const width = 600;
const height = 200;
const pad = { left: 48, right: 10, top: 10, bottom: 22 };

function svg(tag, attrs = {}, text) {
  const node = document.createElementNS(svgNs, tag);
  for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, String(value));
  if (text !== undefined) node.textContent = text;
  return node;
}

function niceMax(value) {
  if (!(value > 0)) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  return [1, 2, 5, 10].map((m) => m * power).find((m) => m >= value);
}

function format(value) {
  return value >= 100 ? value.toFixed(0) : value >= 1 ? value.toFixed(1) : value.toPrecision(2);
}

/**
 * Draws points [{ t (ms), v (number|null) }] into the svg element. `kind` picks the line
 * style. The x axis covers the points seen so far, at least 10 s and at most `maxSpan` ms, so
 * a page opened a moment ago does not squeeze its first points against the right edge.
 */
export function drawLine(target, points, { kind, unit, maxSpan }) {
  target.replaceChildren();
  target.setAttribute("viewBox", `0 0 ${width} ${height}`);
  const now = points.length ? points[points.length - 1].t : Date.now();
  const span = Math.min(maxSpan, Math.max(10_000, points.length ? now - points[0].t : 0));
  const start = now - span;
  const shown = points.filter((p) => p.t >= start);
  const max = niceMax(Math.max(0, ...shown.map((p) => p.v ?? 0)));
  const x = (t) => pad.left + ((t - start) / span) * (width - pad.left - pad.right);
  const y = (v) => height - pad.bottom - (v / max) * (height - pad.top - pad.bottom);

  target.append(svg("line", { class: "axis", x1: pad.left, y1: y(0), x2: width - pad.right, y2: y(0) }));
  target.append(svg("line", { class: "axis", x1: pad.left, y1: y(0), x2: pad.left, y2: y(max) }));
  for (const v of [0, max / 2, max]) {
    target.append(svg("text", { class: "grid-label", x: pad.left - 6, y: y(v) + 4, "text-anchor": "end" }, format(v)));
  }
  target.append(svg("text", { class: "grid-label", x: pad.left, y: height - 4 }, `${Math.round(span / 1000)} s ago`));
  target.append(svg("text", { class: "grid-label", x: width - pad.right, y: height - 4, "text-anchor": "end" }, `now (${unit})`));

  // One polyline per run of non-null values, so a quiet interval is a gap, not a fake zero.
  let run = [];
  const flush = () => {
    if (run.length === 1) {
      const [cx, cy] = run[0].split(",");
      target.append(svg("circle", { class: `line ${kind}`, cx, cy, r: 3 }));
    } else if (run.length > 1) {
      target.append(svg("polyline", { class: `line ${kind}`, points: run.join(" ") }));
    }
    run = [];
  };
  for (const p of shown) {
    if (p.v === null) flush();
    else run.push(`${x(p.t).toFixed(1)},${y(p.v).toFixed(1)}`);
  }
  flush();
}
