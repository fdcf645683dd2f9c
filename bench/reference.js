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
 * build the same markup (src/view/*.rs) with the same classes: the key-events navigation and its
 * "Key events only" switch, "Copy link" in each update's meta line, pictures with caption,
 * credit and size, click-to-load embeds, a folding pinned post. Between polls it keeps keyed
 * maps of rows and key-event links and touches only what changed. The reader is assumed at the
 * top of the widget (what the benchmark does), so new updates are never held back.
 *
 * Left out, as no benchmark scenario uses them: older pages behind `next_url` (its "Show more"
 * stays while the feed has one, as the widget's does, but fetches nothing), copying a link to
 * the clipboard (the "Copy link" is a plain link here), deep links and their highlight, other
 * languages than English, error states.
 */
(() => {
  "use strict";

  const WORDS = {
    live: "Live", closed: "Closed", lastUpdated: "Last updated", keyPoints: "What you need to know",
    pinned: "Pinned", keyEvent: "Key event", keyEvents: "Key events", keyEventsOnly: "Key events only",
    showAll: "Show all", copyLink: "Copy link", updated: "Updated", by: "By", and: "and", updates: "Updates",
    showMore: "Show more updates", readMore: "Read more", showLess: "Show less", loading: "Loading the live blog…",
    liveBlog: "live blog", loadVideo: "Load {provider} video", loadAudio: "Load {provider} player",
    loadPost: "Load post from {provider}", embedPrivacy: "Loading it shows content from {provider}, which may set cookies.",
    embedOpen: "Open on {provider}", embedTitle: "Content from {provider}",
  };
  const LINK_REL = "noopener noreferrer ugc";
  const EDIT_GRACE_MS = 60_000;
  /** Key events listed before "Show all" (src/view/key_events.rs). */
  const FIRST_KEY_EVENTS = 5;
  /** Visible characters beyond which a pinned post starts folded (src/core/model.rs). */
  const LONG_POST_CHARS = 600;
  /** The longest key-events label before it is cut, in characters. */
  const LABEL_CHARS = 80;
  const AGE_REFRESH_MS = 10_000;
  const RIGHT_TO_LEFT = new Set(["ar", "fa", "he", "iw", "ur", "ps", "sd", "ug", "yi", "dv", "ckb"]);
  const MAX_DEPTH = 24;
  const KEPT = new Set(["a", "abbr", "b", "blockquote", "br", "cite", "code", "del", "em", "figcaption", "figure",
    "h2", "h3", "h4", "h5", "h6", "hr", "i", "img", "ins", "li", "mark", "ol", "p", "pre", "q", "s", "small",
    "strong", "sub", "sup", "u", "ul"]);
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

  /** Makes `nodes` the first children of `parent`, in order, moving only those out of place. */
  function arrange(parent, nodes) {
    let cursor = parent.firstChild;
    for (const node of nodes) {
      if (node === cursor) cursor = cursor.nextSibling;
      else parent.insertBefore(node, cursor);
    }
  }

  /** Adds or removes one class, touching the attribute only when that changes something. */
  function setClass(element, name, on) {
    if (element.classList.contains(name) !== on) element.classList.toggle(name, on);
  }

  // ---- the feed: normalising and merging (src/core/normalize.rs, merge.rs) ----

  const text = (value) => (typeof value === "string" && value.trim() ? value.trim() : null);
  const date = (value) => {
    const ms = typeof value === "string" ? Date.parse(value) : NaN;
    return Number.isNaN(ms) ? null : ms;
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
    // The main picture, described by the attachment with its URL, then every other image
    // attachment in feed order, each URL once (src/core/normalize.rs).
    const main = link(item.image);
    const images = main ? [picture(main, attachments.find((a) => a.url === main))] : [];
    const files = [];
    for (const attachment of attachments) {
      if (attachment.url === main) continue;
      if (!isImage(attachment)) files.push({ url: attachment.url, title: text(attachment.title) || attachment.url.split("/").pop() });
      else if (images.every((image) => image.url !== attachment.url)) images.push(picture(attachment.url, attachment));
    }
    const extension = item._liveblog || {};
    const update = {
      id,
      url: link(item.url),
      headline: text(item.title),
      html: text(item.content_html),
      plain: text(item.content_text),
      summary: text(item.summary),
      images,
      published: date(item.date_published),
      modified: date(item.date_modified),
      authors: (item.authors || (item.author ? [item.author] : []))
        .filter((a) => text(a.name)).map((a) => ({ name: text(a.name), url: link(a.url, ["http", "https", "mailto"]) })),
      attachments: files,
      keyEvent: extension.key_event === true,
      pinned: extension.pinned === true,
    };
    update.signature = JSON.stringify(update);
    return update;
  }

  /** A picture at `url`, with the alt text, caption, credit and size of the attachment describing it. */
  function picture(url, described) {
    if (!described) return { url, alt: "", caption: null, credit: null, size: null };
    const extension = described._liveblog || {};
    const pixels = (value) => (typeof value === "number" && Math.round(value) >= 1 && Math.round(value) <= 99_999
      ? String(Math.round(value)) : null);
    const [width, height] = [pixels(extension.width), pixels(extension.height)];
    return { url, alt: text(described.title) || "", caption: text(extension.caption), credit: text(extension.credit),
      size: width && height ? [width, height] : null };
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

    /** The time alone for today's updates, with the day otherwise (TimeFormat::clock). */
    clock(at) {
      const when = new Date(at);
      const today = new Date();
      const sameDay = when.getFullYear() === today.getFullYear() && when.getMonth() === today.getMonth() &&
        when.getDate() === today.getDate();
      return (sameDay ? this.short : this.withDay).format(when);
    }

    /** The `datetime` attribute: ISO 8601 in UTC, whole seconds. */
    datetime(at) {
      return new Date(at).toISOString().replace(/\.\d{3}Z$/, "Z");
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
      const values = { datetime: this.datetime(at), title: this.full.format(at) };
      for (const [name, value] of Object.entries(values)) {
        if (time.getAttribute(name) !== value) time.setAttribute(name, value);
      }
      const text = this.clock(at);
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

  /**
   * The update's text: its HTML through DOMParser and the allowlist, or its plain text as
   * paragraphs; then a link standing alone to a video, audio or social post becomes a
   * click-to-load embed (src/view/body.rs).
   */
  function body(update, base) {
    let nodes = [];
    if (update.html) {
      const parsed = new DOMParser().parseFromString(update.html, "text/html");
      nodes = sanitizeChildren(parsed.body, base, 0, []);
    } else if (update.plain) {
      nodes = update.plain.replace(/\r\n/g, "\n").split("\n\n").map((p) => p.trim()).filter(Boolean)
        .map((p) => h("p", null, p.split("\n").flatMap((line, i) => (i ? [h("br"), line] : [line]))));
    }
    placeEmbeds(nodes);
    return nodes;
  }

  /** Appends text to `out`, joined to a text just before it (as src/web/sanitize.rs does). */
  function pushText(out, data) {
    if (!data) return;
    if (typeof out[out.length - 1] === "string") out[out.length - 1] += data;
    else out.push(data);
  }

  function sanitizeChildren(parent, base, depth, out) {
    for (let node = parent.firstChild; node; node = node.nextSibling) {
      if (node.nodeType === Node.TEXT_NODE) pushText(out, node.data);
      else if (node.nodeType === Node.ELEMENT_NODE) sanitizeElement(node, base, depth, out);
    }
    return out;
  }

  function sanitizeElement(element, base, depth, out) {
    if (element.namespaceURI !== "http://www.w3.org/1999/xhtml") return;
    if (depth >= MAX_DEPTH) return pushText(out, element.textContent);
    let tag = element.localName;
    if (tag === "h1") tag = "h2";
    if (DROPPED.has(tag)) return;
    if (!KEPT.has(tag)) return sanitizeChildren(element, base, depth + 1, out);
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
    if (tag === "img" && !attributes.src) return;
    if (tag === "a") Object.assign(attributes, { rel: LINK_REL, target: "_blank" });
    if (tag === "img") Object.assign(attributes, { loading: "lazy", decoding: "async" });
    out.push(h(tag, attributes, sanitizeChildren(element, base, depth + 1, [])));
  }

  // ---- embeds (src/core/embed.rs, src/view/embed.rs) ----

  const BLOCKS = new Set(["p", "ul", "ol", "blockquote", "pre", "hr", "figure", "h2", "h3", "h4", "h5", "h6"]);
  const isBlank = (node) => (typeof node === "string" ? node : node.nodeType === Node.TEXT_NODE ? node.data : "x").trim() === "";

  /**
   * Replaces, in place, each top-level paragraph whose only content is a link (or a bare URL)
   * to a known provider, and each such top-level link or URL between blocks, by its embed.
   */
  function placeEmbeds(nodes) {
    const neighbour = (index, step) => {
      for (let at = index + step; at >= 0 && at < nodes.length; at += step) if (!isBlank(nodes[at])) return nodes[at];
      return null;
    };
    const apart = (node) => node === null || (typeof node !== "string" && BLOCKS.has(node.localName));
    nodes.forEach((node, index) => {
      let url = null;
      if (typeof node !== "string" && node.localName === "p") {
        const solid = [...node.childNodes].filter((child) => !isBlank(child));
        if (solid.length === 1) url = urlOf(solid[0]);
      } else if (apart(neighbour(index, -1)) && apart(neighbour(index, 1))) {
        url = urlOf(node);
      }
      const embed = url && recognise(url);
      if (embed) nodes[index] = embedCard(embed);
    });
  }

  /** The URL a node is: a link's href, or a text that is nothing but one URL. */
  function urlOf(node) {
    if (typeof node === "string") return node.trim();
    if (node.nodeType === Node.TEXT_NODE) return node.data.trim();
    return node.localName === "a" ? node.getAttribute("href") : null;
  }

  const made = (value, max, pattern) => value.length >= 1 && value.length <= max && pattern.test(value);
  const ID_CHARS = /^[A-Za-z0-9_-]+$/;
  const DIGITS = /^[0-9]+$/;
  const youtube = (id) => (id && id.length === 11 && ID_CHARS.test(id)
    ? ["YouTube", `https://www.youtube-nocookie.com/embed/${id}`] : null);
  const handle = (actor) => actor.includes(".") && !/^[.-]/.test(actor) && made(actor, 253, /^[A-Za-z0-9.-]+$/);
  const did = (actor) => (actor.startsWith("did:plc:") ? /^[a-z2-7]{24}$/.test(actor.slice(8))
    : actor.startsWith("did:web:") && handle(actor.slice(8)));

  /** The embed a URL is ({ provider, kind, url, frame }), if it is one. */
  function recognise(url) {
    if (url.length > 2048 || !/^[\x21-\x5b\x5d-\x7e]*$/.test(url)) return null;
    const scheme = /^https?:\/\//i.exec(url);
    if (!scheme) return null;
    const parts = /^([^/?#]*)([^?#]*)(?:\?([^#]*))?/.exec(url.slice(scheme[0].length));
    const [authority, path, query = ""] = parts.slice(1);
    if (/[@:]/.test(authority)) return null;
    const host = authority.toLowerCase().replace(/^(www\.|m\.|mobile\.)/, "");
    let segments = path.split("/").filter(Boolean);
    if (segments.length > 5) return null;
    if (host === "open.spotify.com" && segments.length && segments[0].startsWith("intl-")) segments = segments.slice(1);
    const [first, second, third, fourth] = segments;
    const count = segments.length;
    let found = null;
    if (host === "youtube.com" || host === "youtube-nocookie.com") {
      if (count === 1 && first === "watch") {
        found = youtube(query.split("&").find((pair) => pair.startsWith("v="))?.slice(2));
      } else if (count === 2 && ["shorts", "embed", "live"].includes(first)) found = youtube(second);
      if (!found) return null;
    } else if (host === "youtu.be" && count === 1) {
      found = youtube(first);
      if (!found) return null;
    } else if (host === "vimeo.com" && count === 1 && made(first, 12, DIGITS)) {
      found = ["Vimeo", `https://player.vimeo.com/video/${first}?dnt=1`];
    } else if (host === "player.vimeo.com" && count === 2 && first === "video" && made(second, 12, DIGITS)) {
      found = ["Vimeo", `https://player.vimeo.com/video/${second}?dnt=1`];
    } else if ((host === "x.com" || host === "twitter.com") && count >= 3 && ["status", "statuses"].includes(second) &&
      made(first, 15, /^\w+$/) && made(third, 20, DIGITS)) {
      found = ["X", `https://platform.twitter.com/embed/Tweet.html?id=${third}&dnt=true`];
    } else if (host === "instagram.com" && count === 2 && ["p", "reel", "tv"].includes(first) && made(second, 40, ID_CHARS)) {
      found = ["Instagram", `https://www.instagram.com/p/${second}/embed`];
    } else if (host === "bsky.app" && count === 4 && first === "profile" && third === "post" && fourth !== "." &&
      fourth !== ".." && made(fourth, 64, /^[\w.~-]+$/)) {
      if (did(second)) found = ["Bluesky", `https://embed.bsky.app/embed/${second}/app.bsky.feed.post/${fourth}`];
      else if (handle(second)) found = ["Bluesky", null];
      else return null;
    } else if (host === "tiktok.com" && count === 3 && second === "video" && /^@[\w.]{1,32}$/.test(first) &&
      made(third, 20, DIGITS)) {
      found = ["TikTok", `https://www.tiktok.com/embed/v2/${third}`];
    } else if (host === "open.spotify.com" && count === 2 && ["track", "episode", "album", "playlist", "show"].includes(first) &&
      made(second, 32, /^[A-Za-z0-9]+$/)) {
      found = ["Spotify", `https://open.spotify.com/embed/${first}/${second}`];
    }
    if (!found) return null;
    const [provider, frame] = found;
    const kind = provider === "YouTube" || provider === "Vimeo" ? "video" : provider === "Spotify" ? "audio" : "post";
    return { provider, kind, url, frame };
  }

  /** The placeholder: a privacy note and a "Load …" button, which swaps in the player, and a link to the original. */
  function embedCard(embed) {
    const say = (template) => template.replace("{provider}", embed.provider);
    const open = h("a", { href: embed.url, rel: LINK_REL, target: "_blank" }, say(WORDS.embedOpen));
    if (!embed.frame) return h("p", { class: "lb-embed lb-embed-link" }, open);
    const label = { video: WORDS.loadVideo, audio: WORDS.loadAudio, post: WORDS.loadPost }[embed.kind];
    const button = h("button", { type: "button", class: "lb-embed-load" }, say(label));
    const frame = h("div", { class: "lb-embed-frame" }, h("p", { class: "lb-embed-privacy" }, say(WORDS.embedPrivacy)), button);
    button.addEventListener("click", () => {
      const player = h("iframe", { src: embed.frame, title: say(WORDS.embedTitle), loading: "lazy",
        sandbox: "allow-scripts allow-same-origin allow-popups allow-presentation",
        allow: "fullscreen; encrypted-media; picture-in-picture", referrerpolicy: "strict-origin-when-cross-origin" });
      frame.replaceChildren(player);
      player.focus();
    });
    return h("figure", { class: `lb-embed lb-embed-${embed.kind}` }, frame, h("figcaption", null, open));
  }

  /** One update (src/view/update_card.rs). */
  function card(update, { anchor, fresh }, times, base, ages) {
    const anchorId = anchorOf(update);
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
      edited !== null && h("span", { class: "lb-edited" }, WORDS.updated, " ", times.element(edited)),
      update.keyEvent && h("span", { class: "lb-badge" }, WORDS.keyEvent),
      h("a", { class: "lb-copy", href: `#${anchorId}` }, WORDS.copyLink)),
    update.headline && h("h3", { class: "lb-headline", id: headingId, dir: "auto" }, update.headline),
    h("div", { class: "lb-body", dir: "auto" }, body(update, base)),
    pictures(update.images),
    update.attachments.length > 0 && h("ul", { class: "lb-attachments" }, update.attachments.map((a) =>
      h("li", null, h("a", { href: a.url, rel: LINK_REL, target: "_blank" }, a.title)))),
    update.authors.length > 0 && h("p", { class: "lb-byline" }, WORDS.by, " ", authors));
  }

  /** The update's element id: `lb-` and its id, whitespace made `-` (Update::anchor). */
  function anchorOf(update) {
    return "lb-" + update.id.replace(/\s/g, "-");
  }

  /**
   * The key-events link's words (Update::label): the headline, else the summary, else the start
   * of a plain-text body, whitespace runs made one space, cut at a word past LABEL_CHARS.
   */
  function label(update) {
    const words = (update.headline || update.summary || (update.html ? null : update.plain) || "").split(/\s+/).filter(Boolean);
    let line = "";
    for (const word of words) {
      const longer = line ? `${line} ${word}` : word;
      if ([...longer].length > LABEL_CHARS) return `${line || [...word].slice(0, LABEL_CHARS).join("")}…`;
      line = longer;
    }
    return line || null;
  }

  /** Roughly how many characters a reader sees: text outside tags (Body::visible_chars). */
  function visibleChars(update) {
    if (!update.html) return update.plain ? [...update.plain].length : 0;
    return [...update.html.replace(/<[^>]*>/g, "")].length;
  }

  /** The main picture, then the others as a small gallery (src/view/picture.rs). */
  function pictures(images) {
    if (images.length === 0) return null;
    const rest = images.slice(1);
    return [figure(images[0]), rest.length > 0 && h("div", { class: "lb-gallery" }, rest.map(figure))];
  }

  function figure(image) {
    const [width, height] = image.size || [];
    return h("figure", { class: "lb-figure" },
      h("img", { src: image.url, alt: image.alt, width, height, loading: "lazy", decoding: "async" }),
      (image.caption || image.credit) && h("figcaption", { dir: "auto" },
        image.caption, image.caption && image.credit && " ",
        image.credit && h("span", { class: "lb-credit" }, image.credit)));
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
      this.keyEventsOnly = false;
      this.pinnedFolded = true;
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
      this.keyEvents = this.keyEventsNav();
      this.pinnedSlot = h("section", { class: "lb-pinned", "aria-label": WORDS.pinned });
      this.list = h("ol", { class: "lb-updates", "aria-label": WORDS.updates });
      this.more = h("button", { type: "button", class: "lb-more" }, WORDS.showMore);
      this.more.addEventListener("click", () => this.showMore());
      this.renderHeader();
      this.renderKeyEvents();
      this.renderPinned();
      this.renderList();
      const section = h("section", { class: "lb", "aria-label": feed.title ? `${feed.title}: ${WORDS.liveBlog}` : WORDS.liveBlog,
        lang: this.locale(), "data-theme": "light", dir: this.direction() }, h("div", { class: "lb-top" }), this.liveRegion, this.header,
      this.keyPoints, this.keyEvents.links.size ? this.keyEvents.nav : null, this.pinnedSlot.firstChild ? this.pinnedSlot : null,
      this.list);
      this.section.replaceWith(section);
      this.section = section;
      this.renderMore();
    }

    /** A later poll: only what changed. */
    refresh() {
      this.renderHeader();
      this.renderKeyEvents();
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
        last > -Infinity && h("p", { class: "lb-last-updated" }, WORDS.lastUpdated, " ", this.times.element(last)),
        feed.notice && h("p", { class: "lb-notice", role: "note", dir: "auto" }, feed.notice),
      ].filter(Boolean));
    }

    renderPinned() {
      const pinned = this.updates.find((update) => update.pinned) || null;
      if (pinned === this.pinned) return;
      this.pinned = pinned;
      // A long pinned post starts folded, with "Read more"; the reader's choice then stays.
      const long = pinned !== null && visibleChars(pinned) > LONG_POST_CHARS;
      const unfold = long && h("button", { type: "button", class: "lb-unfold" });
      const fold = () => {
        setClass(this.pinnedSlot, "lb-folded", long && this.pinnedFolded);
        if (!unfold) return;
        unfold.setAttribute("aria-expanded", String(!this.pinnedFolded));
        unfold.replaceChildren(this.pinnedFolded ? WORDS.readMore : WORDS.showLess);
      };
      if (unfold) {
        unfold.addEventListener("click", () => {
          this.pinnedFolded = !this.pinnedFolded;
          fold();
        });
      }
      fold();
      this.pinnedSlot.replaceChildren(...(pinned
        ? [h("p", { class: "lb-pinned-label" }, WORDS.pinned), card(pinned, { anchor: false }, this.times, this.feedUrl, this.ages), unfold]
        : []).filter(Boolean));
      if (pinned && !this.pinnedSlot.isConnected && this.list.isConnected) this.list.before(this.pinnedSlot);
      if (!pinned) this.pinnedSlot.remove();
    }

    /** Keyed: rows are kept by id, rebuilt when their update changed, and moved only when out of place. */
    renderList() {
      const wanted = this.keyEventsOnly ? this.updates.filter((update) => update.keyEvent) : this.updates.slice(0, this.visible);
      const ids = new Set(wanted.map((update) => update.id));
      for (const [id, row] of this.rows) {
        if (!ids.has(id)) {
          row.li.remove();
          this.rows.delete(id);
        }
      }
      arrange(this.list, wanted.map((update) => {
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
        return row.li;
      }));
    }

    /** The key-events navigation's fixed parts; its links are made by renderKeyEvents. */
    keyEventsNav() {
      const first = h("ol");
      const rest = h("ol");
      const filter = h("button", { type: "button", class: "lb-filter", "aria-pressed": "false" }, WORDS.keyEventsOnly);
      filter.addEventListener("click", () => {
        this.keyEventsOnly = !this.keyEventsOnly;
        filter.setAttribute("aria-pressed", String(this.keyEventsOnly));
        this.renderList();
        this.renderMore();
      });
      return {
        nav: h("nav", { class: "lb-key-events", "aria-labelledby": "lb-key-events-title" },
          h("h3", { id: "lb-key-events-title" }, WORDS.keyEvents), first, filter),
        details: h("details", null,
          h("summary", null, h("span", { class: "lb-show-all" }, WORDS.showAll), h("span", { class: "lb-show-less" }, WORDS.showLess)),
          rest),
        first, rest, filter, links: new Map(),
      };
    }

    /**
     * Links to the key events, newest first: the first five, the rest in a <details>. Kept by id
     * between polls: a link is made again only when its update changed.
     */
    renderKeyEvents() {
      const { nav, details, first, rest, filter, links } = this.keyEvents;
      const events = this.updates.filter((update) => update.keyEvent);
      const ids = new Set(events.map((update) => update.id));
      for (const [id, link] of links) {
        if (ids.has(id)) continue;
        link.li.remove();
        links.delete(id);
      }
      const items = events.map((update) => {
        let link = links.get(update.id);
        if (!link || link.update !== update) {
          const li = h("li", null, h("a", { href: `#${anchorOf(update)}` },
            update.published !== null && [h("time", { datetime: this.times.datetime(update.published) }, this.times.clock(update.published)), " "],
            h("span", { dir: "auto" }, label(update) || WORDS.keyEvent)));
          if (link) link.li.replaceWith(li);
          link = { update, li };
          links.set(update.id, link);
        }
        return link.li;
      });
      arrange(first, items.slice(0, FIRST_KEY_EVENTS));
      if (items.length > FIRST_KEY_EVENTS && details.parentNode !== nav) nav.insertBefore(details, filter);
      arrange(rest, items.slice(FIRST_KEY_EVENTS));
      if (items.length <= FIRST_KEY_EVENTS) details.remove();
      if (!this.list.parentNode) return; // the first render places the nav itself
      if (items.length && nav.parentNode !== this.section) this.section.insertBefore(nav, this.pinnedSlot.parentNode ? this.pinnedSlot : this.list);
      if (!items.length) nav.remove();
    }

    renderMore() {
      // As the widget's "Show more" also stands for the older pages behind `next_url`, it stays
      // while the feed has one (the reference does not fetch them).
      const hidden = !this.keyEventsOnly && (this.updates.length > this.visible || this.feed.nextUrl !== null);
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
