// End to end: live behaviour against the project's demo server (`liveblog serve --control`), with
// the built dist/ and the host page on a plain static host. Each test has its own server, so the
// tests run concurrently; polling is at its 5 s floor.
import { describe, test, before, after } from "node:test";
import assert from "node:assert/strict";
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { openSite } from "./site.mjs";
import { startDemoServer } from "./demo-server.mjs";

let site, browser, pages, siteUrl;
const servers = [];

before(async () => {
  site = await openSite("live");
  ({ pages, browser, url: siteUrl } = site);
});

after(async () => {
  await site?.close();
  servers.forEach((demo) => demo.stop());
});

const sleep = (ms) => new Promise((done) => setTimeout(done, ms));

/** A demo server and a page embedding its feed, polled at the 5 s floor. */
async function live(name, { before = "", after = "" } = {}) {
  const demo = await startDemoServer();
  servers.push(demo);
  await writeFile(join(pages, `${name}.html`), `<!doctype html>
<html lang="en-GB"><head><meta charset="utf-8"><title>${name}</title><link rel="icon" href="data:,">
<meta name="viewport" content="width=device-width, initial-scale=1"></head>
<body style="margin:0 auto;max-width:700px;font:18px/1.5 Georgia,serif">
${before}
<div id="blog" data-liveblog-feed="${demo.feed}" data-liveblog-poll-interval="5"></div>
${after}
<script async src="/liveblog/embed.js"></script></body></html>`);
  const context = await browser.newContext({ viewport: { width: 900, height: 800 } });
  const page = await context.newPage();
  const problems = [];
  page.on("pageerror", (error) => problems.push(error.message));
  await page.goto(`${siteUrl}news/${name}.html`);
  await page.locator(".lb-updates .lb-update").first().waitFor();
  const close = async () => {
    await context.close();
    demo.stop();
  };
  return { demo, page, context, problems, close };
}

/** The feed requests in the server's log, as seconds since the first one. */
function gaps(log) {
  return log.slice(1).map((entry, index) => (entry.t_ms - log[index].t_ms) / 1000);
}

async function waitFor(check, timeoutMs = 15000) {
  const start = Date.now();
  while (Date.now() - start < timeoutMs) {
    if (await check()) return true;
    await sleep(200);
  }
  return false;
}

const update = (id, title) => ({
  id, title, content_html: `<p>Text of ${title}.</p>`, authors: [{ name: "Test Desk" }],
});

describe("live updates", { concurrency: true }, () => {
  test("an idle poll is a 304 with no body and no DOM mutation", async () => {
    const { demo, page, problems, close } = await live("idle");
    await page.evaluate(() => {
      window.__mutations = 0;
      const root = document.getElementById("blog").shadowRoot;
      new MutationObserver((records) => { window.__mutations += records.length; })
        .observe(root, { subtree: true, childList: true, attributes: true, characterData: true });
    });
    const sizes = [];
    page.on("requestfinished", async (request) => {
      if (request.url().endsWith("feed.json")) sizes.push(await request.sizes());
    });
    await demo.clearLog();
    await sleep(11500);
    const log = await demo.log();
    assert.ok(log.length >= 2, `polled at least twice in 11.5 s (${log.length})`);
    const [first] = sizes;
    console.log(`idle poll on the wire: request headers ${first.requestHeadersSize} B, ` +
      `response headers ${first.responseHeadersSize} B, response body ${first.responseBodySize} B`);
    for (const entry of log) {
      assert.equal(entry.status, 304, JSON.stringify(entry));
      assert.equal(entry.bytes, 0);
      assert.ok(entry.if_none_match, "the poll revalidated with If-None-Match");
    }
    assert.equal(await page.evaluate(() => window.__mutations), 0);
    assert.deepEqual(problems, []);
    await close();
  });

  test("failures back off, show an error with the content kept, then recover", async () => {
    const { demo, page, problems, close } = await live("backoff");
    const before = await page.locator(".lb-updates .lb-update").count();
    await demo.clearLog();
    await demo.control("fail", { mode: "500", count: 2 });
    assert.ok(await waitFor(async () => (await page.locator(".lb-error").count()) === 1));
    assert.equal(await page.locator(".lb-updates .lb-update").count(), before, "content stays on screen");
    // Polls before the fault was set are not part of the sequence: it starts at the first 500,
    // and needs the two polls after the two failures.
    const sequence = async () => {
      const all = await demo.log();
      const first = all.findIndex((entry) => entry.status === 500);
      return first < 0 ? [] : all.slice(first);
    };
    assert.ok(await waitFor(async () => (await sequence()).filter((e) => e.status !== 500).length >= 2, 45000));
    const log = await sequence();
    const statuses = log.map((entry) => entry.status);
    assert.deepEqual(statuses.slice(0, 2), [500, 500]);
    const [afterFirst, afterSecond, afterRecovery] = gaps(log);
    // Full jitter: after n failures the delay is drawn between the interval (5 s) and 5 × 2^n s;
    // after recovery it is the interval ± 20 % (never under 5 s). Half a second of slack for
    // timers on a busy machine.
    assert.ok(afterFirst >= 4.5 && afterFirst <= 10.5, `after one failure: ${afterFirst} s (5 to 10)`);
    assert.ok(afterSecond >= 4.5 && afterSecond <= 20.5, `after two failures: ${afterSecond} s (5 to 20)`);
    assert.ok(afterRecovery >= 4.5 && afterRecovery <= 6.5, `after recovery: ${afterRecovery} s (5 to 6)`);
    assert.equal(await page.locator(".lb-error").count(), 0, "the error clears on recovery");
    console.log(`backoff observed: ${gaps(log).map((gap) => gap.toFixed(1)).join(" s, ")} s; statuses ${statuses.join(",")}`);
    assert.deepEqual(problems, []);
    await close();
  });

  test("Retry-After on a 503 is honoured", async () => {
    const { demo, close } = await live("retry");
    await demo.clearLog();
    await demo.control("fail", { mode: "503", count: 1, retry_after: 12 });
    assert.ok(await waitFor(async () => (await demo.log()).some((entry) => entry.status === 503), 10000));
    assert.ok(await waitFor(async () => (await demo.log()).at(-1).status !== 503, 25000));
    const all = await demo.log();
    const log = all.slice(all.findIndex((entry) => entry.status === 503));
    const [gap] = gaps(log);
    assert.ok(gap >= 11.8 && gap <= 15.5, `waited ${gap} s after Retry-After: 12 (up to +20 % jitter)`);
    await close();
  });

  test("a feed that hangs is abandoned in time, and a malformed one keeps the content", async () => {
    const { demo, page, problems, close } = await live("hostile");
    const before = await page.locator(".lb-updates .lb-update").count();
    const errors = [];
    await page.exposeFunction("__reportError", (detail) => errors.push(detail));
    await page.evaluate(() => document.addEventListener("liveblog:error", (event) => window.__reportError(event.detail)));
    await demo.control("fail", { mode: "slow", delay_ms: 20000, count: 1 });
    assert.ok(await waitFor(() => errors.length === 1, 20000), "the hung request was abandoned");
    assert.equal(errors[0].message, "the feed did not answer in time");
    assert.equal(await page.locator(".lb-updates .lb-update").count(), before, "content stays on screen");
    await demo.control("fail", { mode: "malformed", count: 1 });
    assert.ok(await waitFor(() => errors.length === 2, 25000));
    assert.equal(errors[1].message, "the feed is not valid JSON");
    assert.ok(await waitFor(async () => (await page.locator(".lb-error").count()) === 0, 40000), "recovered");
    assert.equal(await page.locator(".lb-updates .lb-update").count(), before);
    assert.deepEqual(problems, []);
    await close();
  });

  test("no request goes out while the page is hidden or offline, and one goes at once on return", async () => {
    const { demo, page, context, close } = await live("hidden");
    const setHidden = (hidden) => page.evaluate((value) => {
      Object.defineProperty(document, "hidden", { configurable: true, get: () => value });
      Object.defineProperty(document, "visibilityState", { configurable: true, get: () => (value ? "hidden" : "visible") });
      document.dispatchEvent(new Event("visibilitychange"));
    }, hidden);
    await setHidden(true);
    await demo.clearLog();
    await sleep(12000);
    assert.equal((await demo.log()).length, 0, "no requests while hidden");
    const returned = Date.now();
    await setHidden(false);
    assert.ok(await waitFor(async () => (await demo.log()).length === 1, 3000), "polled on return");
    console.log(`hidden 12 s: 0 requests; first request ${Date.now() - returned} ms after return (at most)`);

    await context.setOffline(true);
    await demo.clearLog();
    await sleep(11000);
    await context.setOffline(false);
    assert.ok(await waitFor(async () => (await demo.log()).length === 1, 3000), "polled on reconnect");
    await close();
  });

  test("edits and deletions reach the page, and closing stops polling", async () => {
    const { demo, page, problems, close } = await live("edits");
    await page.evaluate(() => { window.__edited = document.getElementById("blog").shadowRoot.getElementById("lb-u-012"); });
    await demo.control("edit", { id: "u-012", content_html: "<p>Corrected text.</p>" });
    await demo.control("delete", { id: "u-011" });
    // The two changes may reach the page in one poll or in two.
    assert.ok(await waitFor(async () => (await page.locator("#lb-u-011").count()) === 0));
    assert.equal(await page.locator("#lb-u-012 .lb-body").textContent(), "Corrected text.");
    assert.match(await page.locator("#lb-u-012").getAttribute("class"), /lb-revised/);
    assert.ok(await page.evaluate(() => window.__edited === document.getElementById("blog").shadowRoot.getElementById("lb-u-012")),
      "the edited update's card was brought up to date in place, not replaced");

    await demo.control("close", { notice: "This live blog has closed." });
    assert.ok(await waitFor(async () => (await page.locator(".lb-notice").count()) === 1));
    assert.match(await page.locator(".lb-state").textContent(), /Closed/);
    await demo.clearLog();
    await sleep(12000);
    assert.equal((await demo.log()).length, 0, "no polls after the blog closed");
    assert.deepEqual(problems, []);
    await close();
  });

  test("a reader halfway down keeps their place while updates arrive, and the button brings the newest", async () => {
    // The widget starts below the fold and the reader jumps straight past its top: no scroll
    // event passes through the in-between positions.
    const filler = "<p>" + "Article text. ".repeat(600) + "</p>";
    const { demo, page, problems, close } = await live("scroll", { before: filler, after: filler });
    const reading = page.locator("#lb-u-006");
    await page.evaluate(() => {
      const target = document.getElementById("blog").shadowRoot.getElementById("lb-u-006");
      window.scrollTo(0, target.getBoundingClientRect().top + window.scrollY - 200);
    });
    await sleep(300);
    const before = { y: await page.evaluate(() => window.scrollY), top: (await reading.boundingBox()).y };
    for (const n of [1, 2, 3]) await demo.control("publish", update(`t-00${n}`, `Breaking ${n}`));
    // The three may arrive in one poll or be split across two.
    assert.ok(await waitFor(async () => /3 new updates/.test(await page.locator(".lb-new").textContent().catch(() => ""))));
    assert.match(await page.locator("[aria-live=polite]").textContent(), /^[123] new updates?$/);
    const after = { y: await page.evaluate(() => window.scrollY), top: (await reading.boundingBox()).y };
    assert.equal(after.y - before.y, 0, "scroll position unchanged");
    assert.equal(after.top - before.top, 0, "what the reader reads did not move");
    assert.equal(await page.locator("#lb-t-003").count(), 0, "nothing was inserted above the reader");
    console.log(`scroll offset change while 3 updates arrived: ${after.y - before.y} px`);

    await page.locator(".lb-new").click();
    assert.ok(await waitFor(async () => (await page.locator("#lb-t-003").count()) === 1));
    const newest = await page.locator(".lb-updates .lb-update").first().getAttribute("id");
    assert.equal(newest, "lb-t-003");
    const box = await page.locator("#lb-t-003").boundingBox();
    assert.ok(box.y >= -1 && box.y < 800, `the newest update is in view (${box.y})`);
    assert.equal(await page.evaluate(() => document.getElementById("blog").shadowRoot.activeElement?.id), "lb-t-003");
    assert.deepEqual(problems, []);
    await close();
  });

  test("with the top in view a new update appears at once, highlighted", async () => {
    const { demo, page, close } = await live("top");
    await page.evaluate(() => {
      window.__list = { added: [], removed: 0 };
      new MutationObserver((records) => {
        for (const record of records) {
          window.__list.added.push(...[...record.addedNodes].map((node) => node.firstElementChild?.id));
          window.__list.removed += record.removedNodes.length;
        }
      }).observe(document.getElementById("blog").shadowRoot.querySelector(".lb-updates"), { childList: true });
    });
    await demo.control("publish", update("t-100", "Straight in"));
    assert.ok(await waitFor(async () => (await page.locator("#lb-t-100").count()) === 1));
    assert.deepEqual(await page.evaluate(() => window.__list), { added: ["lb-t-100"], removed: 0 },
      "one card inserted into the list, and no other touched");
    assert.equal(await page.locator(".lb-new").count(), 0);
    assert.match(await page.locator("#lb-t-100").getAttribute("class"), /lb-fresh/);
    assert.equal(await page.locator("[aria-live=polite]").textContent(), "1 new update");
    await close();
  });
});
