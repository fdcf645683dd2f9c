// The printed table: one row per measure, each the median over the runs, widget against the
// plain JavaScript reference where the reference does the same work.

/** Rows: label, metric key, whether the reference has it, and how to print the value. */
const ROWS = [
  ["First render, 20-update blog: script tag → updates on screen", "first20.fromScript", true, ms],
  ["… feed response → updates in the DOM", "first20.toDom", true, ms],
  ["… on a slow 4G network (150 ms latency, 1.6 Mbit/s; files gzipped): script tag → on screen", "slow20.fromScript", true, ms],
  ["First render, 1,000-update blog (500 shown, the page-size cap): script tag → on screen", "first1000.fromScript", true, ms],
  ["… feed response → updates in the DOM", "first1000.toDom", true, ms],
  ["… feed response → on screen", "first1000.toScreen", true, ms],
  ["Show more, 500 → 1,000 shown: click → in the DOM", "more.toDom", true, ms],
  ["… click → on screen", "more.toScreen", true, ms],
  ["Full render of 1,000 updates (first render + Show more), in the DOM", "full1000.toDom", true, ms],
  ["… on screen", "full1000.toScreen", true, ms],
  ["One new update on 1,000 shown: feed response → in the DOM", "new.toDom", true, ms],
  ["One new update: feed response → on screen", "new.toScreen", true, ms],
  ["One new update: DOM mutation records", "new.mutations", true, count],
  ["One new update: nodes inserted (all / inside the new update)", ["new.inserted", "new.insertedInside"], true, pair],
  ["One new update: bytes of that poll's response (the whole feed)", "new.bytes", false, bytes],
  ["One new update, feed cut to its newest 50 (+ next_url), 1,000 shown: response → in the DOM", "paged.toDom", true, ms],
  ["… response → on screen", "paged.toScreen", true, ms],
  ["… DOM mutation records", "paged.mutations", true, count],
  ["… nodes inserted (all / inside the new update)", ["paged.inserted", "paged.insertedInside"], true, pair],
  ["… bytes of that poll's response", "paged.bytes", false, bytes],
  ["Idle poll: HTTP status", "idle.status", true, count],
  ["Idle poll: bytes on the wire, request / response (response body)", ["idle.received", "idle.sent", "idle.bodyBytes"], true, wire],
  ["Idle poll: DOM mutation records", "idle.mutations", true, count],
  ["Idle minute, 500 of 1,000 shown (fake clock: six relative-time ticks; the widget's polls, all 304): main-thread busy time", "minute.busy", true, ms],
  ["… failed polls (`liveblog:error`) during the minute", "minute.errors", false, count],
  ["Memory session: JS heap after first render (100 updates shown)", "memory.heapFirst", false, mb],
  ["… JS heap growth after 100 polls", "memory.heapGrowth100", false, mb],
  ["… JS heap growth after all polls", "memory.heapGrowthAll", false, mb],
  ["… wasm linear memory after first render", "memory.wasmFirst", false, mb],
  ["… wasm memory growth after 100 polls", "memory.wasmGrowth100", false, mb],
  ["… wasm memory growth after all polls", "memory.wasmGrowthAll", false, mb],
  ["… DOM nodes after first render / after all polls", ["memory.nodesFirst", "memory.nodesAll"], false, pair],
  ["… wall time of all polls (fast-forwarded timers)", "memory.seconds", false, seconds],
  ["Long tasks > 50 ms (count / longest): first render, 20 updates", ["first20.longTasks", "first20.longestTask"], true, tasks],
  ["… first render, 1,000-update blog", ["first1000.longTasks", "first1000.longestTask"], true, tasks],
  ["… Show more to 1,000", ["more.longTasks", "more.longestTask"], true, tasks],
  ["… one new update (whole feed)", ["new.longTasks", "new.longestTask"], true, tasks],
  ["… one new update (newest 50)", ["paged.longTasks", "paged.longestTask"], true, tasks],
  ["… idle poll", ["idle.longTasks", "idle.longestTask"], true, tasks],
  ["… idle minute", ["minute.longTasks", "minute.longestTask"], true, tasks],
  ["… memory session, all polls", ["memory.longTasks", "memory.longestTask"], false, tasks],
];
const RATIO_FORMATS = new Set([ms]);

/** The median of each metric over the runs: `runs` is a list of { widget: {...}, reference: {...} }. */
export function medians(runs) {
  const result = { widget: {}, reference: {} };
  for (const kind of Object.keys(result)) {
    const keys = new Set(runs.flatMap((run) => Object.keys(run[kind])));
    for (const key of keys) result[kind][key] = median(runs.map((run) => run[kind][key]).filter(Number.isFinite));
  }
  return result;
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** The table as Markdown, so that docs/benchmarks.md can quote it as printed. */
export function table(result, title) {
  const lines = [`### ${title}`, "", "| measure | widget | reference | widget ÷ reference |", "|---|---:|---:|---:|"];
  for (const [label, key, hasReference, format] of ROWS) {
    const keys = [key].flat();
    const widget = keys.map((k) => result.widget[k]);
    const reference = keys.map((k) => result.reference[k]);
    // Rows of scenarios that did not run (`--memory`) are left out.
    if (!widget.some(Number.isFinite) && !reference.some(Number.isFinite)) continue;
    const shown = (values) => (values.every(Number.isFinite) ? format(...values) : "–");
    const ratio = hasReference && RATIO_FORMATS.has(format) && reference[0] > 0 ? `${(widget[0] / reference[0]).toFixed(2)}×` : "";
    lines.push(`| ${label} | ${shown(widget)} | ${hasReference ? shown(reference) : ""} | ${ratio} |`);
  }
  return lines.join("\n");
}

function ms(value) {
  return `${value < 100 ? value.toFixed(1) : Math.round(value)} ms`;
}
function count(value) {
  return String(Math.round(value));
}
function pair(a, b) {
  return `${Math.round(a)} / ${Math.round(b)}`;
}
function bytes(value) {
  return `${Math.round(value).toLocaleString("en")} B`;
}
function wire(request, response, body) {
  return `${Math.round(request)} / ${Math.round(response)} B (${Math.round(body)} B)`;
}
function mb(value) {
  return `${value.toFixed(2)} MB`;
}
function seconds(value) {
  return `${value.toFixed(1)} s`;
}
function tasks(countValue, longest) {
  return countValue ? `${Math.round(countValue)} / ${Math.round(longest)} ms` : "0";
}
