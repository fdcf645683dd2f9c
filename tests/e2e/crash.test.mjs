// End to end: what happens when a call into the widget's wasm fails after all (a panic, which
// aborts on the spot in the release build, or a browser call that throws through the Rust code).
// embed.js notices, from the uncaught error, that the wasm's calls no longer all return
// (src/web/crash.rs): every widget of that build keeps what readers see, shows a notice, tells
// the page (`liveblog:error` with `fatal: true`) and polls no more. An error of the page's own
// stops nothing. docs/security.md, "Panics".
import { describe, test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { openSite, repo } from "./site.mjs";

const FEED = "/feeds/clean.json";
const NOTICE = "Live updates have stopped. Reload the page to see the latest.";
// Polls come every 5 s (the shortest interval) with up to 20 % jitter.
const TWO_POLLS = 13000;
let site;

before(async () => {
  site = await openSite("crash");
  await writeFile(join(site.pages, "crash.html"), `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Crash</title><link rel="icon" href="data:,"></head>
<body><div id="blog" data-liveblog-feed="${FEED}" data-liveblog-poll-interval="5"></div>
<div id="other" data-liveblog-feed="${FEED}" data-liveblog-poll-interval="5"></div>
<script async src="/liveblog/embed.js"></script></body></html>`);
});

after(() => site?.close());

const sleep = (ms) => new Promise((done) => setTimeout(done, ms));

/** Before the page's scripts: `window.__failNextTimer()` makes the next `setTimeout` throw. */
function breakableTimers() {
  const setTimeout = window.setTimeout;
  let fail = false;
  window.__failNextTimer = () => { fail = true; };
  window.setTimeout = function (...args) {
    if (fail) {
      fail = false;
      throw new Error("a browser call that failed");
    }
    return setTimeout.apply(this, args);
  };
  window.__errors = [];
  document.addEventListener("liveblog:error", (event) => window.__errors.push({ id: event.target.id, ...event.detail }));
}

/** Opens the page with both widgets rendered; counts the feed requests from then on. */
async function open() {
  const context = await site.browser.newContext();
  await context.addInitScript(breakableTimers);
  const page = await context.newPage();
  const console = [];
  page.on("console", (message) => console.push(message.text()));
  await page.goto(`${site.url}news/crash.html`);
  for (const id of ["blog", "other"]) await page.locator(`#${id} .lb-update`).first().waitFor({ timeout: 30000 });
  const polls = { count: 0 };
  page.on("request", (request) => { if (request.url().endsWith(FEED)) polls.count += 1; });
  return { page, context, console, polls };
}

describe("a failed call into the wasm", { concurrency: true }, () => {
  test("stops every widget of the build: content kept, a notice, a fatal event, no more polls", async () => {
    const { page, context, console, polls } = await open();
    const updates = await page.locator("#blog .lb-update").count();
    // The next timer a widget sets (its next poll's, when a poll ends) throws through the wasm.
    await page.evaluate(() => window.__failNextTimer());
    await page.locator("#blog .lb-stopped").waitFor({ timeout: TWO_POLLS * 2 });

    for (const id of ["blog", "other"]) {
      const notice = page.locator(`#${id} .lb-stopped`);
      assert.equal(await notice.count(), 1, `#${id} shows one notice`);
      assert.equal(await notice.getAttribute("role"), "alert");
      assert.equal((await notice.textContent()).trim(), NOTICE);
    }
    assert.equal(await page.locator("#blog .lb-update").count(), updates, "what readers saw stays");
    const errors = await page.evaluate(() => window.__errors);
    assert.deepEqual(errors.map(({ id, fatal, status }) => ({ id, fatal, status })).sort((a, b) => a.id.localeCompare(b.id)), [
      { id: "blog", fatal: true, status: null },
      { id: "other", fatal: true, status: null },
    ], "each host hears liveblog:error with fatal: true, once");
    assert.ok(errors.every(({ message }) => message.length > 0), "with the error's message");
    assert.ok(console.some((text) => text.startsWith("liveblog: the widget stopped")), "and the console says so");

    const before = polls.count;
    await sleep(TWO_POLLS);
    assert.equal(polls.count, before, "no widget polls again");
    await context.close();
  });

  test("a trap, which is what a panic is in the release build, stops them the same way", async () => {
    // A real abort inside the wasm: wasm-bindgen's allocator entry point aborts on an impossible
    // alignment. Its export's short name is in the build's record of renamed exports.
    const names = JSON.parse(await readFile(join(repo, "target/bindgen/liveblog/names.json"), "utf8"));
    const [, malloc] = names.exports.find(([name]) => name === "__wbindgen_malloc");
    const { page, context } = await open();
    const trap = await page.evaluate(async (malloc) => {
      const wasm = await (await import("/liveblog/liveblog.js")).default();
      try {
        wasm[malloc](1, 3);
      } catch (error) {
        setTimeout(() => { throw error; }); // uncaught, as it would be from a widget's listener
        return error instanceof WebAssembly.RuntimeError;
      }
      return false;
    }, malloc);
    assert.ok(trap, "the call trapped");
    await page.locator("#blog .lb-stopped").waitFor({ timeout: 5000 });
    assert.equal(await page.locator("#other .lb-stopped").count(), 1);
    await context.close();
  });

  test("an error of the page's own stops nothing", async () => {
    const { page, context, polls } = await open();
    await page.evaluate(() => {
      setTimeout(() => { throw new Error("the page's own bug"); });
      Promise.reject(new Error("the page's own rejection"));
    });
    await sleep(TWO_POLLS);
    assert.ok(polls.count >= 2, `both widgets polled on (${polls.count} requests)`);
    assert.equal(await page.locator(".lb-stopped").count(), 0, "no notice");
    assert.deepEqual(await page.evaluate(() => window.__errors), [], "no liveblog:error");
    await context.close();
  });
});
