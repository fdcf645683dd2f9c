// End to end: reading a long blog in the built dist/. A link to an update on an older page
// (`#lb-p02`, two `next_url` pages away), the key-events links and filter, and "Copy link".
// Fixtures: tests/fixtures/paging-{1,2,3}.json, updates p10 (newest) to p01, key events p09,
// p06 and p03.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { openSite } from "./site.mjs";

let site, browser, pages, siteUrl;

before(async () => {
  site = await openSite("reading");
  ({ pages, browser } = site);
  siteUrl = `${site.url}news/`;
  await writeFile(join(pages, "article.html"), `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Host page</title><link rel="icon" href="data:,"></head>
<body><h1>A publisher's article</h1><p style="height: 1500px">A long introduction.</p>
<div data-liveblog-feed="/feeds/paging-1.json" data-liveblog-page-size="3"></div>
<p style="height: 3000px">The rest of the article.</p>
<script async src="/liveblog/embed.js"></script></body></html>`);
});

after(async () => {
  await site?.close();
});

async function open(fragment = "", { context } = {}) {
  const page = await (context ?? browser).newPage({ viewport: { width: 800, height: 600 } });
  const feeds = [];
  const problems = [];
  page.on("request", (request) => {
    if (request.url().includes("/feeds/")) feeds.push(new URL(request.url()).pathname);
  });
  page.on("pageerror", (error) => problems.push(error.message));
  await page.goto(`${siteUrl}article.html${fragment}`);
  await page.locator(".lb-updates .lb-update").first().waitFor();
  return { page, feeds, problems };
}

const shownIds = (page) => page.$eval("[data-liveblog-feed]", (host) =>
  [...host.shadowRoot.querySelectorAll(".lb-updates .lb-update")].map((article) => article.id));

test("a link to an update two pages back fetches those pages, shows it highlighted and scrolls to it", async () => {
  const { page, feeds, problems } = await open("#lb-p02");
  const target = page.locator(".lb-updates .lb-target");
  await target.waitFor();
  assert.equal(await target.getAttribute("id"), "lb-p02");
  assert.deepEqual([...new Set(feeds)], ["/feeds/paging-1.json", "/feeds/paging-2.json", "/feeds/paging-3.json"]);
  assert.equal((await shownIds(page)).length, 9, "whole pages down to it");
  await page.waitForFunction(() => {
    const host = document.querySelector("[data-liveblog-feed]");
    const box = host.shadowRoot.querySelector(".lb-target").getBoundingClientRect();
    return box.top >= 0 && box.top < innerHeight;
  });
  const focused = await page.evaluate(() => document.activeElement === document.body);
  assert.ok(focused, "no focus moved by a link in the address");
  assert.deepEqual(problems, []);
  await page.close();
});

test("key-event links jump to their update and the filter lists only key events, at once", async () => {
  const { page, feeds } = await open();
  const links = page.locator(".lb-key-events a");
  assert.deepEqual(await links.evaluateAll((all) => all.map((link) => link.getAttribute("href"))), ["#lb-p09"]);
  await links.first().click();
  await page.locator(".lb-updates .lb-target#lb-p09").waitFor();
  assert.equal(new URL(page.url()).hash, "", "the page's address stays as it was");
  assert.equal(await page.evaluate(() => document.activeElement.shadowRoot?.activeElement?.id), "lb-p09");
  // The updates down to it are laid out (so that it lands where it was scrolled to), the ones
  // below it may wait off screen as before.
  const layout = await page.$eval("[data-liveblog-feed]", (host) => [...host.shadowRoot.querySelectorAll(".lb-updates .lb-update")]
    .map((update) => `${update.id} ${getComputedStyle(update).contentVisibility}`));
  assert.deepEqual(layout, ["lb-p10 visible", "lb-p09 visible", "lb-p08 auto"]);

  const requestsBefore = feeds.length;
  await page.locator(".lb-filter").click();
  assert.equal(await page.locator(".lb-filter").getAttribute("aria-pressed"), "true");
  assert.deepEqual(await shownIds(page), ["lb-p09"]);
  assert.equal(feeds.length, requestsBefore, "filtering fetched nothing");
  await page.locator(".lb-filter").click();
  assert.deepEqual(await shownIds(page), ["lb-p10", "lb-p09", "lb-p08"]);
  await page.close();
});

test("past five key events, the rest fold behind \"Show all\", which opens and closes again", async () => {
  const items = Array.from({ length: 8 }, (_, index) => ({
    id: `k${index}`, title: `Key moment ${index}`, content_html: `<p>Moment ${index}.</p>`,
    date_published: new Date(Date.UTC(2026, 10, 30, 12, 50 - index)).toISOString(),
    _liveblog: { key_event: true },
  }));
  await writeFile(join(pages, "key-events.json"), JSON.stringify({
    version: "https://jsonfeed.org/version/1.1", title: "Eight key events", items,
  }));
  await writeFile(join(pages, "key-events.html"), `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Host page</title><link rel="icon" href="data:,"></head>
<body><div data-liveblog-feed="/news/key-events.json"></div>
<script async src="/liveblog/embed.js"></script></body></html>`);
  const page = await browser.newPage({ viewport: { width: 800, height: 600 } });
  await page.goto(`${siteUrl}key-events.html`);
  const visibleLinks = () => page.locator(".lb-key-events a").evaluateAll((links) =>
    links.filter((link) => link.checkVisibility()).length);
  const summary = page.locator(".lb-key-events summary");
  await summary.waitFor();
  assert.equal(await visibleLinks(), 5);
  assert.equal((await summary.innerText()).trim(), "Show all");
  await summary.click();
  assert.equal(await visibleLinks(), 8);
  assert.equal((await summary.innerText()).trim(), "Show less");
  await summary.click();
  assert.equal(await visibleLinks(), 5);
  assert.equal((await summary.innerText()).trim(), "Show all");
  await page.close();
});

test("Copy link copies the page's address with the update's anchor, and says so", async () => {
  const context = await browser.newContext();
  await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: new URL(siteUrl).origin });
  const { page } = await open("", { context });
  const copy = page.locator("#lb-p08 .lb-copy");
  await copy.click();
  await page.locator("#lb-p08 .lb-copy", { hasText: "Link copied" }).waitFor();
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), `${siteUrl}article.html#lb-p08`);
  // The link says so in place: a keyboard or screen reader's focus stays on it.
  const focused = () => page.evaluate(() => {
    const active = document.activeElement.shadowRoot?.activeElement;
    return active?.classList.contains("lb-copy") && active.closest("article").id;
  });
  assert.equal(await focused(), "lb-p08");
  assert.equal(new URL(page.url()).hash, "", "copying does not navigate");
  await page.locator("#lb-p08 .lb-copy", { hasText: "Copy link" }).waitFor({ timeout: 5000 });
  assert.equal(await focused(), "lb-p08");
  await context.close();
});

test("Show more puts its cards in with one insertion, below the ones shown", async () => {
  const { page, problems } = await open();
  const shown = (count) => page.waitForFunction((count) => document.querySelector("[data-liveblog-feed]").shadowRoot
    .querySelectorAll(".lb-updates .lb-update").length === count, count);
  // The first page's last update, then three from the next page.
  await page.locator(".lb-more").click();
  await shown(4);
  await page.$eval("[data-liveblog-feed]", (host) => {
    window.__list = [];
    new MutationObserver((records) => {
      for (const record of records) {
        window.__list.push({ added: [...record.addedNodes].map((node) => node.firstElementChild?.id), removed: record.removedNodes.length });
      }
    }).observe(host.shadowRoot.querySelector(".lb-updates"), { childList: true });
  });
  await page.locator(".lb-more").click();
  await shown(7);
  assert.deepEqual(await shownIds(page), ["lb-p10", "lb-p09", "lb-p08", "lb-p07", "lb-p06", "lb-p05", "lb-p04"]);
  assert.deepEqual(await page.evaluate(() => window.__list), [{ added: ["lb-p06", "lb-p05", "lb-p04"], removed: 0 }],
    "one insertion of the three new cards, and no other card touched");
  assert.deepEqual(problems, []);
  await page.close();
});

test("a link to one widget's update does not send another widget on the page through its archive", async () => {
  // A second blog of five pages, none of which has the linked update.
  const pagesOf = 5;
  for (let number = 1; number <= pagesOf; number += 1) {
    const items = [3, 2, 1].map((step) => {
      const serial = (pagesOf - number) * 3 + step;
      return { id: `o${serial}`, content_text: `Other blog, update ${serial}.`,
        date_published: new Date(Date.UTC(2026, 10, 29, 0, serial)).toISOString() };
    });
    const next = number < pagesOf ? { next_url: `other-${number + 1}.json` } : {};
    await writeFile(join(pages, `other-${number}.json`),
      JSON.stringify({ version: "https://jsonfeed.org/version/1.1", title: "Other blog", items, ...next }));
  }
  await writeFile(join(pages, "two.html"), `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Two blogs</title><link rel="icon" href="data:,"></head>
<body><div id="first" data-liveblog-feed="/feeds/paging-1.json" data-liveblog-page-size="3"></div>
<div id="second" data-liveblog-feed="/news/other-1.json" data-liveblog-page-size="3"></div>
<script async src="/liveblog/embed.js"></script></body></html>`);
  const page = await browser.newPage({ viewport: { width: 800, height: 600 } });
  const others = [];
  const problems = [];
  page.on("request", (request) => {
    const name = new URL(request.url()).pathname.split("/").pop();
    if (name.startsWith("other-")) others.push(name);
  });
  page.on("pageerror", (error) => problems.push(error.message));
  await page.goto(`${siteUrl}two.html#lb-p09`);
  await page.locator("#first .lb-updates .lb-target#lb-p09").waitFor();
  await page.locator("#second .lb-updates .lb-update").first().waitFor();
  await page.waitForTimeout(1500);
  const older = [...new Set(others)].filter((name) => name !== "other-1.json");
  // The second widget may have asked for one older page before the first showed the update.
  assert.ok(older.length <= 1, `the second widget fetched ${older.join(", ")}`);
  assert.equal(await page.locator("#second .lb-target").count(), 0);
  assert.deepEqual(problems, []);
  await page.close();
});
