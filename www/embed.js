/*! Live blog embed loader. Mounts a widget in every [data-liveblog-feed] element and <live-blog>
 * element, now and later, loading the WebAssembly next to this script's own URL. */
(() => {
  "use strict";
  if (window.LiveBlog) return; // the script tag was pasted twice

  const script = document.currentScript;
  const base = new URL(".", script && script.src ? script.src : document.baseURI);
  const PREFIX = "data-liveblog-";
  // The options, as attributes take them (`core::OPTIONS`; tests/docs.rs checks the two lists).
  const OPTIONS = ["feed", "poll-interval", "locale", "strings", "theme", "page-size", "from-page"];
  // Subresource Integrity of the files this loader fetches, written in by scripts/build.sh
  // (left empty in an unbuilt www/embed.js, which then loads without checks).
  // Two builds of the widget: the default, and one that can also take over a snapshot of
  // `liveblog render` (hydration), loaded only for a widget whose host holds one.
  const BUNDLES = {
    liveblog: { glue: "__LIVEBLOG_GLUE_INTEGRITY__", wasm: "__LIVEBLOG_WASM_INTEGRITY__" },
    "liveblog-hydrate": { glue: "__LIVEBLOG_HYDRATE_GLUE_INTEGRITY__", wasm: "__LIVEBLOG_HYDRATE_WASM_INTEGRITY__" },
  };
  const checked = (value) => (value.startsWith("sha") ? value : "");
  const handles = new WeakMap();
  const mountedWith = new WeakMap(); // element -> the options its widget was mounted with, as JSON
  const modules = {};
  const loaded = {}; // build name -> its glue, once running
  const stopped = {}; // build name -> why it stopped
  const live = new Map(); // a mounted widget's element -> its build's name

  // Each build is fetched once, when the first widget needs it, and shared by all widgets. Both
  // files are checked against their integrity hashes: the glue through a modulepreload (which
  // the import then reuses), the wasm through fetch's integrity option. The two downloads run
  // side by side: on a slow network, the wasm waiting for the glue would cost a round trip.
  function load(name) {
    modules[name] ??= (async () => {
      const integrity = BUNDLES[name];
      const glueUrl = new URL(`${name}.js`, base).href;
      const wasm = fetch(new URL(`${name}_bg.wasm`, base), { integrity: checked(integrity.wasm) });
      wasm.catch(() => {}); // a failure is the glue's to report, below, not an unhandled one
      // A page's first Intl formatter loads the browser's locale data: 30-80 ms of main thread,
      // which the widget's first render would otherwise spend before it can ask for the feed.
      // Done here, it runs while the files download.
      setTimeout(() => new Intl.DateTimeFormat());
      if (checked(integrity.glue)) await preload(glueUrl, integrity.glue);
      const glue = await import(glueUrl);
      await glue.default({ module_or_path: wasm });
      glue.healthy(); // marks where the wasm's stack stands between calls (see watch below)
      loaded[name] = glue;
      return glue;
    })();
    return modules[name];
  }

  function preload(href, integrity) {
    return new Promise((resolve, reject) => {
      const link = document.createElement("link");
      link.rel = "modulepreload";
      link.href = href;
      link.integrity = integrity;
      link.crossOrigin = "anonymous";
      link.onload = resolve;
      link.onerror = () => reject(new Error(`liveblog: ${href} failed its integrity check or did not load`));
      document.head.append(link);
    });
  }

  function kebab(name) {
    return name.replace(/[A-Z]/g, (letter) => "-" + letter.toLowerCase());
  }

  function fail(element, error, fatal = false) {
    element.dispatchEvent(new CustomEvent("liveblog:error", {
      bubbles: true, composed: true,
      detail: { message: String(error && error.message || error), status: null, ...(fatal && { fatal }) },
    }));
  }

  // A call into the wasm that fails (a panic, which aborts on the spot, or a browser exception
  // thrown through the Rust code) leaves a build unable to go on, for the rest of the page's
  // life. It surfaces as an uncaught error on the page. After any, each running build is asked,
  // from a task of its own, whether all its calls returned (src/web/crash.rs). One that says no
  // stops its widgets: what readers see stays, with a notice above it; the page hears
  // `liveblog:error` with `fatal: true`; the widgets poll no more.
  let checking = null;
  function watch(error) {
    if (checking) return;
    checking = setTimeout(() => {
      checking = null;
      for (const name in loaded) {
        if (!(name in stopped) && !healthy(loaded[name])) halt(name, error);
      }
    });
  }
  function healthy(glue) {
    try {
      return glue.healthy();
    } catch {
      return false;
    }
  }
  function halt(name, error) {
    stopped[name] = error;
    console.error("liveblog: the widget stopped after an internal error:", error);
    for (const [element, build] of live) if (build === name) notify(element, error);
  }
  function notify(element, error) {
    const shadow = element.shadowRoot;
    if (shadow) {
      const notice = document.createElement("p");
      notice.className = "lb-error lb-stopped";
      notice.setAttribute("role", "alert");
      notice.textContent = "Live updates have stopped. Reload the page to see the latest.";
      const widget = shadow.querySelector(".lb");
      if (widget) widget.prepend(notice);
      else shadow.append(notice);
    }
    fail(element, error, true);
  }
  addEventListener("error", (event) => watch(event.error ?? event.message));
  addEventListener("unhandledrejection", (event) => watch(event.reason));

  // Mounts a widget; returns its handle at once, even while the wasm is still loading.
  function mount(element, options) {
    if (!(element instanceof Element)) throw new TypeError("LiveBlog.mount needs an element");
    const previous = handles.get(element);
    if (previous) previous.destroy();
    const values = {};
    for (const [key, value] of Object.entries(options || {})) {
      // Every option reaches the widget as text, as an attribute would give it: an object (the
      // words of `strings`) as its JSON.
      if (value != null) values[kebab(key)] = typeof value === "object" ? JSON.stringify(value) : String(value);
    }
    mountedWith.set(element, JSON.stringify(values));
    let widget = null;
    let destroyed = false;
    const handle = {
      destroy() {
        destroyed = true;
        live.delete(element);
        if (widget) widget.destroy();
        widget = null;
        if (handles.get(element) === handle) handles.delete(element);
      },
    };
    const snapshot = element.shadowRoot && element.shadowRoot.querySelector("script.lb-snapshot");
    const build = snapshot ? "liveblog-hydrate" : "liveblog";
    handle.ready = load(build).then((glue) => {
      if (destroyed) return handle;
      if (build in stopped) {
        notify(element, stopped[build]);
        return handle;
      }
      widget = glue.mount(element, values, new URL("liveblog.css", base).href);
      live.set(element, build);
      return handle;
    }).catch((error) => {
      console.error(error);
      fail(element, error);
      return handle;
    });
    handles.set(element, handle);
    return handle;
  }

  function optionsOf(element, prefix) {
    const values = {};
    for (const attribute of element.attributes) {
      if (attribute.name.startsWith(prefix)) values[attribute.name.slice(prefix.length)] = attribute.value;
    }
    return values;
  }

  function scan(root) {
    if (root.nodeType !== 1 && root.nodeType !== 9 && root.nodeType !== 11) return;
    const found = root.matches && root.matches("[data-liveblog-feed]") ? [root] : [];
    found.push(...root.querySelectorAll("[data-liveblog-feed]"));
    for (const element of found) {
      if (!handles.has(element)) mount(element, optionsOf(element, PREFIX));
    }
  }

  function sweep(removed) {
    if (removed.nodeType !== 1) return;
    const gone = removed.matches("[data-liveblog-feed]") ? [removed] : [];
    gone.push(...removed.querySelectorAll("[data-liveblog-feed]"));
    for (const element of gone) {
      const handle = handles.get(element);
      if (handle && !element.isConnected) handle.destroy();
    }
  }

  // An option changed on a mounted widget (a single-page app showing another blog in the same
  // element, say): it mounts again with the new options, once for all the changes of a task.
  const changed = new Set();
  function remount(element) {
    if (!changed.size) {
      queueMicrotask(() => {
        for (const host of changed) {
          const custom = host instanceof LiveBlogElement;
          if (!host.isConnected || !(custom ? handles.has(host) : host.hasAttribute(PREFIX + "feed"))) continue;
          const options = optionsOf(host, custom ? "" : PREFIX);
          if (!handles.has(host) || mountedWith.get(host) !== JSON.stringify(options)) mount(host, options);
        }
        changed.clear();
      });
    }
    changed.add(element);
  }

  class LiveBlogElement extends HTMLElement {
    static observedAttributes = OPTIONS;
    connectedCallback() {
      if (!handles.has(this)) mount(this, optionsOf(this, ""));
    }
    disconnectedCallback() {
      const handle = handles.get(this);
      if (handle) handle.destroy();
    }
    attributeChangedCallback() {
      if (handles.has(this)) remount(this);
    }
  }

  window.LiveBlog = Object.freeze({ mount });
  if (!customElements.get("live-blog")) customElements.define("live-blog", LiveBlogElement);

  function start() {
    scan(document);
    new MutationObserver((records) => {
      for (const record of records) {
        if (record.type === "attributes") {
          // A widget's option changed, or an element gained `data-liveblog-feed`: (re)mount it.
          // One that lost it keeps its widget until it leaves the page.
          remount(record.target);
          continue;
        }
        record.addedNodes.forEach(scan);
        record.removedNodes.forEach(sweep);
      }
    }).observe(document.documentElement, {
      childList: true, subtree: true,
      attributes: true, attributeFilter: OPTIONS.map((name) => PREFIX + name),
    });
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start, { once: true });
  else start();
})();
