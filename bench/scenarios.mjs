// The measured scenarios. Each opens its own page (a fresh browser context: cold cache) on its
// own feed, and returns flat metrics ({ "name": number }) for the table; `kind` is "widget" or
// "reference". Times are in ms of the page's own clock (performance.now and Resource Timing).
import { addUpdate, churn, createBlog, feedOf } from "./feeds.mjs";
import { SLOW_4G, longTaskMark, longTasks, memory, open } from "./browser.mjs";
import { referencePage, widgetPage } from "./pages.mjs";

const SCRIPT = { widget: "/dist/embed.js", reference: "/bench/reference.js" };
const TIMEOUT = { timeout: 180_000 };
/** How long after a poll's response the widget is given to react (or, idle, not to). */
const SETTLE_MS = 500;

/** Serves `blog` as a new feed and a page embedding it; opens the page. */
async function openBlog(ctx, kind, blog, { pageSize, expect, clock = false, network = null }) {
  const name = `${kind}-${(ctx.serial = (ctx.serial || 0) + 1)}`;
  ctx.server.setFeed(name, feedOf(blog));
  const html = (kind === "widget" ? widgetPage : referencePage)({ feed: `/feed/${name}.json`, pageSize, expect });
  const session = await open(ctx.browser, ctx.server.setPage(name, html), { rate: ctx.rate, clock, network });
  session.name = name;
  session.blog = blog;
  session.kind = kind;
  return session;
}

/** The first render: script tag → updates on screen, and feed response → in the DOM and on screen. */
async function firstRender({ page, kind }) {
  await page.waitForFunction(() => window.__bench.shown.first?.screen, null, TIMEOUT);
  const times = await page.evaluate((script) => {
    const entries = performance.getEntriesByType("resource");
    const tag = entries.find((entry) => new URL(entry.name).pathname === script);
    const feed = entries.find((entry) => entry.name.includes("/feed/"));
    const shown = window.__bench.shown.first;
    return { fromScript: shown.screen - tag.startTime, toDom: shown.dom - feed.responseEnd, toScreen: shown.screen - feed.responseEnd };
  }, SCRIPT[kind]);
  const tasks = await longTasks(page);
  return { ...times, longTasks: tasks.count, longestTask: tasks.longest };
}

/**
 * Polls once: the widget by its own timer (at most 6 s at the 5 s floor), the reference on call.
 * Resolves when the reference's poll is done (at once for the widget): await it after the response.
 */
function pollNow({ page, kind }) {
  if (kind === "widget") return Promise.resolve();
  return page.evaluate(() => document.getElementById("blog").referenceBlog.poll());
}

/** A first render of a 20-update blog. Also returns the rendered markup, for the reference check. */
export async function smallBlog(ctx, kind) {
  const session = await openBlog(ctx, kind, createBlog(20), { expect: 20 });
  const first = await firstRender(session);
  const markup = await session.page.evaluate(() => window.__bench.canonical(".lb"));
  await session.close();
  return { metrics: prefixed("first20", first), markup, errors: session.errors };
}

/**
 * The same first render on a slow mobile network (SLOW_4G), with dist/ and the reference served
 * gzipped: what a reader on a poor connection waits, the downloads and their round trips.
 */
export async function smallBlogSlowNetwork(ctx, kind) {
  const session = await openBlog(ctx, kind, createBlog(20), { expect: 20, network: SLOW_4G });
  const { fromScript } = await firstRender(session);
  await session.close();
  return { metrics: { "slow20.fromScript": fromScript }, errors: session.errors };
}

/** The newest page's size when the feed is paged, as docs/deploying.md advises. */
const NEWEST_PAGE = 50;

/**
 * A 1,000-update blog: its first render (page-size 500, the largest the widget accepts), "Show
 * more" to 1,000 shown, an idle poll, a poll that brings one new update in the whole feed, then
 * the feed cut down to its newest 50 updates plus `next_url` (the older ones stay on screen,
 * paged out) and another new update.
 */
export async function bigBlog(ctx, kind) {
  const session = await openBlog(ctx, kind, createBlog(1000), { pageSize: 500, expect: 500 });
  const first = await firstRender(session);
  const more = await showMore(session);
  const idle = await idlePoll(ctx, session);
  const added = await oneNewUpdate(ctx, session);
  session.feedOptions = { newest: NEWEST_PAGE };
  await settledPoll(ctx, session);
  const paged = await oneNewUpdate(ctx, session);
  await session.close();
  return {
    metrics: {
      ...prefixed("first1000", first),
      ...prefixed("more", more),
      "full1000.toDom": first.toDom + more.toDom,
      "full1000.toScreen": first.toScreen + more.toScreen,
      ...prefixed("idle", idle),
      ...prefixed("new", added.metrics),
      ...prefixed("paged", paged.metrics),
    },
    markup: added.markup,
    elsewhere: added.elsewhere,
    errors: session.errors,
  };
}

/** Click on "Show more" → 1,000 updates on screen. */
async function showMore({ page }) {
  const mark = await longTaskMark(page);
  const start = await page.evaluate(() => {
    window.__bench.when("more", ".lb-updates > li", 1000);
    const start = performance.now();
    window.__bench.roots[0].querySelector(".lb-more").click();
    return start;
  });
  await page.waitForFunction(() => window.__bench.shown.more?.screen, null, TIMEOUT);
  const shown = await page.evaluate(() => window.__bench.shown.more);
  const tasks = await longTasks(page, mark);
  return { toDom: shown.dom - start, toScreen: shown.screen - start, longTasks: tasks.count, longestTask: tasks.longest };
}

/** The next poll of an unchanged feed: its bytes on the wire and the DOM mutations it caused. */
async function idlePoll(ctx, session) {
  const { page } = session;
  const mark = await longTaskMark(page);
  await page.evaluate(() => window.__bench.resetMutations());
  const response = ctx.server.nextFeedResponse(session.name);
  const polled = pollNow(session);
  const exchange = await response;
  await polled;
  await page.waitForTimeout(SETTLE_MS);
  const mutations = await page.evaluate(() => {
    window.__bench.stopCounting();
    return window.__bench.mutationSummary();
  });
  const tasks = await longTasks(page, mark);
  return {
    status: exchange.status, sent: exchange.sent, received: exchange.received, bodyBytes: exchange.bodyBytes,
    mutations: mutations.records, longTasks: tasks.count, longestTask: tasks.longest,
  };
}

/** Serves the blog's current feed and lets the page poll it and settle. */
async function settledPoll(ctx, session) {
  ctx.server.setFeed(session.name, feedOf(session.blog, session.feedOptions));
  const response = ctx.server.nextFeedResponse(session.name);
  const polled = pollNow(session);
  await response;
  await polled;
  await session.page.waitForTimeout(SETTLE_MS);
}

/** Publishes one update and times the poll that brings it, from the feed's response on. */
async function oneNewUpdate(ctx, session) {
  const { page, blog } = session;
  const id = addUpdate(blog);
  const row = `.lb-updates > li:has(> #lb-${id})`;
  const mark = await longTaskMark(page);
  await page.evaluate(({ id, row }) => {
    window.__bench.resetMutations();
    window.__bench.when(id, row, 1);
  }, { id, row });
  ctx.server.setFeed(session.name, feedOf(blog, session.feedOptions));
  const response = ctx.server.nextFeedResponse(session.name);
  const polled = pollNow(session);
  const exchange = await response;
  await polled;
  await page.waitForFunction((id) => window.__bench.shown[id]?.screen, id, TIMEOUT);
  await page.waitForTimeout(SETTLE_MS);
  const result = await page.evaluate(({ id, row }) => {
    const shown = window.__bench.shown[id];
    const feed = performance.getEntriesByType("resource")
      .filter((entry) => entry.name.includes("/feed/") && entry.responseEnd <= shown.dom).pop();
    window.__bench.stopCounting();
    return {
      toDom: shown.dom - feed.responseEnd,
      toScreen: shown.screen - feed.responseEnd,
      mutations: window.__bench.mutationSummary(row),
      markup: window.__bench.canonical(row) + window.__bench.canonical("[aria-live]"),
    };
  }, { id, row });
  const tasks = await longTasks(page, mark);
  const { mutations } = result;
  return {
    metrics: {
      toDom: result.toDom, toScreen: result.toScreen, bytes: exchange.sent, mutations: mutations.records,
      inserted: mutations.inserted, insertedInside: mutations.inside, longTasks: tasks.count, longestTask: tasks.longest,
    },
    markup: result.markup,
    elsewhere: mutations.elsewhere,
  };
}

/**
 * An idle minute on a 1,000-update blog with 500 shown, its time fast-forwarded with Playwright's
 * fake clock (page.clock): six ticks of the relative times' ten-second clock and, for the widget,
 * its own polls of the unchanged feed (304s; the reference polls only when called, so its minute
 * is the ticks alone). Measures the main thread's busy time over the minute (CDP
 * Performance.getMetrics `TaskDuration`): what a reader's CPU pays for a tab left open.
 */
export async function idleMinute(ctx, kind) {
  const session = await openBlog(ctx, kind, createBlog(1000), { pageSize: 500, expect: 500, clock: true });
  const { page, cdp } = session;
  await page.waitForFunction(() => window.__bench.shown.first?.dom, null, TIMEOUT);
  await page.waitForTimeout(SETTLE_MS);
  const busy = async () => (await cdp.send("Performance.getMetrics")).metrics
    .find((metric) => metric.name === "TaskDuration").value * 1000;
  await page.evaluate(() => {
    window.__minuteErrors = 0;
    document.addEventListener("liveblog:error", () => { window.__minuteErrors += 1; });
  });
  const mark = await longTaskMark(page);
  const before = await busy();
  // A second at a time, with a moment of real time after each for the polls' requests: run
  // forward a minute at once, the fake clock would fire each request's deadline before its
  // response could arrive, and the minute would be one of timed-out polls.
  for (let second = 0; second < 60; second += 1) {
    await page.clock.runFor(1000);
    await page.waitForTimeout(50);
  }
  await page.waitForTimeout(SETTLE_MS);
  const after = await busy();
  const errors = await page.evaluate(() => window.__minuteErrors);
  const tasks = await longTasks(page, mark);
  await session.close();
  return {
    metrics: {
      "minute.busy": after - before, "minute.errors": errors, "minute.longTasks": tasks.count, "minute.longestTask": tasks.longest,
    },
    errors: session.errors,
  };
}

/**
 * The memory session (widget only): a 100-update blog shown whole (page-size 100, so the DOM
 * keeps its size), then `polls` polls that each publish, edit or delete an update in turn. The
 * widget's own poll timer is fast-forwarded with Playwright's fake clock (page.clock): every
 * poll goes through the real Timeout → PollGate → fetch (If-None-Match) → parse → merge →
 * render path, only without waiting 5 s of wall time for each.
 */
export async function memorySession(ctx) {
  const session = await openBlog(ctx, "widget", createBlog(100), { pageSize: 100, expect: 100, clock: true });
  const { page, blog } = session;
  await page.evaluate(() => window.__bench.untilUpdateEvents(1));
  const mark = await longTaskMark(page);
  const samples = { first: await memory(session) };
  const started = Date.now();
  for (let step = 1; step <= ctx.polls; step += 1) {
    churn(blog, step - 1);
    ctx.server.setFeed(session.name, feedOf(blog));
    await page.clock.fastForward(6000);
    await page.evaluate((events) => window.__bench.untilUpdateEvents(events), step + 1);
    if (step === Math.min(100, ctx.polls)) samples.hundred = await memory(session);
  }
  const seconds = (Date.now() - started) / 1000;
  samples.last = await memory(session);
  const tasks = await longTasks(page, mark);
  await session.close();
  const mb = (bytes) => bytes / 1024 / 1024;
  return {
    metrics: {
      "memory.heapFirst": mb(samples.first.heap),
      "memory.heapGrowth100": mb(samples.hundred.heap - samples.first.heap),
      "memory.heapGrowthAll": mb(samples.last.heap - samples.first.heap),
      "memory.wasmFirst": mb(samples.first.wasm),
      "memory.wasmGrowth100": mb(samples.hundred.wasm - samples.first.wasm),
      "memory.wasmGrowthAll": mb(samples.last.wasm - samples.first.wasm),
      "memory.nodesFirst": samples.first.nodes,
      "memory.nodesAll": samples.last.nodes,
      "memory.longTasks": tasks.count,
      "memory.longestTask": tasks.longest,
      "memory.seconds": seconds,
    },
    errors: session.errors,
  };
}

function prefixed(prefix, values) {
  return Object.fromEntries(Object.entries(values).map(([key, value]) => [`${prefix}.${key}`, value]));
}
