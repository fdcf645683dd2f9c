// End to end: hostile and broken feeds (issue #6, item 4). Each case gets its own feed route and
// its own browser context, and all run at once: the widget loads a good feed, the route switches
// to the hostile answer, and heals after one failed poll (two for a few cases). An error must keep
// the last good content with a small notice, back off and recover by itself; what the contract does not call an error (many items,
// duplicate ids, odd dates, huge strings, missing fields) must render sensibly. Never a panic.
// Prints a table of what was observed (docs/security.md, "Hostile feeds").
import { describe, test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { openSite, repo } from "./site.mjs";
import { startFeedServer, good } from "./hostile-server.mjs";

const VERSION = "https://jsonfeed.org/version/1.1";
const REFRESH_FAILED = "Could not refresh. Showing the last version; trying again…";
let site, feeds, browser, pages, siteUrl;
const rows = [];

before(async () => {
  site = await openSite("hostile");
  ({ pages, browser, url: siteUrl } = site);
  feeds = await startFeedServer();
});

after(async () => {
  await site?.close();
  feeds?.close();
  rows.sort((a, b) => a.order - b.order);
  const columns = ["case", "expected", "error shown", "content kept", "failed polls (s between polls)", "recovered after", "notes"];
  const lines = rows.map((row) => columns.map((column) => String(row[column] ?? "")));
  const widths = columns.map((column, i) => Math.max(column.length, ...lines.map((line) => line[i].length)));
  const format = (cells) => "| " + cells.map((cell, i) => cell.padEnd(widths[i])).join(" | ") + " |";
  console.log(["", format(columns), format(widths.map((w) => "-".repeat(w))), ...lines.map(format)].join("\n"));
});

// Generous: the heavy cases (megabytes of feed) take seconds on a busy 2-core machine.
const WAIT = 60000;
const sleep = (ms) => new Promise((done) => setTimeout(done, ms));
const minute = (n) => new Date(Date.UTC(2026, 10, 30, 10, 0) + n * 60000).toISOString().replace(".000", "");
const item = (id, n, title = `Update ${id}`) => ({
  id, title, content_html: `<p>Text of ${title}.</p>`, date_published: minute(n),
});
const base = () => [item("a1", 1), item("a2", 2), item("a3", 3)];
/** The good feed before the fault (`healed` false) and after it. */
const feedOf = (name, { healed = false, items = [], ...rest } = {}) => ({
  version: VERSION, title: `Hostile: ${name}`, _liveblog: { status: "live", key_points: ["Kept point"] },
  items: [...base(), ...(healed ? [item("healed", 60, "Healed update")] : []), ...items], ...rest,
});
/** A word of the widget in `locale`, from the built dist/i18n/. */
const words = async (locale, key) => JSON.parse(await readFile(join(repo, "dist/i18n", `${locale}.json`), "utf8"))[key];
const json = (body, extra = {}) => ({ status: 200, type: "application/json", body, ...extra });
/** A feed of `count` updates of about 2.7 KB each. */
const bigFeed = (count) => feedOf("big", { items: Array.from({ length: count }, (_, n) => ({
  ...item(`m${n}`, 100 + n), content_html: `<p>${"Long paragraph of text. ".repeat(108)}</p>`,
})) });
const deep = (depth) => "[".repeat(depth) + "]".repeat(depth);
const visibleIds = (page) => page.$eval("#blog", (host) =>
  [...host.shadowRoot.querySelectorAll(".lb-updates .lb-update")].map((element) => element.id));

/** Every hostile answer, in table order. `render` cases are not errors by the contract. */
const CASES = [
  { name: "malformed-json", answer: () => json('{"version":"' + VERSION + '","items":[{"id":"a1"') },
  { name: "empty-body", answer: () => json("") },
  { name: "html-error-page", note: "200 text/html", answer: () => json("<!doctype html><h1>Service unavailable</h1>", { type: "text/html" }) },
  { name: "wrong-types", answer: () => json(JSON.stringify({ version: VERSION, title: 42, items: "none" })) },
  { name: "one-item-wrong-type", note: "the whole poll is rejected",
    answer: () => good(feedOf("x", { items: [{ id: "w1", title: { text: "an object" } }] })) },
  { name: "json-not-an-object", answer: () => json(JSON.stringify(base())) },
  { name: "object-without-items", answer: () => json(JSON.stringify({ version: VERSION, title: "Maintenance" })) },
  { name: "null-items", note: "read as none, not as an empty list that would delete every update",
    answer: () => json(JSON.stringify({ version: VERSION, title: "Maintenance", items: null })) },
  { name: "deep-nesting-document", note: "100,000 nested arrays", answer: () => json(deep(100000)) },
  { name: "deep-nesting-in-a-field", note: "title: 100,000 nested arrays",
    answer: () => json(`{"version":"${VERSION}","title":${deep(100000)},"items":[]}`) },
  { name: "deep-nesting-unknown-field", note: "an otherwise good feed; refused over 128 levels",
    answer: () => json(JSON.stringify(feedOf("deep", { items: [item("deep", 30)] })).replace(/}$/, `,"_x":${deep(100000)}}`)) },
  { name: "invalid-utf8-in-syntax", answer: () => json(Buffer.concat([Buffer.from('{"items":['), Buffer.from([0xff, 0xfe]), Buffer.from("]}")])) },
  { name: "11mb-feed", heavy: true, note: "3,950 items of 2.7 KB; refused over 10 MB", answer: () => good(bigFeed(3950)) },
  { name: "http-404", answer: () => json("Not found", { status: 404, type: "text/plain" }) },
  { name: "http-500", twice: true, answer: () => json("Internal error", { status: 500, type: "text/plain" }) },
  { name: "http-503-retry-after", twice: true, locale: "de", minGap: 7.8, note: "Retry-After: 8, exposed; widget in German",
    answer: () => json("Busy", { status: 503, type: "text/plain",
      headers: { "Retry-After": "8", "Access-Control-Expose-Headers": "Retry-After" } }) },
  { name: "timeout", note: "never answers", answer: () => ({ hang: true }) },
  { name: "redirect-loop", note: "302 to itself", answer: () => ({ redirect: true }) },
  { name: "cors-refused", note: "no Access-Control-Allow-Origin", answer: () => ({ ...good(feedOf("cors", { healed: true })), cors: false }) },

  { name: "wrong-content-type", render: true, note: "a feed served as text/html",
    answer: () => ({ ...good(feedOf("ctype", { items: [item("ctype", 30)] })), type: "text/html; charset=utf-8" }),
    check: async (page) => { await page.locator("#lb-ctype").waitFor({ timeout: WAIT }); return "rendered"; } },
  { name: "10000-items", render: true, heavy: true,
    answer: () => good(feedOf("many", { items: Array.from({ length: 10000 }, (_, n) => item(`n${n}`, 100 + n)) })),
    check: async (page) => {
      await page.locator("#lb-n9999").waitFor({ timeout: WAIT });
      const ids = await visibleIds(page);
      assert.equal(ids.length, 23, "the 3 shown before and one page (20) more");
      assert.equal(ids[0], "lb-n9999");
      assert.equal(await page.locator(".lb-more").count(), 1, "Show more offered");
      return "23 rendered (3 + a page), Show more";
    } },
  { name: "5mb-feed", render: true, heavy: true, note: "2,000 items of 2.7 KB",
    answer: () => good(bigFeed(2000)),
    check: async (page) => {
      await page.locator("#lb-m1999").waitFor({ timeout: WAIT });
      assert.equal((await visibleIds(page)).length, 23);
      return "23 rendered (3 + a page)";
    } },
  { name: "duplicate-ids", render: true,
    answer: () => good(feedOf("dup", { items: [
      { ...item("dup", 20, "Old copy"), date_modified: minute(20) },
      { ...item("dup", 20, "Newest copy"), date_modified: minute(25) },
      { ...item("dup", 20, "Middle copy"), date_modified: minute(22) },
      item("a3", 3), item("a3", 3),
    ] })),
    check: async (page) => {
      await page.locator("#lb-dup").waitFor({ timeout: WAIT });
      const ids = await visibleIds(page);
      assert.deepEqual(ids, ["lb-dup", "lb-a3", "lb-a2", "lb-a1"], "each id once");
      assert.equal(await page.locator("#lb-dup .lb-headline").textContent(), "Newest copy");
      return "each id once, newest copy";
    } },
  { name: "future-and-bad-dates", render: true,
    answer: () => good(feedOf("dates", { items: [
      { ...item("future", 0, "From the future"), date_published: "2099-01-01T00:00:00Z" },
      { ...item("words", 0, "Yesterday"), date_published: "yesterday" },
      { ...item("impossible", 0, "Impossible"), date_published: "2026-13-45T99:99:99Z" },
      { ...item("undated", 0, "Undated"), date_published: undefined },
    ] })),
    check: async (page) => {
      await page.locator("#lb-future").waitFor({ timeout: WAIT });
      const ids = await visibleIds(page);
      assert.deepEqual(ids, ["lb-future", "lb-a3", "lb-a2", "lb-a1", "lb-words", "lb-undated", "lb-impossible"]);
      const text = await page.locator(".lb").textContent();
      assert.doesNotMatch(text, /Invalid|NaN|undefined/);
      assert.equal(await page.locator("#lb-words .lb-time").count(), 0, "an unparseable date shows no time");
      return "future first, undated last, no time shown";
    } },
  { name: "1mb-strings", render: true, heavy: true, note: "title, notice, key point, headline, bodies",
    answer: () => {
      const word = "x".repeat(1 << 20);
      const prose = "Lorem ipsum dolor sit amet. ".repeat(37450);
      return good(feedOf("huge", {
        title: word, _liveblog: { status: "live", notice: prose, key_points: [word] },
        items: [{ ...item("huge", 30), title: word, content_html: `<p>${prose}</p>` },
          { ...item("huge-text", 29), content_html: undefined, content_text: word }],
      }));
    },
    check: async (page) => {
      await page.locator("#lb-huge").waitFor({ timeout: WAIT });
      const { overflow, width } = await page.$eval("#blog", (host) => ({
        overflow: host.scrollWidth - host.clientWidth, width: host.getBoundingClientRect().width,
      }));
      assert.ok(overflow <= 1, `no horizontal overflow (${overflow} px)`);
      const title = await page.locator(".lb-title").textContent();
      return `wraps in ${Math.round(width)} px; title ${title.length} chars shown`;
    } },
  { name: "missing-fields", render: true, note: "no version, title or dates; ids missing, empty, numeric",
    answer: () => good({ items: [...base(), { id: "bare" }, { id: 42, content_text: "Numeric id" },
      { title: "No id" }, { id: "", title: "Empty id" }, { id: "  " }, { id: null, title: "Null id" }] }),
    check: async (page) => {
      await page.locator("#lb-bare").waitFor({ timeout: WAIT });
      // Undated, below the dated ones; among them the numeric id first (ids of digits alone
      // rank above the others).
      assert.deepEqual(await visibleIds(page), ["lb-a3", "lb-a2", "lb-a1", "lb-42", "lb-bare"]);
      return "items without an id dropped";
    } },
  { name: "null-members", render: true, note: "null for lists and objects, as many JSON writers put it",
    answer: () => good(feedOf("nulls", {
      _liveblog: { status: "live", key_points: null },
      items: [{ ...item("nulls", 30, "Nulls"), authors: null, author: null, tags: null, attachments: null,
        _liveblog: null, summary: null }],
    })),
    check: async (page) => {
      await page.locator("#lb-nulls").waitFor({ timeout: WAIT });
      assert.deepEqual(await visibleIds(page), ["lb-nulls", "lb-a3", "lb-a2", "lb-a1"]);
      assert.equal(await page.locator("#blog .lb-key-points").count(), 0, "no key points");
      return "rendered: null read as absent";
    } },
  { name: "invalid-utf8-in-strings", render: true,
    answer: () => {
      const parts = JSON.stringify(feedOf("utf8", { items: [item("utf", 30, "Bad SPLIT bytes")] })).split("SPLIT");
      const bad = Buffer.from([0xff, 0xfe, 0xc3]);
      return json(Buffer.concat(parts.flatMap((part, i) => (i ? [bad, Buffer.from(part)] : [Buffer.from(part)]))));
    },
    check: async (page) => {
      await page.locator("#lb-utf").waitFor({ timeout: WAIT });
      const headline = await page.locator("#lb-utf .lb-headline").textContent();
      assert.match(headline, /^Bad \uFFFD+ bytes$/);
      return "shown with U+FFFD";
    } },
];

/** Opens a page with one widget polling route `name` at the 5 s floor. */
async function open(name, locale = "en-GB") {
  await writeFile(join(pages, `${name}.html`), `<!doctype html>
<html lang="en-GB"><head><meta charset="utf-8"><title>${name}</title><link rel="icon" href="data:,"></head>
<body style="margin:0 auto;max-width:700px;font:18px/1.5 Georgia,serif">
<div id="blog" data-liveblog-feed="${feeds.url(name)}" data-liveblog-poll-interval="5" data-liveblog-locale="${locale}"></div>
<script async src="/liveblog/embed.js"></script></body></html>`);
  const context = await browser.newContext({ viewport: { width: 900, height: 800 } });
  await context.addInitScript(() => {
    window.__events = [];
    for (const type of ["liveblog:error", "liveblog:update"]) {
      document.addEventListener(type, (event) => window.__events.push({ type, at: Date.now(), ...event.detail }));
    }
  });
  const page = await context.newPage();
  const problems = [];
  page.on("pageerror", (error) => problems.push(`pageerror: ${error.message}`));
  page.on("crash", () => problems.push("the page crashed"));
  page.on("console", (message) => {
    const text = message.text();
    // The browser's own reports of the failed requests are expected; anything else is not.
    const network = /^Failed to load resource|^Access to fetch at|net::ERR_/.test(text);
    if (message.type() === "error" && !network) problems.push(`console: ${text}`);
  });
  await page.goto(`${siteUrl}news/${name}.html`);
  await page.locator("#lb-a3").waitFor({ timeout: WAIT });
  return { page, context, problems };
}

async function waitFor(check, timeoutMs) {
  const start = Date.now();
  while (Date.now() - start < timeoutMs) {
    if (await check()) return true;
    await sleep(100);
  }
  return false;
}

/** The polls (not redirect hops) the route served in `mode`. */
const polls = (name, mode) => feeds.log(name).filter((entry) => entry.mode === mode && entry.hop === null);
const gapsOf = (entries) => entries.slice(1).map((entry, i) => (entry.t - entries[i].t) / 1000);

async function errorCase(spec, order) {
  const { name } = spec;
  feeds.set(name, good(feedOf(name)));
  const { page, context, problems } = await open(name, spec.locale);
  const before = { ids: await visibleIds(page), title: await page.locator(".lb-title").textContent() };
  feeds.set(name, spec.answer(), "hostile");
  const notice = page.locator(".lb-error");
  await notice.waitFor({ timeout: WAIT });
  if (spec.twice) {
    assert.ok(await waitFor(async () => polls(name, "hostile").length >= 2, 30000), "a second failed poll");
    await sleep(200);
  }
  assert.deepEqual(await visibleIds(page), before.ids, "the last good updates stay on screen");
  assert.equal(await page.locator(".lb-title").textContent(), before.title);
  assert.equal(await page.locator(".lb-key-points li").textContent(), "Kept point");
  assert.equal(await notice.getAttribute("role"), "status", "a polite status, not an alert");
  assert.equal(await notice.textContent(), spec.locale ? await words(spec.locale, "failed_refresh") : REFRESH_FAILED);
  const box = await notice.boundingBox();
  assert.ok(box.height < 80, `the notice is small (${box.height} px)`);
  const events = await page.evaluate(() => window.__events.filter((event) => event.type === "liveblog:error"));
  assert.ok(events.length >= 1, "liveblog:error dispatched");
  assert.ok(events.every((event) => !event.fatal), "no fatal error");

  const healedAt = Date.now();
  feeds.set(name, good(feedOf(name, { healed: true })), "healed");
  await page.locator("#lb-healed").waitFor({ timeout: 45000 });
  assert.ok(await waitFor(async () => (await notice.count()) === 0, 5000), "the notice goes");
  const recovered = Date.now() - healedAt;
  // The backoff: the gaps from the first failed poll to the one that found the feed healed.
  const failed = polls(name, "hostile");
  // (A redirect chain under way when the feed healed recovers on a hop, not a poll of its own.)
  const healing = polls(name, "healed")[0];
  const gaps = gapsOf(healing ? [...failed, healing] : failed);
  const minGap = spec.minGap ?? 4.5;
  assert.ok(gaps.every((gap) => gap >= minGap), `never polls sooner than ${minGap} s (${gaps})`);
  assert.deepEqual(problems, []);
  const hops = feeds.log(name).filter((entry) => entry.mode === "hostile").length;
  rows.push({
    order, case: name, expected: "error", "error shown": `yes: ${events[0].message}`,
    "content kept": "yes",
    "failed polls (s between polls)": `${failed.length} (${gaps.map((gap) => gap.toFixed(1)).join(", ")})`,
    "recovered after": `${(recovered / 1000).toFixed(1)} s`,
    notes: [spec.note, hops > failed.length ? `${hops} requests incl. redirects` : ""].filter(Boolean).join("; "),
  });
  await context.close();
}

async function renderCase(spec, order) {
  const { name } = spec;
  feeds.set(name, good(feedOf(name)));
  const { page, context, problems } = await open(name);
  feeds.set(name, spec.answer(), "hostile");
  const started = Date.now();
  const observed = await spec.check(page);
  const served = polls(name, "hostile").find((entry) => entry.status === 200)?.t ?? started;
  const shownAfter = Date.now() - served;
  assert.equal(await page.locator(".lb-error").count(), 0, "not an error");
  const events = await page.evaluate(() => window.__events.filter((event) => event.type === "liveblog:error"));
  assert.deepEqual(events, [], "no liveblog:error");
  const healedAt = Date.now();
  feeds.set(name, good(feedOf(name, { healed: true })), "healed");
  await page.locator("#lb-healed").waitFor({ timeout: WAIT });
  const recovered = Date.now() - healedAt;
  assert.deepEqual(problems, []);
  rows.push({
    order, case: name, expected: "render", "error shown": "no", "content kept": observed,
    "failed polls (s between polls)": "0", "recovered after": `next feed in ${(recovered / 1000).toFixed(1)} s`,
    notes: [spec.note, `shown ≤ ${(shownAfter / 1000).toFixed(1)} s after served`].filter(Boolean).join("; "),
  });
  await context.close();
}

describe("hostile feeds", { concurrency: true }, () => {
  // HOSTILE_ONLY=name,name runs only those cases.
  const only = process.env.HOSTILE_ONLY?.split(",");
  const cases = (heavy) => CASES.map((spec, order) => ({ spec, order }))
    .filter(({ spec }) => !!spec.heavy === heavy && (!only || only.includes(spec.name)));
  const run = ({ spec, order }) => test(spec.name, () => (spec.render ? renderCase(spec, order) : errorCase(spec, order)));
  // Six pages at a time: all at once overwhelms a two-core CI machine.
  describe("light", { concurrency: 6 }, () => cases(false).forEach(run));
  // Megabytes each: two at a time, beside the light ones, so that none starves the others.
  describe("heavy", { concurrency: 2 }, () => cases(true).forEach(run));
});
