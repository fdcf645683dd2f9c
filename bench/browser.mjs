// Headless Chromium for the benchmark: Debian's /usr/bin/chromium driven by the end-to-end tests'
// playwright-core (installed by scripts/setup.sh; it downloads no browser), one fresh browser
// context per measured page so every page load starts with a cold HTTP cache, as a reader's
// first visit does.
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";

const require = createRequire(new URL("../tests/e2e/package.json", import.meta.url));
const { chromium } = require("playwright-core");
const PROBE = fileURLToPath(new URL("probe.js", import.meta.url));

export function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
      "--disable-sync", "--no-first-run"],
  });
}

/**
 * A slow mobile network, as Lighthouse's mobile profile has it ("slow 4G"): 150 ms of latency
 * per request, 1.6 Mbit/s down, 750 kbit/s up (CDP Network.emulateNetworkConditions, in bytes/s).
 */
export const SLOW_4G = { offline: false, latency: 150, downloadThroughput: 1_600_000 / 8, uploadThroughput: 750_000 / 8 };

/**
 * Opens `url` in a new context with the probe (probe.js) injected and the CPU slowed down
 * `rate` times (CDP Emulation.setCPUThrottlingRate), and the network slowed down to `network`
 * (say, SLOW_4G) when given. With `clock`, Playwright's fake timers are installed first, so
 * that the benchmark can fast-forward the widget's own poll timer.
 */
export async function open(browser, url, { rate = 1, clock = false, network = null } = {}) {
  const context = await browser.newContext({ viewport: { width: 1000, height: 800 } });
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (error) => errors.push(error.message));
  await page.addInitScript({ path: PROBE });
  if (clock) await page.clock.install();
  const cdp = await context.newCDPSession(page);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate });
  if (network) {
    await cdp.send("Network.enable");
    await cdp.send("Network.emulateNetworkConditions", network);
  }
  await cdp.send("Performance.enable");
  await page.goto(url);
  return { page, cdp, errors, close: () => context.close() };
}

/** JS heap (after a full garbage collection), wasm linear memory and DOM nodes, in bytes and nodes. */
export async function memory({ page, cdp }) {
  await cdp.send("HeapProfiler.collectGarbage");
  const { usedSize } = await cdp.send("Runtime.getHeapUsage");
  const { metrics } = await cdp.send("Performance.getMetrics");
  const nodes = metrics.find((metric) => metric.name === "Nodes")?.value;
  const wasm = await page.evaluate(() => window.__bench.wasmBytes());
  return { heap: usedSize, wasm, nodes };
}

/** Long tasks the probe saw from index `from` on: how many, and the longest in ms. */
export async function longTasks(page, from = 0) {
  // Long task entries are delivered after the task ends: give them a moment.
  await page.waitForTimeout(200);
  return page.evaluate((from) => {
    const tasks = window.__bench.longTasks.slice(from);
    return { count: tasks.length, longest: Math.max(0, ...tasks.map((task) => task.duration)) };
  }, from);
}

/** Where the long-task list ends now: pass it to `longTasks` later to count only what follows. */
export function longTaskMark(page) {
  return page.evaluate(() => window.__bench.longTasks.length);
}
