// End to end: accessibility (issue #4, item 9). The built dist/ embedded in a plain article page
// with a feed that shows everything the widget can show (title, live state, key points, a pinned
// post long enough to fold, headlines, key events, a picture with alt text, attachments, authors
// with and without links, an edited update, "Show more"), checked by axe-core with the WCAG 2.0
// and 2.1 A and AA rules, shadow DOM included: light and dark, left to right (English) and right
// to left (Arabic), and the automatic theme under a dark colour scheme. docs/accessibility.md says
// what is tested and what was found.
import { describe, test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFile, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { join, resolve } from "node:path";
import { openSite, repo } from "./site.mjs";
import { articlePage } from "./article-page.mjs";
import { startFeedServer, good } from "./hostile-server.mjs";

const AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];
let site, feeds, browser, pages, siteUrl, axeSource;

before(async () => {
  axeSource = await readFile(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");
  site = await openSite("a11y");
  ({ pages, browser, url: siteUrl } = site);
  feeds = await startFeedServer();
});

after(async () => {
  await site?.close();
  feeds?.close();
});

const COMBINATIONS = [
  { name: "light, left to right (English)", theme: "light", language: "en" },
  { name: "dark, left to right (English)", theme: "dark", language: "en" },
  { name: "light, right to left (Arabic)", theme: "light", language: "ar" },
  { name: "dark, right to left (Arabic)", theme: "dark", language: "ar" },
  { name: "auto under a dark colour scheme, left to right (English)", theme: "auto", language: "en", colorScheme: "dark" },
];

/** Opens the article page for a combination, with the widget fully loaded and its pictures in. */
async function openWidget({ theme, language, colorScheme = "light" }) {
  const name = `a11y-${theme}-${language}-${colorScheme}.html`;
  const feed = language === "ar" ? "/feeds/storm-ar.json" : "/feeds/storm.json";
  const dark = theme === "dark" || colorScheme === "dark";
  await writeFile(join(pages, name), articlePage({
    feed, language, dark, options: { theme, locale: language, "page-size": 6 },
  }));
  const context = await browser.newContext({ viewport: { width: 1000, height: 900 }, colorScheme });
  const page = await context.newPage();
  const problems = [];
  page.on("pageerror", (error) => problems.push(`pageerror: ${error.message}`));
  page.on("console", (message) => { if (message.type() === "error") problems.push(`console: ${message.text()}`); });
  await page.goto(siteUrl + "news/" + name);
  await page.locator("#blog .lb-more").waitFor();
  // Lazy pictures below the fold load when scrolled to; axe needs them laid out.
  await page.evaluate(async () => {
    const root = document.getElementById("blog").shadowRoot;
    for (const image of root.querySelectorAll("img")) {
      image.loading = "eager";
      if (!image.complete) await new Promise((done) => { image.onload = image.onerror = done; });
    }
  });
  return { page, context, problems };
}

/** Runs axe on the whole document (open shadow roots included) with the WCAG A and AA rules. */
async function runAxe(page) {
  await page.addScriptTag({ content: axeSource });
  return page.evaluate(async (tags) => {
    const results = await window.axe.run(document, {
      runOnly: { type: "tag", values: tags },
    });
    const nodes = (rule) => rule.nodes.map((node) => ({
      target: node.target.map((part) => (Array.isArray(part) ? part.join(" >>> ") : part)).join(" | "),
      inShadow: node.target.some((part) => Array.isArray(part)),
      summary: node.failureSummary || "",
    }));
    const summary = (rule) => ({ id: rule.id, impact: rule.impact, help: rule.help, nodes: nodes(rule) });
    return {
      violations: results.violations.map(summary),
      incomplete: results.incomplete.map(summary),
      // Rules that checked at least one node inside the widget's shadow root.
      passedInShadow: results.passes.filter((rule) => nodes(rule).some((node) => node.inShadow)).map((rule) => rule.id),
    };
  }, AXE_TAGS);
}

/** One line per violation and node: rule id, impact, target selectors and axe's explanation. */
function describeViolations(violations) {
  return violations.flatMap((rule) => [
    `${rule.id} (${rule.impact}): ${rule.help}`,
    ...rule.nodes.map((node) => `    ${node.target}\n      ${node.summary.replace(/\n/g, "\n      ")}`),
  ]).join("\n");
}

const sleep = (ms) => new Promise((done) => setTimeout(done, ms));

/** The storm fixture, its pictures pointing at the static host, plus `extra` items. */
async function stormFeed(extra = []) {
  const feed = JSON.parse(await readFile(join(repo, "tests/fixtures/storm.json"), "utf8"));
  for (const item of feed.items) {
    if (item.image) item.image = `${siteUrl}feeds/${item.image}`;
    for (const attachment of item.attachments || []) {
      if (!attachment.url.startsWith("http")) attachment.url = `${siteUrl}feeds/${attachment.url}`;
    }
  }
  feed.items.push(...extra);
  return feed;
}

const breaking = (id, minute, title) => ({
  id, title, content_html: `<p>${title}. More details as we get them.</p>`,
  date_published: `2026-11-30T14:${String(minute).padStart(2, "0")}:00Z`, authors: [{ name: "Live desk" }],
});

/** A page whose widget polls route `route` of the in-memory feed server at the 5 s floor. */
async function openPolled(route, feed, { viewport = { width: 1000, height: 900 }, reducedMotion = "no-preference", theme = "light" } = {}) {
  feeds.set(route, good(feed));
  const name = `${route}.html`;
  await writeFile(join(pages, name), articlePage({
    feed: feeds.url(route), dark: theme === "dark", options: { "poll-interval": 5, "page-size": 6, locale: "en", theme },
  }));
  const context = await browser.newContext({ viewport, reducedMotion });
  const page = await context.newPage();
  await page.goto(siteUrl + "news/" + name);
  await page.locator("#blog .lb-more").waitFor();
  return { page, context };
}

/** In the page: the focused element, looking through shadow roots. */
function deepActive() {
  let element = document.activeElement;
  while (element && element.shadowRoot && element.shadowRoot.activeElement) element = element.shadowRoot.activeElement;
  return element;
}

describe("accessibility (axe-core, WCAG 2.0 and 2.1 A and AA)", { concurrency: 2 }, () => {
  for (const combination of COMBINATIONS) {
    test(`no violations: ${combination.name}`, async () => {
      const { page, context, problems } = await openWidget(combination);
      const dir = await page.$eval("#blog", (host) => host.shadowRoot.querySelector(".lb").getAttribute("dir"));
      assert.equal(dir, combination.language === "ar" ? "rtl" : "ltr");
      const results = await runAxe(page);
      const seen = results.incomplete.filter((rule) => rule.nodes.some((node) => node.inShadow));
      if (seen.length) {
        console.log(`[${combination.name}] axe could not decide (needs review):\n${describeViolations(seen)}`);
      }
      // The only thing axe may leave undecided: the contrast of text next to the folded pinned
      // post, whose clipped overflow it counts as overlapping (docs/accessibility.md). The same
      // elements pass once the post is unfolded (the last test below).
      for (const rule of seen) {
        assert.equal(rule.id, "color-contrast", `axe needs review: ${describeViolations([rule])}`);
        for (const node of rule.nodes) assert.match(node.summary, /overlap/, `axe needs review: ${node.target}`);
      }
      // axe really looked inside the shadow root: its contrast and name rules checked nodes there.
      for (const rule of ["color-contrast", "link-name", "button-name", "image-alt", "list"]) {
        assert.ok(results.passedInShadow.includes(rule), `axe checked ${rule} inside the widget`);
      }
      assert.equal(results.violations.length, 0,
        `axe found violations (${combination.name}):\n${describeViolations(results.violations)}`);
      assert.deepEqual(problems, []);
      await context.close();
    });
  }

  test("no violations with the pinned post unfolded and every update shown, light and dark", async () => {
    for (const theme of ["light", "dark"]) {
      const { page, context } = await openWidget({ theme, language: "en" });
      await page.locator("#blog .lb-unfold").click();
      while (await page.locator("#blog .lb-more").count()) await page.locator("#blog .lb-more").click();
      const results = await runAxe(page);
      assert.equal(results.violations.length, 0,
        `axe found violations (${theme}, unfolded):\n${describeViolations(results.violations)}`);
      const seen = results.incomplete.filter((rule) => rule.nodes.some((node) => node.inShadow));
      assert.deepEqual(seen, [], `axe needs review (${theme}, unfolded):\n${describeViolations(seen)}`);
      await context.close();
    }
  });

  test("no violations in the other states: new updates waiting, a failed refresh, a closed blog with its notice", async () => {
    await Promise.all(["light", "dark"].map(async (theme) => {
      const route = `states-${theme}`;
      const { page, context } = await openPolled(route, await stormFeed(), { theme });
      const root = (selector) => page.locator(`#blog ${selector}`);
      // The reader is further down: a new update waits behind the "new updates" button.
      await page.evaluate(() => scrollTo(0, document.body.scrollHeight));
      feeds.set(route, good(await stormFeed([breaking("s-008", 5, "Coastguard rescues two walkers at Penmarrow")])));
      await root(".lb-new").waitFor({ timeout: 15000 });
      // The next refresh fails: the last good content stays, with a notice.
      feeds.set(route, { status: 500, body: "down" });
      await root(".lb-error").waitFor({ timeout: 20000 });
      await page.evaluate(() => scrollTo(0, document.body.scrollHeight));
      assert.equal(await root(".lb-new").count(), 1, "the new-updates button is still there");
      let results = await runAxe(page);
      assert.equal(results.violations.length, 0,
        `axe found violations (${theme}, new updates waiting, refresh failed):\n${describeViolations(results.violations)}`);
      assert.ok(results.passedInShadow.includes("button-name"));
      // Then the blog closes with a wrap-up notice.
      const closed = await stormFeed([breaking("s-008", 5, "Coastguard rescues two walkers at Penmarrow")]);
      closed.expired = true;
      closed._liveblog = { ...closed._liveblog, status: "closed", notice: "This live blog has now closed. Read our full report on Storm Idris." };
      feeds.set(route, good(closed));
      await root(".lb-notice").waitFor({ timeout: 60000 });
      await page.evaluate(() => scrollTo(0, 0));
      results = await runAxe(page);
      assert.equal(results.violations.length, 0,
        `axe found violations (${theme}, closed):\n${describeViolations(results.violations)}`);
      await context.close();
    }));
  });
});

// ---- Keyboard, focus and motion ----------------------------------------------------------------

test("every link and button of the widget is reached by Tab, in order, with a visible focus indicator", async () => {
  for (const theme of ["light", "dark"]) {
    const name = `keyboard-${theme}.html`;
    await writeFile(join(pages, name), articlePage({
      feed: "/feeds/storm.json", dark: theme === "dark", options: { theme, "page-size": 6, locale: "en" },
    }));
    const context = await browser.newContext({ viewport: { width: 1000, height: 800 } });
    const page = await context.newPage();
    await page.goto(siteUrl + "news/" + name);
    await page.locator("#blog .lb-more").waitFor();
    // The widget's controls in document order, each with its look when not focused.
    const controls = await page.evaluate(() => {
      const root = document.getElementById("blog").shadowRoot;
      const style = (element) => {
        const s = getComputedStyle(element);
        return { outline: `${s.outlineStyle} ${s.outlineWidth} ${s.outlineColor}`, shadow: s.boxShadow };
      };
      return [...root.querySelectorAll("a[href], button")].filter((element) => element.getClientRects().length)
        .map((element, index) => {
          element.__lbIndex = index;
          return { index, label: `${element.tagName.toLowerCase()} "${element.textContent.trim().slice(0, 40)}"`, idle: style(element) };
        });
    });
    assert.ok(controls.length >= 10, `the fixture has links and buttons to tab through (${controls.length})`);
    await page.focus("#top");
    const reached = [];
    for (let press = 0; press < controls.length + 5; press += 1) {
      await page.keyboard.press("Tab");
      const focused = await page.evaluate((activeSource) => {
        const active = new Function(`return (${activeSource})()`)();
        if (!active || active.id === "after") return { done: true };
        if (active.__lbIndex === undefined) return { outside: active.outerHTML.slice(0, 80) };
        const s = getComputedStyle(active);
        // Shown: inside the viewport and not clipped away by a folded or scrolling ancestor.
        const box = active.getBoundingClientRect();
        const [x, y] = [box.left + box.width / 2, box.top + Math.min(box.height, 20) / 2];
        let shown = x >= 0 && x <= innerWidth && y >= 0 && y <= innerHeight;
        for (let node = active.parentElement; node; node = node.parentElement) {
          if (getComputedStyle(node).overflow !== "visible") {
            const clip = node.getBoundingClientRect();
            if (x < clip.left || x > clip.right || y < clip.top || y > clip.bottom) shown = false;
            // Nor scrolled into view inside a box that clips it (a folded post's hidden lines).
            if (node.scrollTop !== 0 || node.scrollLeft !== 0) shown = false;
          }
        }
        return {
          index: active.__lbIndex, shown,
          focused: { outline: `${s.outlineStyle} ${s.outlineWidth} ${s.outlineColor}`, shadow: s.boxShadow },
          outlineWidth: parseFloat(s.outlineWidth), outlineStyle: s.outlineStyle,
        };
      }, deepActive.toString());
      if (focused.done) break;
      assert.equal(focused.outside, undefined, `Tab stays on the widget's links and buttons (${theme})`);
      const control = controls[focused.index];
      reached.push(focused.index);
      assert.ok(focused.shown, `${control.label} is in view when focused (${theme})`);
      const changed = focused.focused.outline !== control.idle.outline || focused.focused.shadow !== control.idle.shadow;
      assert.ok(changed && focused.outlineStyle !== "none" && focused.outlineWidth >= 2,
        `${control.label} shows a focus indicator (${theme}): ${JSON.stringify(focused.focused)}`);
    }
    assert.deepEqual(reached, controls.map((control) => control.index), `every control reached once, in order (${theme})`);
    await context.close();
  }
});

test("a poll never moves the reader's focus, whether new updates show at once or wait", async () => {
  const route = "focus";
  const { page, context } = await openPolled(route, await stormFeed(), { viewport: { width: 1000, height: 1400 } });
  const focusOn = async (selector) => {
    for (let press = 0; press < 40; press += 1) {
      await page.keyboard.press("Tab");
      if (await page.evaluate(([activeSource, selector]) => {
        const active = new Function(`return (${activeSource})()`)();
        if (!active.matches(selector)) return false;
        window.__focusedByReader = active;
        return true;
      }, [deepActive.toString(), selector])) return;
    }
    assert.fail(`Tab reached ${selector}`);
  };
  const stillFocused = () => page.evaluate((activeSource) =>
    new Function(`return (${activeSource})()`)() === window.__focusedByReader && window.__focusedByReader.isConnected,
  deepActive.toString());
  const text = () => page.$eval("#blog", (host) => host.shadowRoot.textContent);

  // The top of the widget in view: a new update shows at once, and an edit changes one in place.
  await page.focus("#top");
  await focusOn(".lb-unfold");
  assert.equal(await page.evaluate(() => scrollY), 0, "the reader is at the top");
  const edited = await stormFeed([breaking("s-008", 5, "Coastguard rescues two walkers at Penmarrow")]);
  edited.items.find((item) => item.id === "s-006").content_html += "<p>Update: the figure has risen to 14,000.</p>";
  edited.items.find((item) => item.id === "s-006").date_modified = "2026-11-30T14:05:00Z";
  feeds.set(route, good(edited));
  await page.waitForFunction(() => document.getElementById("blog").shadowRoot.textContent.includes("Coastguard rescues"),
    null, { timeout: 15000 });
  assert.match(await text(), /risen to 14,000/);
  assert.ok(await stillFocused(), "focus stayed on \"Read more\" when a new update appeared");

  // Further down: new updates wait behind the "new updates" button, which does not take focus.
  await focusOn(".lb-more");
  assert.ok(await page.evaluate(() => scrollY) > 0, "the reader has scrolled down");
  feeds.set(route, good(await stormFeed([
    breaking("s-008", 5, "Coastguard rescues two walkers at Penmarrow"),
    breaking("s-009", 20, "Bridge at Holloway Cross closed to traffic"),
  ])));
  await page.locator("#blog .lb-new").waitFor({ timeout: 15000 });
  assert.ok(await stillFocused(), "focus stayed on \"Show more\" when the new-updates button appeared");
  await sleep(300);
  assert.ok(await stillFocused(), "and stays there");
  await context.close();
});

test("under prefers-reduced-motion the fresh-update highlight and the live dot do not move", async () => {
  const check = async (reducedMotion) => {
    const route = `motion-${reducedMotion}`;
    const { page, context } = await openPolled(route, await stormFeed(), { reducedMotion });
    feeds.set(route, good(await stormFeed([breaking("s-008", 5, "Coastguard rescues two walkers at Penmarrow")])));
    await page.waitForFunction(() => document.getElementById("blog").shadowRoot.querySelector(".lb-fresh"),
      null, { timeout: 15000, polling: 50 });
    const styles = await page.evaluate(() => {
      const root = document.getElementById("blog").shadowRoot;
      const seconds = (list) => list.split(",").map((value) => parseFloat(value) * (value.trim().endsWith("ms") ? 0.001 : 1));
      const fresh = getComputedStyle(root.querySelector(".lb-fresh"));
      const moving = [...root.querySelectorAll("*")].filter((element) => {
        const s = getComputedStyle(element);
        const animated = s.animationName !== "none" && Math.max(...seconds(s.animationDuration)) > 0;
        return animated || Math.max(...seconds(s.transitionDuration)) > 0;
      }).map((element) => element.className || element.tagName);
      return { freshAnimation: fresh.animationName, freshTransition: fresh.transitionDuration, moving };
    });
    await context.close();
    return styles;
  };
  const [normal, reduced] = await Promise.all([check("no-preference"), check("reduce")]);
  // The control: without the preference, the new update is highlighted by an animation.
  assert.equal(normal.freshAnimation, "lb-arrive");
  assert.equal(reduced.freshAnimation, "none");
  assert.equal(reduced.freshTransition, "0s");
  assert.deepEqual(reduced.moving, [], "nothing in the widget animates or transitions");
});
