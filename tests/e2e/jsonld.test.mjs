// End to end: a feed URL that returns schema.org LiveBlogPosting JSON-LD instead of a JSON Feed
// (CONTRACT.md section 2). The built dist/ renders it like the same blog as JSON Feed, and polls it.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { openSite, repo } from "./site.mjs";

let site, browser, pages, feeds, siteUrl;

before(async () => {
  feeds = await mkdtemp(join(tmpdir(), "liveblog-jsonld-feeds-"));
  site = await openSite("jsonld", { "/live/": feeds });
  ({ pages, browser, url: siteUrl } = site);
});

after(async () => {
  await site?.close();
});

async function open(name, body, { onRequest, init } = {}) {
  await writeFile(join(pages, `${name}.html`), `<!doctype html>
<html lang="en-GB"><head><meta charset="utf-8"><title>${name}</title><link rel="icon" href="data:,"></head>
<body>${body}<script async src="/liveblog/embed.js"></script></body></html>`);
  const page = await browser.newPage();
  const problems = [];
  page.on("pageerror", (error) => problems.push(`pageerror: ${error.message}`));
  page.on("console", (message) => { if (message.type() === "error") problems.push(`console: ${message.text()}`); });
  if (onRequest) page.on("request", onRequest);
  if (init) await page.addInitScript(init);
  await page.goto(`${siteUrl}news/${name}.html`);
  return { page, problems };
}

/** What a reader sees of one widget: header, key points, pinned post, and each update. */
const outline = (page, host) => page.$eval(host, (element) => {
  const root = element.shadowRoot;
  const text = (node, selector) => node.querySelector(selector)?.textContent.trim() ?? null;
  return {
    title: text(root, ".lb-title"),
    state: text(root, ".lb-state"),
    keyPoints: [...root.querySelectorAll(".lb-key-points li")].map((li) => li.textContent.trim()),
    pinned: text(root, ".lb-pinned .lb-headline"),
    updates: [...root.querySelectorAll(".lb-updates .lb-update")].map((update) => ({
      id: update.id,
      headline: text(update, ".lb-headline"),
      time: update.querySelector(".lb-time")?.getAttribute("datetime") ?? null,
      keyEvent: update.classList.contains("lb-key-event"),
      byline: text(update, ".lb-byline"),
      picture: update.querySelector(".lb-figure img")?.getAttribute("alt") ?? null,
    })),
  };
});

const ids = (page, host) => page.$eval(host, (element) =>
  [...element.shadowRoot.querySelectorAll(".lb-updates .lb-update")].map((update) => update.id));

test("a LiveBlogPosting in an @graph renders as the same blog as its JSON Feed", async () => {
  const { page, problems } = await open("same-blog", `
    <div id="json-feed" data-liveblog-feed="/feeds/summit.json"></div>
    <div id="json-ld" data-liveblog-feed="/feeds/summit.jsonld"></div>`);
  for (const host of ["#json-feed", "#json-ld"]) {
    await page.waitForFunction((host) =>
      document.querySelector(host)?.shadowRoot?.querySelectorAll(".lb-updates .lb-update").length === 5, host);
  }
  const fromJsonFeed = await outline(page, "#json-feed");
  const fromJsonLd = await outline(page, "#json-ld");
  assert.deepEqual(fromJsonLd, fromJsonFeed);
  // The same headlines in the same (newest first) order, whatever order the JSON-LD lists them in.
  assert.deepEqual(fromJsonLd.updates.map((update) => update.id), ["lb-5", "lb-u-004", "lb-u-002", "lb-u-001", "lb-u-003"]);
  assert.equal(fromJsonLd.title, "Harbour summit: live");
  assert.equal(fromJsonLd.keyPoints.length, 3);
  assert.match(fromJsonLd.pinned, /Welcome/);
  assert.equal(fromJsonLd.updates[0].keyEvent, true);
  assert.equal(fromJsonLd.updates[0].byline.includes("Tom Ashcroft"), true);
  // The ImageObject's caption is the picture's alt text, as the attachment's title is in JSON Feed.
  assert.equal(fromJsonLd.updates[4].picture, "Delegates around a long table");
  // Plain-text bodies are paragraphs in both.
  const body = (host) => page.$eval(host, (element) =>
    [...element.shadowRoot.querySelectorAll(".lb-updates #lb-u-001 .lb-body p")].map((p) => p.textContent));
  assert.deepEqual(await body("#json-ld"), await body("#json-feed"));
  assert.deepEqual(problems, []);
  await page.close();
});

/** A LiveBlogPosting with updates given as `[id, minute past noon, headline]`. */
function posting(updates, extra = {}) {
  return JSON.stringify([
    { "@context": "https://schema.org", "@type": "WebPage", name: "Storm live" },
    {
      "@context": "https://schema.org",
      "@type": "LiveBlogPosting",
      headline: "Storm Morwen: live",
      ...extra,
      liveBlogUpdate: updates.map(([id, minute, headline, modified]) => ({
        "@type": "BlogPosting",
        // Half the updates are identified by their permalink's fragment, as many CMSs do.
        ...(id.endsWith("1") || id.endsWith("3") ? { url: `https://news.example/live/storm#${id}` } : { "@id": id }),
        headline,
        articleBody: `${headline}.`,
        datePublished: `2026-11-30T12:${String(minute).padStart(2, "0")}:00Z`,
        ...(modified ? { dateModified: modified } : {}),
        author: "Efa Llewelyn",
      })),
    },
  ]);
}

test("a LiveBlogPosting feed is polled: new, edited and deleted updates, then closed by coverageEndTime", async () => {
  const feedFile = join(feeds, "storm.jsonld");
  await writeFile(feedFile, posting([["a-1", 0, "Warning issued"], ["b-2", 10, "Barrier closing"], ["c-3", 20, "Evacuation begins"]]));
  let requests = 0;
  const { page, problems } = await open("polled",
    `<div id="blog" data-liveblog-feed="/live/storm.jsonld" data-liveblog-poll-interval="5"></div>`,
    { onRequest: (request) => { if (request.url().includes("/live/storm.jsonld")) requests += 1; } });
  await page.waitForFunction(() => document.querySelector("#blog")?.shadowRoot?.querySelectorAll(".lb-update").length === 3);
  assert.deepEqual(await ids(page, "#blog"), ["lb-c-3", "lb-b-2", "lb-a-1"]);

  // One poll later: d is new, c edited, b deleted (newer than the page's oldest update, a).
  await writeFile(feedFile, posting([
    ["a-1", 0, "Warning issued"],
    ["c-3", 20, "Evacuation under way", "2026-11-30T12:35:00Z"],
    ["d-4", 30, "Surge arrives"],
  ]));
  await page.waitForFunction(() => {
    const root = document.querySelector("#blog").shadowRoot;
    return root.querySelector("#lb-d-4") && !root.querySelector("#lb-b-2");
  }, null, { timeout: 20_000 });
  assert.deepEqual(await ids(page, "#blog"), ["lb-d-4", "lb-c-3", "lb-a-1"]);
  const edited = await page.$eval("#blog", (element) => {
    const update = element.shadowRoot.querySelector("#lb-c-3");
    return { headline: update.querySelector(".lb-headline").textContent, revised: update.classList.contains("lb-revised") };
  });
  assert.deepEqual(edited, { headline: "Evacuation under way", revised: true });

  // Coverage ends: the blog shows itself closed and is never fetched again.
  await writeFile(feedFile, posting([["a-1", 0, "Warning issued"], ["d-4", 30, "Surge arrives"]],
    { coverageEndTime: "2026-11-30T13:00:00Z" }));
  await page.waitForFunction(() =>
    /Closed/.test(document.querySelector("#blog").shadowRoot.querySelector(".lb-state")?.textContent ?? ""),
    null, { timeout: 20_000 });
  const afterClosing = requests;
  await page.waitForTimeout(6_500);
  assert.equal(requests, afterClosing, "no request after the blog closed");
  assert.deepEqual(problems, []);
  await page.close();
});

test("JSON-LD without a LiveBlogPosting is a failed load, reported as liveblog:error", async () => {
  const { page } = await open("no-posting",
    `<div id="article" data-liveblog-feed="/feeds/broken/ld-no-posting.jsonld"></div>`,
    { init: () => document.addEventListener("liveblog:error", (event) => (window.__errors ??= []).push(event.detail)) });
  await page.waitForFunction(() => window.__errors?.length > 0);
  const [detail] = await page.evaluate(() => window.__errors);
  assert.match(detail.message, /LiveBlogPosting/);
  await page.close();
});

test("from-page paints the page's own JSON-LD before the feed arrives; the poll then duplicates, re-creates and marks nothing", async () => {
  const jsonLd = (await readFile(join(repo, "tests/fixtures/summit.jsonld"), "utf8")).replaceAll("</", "<\\/");
  let release;
  const held = new Promise((resolve) => { release = resolve; });
  const page = await browser.newPage();
  const problems = [];
  page.on("pageerror", (error) => problems.push(`pageerror: ${error.message}`));
  // The feed (the same blog as JSON Feed) is held back until the test lets it go.
  let feedAnswered = false;
  await page.route("**/feeds/summit.json", async (route) => {
    await held;
    await route.continue();
    feedAnswered = true;
  });
  await writeFile(join(pages, "from-page.html"), `<!doctype html>
<html lang="en-GB"><head><meta charset="utf-8"><title>from-page</title><link rel="icon" href="data:,">
<script type="application/ld+json">{"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Another thing"}</script>
<script type="application/ld+json">${jsonLd}</script></head>
<body><div id="blog" data-liveblog-feed="/feeds/summit.json" data-liveblog-from-page></div>
<script async src="/liveblog/embed.js"></script></body></html>`);
  await page.goto(`${siteUrl}news/from-page.html`);
  await page.waitForFunction(() =>
    document.querySelector("#blog")?.shadowRoot?.querySelectorAll(".lb-updates .lb-update").length === 5);
  assert.equal(feedAnswered, false, "painted from the page while the feed is still on its way");
  const before = await outline(page, "#blog");
  await page.evaluate(() => {
    window.__removed = 0;
    new MutationObserver((records) => {
      for (const record of records) {
        window.__removed += [...record.removedNodes].filter((node) => node.nodeName === "LI" || node.nodeName === "ARTICLE").length;
      }
    }).observe(document.querySelector("#blog").shadowRoot, { childList: true, subtree: true });
  });
  const polled = page.waitForResponse("**/feeds/summit.json");
  release();
  await polled;
  await page.waitForTimeout(500);
  // The page's JSON-LD has plain text where the feed has HTML: the bodies become the feed's,
  // in place, and are not marked as edits.
  assert.deepEqual(await outline(page, "#blog"), before, "the same updates, once each, in the same order");
  assert.equal(await page.evaluate(() => window.__removed), 0, "no update's element re-created");
  assert.equal(await page.locator("#blog .lb-revised").count(), 0, "no update marked as edited");
  assert.deepEqual(problems, []);
  await page.close();
});
