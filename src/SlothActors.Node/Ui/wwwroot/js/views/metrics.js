import { el, table } from "../dom.js";
import { getText } from "../api.js";
import { parseExposition, total, buckets, bucketDelta, quantile } from "../prom.js";
import { drawLine } from "../chart.js";

const everyMs = 1000;
const spanMs = 120_000;
const latency = "sloth_events_completion_seconds";

function chart(id, caption, description) {
  const svg = document.createElementNS("http://www.w3.org/2000/svg", "svg");
  svg.setAttribute("id", id);
  svg.setAttribute("role", "img");
  svg.setAttribute("aria-label", description);
  return { svg, figure: el("figure", { class: "chart" }, el("figcaption", {}, caption), svg) };
}

/**
 * Scrapes /metrics every second while open: events completed per second (the counter's rate)
 * and the p95 completion latency of the events finished in each interval (bucket deltas).
 */
export async function renderMetrics(main) {
  const rate = chart("chart-rate", "Events completed per second", "Events completed per second over the last two minutes");
  const p95 = chart("chart-latency", "Completion latency p95 (ms)", "95th percentile of event completion latency over the last two minutes");
  const latest = el("tbody", { id: "metrics-latest" });
  const summary = table(["Series", "Value"], [], "Latest values");
  summary.querySelector("tbody").replaceWith(latest);
  main.replaceChildren(
    el("h1", {}, "Throughput and latency"),
    el("p", {}, "Drawn from this node's /metrics, scraped every second while this page is open. A gap in the latency line is an interval in which no event finished."),
    el("div", { class: "charts" }, rate.figure, p95.figure),
    el("h2", {}, "Latest values"),
    summary);

  const ratePoints = [];
  const latencyPoints = [];
  let previous = null;
  let timer = null;
  let stopped = false;

  const scrape = async () => {
    let samples;
    try {
      samples = parseExposition(await getText("/metrics"));
    } catch {
      if (!stopped) timer = setTimeout(scrape, everyMs * 5);
      return;
    }
    const now = Date.now();
    const current = { t: now, completed: total(samples, "sloth_events_completed_total"), buckets: buckets(samples, latency) };
    if (previous) {
      const seconds = (now - previous.t) / 1000;
      ratePoints.push({ t: now, v: Math.max(0, (current.completed - previous.completed) / seconds) });
      const q = quantile(0.95, bucketDelta(current.buckets, previous.buckets));
      latencyPoints.push({ t: now, v: q === null ? null : q * 1000 });
      while (ratePoints.length && ratePoints[0].t < now - spanMs) ratePoints.shift();
      while (latencyPoints.length && latencyPoints[0].t < now - spanMs) latencyPoints.shift();
    }
    previous = current;
    drawLine(rate.svg, ratePoints, { kind: "rate", unit: "events/s", maxSpan: spanMs });
    drawLine(p95.svg, latencyPoints, { kind: "latency", unit: "ms", maxSpan: spanMs });
    latest.replaceChildren(...[
      ["Events accepted", total(samples, "sloth_events_accepted_total")],
      ["Events completed", current.completed],
      ["Events failed", total(samples, "sloth_events_failed_total")],
      ["In flight", total(samples, "sloth_events_in_flight")],
      ["Backlog (pending)", total(samples, "sloth_events_pending")],
      ["Hook executions", total(samples, "sloth_hook_executions_total")],
      ["Completion p95, since start (ms)", formatMs(quantile(0.95, current.buckets))],
      ["Durable ack p95, since start (ms)", formatMs(quantile(0.95, buckets(samples, "sloth_events_durable_ack_seconds")))],
    ].map(([name, value]) => el("tr", { "data-series": name }, el("td", {}, name), el("td", { class: "num" }, value))));
    if (!stopped) timer = setTimeout(scrape, everyMs);
  };
  await scrape();
  return () => {
    stopped = true;
    clearTimeout(timer);
  };
}

function formatMs(seconds) {
  return seconds === null ? "–" : (seconds * 1000).toFixed(1);
}
