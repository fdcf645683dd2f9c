// End to end: relative times ("5 minutes ago") stay current while the page is open, and a tick of
// the page's clock formats only the times whose words change (src/view/ago.rs). The page's time
// and timers are Playwright's fake clock; `Intl.RelativeTimeFormat`'s format is counted by an init
// script.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { openSite } from "./site.mjs";

let site;

before(async () => {
  site = await openSite("relative-times");
});

after(async () => {
  await site?.close();
});

/** Records the unit of every relative time the page formats. */
function countFormats() {
  const format = Intl.RelativeTimeFormat.prototype.format;
  window.__units = [];
  Intl.RelativeTimeFormat.prototype.format = function (value, unit) {
    window.__units.push(unit);
    return format.call(this, value, unit);
  };
}

test("a tick formats only the relative times whose words change, and keeps them current", async () => {
  // tests/fixtures/clean.json: c-3 at 12:30, c-2 at 10:05, c-1 at 09:00.
  await writeFile(join(site.pages, "ages.html"), `<!doctype html>
<html lang="en-GB"><head><meta charset="utf-8"><title>Ages</title><link rel="icon" href="data:,"></head>
<body><div id="blog" data-liveblog-feed="/feeds/clean.json" data-liveblog-poll-interval="60"></div>
<script async src="/liveblog/embed.js"></script></body></html>`);
  const context = await site.browser.newContext();
  await context.addInitScript(countFormats);
  const page = await context.newPage();
  await page.clock.install({ time: new Date("2026-11-30T12:30:45Z") });
  await page.goto(`${site.url}news/ages.html`);
  const ages = () => page.evaluate(() => [...document.getElementById("blog").shadowRoot
    .querySelectorAll(".lb-updates .lb-ago")].map((age) => age.textContent));
  await page.waitForFunction(() => document.getElementById("blog").shadowRoot
    ?.querySelectorAll(".lb-updates .lb-ago").length === 3, null, { timeout: 20000 });
  assert.deepEqual((await ages()).slice(1), ["2 hours ago", "3 hours ago"]);
  const formatted = await page.evaluate(() => window.__units.length);

  // Six ticks of the ten-second clock: c-3's words change once or twice (from under a minute to
  // "1 minute ago", or on to "2 minutes ago" if the page took long to load, as time flows
  // meanwhile), while the two older updates still read the same.
  await page.clock.runFor(60_000);
  const [newest, ...older] = await ages();
  assert.match(newest, /^(1 minute|2 minutes) ago$/);
  assert.deepEqual(older, ["2 hours ago", "3 hours ago"]);
  const units = (await page.evaluate(() => window.__units)).slice(formatted);
  assert.ok(units.length >= 1 && units.length <= 2, `c-3 formatted once or twice, not ${units.length} times`);
  assert.ok(!units.includes("hour"), `the older times are not formatted again: ${units.join(", ")}`);
  await context.close();
});
