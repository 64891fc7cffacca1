// Reads the Prometheus text format the node serves at /metrics, enough for the charts:
// samples with their labels, sums over series, and quantiles from histogram buckets.

/** [{ name, labels: {..}, value }] for every sample line. */
export function parseExposition(text) {
  const samples = [];
  for (const raw of text.split("\n")) {
    const line = raw.trim();
    if (!line || line.startsWith("#")) continue;
    const brace = line.indexOf("{");
    const space = line.lastIndexOf(" ");
    let name;
    const labels = {};
    if (brace >= 0 && brace < space) {
      name = line.slice(0, brace);
      readLabels(line.slice(brace + 1, line.lastIndexOf("}")), labels);
    } else {
      name = line.slice(0, line.indexOf(" "));
    }
    samples.push({ name, labels, value: parseValue(line.slice(space + 1)) });
  }
  return samples;
}

function parseValue(text) {
  if (text === "+Inf") return Infinity;
  if (text === "-Inf") return -Infinity;
  return Number(text);
}

// name="value",name="value" with \\, \" and \n escapes inside values.
function readLabels(text, labels) {
  let i = 0;
  while (i < text.length) {
    const equals = text.indexOf("=", i);
    const name = text.slice(i, equals).trim();
    let value = "";
    let j = equals + 2;
    for (; j < text.length && text[j] !== '"'; j++) {
      if (text[j] === "\\") {
        j++;
        value += text[j] === "n" ? "\n" : text[j];
      } else {
        value += text[j];
      }
    }
    labels[name] = value;
    i = j + 2;
  }
}

/** The sum of every series of one name. */
export function total(samples, name) {
  return samples.filter((s) => s.name === name).reduce((sum, s) => sum + s.value, 0);
}

/** Cumulative bucket counts of a histogram, summed over its series: [{ le, count }] by le. */
export function buckets(samples, name) {
  const byBound = new Map();
  for (const s of samples) {
    if (s.name !== `${name}_bucket`) continue;
    const le = parseValue(s.labels.le);
    byBound.set(le, (byBound.get(le) ?? 0) + s.value);
  }
  return [...byBound.entries()].sort((a, b) => a[0] - b[0]).map(([le, count]) => ({ le, count }));
}

/** later - earlier, bucket by bucket: the observations made between two scrapes. */
export function bucketDelta(later, earlier) {
  const before = new Map(earlier.map((b) => [b.le, b.count]));
  return later.map((b) => ({ le: b.le, count: b.count - (before.get(b.le) ?? 0) }));
}

/**
 * The q-quantile of cumulative buckets, interpolating linearly inside the bucket it falls in
 * (as Prometheus' histogram_quantile does); null when there are no observations.
 */
export function quantile(q, cumulative) {
  const count = cumulative.length ? cumulative[cumulative.length - 1].count : 0;
  if (count <= 0) return null;
  const rank = q * count;
  let lowerBound = 0;
  let lowerCount = 0;
  for (const { le, count: upTo } of cumulative) {
    if (upTo >= rank) {
      if (le === Infinity) return lowerBound;
      const inBucket = upTo - lowerCount;
      return inBucket <= 0 ? le : lowerBound + ((le - lowerBound) * (rank - lowerCount)) / inBucket;
    }
    lowerBound = le;
    lowerCount = upTo;
  }
  return lowerBound;
}
