// End to end: the built dist/ on one static host (the "CDN"), embedded with the two tags of the
// contract in a page on another origin, driven in Debian's Chromium.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { launchChromium } from "./chromium.mjs";
import { serve } from "./static-server.mjs";

const repo = resolve(import.meta.dirname, "../..");
let cdn, site, browser, pages, siteUrl, cdnUrl;

before(async () => {
  pages = await mkdtemp(join(tmpdir(), "liveblog-e2e-"));
  cdn = await serve({ "/liveblog/": join(repo, "dist") });
  site = await serve({ "/news/": pages, "/feeds/": join(repo, "tests/fixtures") });
  cdnUrl = `http://localhost:${cdn.address().port}/liveblog/`;
  siteUrl = `http://127.0.0.1:${site.address().port}/news/`;
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  cdn?.close();
  site?.close();
});

/** Writes a host page whose body is `body` plus the embed script, and opens it. */
async function open(name, body, { onRequest, init } = {}) {
  await writeFile(join(pages, name), `<!doctype html>
<html lang="en-GB"><head><meta charset="utf-8"><title>Host page</title><link rel="icon" href="data:,">
<style>h2, h3, li, p { color: red !important; font-size: 40px !important; } ol { display: none !important; }</style>
</head><body><h1>A publisher's article</h1>${body}
<script async src="${cdnUrl}embed.js"></script></body></html>`);
  const page = await browser.newPage();
  const problems = [];
  page.on("pageerror", (error) => problems.push(`pageerror: ${error.message}`));
  page.on("console", (message) => { if (message.type() === "error") problems.push(`console: ${message.text()}`); });
  if (onRequest) page.on("request", onRequest);
  if (init) await page.addInitScript(init);
  await page.goto(siteUrl + name);
  return { page, problems };
}

const updateIds = (page, host = "[data-liveblog-feed]") => page.$eval(host, (element) =>
  [...element.shadowRoot.querySelectorAll(".lb-updates .lb-update")].map((article) => article.id));

test("the two embed tags render the feed's updates newest first in a shadow root", async () => {
  const { page, problems } = await open("article.html", `<div data-liveblog-feed="/feeds/summit.json"></div>`);
  await page.locator(".lb-updates .lb-update").first().waitFor();
  assert.deepEqual(await updateIds(page), ["lb-5", "lb-u-004", "lb-u-002", "lb-u-001", "lb-u-003"]);
  assert.equal(await page.locator(".lb-title").textContent(), "Harbour summit: live");
  assert.match(await page.locator(".lb-state").textContent(), /Live/);
  assert.deepEqual(await page.locator(".lb-key-points li").allTextContents(), [
    "Ministers from six port cities meet in Kestrelmouth",
    "A joint flood-defence fund is on the table",
    "Talks resume at 9am tomorrow",
  ]);
  assert.match(await page.locator(".lb-pinned .lb-headline").textContent(), /Welcome/);
  // Times carry a machine-readable datetime and a human-readable local time.
  const time = page.locator("#lb-u-002 .lb-time");
  assert.equal(await time.getAttribute("datetime"), "2026-11-30T10:05:00Z");
  assert.ok((await time.textContent()).length > 0);
  // Hostile bodies are defused, harmless formatting survives.
  assert.equal(await page.evaluate(() => window.__pwned), undefined);
  assert.equal(await page.locator("#lb-5 script, #lb-5 [onerror]").count(), 0);
  assert.equal(await page.locator("#lb-u-004 .lb-body a").getAttribute("href"), null);
  assert.equal(await page.locator("#lb-u-002 strong").textContent(), "10am");
  assert.equal(await page.locator("#lb-u-002 .lb-body a").getAttribute("rel"), "noopener noreferrer ugc");
  // The page's hostile CSS does not reach inside: the list is displayed.
  assert.ok(await page.locator(".lb-updates").isVisible());
  assert.deepEqual(problems, []);
  await page.close();
});

test("the page's first Intl formatter is built while the widget downloads, not when it mounts", async () => {
  // Notes, in order, the first Intl.DateTimeFormat built and the widget's shadow root attached.
  const init = () => {
    window.__order = [];
    const { DateTimeFormat } = Intl;
    Intl.DateTimeFormat = function (...args) {
      if (!window.__order.includes("intl")) window.__order.push("intl");
      return new DateTimeFormat(...args);
    };
    const { attachShadow } = Element.prototype;
    Element.prototype.attachShadow = function (...args) {
      window.__order.push("mount");
      return attachShadow.apply(this, args);
    };
  };
  const { page, problems } = await open("intl.html", `<div data-liveblog-feed="/feeds/summit.json"></div>`, { init });
  await page.locator(".lb-updates .lb-update").first().waitFor();
  assert.deepEqual(await page.evaluate(() => window.__order), ["intl", "mount"]);
  assert.deepEqual(problems, []);
  await page.close();
});

test("a closed blog shows its state and notice", async () => {
  const { page, problems } = await open("closed.html", `<div data-liveblog-feed="/feeds/closed.json"></div>`);
  await page.locator(".lb-notice").waitFor();
  assert.match(await page.locator(".lb-state").textContent(), /Closed/);
  assert.equal(await page.locator(".lb-notice").textContent(), "This live blog has now closed. Thank you for following.");
  assert.deepEqual(problems, []);
  await page.close();
});

test("widgets added later, the custom element and the JS API all mount, and destroy empties the widget", async () => {
  const { page, problems } = await open("many.html", `<live-blog feed="/feeds/closed.json"></live-blog>`);
  await page.locator("live-blog .lb-update").first().waitFor();
  await page.evaluate(() => {
    const later = document.createElement("div");
    later.id = "later";
    later.dataset.liveblogFeed = "/feeds/summit.json";
    document.body.append(later);
  });
  await page.locator("#later .lb-update").first().waitFor();
  assert.equal((await updateIds(page, "#later")).length, 5);

  const events = await page.evaluate(async () => {
    const host = document.createElement("div");
    document.body.append(host);
    const seen = [];
    document.addEventListener("liveblog:update", (event) => seen.push(event.detail));
    // Options as JavaScript values: a number, and the words to replace as an object.
    const handle = window.LiveBlog.mount(host, {
      feed: "/feeds/closed.json", pageSize: 1, strings: { closed: "Wrapped up" },
    });
    await handle.ready;
    await new Promise((done) => {
      const wait = () => (host.shadowRoot.querySelector(".lb-update") ? done() : setTimeout(wait, 20));
      wait();
    });
    const state = host.shadowRoot.querySelector(".lb-state").textContent;
    handle.destroy();
    return { seen, state, left: host.shadowRoot.childNodes.length };
  });
  assert.deepEqual(events.seen, [{ new: 1, edited: 0, deleted: 0 }]);
  assert.equal(events.state, "Wrapped up");
  assert.equal(events.left, 0);
  assert.deepEqual(problems, []);
  await page.close();
});

test("a widget whose options change mounts again with them, and an element given a feed later mounts", async () => {
  const requested = [];
  const { page, problems } = await open("options.html", `
    <div id="div" data-liveblog-feed="/feeds/summit.json"></div>
    <live-blog id="custom" feed="/feeds/summit.json"></live-blog>
    <div id="bare"></div>`, { onRequest: (request) => requested.push(new URL(request.url()).pathname) });
  const shows = (id, text) => page.waitForFunction(([id, text]) =>
    document.getElementById(id).shadowRoot?.querySelector(".lb-state")?.textContent === text, [id, text]);
  await shows("div", "Live");
  await shows("custom", "Live");
  // A single-page app shows another blog in the same elements; several changes in one task
  // mount once.
  await page.evaluate(() => {
    const div = document.getElementById("div");
    div.dataset.liveblogFeed = "/feeds/closed.json";
    div.dataset.liveblogStrings = JSON.stringify({ closed: "Over" });
    document.getElementById("custom").setAttribute("feed", "/feeds/closed.json");
    document.getElementById("bare").dataset.liveblogFeed = "/feeds/closed.json";
  });
  await shows("div", "Over");
  await shows("custom", "Closed");
  await shows("bare", "Closed");
  assert.equal(requested.filter((path) => path === "/feeds/closed.json").length, 3, "one mount each");
  // An attribute set to the value it has changes nothing.
  await page.evaluate(() => document.getElementById("custom").setAttribute("feed", "/feeds/closed.json"));
  await page.waitForTimeout(300);
  assert.equal(requested.filter((path) => path === "/feeds/closed.json").length, 3);
  assert.deepEqual(problems, []);
  await page.close();
});

test("a live blog keeps polling, a closed one is fetched once, and a destroyed one stops", async () => {
  const counts = { live: 0, closed: 0, gone: 0 };
  const requested = [];
  const onRequest = (request) => {
    requested.push(request.url());
    const which = new URL(request.url()).search.slice(1);
    if (which in counts) counts[which] += 1;
  };
  const { page, problems } = await open("polling.html", `
    <div id="live" data-liveblog-feed="/feeds/summit.json?live" data-liveblog-poll-interval="5"></div>
    <div id="closed" data-liveblog-feed="/feeds/closed.json?closed" data-liveblog-poll-interval="5"></div>
    <div id="gone" data-liveblog-feed="/feeds/summit.json?gone" data-liveblog-poll-interval="5"></div>`, { onRequest });
  await page.locator("#gone .lb-update").first().waitFor();
  await page.evaluate(() => document.getElementById("gone").remove());
  await page.waitForTimeout(6500);
  // The feed URL is fetched exactly as the publisher wrote it (no stray query characters).
  assert.ok(requested.every((url) => !url.endsWith("&")), requested.join(" "));
  assert.ok(counts.live >= 2, `the live blog polled again (${counts.live} requests)`);
  assert.equal(counts.closed, 1, "the closed blog was fetched once");
  assert.equal(counts.gone, 1, "the removed widget stopped polling");
  assert.deepEqual(problems, []);
  await page.close();
});

test("destroy() removes every listener the widget added to the page", async () => {
  const { page, problems } = await open("listeners.html", "");
  await page.waitForFunction(() => window.LiveBlog);
  const cdp = await page.context().newCDPSession(page);
  const listeners = async () => {
    let total = 0;
    for (const expression of ["window", "document"]) {
      const { result } = await cdp.send("Runtime.evaluate", { expression });
      const { listeners } = await cdp.send("DOMDebugger.getEventListeners", { objectId: result.objectId });
      total += listeners.length;
    }
    return total;
  };
  const before = await listeners();
  await page.evaluate(async () => {
    const host = document.createElement("div");
    host.id = "api";
    document.body.append(host);
    window.__handle = window.LiveBlog.mount(host, { feed: "/feeds/summit.json" });
    await window.__handle.ready;
  });
  await page.locator("#api .lb-update").first().waitFor();
  const mounted = await listeners();
  assert.ok(mounted > before, `the widget listens for visibility and connectivity (${before} → ${mounted})`);
  await page.evaluate(() => window.__handle.destroy());
  assert.equal(await listeners(), before, "all gone after destroy()");
  assert.deepEqual(problems, []);
  await page.close();
});
