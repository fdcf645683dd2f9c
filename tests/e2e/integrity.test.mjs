// End to end: Subresource Integrity. The script tag carries the hash the build publishes; the
// loader checks the glue and the wasm against the hashes the build wrote into it, so a CDN that
// serves altered files gets no code run.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { cp, mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { launchChromium } from "./chromium.mjs";
import { serve } from "./static-server.mjs";

const repo = resolve(import.meta.dirname, "../..");
let site, browser, url, pages, integrity;

before(async () => {
  pages = await mkdtemp(join(tmpdir(), "liveblog-sri-"));
  for (const copy of ["good", "bad-wasm", "bad-glue"]) await cp(join(repo, "dist"), join(pages, copy), { recursive: true });
  const wasm = await readFile(join(pages, "bad-wasm/liveblog_bg.wasm"));
  wasm[wasm.length - 1] ^= 1;
  await writeFile(join(pages, "bad-wasm/liveblog_bg.wasm"), wasm);
  const glue = await readFile(join(pages, "bad-glue/liveblog.js"), "utf8");
  await writeFile(join(pages, "bad-glue/liveblog.js"), glue + "\nwindow.__tampered = true;\n");
  integrity = (await readFile(join(repo, "dist/embed.js.sri"), "utf8")).trim();
  site = await serve({ "/": pages, "/feeds/": join(repo, "tests/fixtures") });
  url = `http://127.0.0.1:${site.address().port}/`;
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  site?.close();
});

async function open(copy) {
  await writeFile(join(pages, `${copy}.html`), `<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>SRI</title></head><body><div id="blog" data-liveblog-feed="/feeds/clean.json"></div>
<script async src="/${copy}/embed.js" integrity="${integrity}" crossorigin="anonymous"></script></body></html>`);
  const page = await browser.newPage();
  await page.addInitScript(() => {
    window.__errors = [];
    document.addEventListener("liveblog:error", (event) => window.__errors.push(event.detail.message));
  });
  await page.goto(`${url}${copy}.html`);
  return page;
}

test("the published integrity hash loads the widget", async () => {
  const page = await open("good");
  await page.locator(".lb-updates .lb-update").first().waitFor();
  assert.equal(await page.locator(".lb-updates .lb-update").count(), 3);
  await page.close();
});

for (const copy of ["bad-wasm", "bad-glue"]) {
  test(`an altered ${copy.slice(4)} is refused and reported`, async () => {
    const page = await open(copy);
    await page.waitForFunction(() => window.__errors.length > 0);
    assert.equal(await page.locator(".lb-update").count(), 0);
    assert.equal(await page.evaluate(() => window.__tampered), undefined, "no altered code ran");
    await page.close();
  });
}
