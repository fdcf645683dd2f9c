// The README's screenshots: the built dist/ embedded in a plain article page, with an invented
// storm live blog (tests/fixtures/storm.json, and storm-ar.json in Arabic) whose times are moved
// to just before now, photographed in Debian's Chromium. Run by scripts/screenshots.sh (which
// builds dist/ first), or on its own after scripts/build.sh:
//
//   node tests/e2e/screenshots.mjs [output folder, default docs/screenshots]
import { mkdir, mkdtemp, readFile, writeFile } from "node:fs/promises";
import { createServer } from "node:http";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { launchChromium } from "./chromium.mjs";
import { serve } from "./static-server.mjs";
import { articlePage } from "./article-page.mjs";

const repo = resolve(import.meta.dirname, "../..");
const out = resolve(process.argv[2] || join(repo, "docs/screenshots"));

const SHOTS = [
  { file: "desktop-light.png", feed: "storm.json", language: "en", theme: "light", viewport: { width: 1200, height: 1500 }, scale: 1 },
  { file: "phone-dark.png", feed: "storm.json", language: "en", theme: "dark", viewport: { width: 375, height: 1100 }, scale: 2, mobile: true },
  { file: "arabic-rtl.png", feed: "storm-ar.json", language: "ar", theme: "light", viewport: { width: 900, height: 1500 }, scale: 1 },
];

/** A fixture with its times moved so that the newest update is three minutes old. */
async function freshFeed(name) {
  const feed = JSON.parse(await readFile(join(repo, "tests/fixtures", name), "utf8"));
  const times = feed.items.flatMap((item) => [item.date_published, item.date_modified]).filter(Boolean).map(Date.parse);
  const shift = Date.now() - 3 * 60_000 - Math.max(...times);
  const moved = (date) => date && new Date(Date.parse(date) + shift).toISOString().replace(/\.\d+Z$/, "Z");
  for (const item of feed.items) {
    item.date_published = moved(item.date_published);
    if (item.date_modified) item.date_modified = moved(item.date_modified);
  }
  return JSON.stringify(feed);
}

const pages = await mkdtemp(join(tmpdir(), "liveblog-screenshots-"));
const site = await serve({ "/news/": pages, "/liveblog/": join(repo, "dist"), "/feeds/": join(repo, "tests/fixtures") });
const origin = `http://127.0.0.1:${site.address().port}`;
// The feeds, served fresh (their times moved) beside the fixtures' pictures on the static host.
const feeds = new Map([["storm.json", await freshFeed("storm.json")], ["storm-ar.json", await freshFeed("storm-ar.json")]]);
const feedHost = createServer((request, response) => {
  const body = feeds.get(request.url.slice(1));
  response.writeHead(body ? 200 : 404, { "Content-Type": "application/feed+json; charset=utf-8", "Access-Control-Allow-Origin": "*" });
  response.end(body);
});
await new Promise((done) => feedHost.listen(0, "127.0.0.1", done));
for (const [name, body] of feeds) feeds.set(name, body.replaceAll('"img/', `"${origin}/feeds/img/`));

const browser = await launchChromium();
try {
  await mkdir(out, { recursive: true });
  for (const shot of SHOTS) {
    const name = shot.file.replace(".png", ".html");
    await writeFile(join(pages, name), articlePage({
      feed: `http://127.0.0.1:${feedHost.address().port}/${shot.feed}`, language: shot.language,
      dark: shot.theme === "dark", options: { theme: shot.theme, locale: shot.language, "page-size": 5 },
    }));
    // Reduced motion: the "Live" dot is photographed still, not half-way through its pulse.
    const context = await browser.newContext({
      viewport: shot.viewport, deviceScaleFactor: shot.scale, isMobile: Boolean(shot.mobile),
      hasTouch: Boolean(shot.mobile), reducedMotion: "reduce",
    });
    const page = await context.newPage();
    await page.goto(`${origin}/news/${name}`);
    await page.locator("#blog .lb-updates .lb-update").first().waitFor();
    await page.evaluate(async () => {
      await document.fonts.ready;
      for (const image of document.getElementById("blog").shadowRoot.querySelectorAll("img")) {
        image.loading = "eager";
        if (!image.complete) await new Promise((done) => { image.onload = image.onerror = done; });
      }
    });
    await page.screenshot({ path: join(out, shot.file) });
    await context.close();
    console.log(`wrote ${join(out, shot.file)} (${shot.viewport.width}x${shot.viewport.height} CSS px, scale ${shot.scale})`);
  }
} finally {
  await browser.close();
  site.close();
  feedHost.close();
}
