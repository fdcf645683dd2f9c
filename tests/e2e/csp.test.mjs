// End to end: the widget on pages with a strict Content-Security-Policy, with and without
// Trusted Types enforcement (docs/security.md lists the directives publishers need). The feed is
// a clean one: hostile markup (an `onerror` attribute) makes the browser report a blocked
// `script-src-attr` while merely parsing it, before the sanitiser drops it.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { launchChromium } from "./chromium.mjs";
import { serve } from "./static-server.mjs";

const repo = resolve(import.meta.dirname, "../..");
const STRICT = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; " +
  "img-src 'self' https:; connect-src 'self'";
const POLICIES = {
  "/news/strict.html": STRICT,
  "/news/trusted.html": `${STRICT}; require-trusted-types-for 'script'; trusted-types liveblog`,
};
let site, browser, url;

before(async () => {
  const pages = await mkdtemp(join(tmpdir(), "liveblog-csp-"));
  const page = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Strict</title>
</head><body><h1>A strict page</h1>
<div id="blog" data-liveblog-feed="/feeds/clean.json"></div>
<script async src="/liveblog/embed.js"></script></body></html>`;
  await writeFile(join(pages, "strict.html"), page);
  await writeFile(join(pages, "trusted.html"), page);
  site = await serve(
    { "/news/": pages, "/liveblog/": join(repo, "dist"), "/feeds/": join(repo, "tests/fixtures") },
    { headersFor: (path) => (POLICIES[path] ? { "Content-Security-Policy": POLICIES[path] } : {}) },
  );
  url = `http://127.0.0.1:${site.address().port}/news/`;
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  site?.close();
});

for (const name of ["strict", "trusted"]) {
  test(`the widget renders, styled, with zero violations on the ${name} page`, async () => {
    const page = await browser.newPage();
    const violations = [];
    page.on("console", (message) => {
      if (/Content Security Policy|Trusted Type/i.test(message.text())) violations.push(message.text());
    });
    await page.addInitScript(() => {
      window.__violations = [];
      document.addEventListener("securitypolicyviolation", (event) => {
        window.__violations.push(`${event.violatedDirective} ${event.blockedURI}`);
      }, true);
    });
    await page.goto(url + `${name}.html`);
    await page.locator(".lb-updates .lb-update").first().waitFor();
    assert.equal(await page.locator(".lb-updates .lb-update").count(), 3);
    // The stylesheet applied (it un-hides the frame and draws rules between updates) ...
    assert.ok(await page.locator(".lb-frame").isVisible());
    const rule = await page.locator("#lb-c-2").evaluate((element) => getComputedStyle(element).borderTopStyle);
    assert.equal(rule, "solid");
    // ... feed HTML went through the parser and the sanitiser, and the picture loaded.
    assert.equal(await page.locator("#lb-c-3 .lb-body strong").textContent(), "in principle");
    assert.equal(await page.locator("#lb-c-3 .lb-body li").count(), 2);
    assert.ok(await page.locator("#lb-c-3 .lb-figure img").evaluate((img) => img.decode().then(() => img.naturalWidth > 0)));
    assert.deepEqual(await page.evaluate(() => window.__violations), []);
    assert.deepEqual(violations, []);
    await page.close();
  });
}
