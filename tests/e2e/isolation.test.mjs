// End to end: isolation (issue #6, item 6). Several widgets on one page do not affect each other;
// destroy() leaves no timer, observer or request behind; a hostile host stylesheet does not
// break the layout inside the shadow root. Listeners left after destroy() are checked in
// embed.test.mjs. The page's timers and IntersectionObservers are counted by an init script
// that wraps them before embed.js runs (docs/security.md, "Isolation").
import { describe, test, before, after } from "node:test";
import assert from "node:assert/strict";
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { openSite } from "./site.mjs";
import { startFeedServer, good } from "./hostile-server.mjs";

const VERSION = "https://jsonfeed.org/version/1.1";
let site, feeds, browser, pages, siteUrl;

before(async () => {
  site = await openSite("isolation");
  ({ pages, browser, url: siteUrl } = site);
  feeds = await startFeedServer();
});

after(async () => {
  await site?.close();
  feeds?.close();
});

const sleep = (ms) => new Promise((done) => setTimeout(done, ms));
const minute = (n) => new Date(Date.UTC(2026, 10, 30, 10, 0) + n * 60000).toISOString().replace(".000", "");
const item = (id, n, title = `Update ${id}`) => ({
  id, title, content_html: `<p>Text of ${title}, long enough to wrap over more than one line in a narrow column.</p>`,
  date_published: minute(n), authors: [{ name: "Test Desk" }],
});
const feedOf = (title, { items = [], ...rest } = {}) => ({
  version: VERSION, title, _liveblog: { status: "live", key_points: ["One point", "Another point"] },
  items: [item("a1", 1), item("a2", 2), item("a3", 3), ...items], ...rest,
});

/** Counts the page's timers and IntersectionObservers: runs before any of the page's scripts. */
function instrument() {
  const kinds = { timeout: { pending: new Set(), fired: 0 }, interval: { pending: new Set(), fired: 0 } };
  let observing = 0;
  const wrap = (kind, set, clear) => {
    const counts = kinds[kind];
    window[set.name] = function (callback, delay, ...rest) {
      const id = set.call(window, (...args) => {
        if (kind === "timeout") counts.pending.delete(id);
        counts.fired += 1;
        callback(...args);
      }, delay, ...rest);
      counts.pending.add(id);
      return id;
    };
    window[clear.name] = function (id) {
      counts.pending.delete(id);
      return clear.call(window, id);
    };
  };
  wrap("timeout", window.setTimeout, window.clearTimeout);
  wrap("interval", window.setInterval, window.clearInterval);
  const Observer = window.IntersectionObserver;
  window.IntersectionObserver = class extends Observer {
    #targets = new Set();
    observe(target) { if (!this.#targets.has(target)) { this.#targets.add(target); observing += 1; } super.observe(target); }
    unobserve(target) { if (this.#targets.delete(target)) observing -= 1; super.unobserve(target); }
    disconnect() { observing -= this.#targets.size; this.#targets.clear(); super.disconnect(); }
  };
  window.__timers = () => ({
    timeouts: kinds.timeout.pending.size, intervals: kinds.interval.pending.size,
    fired: kinds.timeout.fired + kinds.interval.fired, observing,
  });
}

async function open(name, head, body) {
  await writeFile(join(pages, `${name}.html`), `<!doctype html>
<html lang="en-GB"><head><meta charset="utf-8"><title>${name}</title><link rel="icon" href="data:,">${head}</head>
<body>${body}<script async src="/liveblog/embed.js"></script></body></html>`);
  const context = await browser.newContext({ viewport: { width: 900, height: 900 } });
  await context.addInitScript(instrument);
  const page = await context.newPage();
  const problems = [];
  page.on("pageerror", (error) => problems.push(`pageerror: ${error.message}`));
  page.on("console", (message) => {
    const network = /^Failed to load resource|net::ERR_/.test(message.text());
    if (message.type() === "error" && !network) problems.push(`console: ${message.text()}`);
  });
  await page.goto(`${siteUrl}news/${name}.html`);
  await page.waitForFunction(() => window.LiveBlog);
  return { page, context, problems };
}

async function waitFor(check, timeoutMs) {
  const start = Date.now();
  while (Date.now() - start < timeoutMs) {
    if (await check()) return true;
    await sleep(100);
  }
  return false;
}

describe("isolation", { concurrency: true }, () => {
  test("widgets with different feeds on one page do not affect each other, and destroy() stops one", async () => {
    const name = (widget) => `iso-${widget}`;
    feeds.set(name("healthy"), good(feedOf("Healthy blog")));
    feeds.set(name("failing"), good(feedOf("Failing blog")));
    feeds.set(name("closed"), good(feedOf("Closed blog", { expired: true, _liveblog: { status: "closed", notice: "Closed." } })));
    feeds.set(name("destroyed"), good(feedOf("Destroyed blog")));
    const { page, context, problems } = await open("several", "", `
      <div id="healthy" data-liveblog-feed="${feeds.url(name("healthy"))}" data-liveblog-poll-interval="5"></div>
      <live-blog id="failing" feed="${feeds.url(name("failing"))}" poll-interval="5"></live-blog>
      <div id="closed" data-liveblog-feed="${feeds.url(name("closed"))}" data-liveblog-poll-interval="5"></div>
      <div id="destroyed"></div>`);
    await page.evaluate(() => {
      window.__errors = [];
      document.addEventListener("liveblog:error", (event) => window.__errors.push(event.target.id));
    });
    await page.evaluate((feed) => {
      window.__handle = window.LiveBlog.mount(document.getElementById("destroyed"), { feed, pollInterval: 5 });
    }, feeds.url(name("destroyed")));
    for (const id of ["healthy", "failing", "closed", "destroyed"]) {
      await page.locator(`#${id}`).locator("#lb-a3").waitFor({ timeout: 20000 });
    }

    feeds.set(name("failing"), { status: 500, body: "down" }, "hostile");
    feeds.set(name("healthy"), good(feedOf("Healthy blog", { items: [item("fresh", 10)] })), "updated");
    await page.locator("#failing .lb-error").waitFor({ timeout: 20000 });
    await page.locator("#healthy").locator("#lb-fresh").waitFor({ timeout: 20000 });
    for (const id of ["healthy", "closed", "destroyed"]) {
      assert.equal(await page.locator(`#${id} .lb-error`).count(), 0, `no error shown in #${id}`);
    }
    assert.equal(await page.locator("#failing").locator("#lb-a3").count(), 1, "the failing blog keeps its content");
    assert.equal(await page.locator("#failing").locator("#lb-fresh").count(), 0, "and gets nothing of another feed");
    assert.match(await page.locator("#closed .lb-state").textContent(), /Closed/);
    assert.deepEqual([...new Set(await page.evaluate(() => window.__errors))], ["failing"], "errors only from the failing widget");

    const before = await page.evaluate(() => window.__timers());
    // Three widgets poll (the closed one does not): one timer each, plus request deadlines.
    assert.ok(before.timeouts >= 3, `a pending poll per polling widget (${JSON.stringify(before)})`);
    const counted = () => Object.fromEntries(["healthy", "failing", "closed", "destroyed"]
      .map((widget) => [widget, feeds.log(name(widget)).length]));
    await page.evaluate(() => window.__handle.destroy());
    const atDestroy = counted();
    await sleep(12500); // two intervals at the 5 s floor, with jitter
    const later = counted();
    assert.equal(later.destroyed, atDestroy.destroyed, "no request for the destroyed widget's feed");
    assert.equal(later.closed, 1, "the closed blog was fetched once");
    assert.ok(later.healthy >= atDestroy.healthy + 2, `the healthy widget kept polling (${atDestroy.healthy} → ${later.healthy})`);
    assert.ok(later.failing >= atDestroy.failing + 1, `the failing widget kept retrying (${atDestroy.failing} → ${later.failing})`);
    assert.equal(await page.$eval("#destroyed", (host) => host.shadowRoot.childNodes.length), 0);
    for (const id of ["healthy", "failing", "closed"]) {
      assert.equal(await page.locator(`#${id}`).locator("#lb-a3").count(), 1, `#${id} still shows its updates`);
    }
    const { intervals } = await page.evaluate(() => window.__timers());
    assert.equal(before.intervals, 1, "one clock for the relative times of every widget on the page");
    assert.equal(intervals, 1, "which runs on for the widgets left");
    console.log(`several widgets: requests during 12.5 s after destroy(): ${JSON.stringify(
      Object.fromEntries(Object.keys(later).map((key) => [key, later[key] - atDestroy[key]])))}`);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test("destroy() leaves no timer, observer or request behind, idle or mid-request", async () => {
    const { page, context, problems } = await open("teardown", "", `<div id="one"></div><div id="two"></div>`);
    feeds.set("teardown-idle", good(feedOf("Idle")));
    feeds.set("teardown-busy", good(feedOf("Busy")));
    const mount = (id, feed) => page.evaluate(([id, feed]) => {
      window.__handle = window.LiveBlog.mount(document.getElementById(id), { feed, pollInterval: 5 });
    }, [id, feed]);
    const timers = () => page.evaluate(() => window.__timers());

    // Idle: between two polls, the widget's only timer is its next poll.
    await mount("one", feeds.url("teardown-idle"));
    await page.locator("#one").locator("#lb-a3").waitFor({ timeout: 20000 });
    await sleep(300);
    const idle = await timers();
    assert.equal(idle.timeouts, 1, `one pending timeout: the next poll (${JSON.stringify(idle)})`);
    assert.ok(idle.intervals <= 1, "at most one interval: the clock of relative times");
    assert.equal(idle.observing, 1, "one observed element: the top of the widget");
    await page.evaluate(() => window.__handle.destroy());
    const requests = feeds.log("teardown-idle").length;
    await sleep(100);
    const gone = await timers();
    assert.deepEqual([gone.timeouts, gone.intervals], [0, 0], "the pending poll and the clock were cancelled");
    assert.equal(gone.observing, 0, "the observer was disconnected");

    // Busy: destroyed while its request hangs.
    await mount("two", feeds.url("teardown-busy"));
    await page.locator("#two").locator("#lb-a3").waitFor({ timeout: 20000 });
    feeds.set("teardown-busy", { hang: true }, "hanging");
    assert.ok(await waitFor(async () => feeds.log("teardown-busy").some((entry) => entry.mode === "hanging"), 10000));
    await sleep(200);
    const busy = await timers();
    assert.equal(busy.timeouts, 1, `one pending timeout: the request's deadline (${JSON.stringify(busy)})`);
    await page.evaluate(() => window.__handle.destroy());
    assert.ok(await waitFor(async () => feeds.log("teardown-busy").at(-1).aborted, 3000), "the request in flight was aborted");
    const fired = (await timers()).fired;
    assert.deepEqual([(await timers()).timeouts, (await timers()).intervals], [0, 0], "the deadline and the clock were cancelled");

    await sleep(11000); // two intervals
    const after = await timers();
    assert.equal(after.fired, fired, "no timer fired after destroy()");
    assert.deepEqual([after.timeouts, after.intervals, after.observing], [0, 0, 0]);
    assert.equal(feeds.log("teardown-idle").length, requests, "no request after destroy()");
    assert.equal(feeds.log("teardown-busy").filter((entry) => entry.mode === "hanging").length, 1);
    console.log(`destroy(): idle ${JSON.stringify(idle)} → ${JSON.stringify(gone)}; mid-request ${JSON.stringify(busy)} → ${JSON.stringify(after)}`);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test("a hostile host stylesheet does not break the layout inside the shadow root", async () => {
    feeds.set("css", good(feedOf("Hostile stylesheet", { items: [item("a4", 4), item("a5", 5)] })));
    // Everything in the light DOM restyled, the widgets' hosts included: every inherited
    // property set to something unreadable, and the elements the widget uses inside hidden,
    // inlined or positioned on top of each other.
    const hostile = `<style>
      * { all: unset; display: inline !important; font-size: 2px !important; line-height: 0 !important; }
      html { font-size: 2px !important; }
      div { display: none !important; }
      section, article, header, ul, ol, li, p, h2, h3, h4, button, time, span, img, figure, a {
        position: absolute !important; top: 0 !important; left: 0 !important; display: inline !important;
        width: 1px !important; height: 1px !important; overflow: hidden !important; margin: 0 !important;
        padding: 0 !important; float: right !important; visibility: hidden !important; }
      live-blog, [data-liveblog-feed] {
        display: block !important; width: 600px; font: italic 900 2px/0 monospace !important;
        color: transparent !important; -webkit-text-fill-color: transparent !important;
        letter-spacing: 1em !important; word-spacing: 3em !important; white-space: nowrap !important;
        text-transform: uppercase !important; text-align: right !important; text-indent: -999px !important;
        writing-mode: vertical-rl !important; text-shadow: 0 0 4px red !important;
        list-style: square inside !important; cursor: none !important; hyphens: none !important;
        word-break: break-all !important; font-variant: small-caps !important; tab-size: 99 !important;
      }
      *::before, *::after { content: "!" !important; display: block !important; }
    </style>`;
    const { page, context, problems } = await open("hostile-css", hostile, `
      <h1>Article</h1><p>Host page text.</p>
      <live-blog id="custom" feed="${feeds.url("css")}"></live-blog>
      <aside id="attribute" data-liveblog-feed="${feeds.url("css")}"></aside>`);
    for (const id of ["custom", "attribute"]) {
      await page.locator(`#${id}`).locator("#lb-a5").waitFor({ state: "attached", timeout: 20000 });
    }
    await sleep(300);
    // LIVEBLOG_SCREENSHOT=path.png saves what the page looks like (to look at, not to compare).
    if (process.env.LIVEBLOG_SCREENSHOT) {
      await page.screenshot({ path: process.env.LIVEBLOG_SCREENSHOT, fullPage: true });
    }
    const report = [];
    for (const id of ["custom", "attribute"]) {
      const layout = await page.$eval(`#${id}`, (host) => {
        const root = host.shadowRoot;
        const style = (selector) => getComputedStyle(root.querySelector(selector));
        const updates = [...root.querySelectorAll(".lb-updates .lb-update")].map((element) => {
          const box = element.getBoundingClientRect();
          return { top: box.top, bottom: box.bottom, left: box.left, width: box.width, height: box.height };
        });
        const body = style(".lb-update .lb-body p");
        const frame = root.querySelector(".lb-frame");
        return {
          updates,
          display: style(".lb-update").display,
          visibility: style(".lb").visibility,
          title: parseFloat(style(".lb-title").fontSize),
          body: parseFloat(body.fontSize),
          lineHeight: parseFloat(body.lineHeight),
          color: body.color, fill: body.webkitTextFillColor, letterSpacing: body.letterSpacing,
          whiteSpace: body.whiteSpace, textTransform: body.textTransform, writingMode: body.writingMode,
          textIndent: body.textIndent, fontStyle: body.fontStyle,
          overflow: frame.scrollWidth - frame.clientWidth,
          width: frame.getBoundingClientRect().width,
        };
      });
      const { updates } = layout;
      assert.equal(updates.length, 5, `#${id}: every update rendered`);
      for (const [index, box] of updates.entries()) {
        assert.ok(box.height > 20 && box.width > 300, `#${id}: update ${index} is visible (${JSON.stringify(box)})`);
        if (index > 0) {
          assert.ok(box.top >= updates[index - 1].bottom - 1, `#${id}: updates stacked vertically`);
          assert.equal(box.left, updates[0].left, `#${id}: updates aligned`);
        }
      }
      assert.equal(layout.visibility, "visible", `#${id}: visible`);
      // `medium` is 16 px, or 13 px for a page font of plain `monospace` (as here), as browsers do.
      assert.ok(layout.body >= 13, `#${id}: readable body text (${layout.body} px)`);
      assert.ok(layout.title > layout.body, `#${id}: the title is larger (${layout.title} px)`);
      assert.ok(layout.lineHeight >= layout.body * 1.2, `#${id}: lines do not overlap (${layout.lineHeight} px)`);
      assert.equal(layout.color, "rgb(26, 26, 26)", `#${id}: the theme's text colour`);
      assert.equal(layout.fill, layout.color, `#${id}: text is painted`);
      assert.deepEqual(
        [layout.letterSpacing, layout.whiteSpace, layout.textTransform, layout.writingMode, layout.textIndent, layout.fontStyle],
        ["normal", "normal", "none", "horizontal-tb", "0px", "normal"], `#${id}: no inherited typography`);
      assert.ok(layout.overflow <= 1, `#${id}: text wraps inside the widget (${layout.overflow} px overflow)`);
      report.push(`#${id}: ${layout.updates.length} updates stacked, body ${layout.body} px, title ${layout.title} px, ` +
        `line ${layout.lineHeight} px, frame ${Math.round(layout.width)} px wide`);
    }
    console.log(`hostile host CSS: ${report.join("; ")}`);
    assert.deepEqual(problems, []);
    await context.close();
  });
});
