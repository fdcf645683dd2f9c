// A profiling harness for issue #7's two slow paths, not part of the benchmark table:
//   node bench/profile.mjs [--dist DIR] [--polls N] [--newest N] [--rate N] [--profile] [--top N] [--rounds N]
// Opens the widget (or, with --reference, bench/reference.js) on a 1,000-update blog at page-size
// 500, clicks "Show more" to 1,000 shown, then lets the widget's own timer bring `--polls` new
// updates one at a time (with --newest 50, from a feed cut to its newest 50). Prints each
// render's time (feed response → in the DOM, as bench/scenarios.mjs measures it) and, with
// --profile, the functions with the most self time in a CDP CPU profile of the new-update polls
// and of the full render (build DIR with bench/profile-build.sh so wasm functions keep their
// names). Several --rounds run one after the other in fresh browser contexts. --rate 4 throttles
// the CPU four times, as the benchmark's second table does.
import { parseArgs } from "node:util";
import { fileURLToPath } from "node:url";
import { writeFileSync } from "node:fs";
import { launch, open } from "./browser.mjs";
import { addUpdate, createBlog, feedOf } from "./feeds.mjs";
import { referencePage, widgetPage } from "./pages.mjs";
import { startServer } from "./server.mjs";

const repo = fileURLToPath(new URL("..", import.meta.url));
const { values: opts } = parseArgs({
  options: {
    dist: { type: "string", default: `${repo}target/profile-dist` },
    polls: { type: "string", default: "4" },
    newest: { type: "string", default: "0" },
    rate: { type: "string", default: "1" },
    rounds: { type: "string", default: "1" },
    top: { type: "string", default: "25" },
    profile: { type: "boolean", default: false },
    reference: { type: "boolean", default: false },
    save: { type: "string" },
  },
});
const kind = opts.reference ? "reference" : "widget";

/** Self and total time per function name, in ms, from a CDP Profiler profile. */
function aggregate(profile) {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map();
  for (const node of profile.nodes) for (const child of node.children || []) parent.set(child, node.id);
  const name = (node) => {
    const { functionName, url } = node.callFrame;
    const file = url ? url.split("/").pop() : "";
    return `${functionName || "(anonymous)"}${file && !file.endsWith(".wasm") ? ` [${file}]` : ""}`;
  };
  const self = new Map(), total = new Map();
  const { samples, timeDeltas } = profile;
  for (let i = 0; i < samples.length; i += 1) {
    const ms = (timeDeltas[i + 1] ?? 0) / 1000;
    const node = byId.get(samples[i]);
    const own = name(node);
    self.set(own, (self.get(own) || 0) + ms);
    const seen = new Set();
    for (let id = node.id; id !== undefined; id = parent.get(id)) {
      const n = name(byId.get(id));
      if (seen.has(n)) continue;
      seen.add(n);
      total.set(n, (total.get(n) || 0) + ms);
    }
  }
  return { self, total };
}

function printTop(title, profiles) {
  const merged = { self: new Map(), total: new Map() };
  for (const profile of profiles) {
    const { self, total } = aggregate(profile);
    for (const [k, v] of self) merged.self.set(k, (merged.self.get(k) || 0) + v);
    for (const [k, v] of total) merged.total.set(k, (merged.total.get(k) || 0) + v);
  }
  const skip = new Set(["(idle)", "(root)", "(program)", "(garbage collector)"]);
  const busy = [...merged.self].filter(([k]) => !skip.has(k)).reduce((s, [, v]) => s + v, 0);
  const n = profiles.length;
  console.log(`\n## ${title}: ${n} profile(s), per profile: busy ${(busy / n).toFixed(1)} ms, ` +
    `program ${((merged.self.get("(program)") || 0) / n).toFixed(1)} ms, GC ${((merged.self.get("(garbage collector)") || 0) / n).toFixed(1)} ms`);
  console.log("self ms | total ms | function");
  for (const [k, v] of [...merged.self].filter(([k]) => !skip.has(k)).sort((a, b) => b[1] - a[1]).slice(0, Number(opts.top))) {
    console.log(`${(v / n).toFixed(2).padStart(7)} | ${((merged.total.get(k) || 0) / n).toFixed(2).padStart(8)} | ${k.slice(0, 150)}`);
  }
}

async function startProfile(cdp) {
  await cdp.send("Profiler.enable");
  await cdp.send("Profiler.setSamplingInterval", { interval: 100 });
  await cdp.send("Profiler.start");
}

async function round(browser, server, serial, profiles) {
  const blog = createBlog(1000);
  const name = `p${serial}`;
  server.setFeed(name, feedOf(blog));
  const html = (kind === "widget" ? widgetPage : referencePage)({ feed: `/feed/${name}.json`, pageSize: 500, expect: 500 });
  const url = server.setPage(name, html);
  // The first render is profiled from the page load: open() navigates, so start on a blank page.
  const session = await open(browser, "about:blank");
  const { page, cdp } = session;
  if (opts.rate !== "1") await cdp.send("Emulation.setCPUThrottlingRate", { rate: Number(opts.rate) });
  if (opts.profile) await startProfile(cdp);
  await page.goto(url);
  await page.waitForFunction(() => window.__bench.shown.first?.dom, null, { timeout: 120_000 });
  const first = await page.evaluate(() => {
    const feed = performance.getEntriesByType("resource").find((entry) => entry.name.includes("/feed/"));
    return window.__bench.shown.first.dom - feed.responseEnd;
  });
  const more = await page.evaluate(() => new Promise((done) => {
    window.__bench.when("more", ".lb-updates > li", 1000);
    const start = performance.now();
    window.__bench.roots[0].querySelector(".lb-more").click();
    const check = () => (window.__bench.shown.more?.dom ? done(window.__bench.shown.more.dom - start) : setTimeout(check, 20));
    check();
  }));
  if (opts.profile) profiles.full.push((await cdp.send("Profiler.stop")).profile);
  const polls = [];
  const newest = Number(opts.newest);
  if (newest) {
    server.setFeed(name, feedOf(blog, { newest }));
    const response = server.nextFeedResponse(name);
    if (kind === "reference") await page.evaluate(() => document.getElementById("blog").referenceBlog.poll());
    await response;
    await page.waitForTimeout(500);
  }
  for (let i = 0; i < Number(opts.polls); i += 1) {
    const id = addUpdate(blog);
    await page.evaluate(({ id }) => window.__bench.when(id, `.lb-updates > li:has(> #lb-${id})`, 1), { id });
    server.setFeed(name, feedOf(blog, newest ? { newest } : {}));
    if (opts.profile) await startProfile(cdp);
    const response = server.nextFeedResponse(name);
    if (kind === "reference") await page.evaluate(() => document.getElementById("blog").referenceBlog.poll());
    await response;
    await page.waitForFunction((id) => window.__bench.shown[id]?.dom, id, { timeout: 60_000 });
    await page.waitForTimeout(100);
    if (opts.profile) profiles.poll.push((await cdp.send("Profiler.stop")).profile);
    polls.push(await page.evaluate((id) => {
      const shown = window.__bench.shown[id];
      const feed = performance.getEntriesByType("resource")
        .filter((entry) => entry.name.includes("/feed/") && entry.responseEnd <= shown.dom).pop();
      return shown.dom - feed.responseEnd;
    }, id));
  }
  if (session.errors.length) console.log("page errors:", session.errors);
  await session.close();
  return { first, more, polls };
}

const median = (list) => {
  const sorted = [...list].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

const server = await startServer({ dist: opts.dist, benchDir: `${repo}bench` });
const browser = await launch();
const profiles = { full: [], poll: [] };
const results = [];
try {
  for (let r = 1; r <= Number(opts.rounds); r += 1) {
    const result = await round(browser, server, r, profiles);
    results.push(result);
    console.log(`round ${r}: first 500 ${result.first.toFixed(1)} ms, show more ${result.more.toFixed(1)} ms, ` +
      `new update ${result.polls.map((t) => t.toFixed(1)).join(" ")} ms`);
  }
} finally {
  await browser.close();
  await server.close();
}
console.log(`median: full render ${median(results.map((r) => r.first + r.more)).toFixed(1)} ms, ` +
  `new update ${median(results.flatMap((r) => r.polls)).toFixed(1)} ms`);
if (opts.profile) {
  printTop("new-update polls", profiles.poll);
  printTop("full render (first 500 + show more)", profiles.full);
  if (opts.save) writeFileSync(opts.save, JSON.stringify(profiles));
}
