// End to end: a snapshot of `liveblog render` (issue #5). Without JavaScript it shows the blog and
// carries its JSON-LD; with it, the widget hydrates the snapshot, keeping every element the server
// rendered, and polls on from there.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { openSite, repo } from "./site.mjs";

const binary = ["debug", "release"].map((profile) => join(repo, "target", profile, "liveblog")).find(existsSync);
let site, browser, pages, feeds, siteUrl, feedUrl;

before(async () => {
  feeds = await mkdtemp(join(tmpdir(), "liveblog-snapshot-feeds-"));
  await writeFile(join(feeds, "feed.json"), await readFile(join(repo, "tests/fixtures/summit.json")));
  site = await openSite("snapshot", { "/live/img/": join(repo, "tests/fixtures/img"), "/live/": feeds });
  ({ pages, browser, url: siteUrl } = site);
  feedUrl = `${siteUrl}live/feed.json`;
});

after(async () => {
  await site?.close();
});

/** `liveblog render` of the test feed, as the fragment a publisher puts in an article. */
async function render(...args) {
  assert.ok(binary, "build the tools first: cargo build -p liveblog-tools");
  const { stdout } = await promisify(execFile)(binary, ["render", join(feeds, "feed.json"),
    "--feed", feedUrl, "--assets", "/liveblog/", "--poll-interval", "5", ...args]);
  return stdout;
}

/** An article with the snapshot; a script right after it notes every element the server made. */
async function open(name, fragment, context = browser) {
  await writeFile(join(pages, `${name}.html`), `<!doctype html>
<html lang="en-GB"><head><meta charset="utf-8"><title>${name}</title><link rel="icon" href="data:,"></head>
<body><main><h1>Summit</h1>${fragment}</main>
<script>window.served = [...document.querySelector("[data-liveblog-feed]").shadowRoot.querySelectorAll("*")]
  .filter((element) => element.localName !== "script");</script>
<script async src="/liveblog/embed.js"></script></body></html>`);
  const page = await context.newPage();
  const problems = [];
  page.on("pageerror", (error) => problems.push(`pageerror: ${error.message}`));
  page.on("console", (message) => { if (message.type() === "error") problems.push(`console: ${message.text()}`); });
  await page.goto(`${siteUrl}news/${name}.html`);
  return { page, problems };
}

/** Waits until the widget has taken over: the snapshot's data is read, and relative times
 * (which a static page leaves empty) are written. */
const hydrated = (page) => page.waitForFunction(() => {
  const root = document.querySelector("[data-liveblog-feed]").shadowRoot;
  return !root.querySelector("script.lb-snapshot") && root.querySelector(".lb-ago")?.textContent !== "";
});

/** The server's elements still in the widget, and all the widget's elements now. */
const census = (page) => page.evaluate(() => {
  const root = document.querySelector("[data-liveblog-feed]").shadowRoot;
  return {
    served: window.served.length,
    kept: window.served.filter((element) => element.isConnected && element.getRootNode() === root).length,
    now: root.querySelectorAll("*").length,
  };
});

test("without JavaScript the snapshot shows the blog, with its JSON-LD beside it", async () => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const { page } = await open("no-script", await render());
  const seen = await page.evaluate(() => {
    const host = document.querySelector("[data-liveblog-feed]");
    const root = host.shadowRoot;
    const ld = JSON.parse(document.querySelector("script[type='application/ld+json']").textContent);
    return {
      title: root.querySelector(".lb-title").textContent,
      updates: root.querySelectorAll(".lb-updates .lb-update").length,
      keyPoints: root.querySelectorAll(".lb-key-points li").length,
      shown: getComputedStyle(root.querySelector(".lb-frame")).display,
      height: host.getBoundingClientRect().height,
      ld: { type: ld["@type"], headline: ld.headline, updates: ld.liveBlogUpdate.length },
    };
  });
  await context.close();
  assert.equal(seen.title, "Harbour summit: live");
  assert.equal(seen.updates, 5);
  assert.equal(seen.keyPoints, 3);
  assert.equal(seen.shown, "block");
  assert.ok(seen.height > 400, `the snapshot takes room on the page (${seen.height} px)`);
  assert.deepEqual(seen.ld, { type: "LiveBlogPosting", headline: seen.title, updates: 5 });
});

test("the widget hydrates the snapshot, keeping every element, and polls on", async () => {
  const { page, problems } = await open("hydrate", await render());
  await hydrated(page);
  const after = await census(page);
  console.log(`hydration kept ${after.kept} of the ${after.served} elements the server rendered; ` +
    `the widget has ${after.now}`);
  assert.ok(after.served > 100, `the snapshot has the blog's elements (${after.served})`);
  assert.equal(after.kept, after.served, "no element the server rendered was replaced");
  assert.equal(after.now, after.served, "no element was created beside them");

  // A new update in the feed reaches the hydrated widget at the next poll.
  const feed = JSON.parse(await readFile(join(feeds, "feed.json"), "utf8"));
  feed.items.unshift({ id: "after-snapshot", title: "After the snapshot", content_text: "New.",
    date_published: new Date().toISOString() });
  await writeFile(join(feeds, "feed.json"), JSON.stringify(feed));
  await page.waitForFunction(() => document.querySelector("[data-liveblog-feed]").shadowRoot
    .querySelector("#lb-after-snapshot"), null, { timeout: 20_000 });
  const polled = await census(page);
  assert.equal(polled.kept, after.served, "the poll kept the snapshot's elements too");
  assert.deepEqual(problems, []);
  await page.close();
});

test("a snapshot in another language waits for its words, then hydrates", async () => {
  const { page, problems } = await open("hydrate-fr", await render("--locale", "fr"));
  const before = await page.evaluate(() =>
    document.querySelector("[data-liveblog-feed]").shadowRoot.querySelector(".lb-copy").textContent);
  await hydrated(page);
  const after = await census(page);
  const copy = await page.evaluate(() =>
    document.querySelector("[data-liveblog-feed]").shadowRoot.querySelector(".lb-copy").textContent);
  assert.equal(copy, before, "the server wrote the widget's French words");
  assert.notEqual(copy, "Copy link");
  assert.equal(after.kept, after.served);
  assert.deepEqual(problems, []);
  await page.close();
});

test("a snapshot made from other sources than the widget's is replaced by a fresh render", async () => {
  // As after an upgrade of dist/ with pages rendered by the earlier version: its tree may not be
  // the one the widget renders, which hydration cannot take over.
  const fragment = (await render()).replace(/data-sources="[0-9a-f]+"/, 'data-sources="0000000000000000"');
  assert.match(fragment, /data-sources="0{16}"/);
  const { page, problems } = await open("other-sources", fragment);
  await page.waitForFunction(() => document.querySelector("[data-liveblog-feed]").shadowRoot
    .querySelectorAll(".lb-updates .lb-update").length > 0 && !window.served.some((element) => element.isConnected));
  assert.equal(await page.evaluate(() => document.querySelector("[data-liveblog-feed]").shadowRoot
    .querySelector(".lb-stopped")), null, "no crash");
  assert.deepEqual(problems, []);
  await page.close();
});

test("a snapshot made for another page size or feed than the page asks for is replaced by a fresh render", async () => {
  // A CMS that edits the embed's attributes: the widget would render another tree than the
  // snapshot holds (three updates, not two; links resolved against another feed), which
  // hydration cannot take over.
  const snapshot = await render("--page-size", "2");
  for (const [name, fragment] of [
    ["other-page-size", snapshot.replace('data-liveblog-page-size="2"', 'data-liveblog-page-size="3"')],
    ["other-feed", snapshot.replace(/data-liveblog-feed="[^"]*"/, `data-liveblog-feed="${feedUrl}?moved"`)],
  ]) {
    assert.notEqual(fragment, snapshot);
    const { page, problems } = await open(name, fragment);
    await page.waitForFunction(() => document.querySelector("[data-liveblog-feed]").shadowRoot
      .querySelectorAll(".lb-updates .lb-update").length > 0 && !window.served.some((element) => element.isConnected));
    const shown = await page.evaluate(() => document.querySelector("[data-liveblog-feed]").shadowRoot
      .querySelectorAll(".lb-updates .lb-update").length);
    assert.equal(shown, name === "other-page-size" ? 3 : 2);
    assert.equal(await page.evaluate(() => document.querySelector("[data-liveblog-feed]").shadowRoot
      .querySelector(".lb-stopped")), null, "no crash");
    assert.deepEqual(problems, []);
    await page.close();
  }
});

test("a snapshot whose data cannot be read is replaced by a fresh render", async () => {
  const fragment = (await render()).replace(/(<script type="application\/json" class="lb-snapshot"[^>]*>)[^<]*/, "$1{\"items\": [");
  assert.match(fragment, /class="lb-snapshot"[^>]*>\{"items": \[</);
  const { page, problems } = await open("broken", fragment);
  await page.waitForFunction(() => document.querySelector("[data-liveblog-feed]").shadowRoot
    .querySelectorAll(".lb-updates .lb-update").length > 0 && !window.served.some((element) => element.isConnected));
  assert.deepEqual(problems, []);
  await page.close();
});
