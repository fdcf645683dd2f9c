/* The benchmark's reference: the widget's rendering work done by hand in plain JavaScript, to
 * see what the Rust + Yew widget costs against it. Not part of the product.
 *
 * It mounts in every [data-reference-feed] element: an open shadow root holding dist/liveblog.css
 * (URL in data-reference-stylesheet) and a frame hidden until the stylesheet applies, as the
 * widget's mount does. It fetches the feed once at start (`cache: "no-cache"`, like the widget),
 * and again whenever the benchmark calls `element.referenceBlog.poll()`: it has no timer. Per
 * poll it does what the widget does: JSON.parse, normalise (ids, dates, URLs, pictures,
 * attachments, dedupe, newest first), merge (new, edited, deleted, paged out), sanitise each
 * shown update's HTML through DOMParser and the same allowlist, format times with Intl, and
 * build the same markup (src/view/*.rs) with the same classes. Between polls it keeps a keyed
 * map of rows and touches only what changed. The reader is assumed at the top of the widget
 * (what the benchmark does), so new updates are never held back.
 */
(() => {
  "use strict";

  const WORDS = {
    live: "Live", closed: "Closed", lastUpdated: "Last updated", keyPoints: "What you need to know",
    pinned: "Pinned", keyEvent: "Key event", updated: "Updated", by: "By", and: "and", updates: "Updates",
    showMore: "Show more updates", loading: "Loading the live blog…", liveBlog: "live blog",
  };
  const LINK_REL = "noopener noreferrer ugc";
  const EDIT_GRACE_MS = 60_000;
  const AGE_REFRESH_MS = 10_000;
  const RIGHT_TO_LEFT = new Set(["ar", "fa", "he", "iw", "ur", "ps", "sd", "ug", "yi", "dv", "ckb"]);
  const MAX_DEPTH = 24;
  const KEPT = new Set(["a", "abbr", "b", "blockquote", "br", "cite", "code", "del", "em", "figcaption", "figure",
    "h2", "h3", "h4", "h5", "h6", "hr", "i", "img", "ins", "li", "mark", "ol", "p", "pre", "q", "s", "small",
    "strong", "sub", "sup", "ul"]);
  const DROPPED = new Set(["applet", "audio", "base", "button", "canvas", "embed", "form", "frame", "frameset",
    "head", "iframe", "input", "link", "math", "meta", "noembed", "noframes", "noscript", "object", "script",
    "select", "style", "svg", "template", "textarea", "title"]);
  const ATTRIBUTES = { a: { href: "link", title: "text" }, abbr: { title: "text" },
    img: { src: "image", alt: "text", width: "number", height: "number" }, ol: { start: "number" } };

  // ---- small DOM helpers ----

  /** An element with attributes (null and false left out) and children (strings become text). */
  function h(tag, attributes, ...children) {
    const element = document.createElement(tag);
    for (const [name, value] of Object.entries(attributes || {})) {
      if (value != null && value !== false) element.setAttribute(name, value);
    }
    for (const child of children.flat()) {
      if (child == null || child === false) continue;
      element.append(typeof child === "string" ? document.createTextNode(child) : child);
    }
    return element;
  }

  // ---- the feed: normalising and merging (src/core/normalize.rs, merge.rs) ----

  const text = (value) => (typeof value === "string" && value.trim() ? value.trim() : null);
  const date = (value) => {
    const ms = typeof value === "string" ? Date.parse(value) : NaN;
    return Number.isNaN(ms) ? null : Math.floor(ms / 1000) * 1000;
  };
  const schemeIs = (url, schemes) => schemes.includes(url.slice(0, url.indexOf(":")).toLowerCase());

  function resolve(url, base, schemes) {
    try {
      const absolute = new URL(url.trim(), base).href;
      return schemeIs(absolute, schemes) ? absolute : null;
    } catch {
      return null;
    }
  }

  function normalize(wire, base) {
    const extension = wire._liveblog || {};
    const link = (url, schemes = ["http", "https"]) => (text(url) ? resolve(url, base, schemes) : null);
    const byId = new Map();
    for (const item of Array.isArray(wire.items) ? wire.items : []) {
      const update = normalizeItem(item, link);
      if (!update) continue;
      const existing = byId.get(update.id);
      if (!existing || less(existing.modified, update.modified)) byId.set(update.id, update);
    }
    return {
      title: text(wire.title) || "",
      language: text(wire.language),
      closed: wire.expired === true || text(extension.status) === "closed",
      notice: text(extension.notice),
      keyPoints: (extension.key_points || []).map(text).filter(Boolean),
      keyPointsTitle: text(extension.key_points_title),
      nextUrl: link(wire.next_url),
      updates: [...byId.values()].sort(newestFirst),
    };
  }

  function normalizeItem(item, link) {
    const id = typeof item.id === "number" ? String(item.id) : text(item.id);
    if (!id) return null;
    const isImage = (attachment) => (text(attachment.mime_type) || "").startsWith("image/");
    const attachments = (item.attachments || []).map((a) => ({ ...a, url: link(a.url) })).filter((a) => a.url);
    const imageUrl = link(item.image);
    let image = null;
    if (imageUrl) {
      const described = attachments.find((a) => a.url === imageUrl);
      image = { url: imageUrl, alt: (described && text(described.title)) || "" };
    } else {
      const first = attachments.find(isImage);
      if (first) image = { url: first.url, alt: text(first.title) || "" };
    }
    const extension = item._liveblog || {};
    const update = {
      id,
      url: link(item.url),
      headline: text(item.title),
      html: text(item.content_html),
      plain: text(item.content_text),
      image,
      published: date(item.date_published),
      modified: date(item.date_modified),
      authors: (item.authors || (item.author ? [item.author] : []))
        .filter((a) => text(a.name)).map((a) => ({ name: text(a.name), url: link(a.url, ["http", "https", "mailto"]) })),
      attachments: attachments.filter((a) => !isImage(a) && (!image || image.url !== a.url))
        .map((a) => ({ url: a.url, title: text(a.title) || a.url.split("/").pop() })),
      keyEvent: extension.key_event === true,
      pinned: extension.pinned === true,
    };
    update.signature = JSON.stringify(update);
    return update;
  }

  /** Rust's `Option` order: absent is less than any value. */
  function less(a, b) {
    return a === null ? b !== null : b !== null && a < b;
  }

  function newestFirst(a, b) {
    const at = (update) => (update.published ?? update.modified);
    if (at(a) !== at(b)) return less(at(a), at(b)) ? 1 : -1;
    return a.id === b.id ? 0 : a.id < b.id ? 1 : -1;
  }

  /** Merges the newest page into `shown` (src/core/merge.rs); returns the merged list and the new ids. */
  function merge(shown, page) {
    const known = new Map(shown.map((update) => [update.id, update]));
    const merged = [];
    const newIds = [];
    for (const update of page.updates) {
      const previous = known.get(update.id);
      known.delete(update.id);
      if (!previous) {
        newIds.push(update.id);
        merged.push(update);
      } else if (previous.signature === update.signature || less(update.modified, previous.modified)) {
        merged.push(previous);
      } else {
        merged.push({ ...update, revised: true });
      }
    }
    const oldest = page.updates[page.updates.length - 1];
    for (const update of shown) {
      if (!known.has(update.id)) continue;
      const pagedOut = oldest ? newestFirst(oldest, update) < 0 : page.nextUrl !== null;
      if (pagedOut) merged.push(update);
    }
    return { updates: merged.sort(newestFirst), newIds };
  }

  // ---- the markup (src/view/*.rs) ----

  class Times {
    constructor(locale) {
      this.locale = locale;
      const format = (options) => new Intl.DateTimeFormat(locale, options);
      this.short = format({ hour: "numeric", minute: "2-digit" });
      this.withDay = format({ day: "numeric", month: "short", hour: "numeric", minute: "2-digit" });
      this.full = format({ dateStyle: "full", timeStyle: "long" });
      this.relative = new Intl.RelativeTimeFormat(locale, { numeric: "auto" });
    }

    /** "5 minutes ago" (src/core/timestamp.rs's Age: tens of seconds, minutes, hours, days). */
    ago(at, now) {
      const seconds = Math.trunc((at - now) / 1000);
      const size = Math.abs(seconds);
      const [value, unit] = size < 60 ? [Math.trunc(seconds / 10) * 10, "second"]
        : size < 3_600 ? [Math.trunc(seconds / 60), "minute"]
          : size < 86_400 ? [Math.trunc(seconds / 3_600), "hour"] : [Math.trunc(seconds / 86_400), "day"];
      return this.relative.format(value, unit);
    }

    /** The clock time for the eye, and the full date and time zone for screen readers. */
    published(at) {
      const time = h("time", { class: "lb-time" });
      this.update(time, at, [h("span", { "aria-hidden": "true" }), h("span", { class: "lb-visually-hidden" })]);
      return time;
    }

    element(at, className) {
      const time = h("time", { class: className });
      this.update(time, at);
      return time;
    }

    /**
     * Sets a <time>'s attributes and text to `at`, touching only what differs; with `spans`
     * (first use only), the clock goes in the first and the full date in the second.
     */
    update(time, at, spans) {
      const when = new Date(at);
      const today = new Date();
      const sameDay = when.getFullYear() === today.getFullYear() && when.getMonth() === today.getMonth() &&
        when.getDate() === today.getDate();
      const values = { datetime: when.toISOString().replace(/\.\d{3}Z$/, "Z"), title: this.full.format(when) };
      for (const [name, value] of Object.entries(values)) {
        if (time.getAttribute(name) !== value) time.setAttribute(name, value);
      }
      const text = (sameDay ? this.short : this.withDay).format(when);
      if (spans) {
        spans[0].append(text);
        spans[1].append(values.title);
        time.append(...spans);
      } else if (!time.firstChild) time.append(text);
      else if (time.firstChild.data !== text) time.firstChild.data = text;
    }
  }

  /**
   * The relative times ("5 minutes ago") on screen, counted from one `now` that moves on every
   * 10 s (as the widget's Now context does); a refresh rewrites only the texts that changed.
   */
  class Ages {
    constructor(times) {
      this.times = times;
      this.now = Date.now();
      this.spans = new Map();
    }

    span(at) {
      const span = h("span", { class: "lb-ago" }, this.times.ago(at, this.now));
      this.spans.set(span, at);
      return span;
    }

    refresh() {
      this.now = Date.now();
      for (const [span, at] of this.spans) {
        if (!span.isConnected) {
          this.spans.delete(span);
          continue;
        }
        const text = this.times.ago(at, this.now);
        if (span.firstChild.data !== text) span.firstChild.data = text;
      }
    }
  }

  /** The update's text: its HTML through DOMParser and the allowlist, or its plain text as paragraphs. */
  function body(update, base) {
    if (update.html) {
      const parsed = new DOMParser().parseFromString(update.html, "text/html");
      return sanitizeChildren(parsed.body, base, 0);
    }
    if (!update.plain) return [];
    return update.plain.replace(/\r\n/g, "\n").split("\n\n").map((p) => p.trim()).filter(Boolean)
      .map((p) => h("p", null, p.split("\n").flatMap((line, i) => (i ? [h("br"), line] : [line]))));
  }

  function sanitizeChildren(parent, base, depth) {
    const out = [];
    for (let node = parent.firstChild; node; node = node.nextSibling) {
      if (node.nodeType === Node.TEXT_NODE) out.push(node.data);
      else if (node.nodeType === Node.ELEMENT_NODE) out.push(...sanitizeElement(node, base, depth));
    }
    return out;
  }

  function sanitizeElement(element, base, depth) {
    if (element.namespaceURI !== "http://www.w3.org/1999/xhtml") return [];
    if (depth >= MAX_DEPTH) return [element.textContent];
    let tag = element.localName;
    if (tag === "h1") tag = "h2";
    if (DROPPED.has(tag)) return [];
    if (!KEPT.has(tag)) return sanitizeChildren(element, base, depth + 1);
    const attributes = {};
    for (const name of element.getAttributeNames()) {
      const kind = ATTRIBUTES[tag] && ATTRIBUTES[tag][name.toLowerCase()];
      let value = element.getAttribute(name);
      if (kind === "link") value = resolve(value, base, ["http", "https", "mailto"]);
      else if (kind === "image") value = resolve(value, base, ["http", "https"]);
      else if (kind === "number") value = /^\d{1,5}$/.test(value) ? value : null;
      else if (kind !== "text") value = null;
      if (value !== null) attributes[name.toLowerCase()] = value;
    }
    if (tag === "img" && !attributes.src) return [];
    if (tag === "a") Object.assign(attributes, { rel: LINK_REL, target: "_blank" });
    if (tag === "img") Object.assign(attributes, { loading: "lazy", decoding: "async" });
    return [h(tag, attributes, sanitizeChildren(element, base, depth + 1))];
  }

  /** One update (src/view/update_card.rs). */
  function card(update, { anchor, fresh }, times, base, ages) {
    const anchorId = "lb-" + update.id.replace(/\s/g, "-");
    const headingId = anchorId + (anchor ? "-h" : "-pinned-h");
    let edited = null;
    if (update.published !== null && update.modified !== null && update.modified - update.published > EDIT_GRACE_MS) {
      edited = update.modified;
    } else if (update.published === null && update.modified !== null && update.revised) {
      edited = update.modified;
    }
    const classes = ["lb-update", update.keyEvent && "lb-key-event", update.revised && "lb-revised", fresh && "lb-fresh"];
    const authors = update.authors.flatMap((author, index, all) => [
      author.url ? h("a", { href: author.url, rel: LINK_REL, target: "_blank" }, author.name) : h("span", null, author.name),
      all.length - index === 2 ? ` ${WORDS.and} ` : all.length - index > 2 ? ", " : null,
    ]);
    return h("article", { class: classes.filter(Boolean).join(" "), id: anchor ? anchorId : null,
      "aria-labelledby": update.headline ? headingId : null },
    h("p", { class: "lb-update-meta" },
      update.published !== null && times.published(update.published),
      update.published !== null && ages.span(update.published),
      edited !== null && h("span", { class: "lb-edited" }, `${WORDS.updated} `, times.element(edited)),
      update.keyEvent && h("span", { class: "lb-badge" }, WORDS.keyEvent)),
    update.headline && h("h3", { class: "lb-headline", id: headingId, dir: "auto" }, update.headline),
    h("div", { class: "lb-body", dir: "auto" }, body(update, base)),
    update.image && h("figure", { class: "lb-figure" },
      h("img", { src: update.image.url, alt: update.image.alt, loading: "lazy", decoding: "async" })),
    update.attachments.length > 0 && h("ul", { class: "lb-attachments" }, update.attachments.map((a) =>
      h("li", null, h("a", { href: a.url, rel: LINK_REL, target: "_blank" }, a.title)))),
    update.authors.length > 0 && h("p", { class: "lb-byline" }, `${WORDS.by} `, authors));
  }

  // ---- one mounted reference blog ----

  class ReferenceBlog {
    constructor(host) {
      this.host = host;
      this.feedUrl = new URL(host.dataset.referenceFeed, document.baseURI).href;
      this.pageSize = Number(host.dataset.referencePageSize) || 20;
      this.visible = this.pageSize;
      this.updates = [];
      this.rows = new Map();
      this.fresh = new Set();
      this.announcements = 0;
      this.lastBody = null;
      this.loaded = false;
      const root = host.shadowRoot || host.attachShadow({ mode: "open" });
      this.frame = h("div", { class: "lb-frame", hidden: "" });
      root.replaceChildren(h("link", { rel: "stylesheet", href: host.dataset.referenceStylesheet }), this.frame);
      this.renderSkeleton();
    }

    /** Fetches the feed and shows what changed. */
    async poll() {
      const response = await fetch(this.feedUrl, { cache: "no-cache" });
      const body = await response.text();
      if (!response.ok || body === this.lastBody) return;
      this.lastBody = body;
      const page = normalize(JSON.parse(body), this.feedUrl);
      const { updates, newIds } = merge(this.updates, page);
      const firstLoad = !this.loaded;
      this.feed = page;
      this.updates = updates;
      this.fresh = new Set(firstLoad ? [] : newIds);
      if (!firstLoad && newIds.length > 0) {
        this.visible += Math.min(newIds.length, this.pageSize);
        this.announcements += 1;
        this.announced = newIds.length;
      }
      if (firstLoad) this.renderBlog();
      else this.refresh();
      this.loaded = true;
    }

    showMore() {
      this.visible = Math.min(this.visible + this.pageSize, this.updates.length);
      this.renderList();
      this.renderMore();
    }

    renderSkeleton() {
      // As the widget does (a memo in its first, loading render), the formatters are made at
      // mount for the page's language, and made again only if the feed's language differs.
      this.times = new Times(this.locale());
      this.ages = new Ages(this.times);
      setInterval(() => this.ages.refresh(), AGE_REFRESH_MS);
      this.section = h("section", { class: "lb", "aria-label": WORDS.liveBlog, lang: this.locale(), "data-theme": "light",
        dir: this.direction(), "aria-busy": "true" },
        h("div", { class: "lb-top" }),
        h("div", { class: "lb-visually-hidden", "aria-live": "polite", "aria-atomic": "true" }),
        h("div", { class: "lb-skeleton", role: "status" }, h("span", { class: "lb-visually-hidden" }, WORDS.loading),
          h("span", { class: "lb-bone lb-bone-title" }), h("span", { class: "lb-bone" }), h("span", { class: "lb-bone" }),
          h("span", { class: "lb-bone lb-bone-short" })));
      this.frame.replaceChildren(this.section);
    }

    direction() {
      return RIGHT_TO_LEFT.has(this.locale().split(/[-_]/)[0].toLowerCase()) ? "rtl" : "ltr";
    }

    locale() {
      return (this.feed && this.feed.language) || document.documentElement.lang || "en";
    }

    /** The first full render, built off-document and inserted at once. */
    renderBlog() {
      if (this.times.locale !== this.locale()) this.ages.times = this.times = new Times(this.locale());
      const feed = this.feed;
      this.liveRegion = h("div", { class: "lb-visually-hidden", "aria-live": "polite", "aria-atomic": "true" });
      this.header = h("header", { class: "lb-header" });
      this.keyPoints = feed.keyPoints.length ? h("section", { class: "lb-key-points", "aria-labelledby": "lb-key-points-title" },
        h("h3", { id: "lb-key-points-title" }, feed.keyPointsTitle || WORDS.keyPoints),
        h("ul", null, feed.keyPoints.map((point) => h("li", { dir: "auto" }, point)))) : null;
      this.pinnedSlot = h("section", { class: "lb-pinned", "aria-label": WORDS.pinned });
      this.list = h("ol", { class: "lb-updates", "aria-label": WORDS.updates });
      this.more = h("button", { type: "button", class: "lb-more" }, WORDS.showMore);
      this.more.addEventListener("click", () => this.showMore());
      this.renderHeader();
      this.renderPinned();
      this.renderList();
      const section = h("section", { class: "lb", "aria-label": feed.title ? `${feed.title}: ${WORDS.liveBlog}` : WORDS.liveBlog,
        lang: this.locale(), "data-theme": "light", dir: this.direction() }, h("div", { class: "lb-top" }), this.liveRegion, this.header,
      this.keyPoints, this.pinnedSlot.firstChild ? this.pinnedSlot : null, this.list);
      this.section.replaceWith(section);
      this.section = section;
      this.renderMore();
    }

    /** A later poll: only what changed. */
    refresh() {
      this.renderHeader();
      this.renderPinned();
      this.renderList();
      this.renderMore();
      if (this.announced) this.liveRegion.replaceChildren(h("p", null, this.announced === 1 ? "1 new update" : `${this.announced} new updates`));
      this.announced = 0;
    }

    /** The header; between polls only its "Last updated" time changes, in place. */
    renderHeader() {
      const feed = this.feed;
      const last = this.updates.reduce((max, u) => Math.max(max, u.modified ?? -Infinity, u.published ?? -Infinity), -Infinity);
      const key = `${feed.closed}|${feed.title}|${feed.notice}|${last > -Infinity}`;
      if (key === this.headerKey) {
        if (last !== this.lastChanged) this.times.update(this.header.querySelector(".lb-last-updated time"), last);
        this.lastChanged = last;
        return;
      }
      this.headerKey = key;
      this.lastChanged = last;
      this.header.replaceChildren(...[
        h("p", { class: feed.closed ? "lb-state lb-state-closed" : "lb-state lb-state-live" },
          h("span", { class: "lb-dot", "aria-hidden": "true" }), feed.closed ? WORDS.closed : WORDS.live),
        feed.title && h("h2", { class: "lb-title", dir: "auto" }, feed.title),
        last > -Infinity && h("p", { class: "lb-last-updated" }, `${WORDS.lastUpdated} `, this.times.element(last)),
        feed.notice && h("p", { class: "lb-notice", role: "note", dir: "auto" }, feed.notice),
      ].filter(Boolean));
    }

    renderPinned() {
      const pinned = this.updates.find((update) => update.pinned) || null;
      if (pinned === this.pinned) return;
      this.pinned = pinned;
      this.pinnedSlot.replaceChildren(...(pinned
        ? [h("p", { class: "lb-pinned-label" }, WORDS.pinned), card(pinned, { anchor: false }, this.times, this.feedUrl, this.ages)]
        : []));
      if (pinned && !this.pinnedSlot.isConnected && this.list.isConnected) this.list.before(this.pinnedSlot);
      if (!pinned) this.pinnedSlot.remove();
    }

    /** Keyed: rows are kept by id, rebuilt when their update changed, and moved only when out of place. */
    renderList() {
      const wanted = this.updates.slice(0, this.visible);
      const ids = new Set(wanted.map((update) => update.id));
      for (const [id, row] of this.rows) {
        if (!ids.has(id)) {
          row.li.remove();
          this.rows.delete(id);
        }
      }
      let cursor = this.list.firstChild;
      for (const update of wanted) {
        const fresh = this.fresh.has(update.id);
        let row = this.rows.get(update.id);
        if (!row) {
          row = { update, fresh, li: h("li", { class: "lb-item" }, card(update, { anchor: true, fresh }, this.times, this.feedUrl, this.ages)) };
          this.rows.set(update.id, row);
        } else if (row.update !== update) {
          row.li.replaceChildren(card(update, { anchor: true, fresh }, this.times, this.feedUrl, this.ages));
          Object.assign(row, { update, fresh });
        } else if (row.fresh !== fresh) {
          row.li.firstChild.classList.toggle("lb-fresh", fresh);
          row.fresh = fresh;
        }
        if (row.li === cursor) cursor = cursor.nextSibling;
        else this.list.insertBefore(row.li, cursor);
      }
    }

    renderMore() {
      const hidden = this.updates.length > this.visible;
      if (hidden && !this.more.isConnected) this.section.append(this.more);
      if (!hidden) this.more.remove();
    }
  }

  function mountAll() {
    for (const host of document.querySelectorAll("[data-reference-feed]")) {
      if (host.referenceBlog) continue;
      host.referenceBlog = new ReferenceBlog(host);
      host.referenceBlog.poll();
    }
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", mountAll, { once: true });
  else mountAll();
})();
