// End to end: narrow screens and theming (issue #4, items 8 and 9). At 320 and 375 px wide, light
// and dark, English and Arabic, with the pinned post unfolded and every update shown, the page
// never scrolls sideways and nothing inside the widget sticks out of it. The theming custom
// properties reach inside the shadow root: colours by theme (light, dark, auto), the page's font
// family by default, and the page's font size on request (`--lb-font-size: 1em`).
// And a long list: the updates far below the screen wait to be laid out (`content-visibility`).
import { describe, test, before, after } from "node:test";
import assert from "node:assert/strict";
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { openSite } from "./site.mjs";
import { articlePage } from "./article-page.mjs";

let site, browser, pages, siteUrl;

before(async () => {
  site = await openSite("layout");
  ({ pages, browser, url: siteUrl } = site);
});

after(async () => {
  await site?.close();
});

/** Opens a page with the storm fixture; returns once the widget shows its updates. */
async function open(name, { width = 1000, theme = "light", language = "en", colorScheme = "light", hostStyle = "", pageStyle = "" } = {}) {
  const feed = language === "ar" ? "/feeds/storm-ar.json" : "/feeds/storm.json";
  let html = articlePage({
    feed, language, dark: theme === "dark", hostStyle, options: { theme, locale: language, "page-size": 3 },
  });
  html = html.replace("</style>", `${pageStyle}</style>`);
  await writeFile(join(pages, `${name}.html`), html);
  const context = await browser.newContext({ viewport: { width, height: 700 }, colorScheme, isMobile: width < 500, hasTouch: width < 500 });
  const page = await context.newPage();
  const problems = [];
  page.on("pageerror", (error) => problems.push(`pageerror: ${error.message}`));
  await page.goto(`${siteUrl}news/${name}.html`);
  await page.locator("#blog .lb-more").waitFor();
  return { page, context, problems };
}

/** In the page: what sticks out sideways, in the page and inside the widget. */
function overflow() {
  const host = document.getElementById("blog");
  const frame = host.getBoundingClientRect();
  const scroller = document.scrollingElement;
  const describe = (element) => {
    const classes = typeof element.className === "string" && element.className ? `.${element.className.trim().split(/\s+/).join(".")}` : "";
    return `${element.tagName.toLowerCase()}${classes} "${(element.textContent || "").trim().slice(0, 30)}"`;
  };
  const outside = [];
  const scrolling = [];
  for (const element of host.shadowRoot.querySelectorAll("*")) {
    if (element.closest(".lb-visually-hidden") || element.tagName === "LINK") continue;
    const box = element.getBoundingClientRect();
    if (box.width === 0 && box.height === 0) continue;
    if (box.left < frame.left - 0.5 || box.right > frame.right + 0.5) {
      outside.push(`${describe(element)}: ${Math.round(box.left)}..${Math.round(box.right)} in ${Math.round(frame.left)}..${Math.round(frame.right)}`);
    }
    // Content wider than its own box (a long word, a preformatted line) overflows or scrolls it.
    if (element.clientWidth > 0 && element.scrollWidth > element.clientWidth + 1) {
      scrolling.push(`${describe(element)}: content ${element.scrollWidth} px in ${element.clientWidth} px`);
    }
  }
  return {
    page: { scrollWidth: scroller.scrollWidth, clientWidth: scroller.clientWidth },
    widget: { width: Math.round(frame.width) },
    outside, scrolling,
  };
}

describe("narrow screens: no sideways scrolling", { concurrency: 2 }, () => {
  for (const width of [320, 375]) {
    for (const theme of ["light", "dark"]) {
      for (const language of ["en", "ar"]) {
        test(`${width} px, ${theme}, ${language === "ar" ? "Arabic (right to left)" : "English"}`, async () => {
          const { page, context, problems } = await open(`narrow-${width}-${theme}-${language}`, { width, theme, language });
          // Everything on show: the pinned post unfolded, every update, every picture.
          await page.locator("#blog .lb-unfold").click();
          while (await page.locator("#blog .lb-more").count()) await page.locator("#blog .lb-more").click();
          await page.evaluate(async () => {
            for (const image of document.getElementById("blog").shadowRoot.querySelectorAll("img")) {
              image.loading = "eager";
              if (!image.complete) await new Promise((done) => { image.onload = image.onerror = done; });
            }
          });
          const found = await page.evaluate(overflow);
          assert.ok(found.page.scrollWidth <= found.page.clientWidth,
            `the page scrolls sideways: ${found.page.scrollWidth} > ${found.page.clientWidth}`);
          assert.deepEqual(found.outside, [], "elements stick out of the widget");
          assert.deepEqual(found.scrolling, [], "content overflows its box");
          assert.deepEqual(problems, []);
          await context.close();
        });
      }
    }
  }
});

describe("theming", { concurrency: 2 }, () => {
  const look = (page) => page.$eval("#blog", (host) => {
    const widget = getComputedStyle(host.shadowRoot.querySelector(".lb"));
    return { color: widget.color, background: widget.backgroundColor, font: widget.fontFamily, size: widget.fontSize };
  });

  test("light, dark and auto themes use their palettes; auto follows prefers-color-scheme", async () => {
    const cases = [
      ["light", "light", "rgb(26, 26, 26)", "rgba(0, 0, 0, 0)"],
      ["dark", "light", "rgb(236, 236, 236)", "rgb(18, 18, 18)"],
      ["auto", "light", "rgb(26, 26, 26)", "rgba(0, 0, 0, 0)"],
      ["auto", "dark", "rgb(236, 236, 236)", "rgb(18, 18, 18)"],
    ];
    for (const [theme, colorScheme, color, background] of cases) {
      const { page, context } = await open(`theme-${theme}-${colorScheme}`, { theme, colorScheme });
      assert.deepEqual((({ color, background }) => ({ color, background }))(await look(page)), { color, background },
        `${theme} theme under a ${colorScheme} colour scheme`);
      await context.close();
    }
  });

  test("the documented custom properties set on the host reach inside the shadow root", async () => {
    const { page, context } = await open("theme-custom", {
      hostStyle: "--lb-text: rgb(1, 2, 3); --lb-background: rgb(250, 240, 230); --lb-accent: rgb(138, 15, 60); --lb-font: monospace; --lb-radius: 0px;",
    });
    const custom = await page.$eval("#blog", (host) => {
      const root = host.shadowRoot;
      const style = (selector) => getComputedStyle(root.querySelector(selector));
      return {
        text: style(".lb").color, background: style(".lb").backgroundColor, font: style(".lb").fontFamily,
        link: style(".lb-body a").color, pinnedBorder: style(".lb-pinned").borderTopColor, radius: style(".lb-pinned").borderTopLeftRadius,
      };
    });
    assert.deepEqual(custom, {
      text: "rgb(1, 2, 3)", background: "rgb(250, 240, 230)", font: "monospace",
      link: "rgb(138, 15, 60)", pinnedBorder: "rgb(138, 15, 60)", radius: "0px",
    });
    await context.close();
  });

  test("the page's font family comes through; its font size only with --lb-font-size: 1em", async () => {
    const pageStyle = "#blog { font-family: Georgia, serif; font-size: 21px; line-height: 3; color: red; }";
    const { page: plain, context: first } = await open("font-default", { pageStyle });
    const byDefault = await look(plain);
    assert.equal(byDefault.font, "Georgia, serif", "the page's font family by default");
    assert.equal(byDefault.size, "16px", "the reader's default size, not the page's, by default");
    assert.equal(byDefault.color, "rgb(26, 26, 26)", "the page's colour does not leak in");
    await first.close();
    const { page: following, context: second } = await open("font-inherit", { pageStyle, hostStyle: "--lb-font-size: 1em;" });
    const followed = await look(following);
    assert.equal(followed.size, "21px", "--lb-font-size: 1em follows the page's size at the host");
    const title = await following.$eval("#blog", (host) => getComputedStyle(host.shadowRoot.querySelector(".lb-title")).fontSize);
    assert.equal(parseFloat(title), 21 * 1.75, "the widget's other sizes scale with it");
    await second.close();
  });
});

test("updates far below the screen are not laid out until the reader comes near them", async () => {
  await writeFile(join(pages, "long.html"), articlePage({ feed: "/feeds/storm.json", options: { "page-size": 20 } }));
  const context = await browser.newContext({ viewport: { width: 1000, height: 700 } });
  const page = await context.newPage();
  await page.goto(`${siteUrl}news/long.html`);
  const updates = page.locator("#blog .lb-updates .lb-update");
  await updates.first().waitFor();
  // `checkVisibility` with this option is false inside content the browser skips: an update's
  // own box stays (at its estimated height), its meta line is what is not laid out.
  const before = await updates.evaluateAll((all) => all.map((update) =>
    update.firstElementChild.checkVisibility({ contentVisibilityAuto: true })));
  assert.ok(before.length > 5, `a long list (${before.length} updates)`);
  assert.equal(before[0], true, "the first update is laid out");
  assert.equal(before.at(-1), false, "the last one waits");
  await updates.last().scrollIntoViewIfNeeded();
  await page.waitForFunction(() => document.getElementById("blog").shadowRoot
    .querySelector(".lb-updates > li:last-child .lb-update-meta").checkVisibility({ contentVisibilityAuto: true }));
  await context.close();
});
