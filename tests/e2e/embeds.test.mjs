// End to end: pictures and click-to-load embeds in the built dist/. The fixture feed
// (tests/fixtures/media.json) links to every provider; the page is served by the plain static
// server and every request it makes is recorded. Until the reader presses a placeholder's button
// nothing goes to any host but the local server; pressing one loads that provider's iframe and
// nothing else (third-party hosts are answered by a local stub, so nothing leaves the machine).
// Pictures keep the room reserved for them while they load.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { openSite } from "./site.mjs";

const STUB = "<!doctype html><meta charset=utf-8><title>Stub player</title><p>A provider's player.";
let site, browser, pages, base;

before(async () => {
  site = await openSite("embeds");
  ({ pages, browser } = site);
  await writeFile(join(pages, "article.html"), `<!doctype html>
<html lang="en-GB"><head><meta charset="utf-8"><title>Article</title><link rel="icon" href="data:,"></head>
<body><h1>A publisher's article</h1><div data-liveblog-feed="/feeds/media.json" style="max-width: 640px"></div>
<script async src="/liveblog/embed.js"></script></body></html>`);
  base = site.url.slice(0, -1);
});

after(async () => {
  await site?.close();
});

/** Opens the article with every request recorded and third-party hosts answered by the stub. */
async function open({ holdPictures = false } = {}) {
  const page = await browser.newPage({ viewport: { width: 800, height: 4000 } });
  const requests = [];
  const problems = [];
  const held = [];
  page.on("request", (request) => requests.push({ url: request.url(), type: request.resourceType() }));
  page.on("pageerror", (error) => problems.push(`pageerror: ${error.message}`));
  await page.route((url) => url.origin !== base, (route) =>
    route.fulfill({ status: 200, contentType: "text/html; charset=utf-8", body: STUB }));
  if (holdPictures) await page.route("**/feeds/img/**", (route) => { held.push(route); });
  await page.goto(`${base}/news/article.html`);
  await page.locator(".lb-embed button").nth(7).waitFor();
  return { page, requests, problems, held };
}

const thirdParty = (requests) => requests.filter(({ url }) => new URL(url).origin !== base);

test("no request leaves the page's own server before a click, and a click loads only that player", async () => {
  const { page, requests, problems } = await open();
  // Give lazy pictures, fonts or anything else the page might fetch time to show up.
  await page.mouse.wheel(0, 3000);
  await page.waitForTimeout(1000);
  assert.equal(await page.locator("iframe").count(), 0, "no iframe before a click");
  assert.deepEqual(thirdParty(requests), [], "only the local server is asked before a click");
  assert.ok(requests.some(({ url }) => url.endsWith("/feeds/media.json")), "the feed was fetched");
  assert.ok(requests.some(({ type }) => type === "image"), "the pictures were fetched, locally");
  assert.deepEqual(await page.locator(".lb-embed button").allTextContents(), [
    "Load YouTube video", "Load Vimeo video", "Load post from X", "Load post from Instagram",
    "Load post from Bluesky", "Load post from TikTok", "Load Spotify player", "Load Spotify player",
  ]);

  const before = requests.length;
  await page.locator(".lb-embed button", { hasText: "Load post from X" }).click();
  const frame = page.locator("iframe");
  await frame.waitFor();
  await page.waitForTimeout(500);
  const src = "https://platform.twitter.com/embed/Tweet.html?id=1862193049981284352&dnt=true";
  assert.equal(await frame.getAttribute("src"), src);
  assert.deepEqual(thirdParty(requests.slice(before)), [{ url: src, type: "document" }],
    "the only new third-party request is that provider's iframe");
  assert.equal(await page.locator("iframe").count(), 1);
  // The pressed button stays in the tree, hidden behind the player; Playwright counts what shows.
  assert.equal(await page.locator(".lb-embed button:visible").count(), 7, "the other placeholders wait");
  // The iframe took the focus the pressed button had.
  assert.equal(await page.locator("[data-liveblog-feed]").evaluate((host) =>
    host.shadowRoot.activeElement?.localName), "iframe");
  assert.deepEqual(problems, []);
  await page.close();
});

test("pictures keep the room reserved for them while they load", async () => {
  const { page, held } = await open({ holdPictures: true });
  await page.waitForTimeout(300);
  assert.ok(held.length >= 1, "the pictures were requested and are held");
  const boxes = () => page.locator("#lb-pictures").evaluate((article) => {
    const box = (element) => {
      const rect = element.getBoundingClientRect();
      return { top: Math.round(rect.top), width: Math.round(rect.width), height: Math.round(rect.height) };
    };
    return {
      pictures: [...article.querySelectorAll(".lb-figure img")].map(box),
      below: box(article.querySelector(".lb-attachments")),
    };
  });
  const waiting = await boxes();
  const [main, ...gallery] = waiting.pictures;
  // 1200 x 675 from the feed; the gallery's pictures have no size and get 3:2 boxes.
  assert.ok(main.height > 100 && Math.abs(main.width / main.height - 1200 / 675) < 0.02, JSON.stringify(main));
  assert.equal(gallery.length, 2);
  for (const picture of gallery) {
    assert.ok(picture.height > 50 && Math.abs(picture.width / picture.height - 1.5) < 0.03, JSON.stringify(picture));
  }
  for (const route of held.splice(0)) await route.continue();
  await page.waitForFunction(() => {
    const host = document.querySelector("[data-liveblog-feed]");
    return [...host.shadowRoot.querySelectorAll("#lb-pictures img")].every((img) => img.complete && img.naturalWidth > 0);
  });
  assert.deepEqual(await boxes(), waiting, "nothing moved when the pictures arrived");
  await page.close();
});
