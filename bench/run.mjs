// The benchmark of issue #7: `bash scripts/bench.sh [--runs N] [--polls N] [--rates 1,4] [--memory]`.
// Drives the built dist/ and a plain JavaScript reference (bench/reference.js) in headless
// Chromium against bench/server.mjs, and prints one table per CPU throttling rate, each row the
// median of the runs. What each row measures: docs/benchmarks.md. Progress goes to stderr.
import { readFileSync } from "node:fs";
import { cpus, loadavg, totalmem } from "node:os";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { launch } from "./browser.mjs";
import { bigBlog, idleMinute, memorySession, smallBlog, smallBlogSlowNetwork } from "./scenarios.mjs";
import { startServer } from "./server.mjs";
import { medians, table } from "./table.mjs";

const USAGE = `Usage: bash scripts/bench.sh [--runs N] [--polls N] [--rates R,R] [--memory]
  --runs N    runs per scenario; each row is the median (default 5)
  --polls N   polls in the memory session (default 1000; at least 100 for the "after 100" rows)
  --rates R   CPU throttling rates, one table each (default 1,4)
  --memory    only the memory session, and only its rows`;

const repo = fileURLToPath(new URL("..", import.meta.url));

function options() {
  const { values } = parseArgs({
    options: { runs: { type: "string", default: "5" }, polls: { type: "string", default: "1000" },
      rates: { type: "string", default: "1,4" }, memory: { type: "boolean", default: false },
      help: { type: "boolean", default: false } },
  });
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  const runs = Number(values.runs);
  const polls = Number(values.polls);
  const rates = values.rates.split(",").map(Number);
  if (!(runs >= 1) || !(polls >= 1) || !rates.every((rate) => rate >= 1)) {
    console.error(USAGE);
    process.exit(2);
  }
  return { runs: Math.floor(runs), polls: Math.floor(polls), rates, memoryOnly: values.memory };
}

function progress(message) {
  process.stderr.write(`[bench] ${message}\n`);
}

function machine(browserVersion) {
  const model = readFileSync("/proc/cpuinfo", "utf8").match(/^model name\s*:\s*(.*)$/m)?.[1] ?? "unknown";
  return `Machine: ${model}, ${cpus().length} cores, ${(totalmem() / 2 ** 30).toFixed(0)} GB; ` +
    `Chromium ${browserVersion} (headless); Node.js ${process.version}; ${new Date().toISOString().slice(0, 16)}Z`;
}

/** One run of every scenario at one throttling rate (with `memoryOnly`, of the memory session). */
async function run(ctx, notes) {
  const widget = {}, reference = {};
  if (ctx.memoryOnly) {
    const soak = await memorySession(ctx);
    notes.errors.push(...soak.errors);
    return { widget: soak.metrics, reference };
  }
  const small = { widget: await smallBlog(ctx, "widget"), reference: await smallBlog(ctx, "reference") };
  const slow = { widget: await smallBlogSlowNetwork(ctx, "widget"), reference: await smallBlogSlowNetwork(ctx, "reference") };
  const big = { widget: await bigBlog(ctx, "widget"), reference: await bigBlog(ctx, "reference") };
  const minute = { widget: await idleMinute(ctx, "widget"), reference: await idleMinute(ctx, "reference") };
  const soak = await memorySession(ctx);
  Object.assign(widget, small.widget.metrics, slow.widget.metrics, big.widget.metrics, minute.widget.metrics, soak.metrics);
  Object.assign(reference, small.reference.metrics, slow.reference.metrics, big.reference.metrics, minute.reference.metrics);
  notes.markup ??= {
    first: small.widget.markup === small.reference.markup || firstDifference(small.widget.markup, small.reference.markup),
    update: big.widget.markup === big.reference.markup || firstDifference(big.widget.markup, big.reference.markup),
  };
  notes.elsewhere ??= { widget: big.widget.elsewhere, reference: big.reference.elsewhere };
  for (const errors of [small.widget, small.reference, slow.widget, slow.reference, big.widget, big.reference,
    minute.widget, minute.reference, soak]
    .map((s) => s.errors)) {
    notes.errors.push(...errors);
  }
  return { widget, reference };
}

function firstDifference(a, b) {
  const [left, right] = [(a || "").split("\n"), (b || "").split("\n")];
  const at = left.findIndex((line, index) => line !== right[index]);
  return `differs at line ${at + 1}:\n  widget:    ${left[at]}\n  reference: ${right[at]}`;
}

function report(notes) {
  const lines = [];
  if (!notes.markup) return notes.errors.length ? `Page errors: ${[...new Set(notes.errors)].join("; ")}` : "";
  const markup = (name, check) => lines.push(`Reference markup, ${name}: ${check === true ? "identical to the widget's" : check}`);
  markup("first render of 20 updates", notes.markup.first);
  markup("new update's row and live region", notes.markup.update);
  const list = (nodes) => (nodes.length ? nodes.join(", ") : "none");
  lines.push(`Nodes inserted outside the new update (first run): widget: ${list(notes.elsewhere.widget)}; ` +
    `reference: ${list(notes.elsewhere.reference)}`);
  if (notes.errors.length) lines.push(`Page errors: ${[...new Set(notes.errors)].join("; ")}`);
  return lines.join("\n");
}

async function main() {
  const { runs, polls, rates, memoryOnly } = options();
  const started = Date.now();
  // Other processes compete for the same cores: the load average says how much.
  const load = loadavg().map((n) => n.toFixed(1)).join(" ");
  const server = await startServer({ dist: `${repo}dist`, benchDir: `${repo}bench` });
  const browser = await launch();
  const output = [machine(browser.version()), `Runs: ${runs} per row (median); memory session: ${polls} polls`];
  try {
    for (const rate of rates) {
      const ctx = { browser, server, rate, polls, memoryOnly };
      const notes = { errors: [] };
      const results = [];
      for (let index = 1; index <= runs; index += 1) {
        progress(`CPU ${rate}x: run ${index} of ${runs}`);
        results.push(await run(ctx, notes));
      }
      const title = rate === 1 ? "Unthrottled" : `CPU throttled ${rate}x (Emulation.setCPUThrottlingRate)`;
      output.push("", table(medians(results), title));
      const notesText = report(notes);
      if (notesText) output.push("", notesText);
    }
  } finally {
    await browser.close();
    await server.close();
  }
  output.push("", `Total time: ${((Date.now() - started) / 60_000).toFixed(1)} min; load average at the start ${load}, at the end ${loadavg().map((n) => n.toFixed(1)).join(" ")}`);
  console.log(output.join("\n"));
}

await main();
