// The benchmark's instruments, injected into every benchmark page before any of its own scripts
// (Playwright's addInitScript). Nothing here changes what the widget or the reference does; it
// only watches, through window.__bench:
// - the wasm linear memory, caught by wrapping WebAssembly.instantiate(Streaming);
// - every shadow root attached (the widget's and the reference's), observed by a
//   MutationObserver: lightly (subtree childList, to notice renders) by default, and while
//   counting (after resetMutations) with subtree, childList, attributes and characterData,
//   counting records and the nodes inserted;
// - when a selector first matches enough elements in that shadow root ("in the DOM") and the
//   first animation frame after which they are laid out and visible ("on screen");
// - long tasks (over 50 ms) and `liveblog:update` events.
(() => {
  "use strict";
  const bench = {
    wasmMemories: [],
    longTasks: [],
    roots: [],
    shown: {},
    watches: [],
    updateEvents: 0,
    eventWaiters: [],
    mutations: emptyMutations(),
    counting: false,
    observers: [],
  };
  const LIGHT = { subtree: true, childList: true };
  const FULL = { subtree: true, childList: true, attributes: true, characterData: true };
  window.__bench = bench;

  function emptyMutations() {
    return { records: 0, childList: 0, attributes: 0, characterData: 0, removed: 0, inserted: new Set() };
  }

  // The wasm module's memory, whichever way the glue instantiates it.
  for (const name of ["instantiate", "instantiateStreaming"]) {
    const original = WebAssembly[name];
    WebAssembly[name] = async function (...args) {
      const result = await original.apply(this, args);
      const instance = result instanceof WebAssembly.Instance ? result : result.instance;
      // Found by type: the build may have shortened the export's name.
      const memory = instance && Object.values(instance.exports).find((value) => value instanceof WebAssembly.Memory);
      if (memory) bench.wasmMemories.push(memory);
      return result;
    };
  }
  bench.wasmBytes = () => bench.wasmMemories.reduce((sum, memory) => sum + memory.buffer.byteLength, 0);

  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) bench.longTasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: "longtask", buffered: true });

  document.addEventListener("liveblog:update", () => {
    bench.updateEvents += 1;
    bench.eventWaiters.splice(0).forEach((check) => check());
  });
  /** Resolves once `count` liveblog:update events have been seen since the page loaded. */
  bench.untilUpdateEvents = (count) => new Promise((done) => {
    const check = () => (bench.updateEvents >= count ? done() : bench.eventWaiters.push(check));
    check();
  });

  const attachShadow = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (init) {
    const root = attachShadow.call(this, init);
    bench.roots.push(root);
    const observer = new MutationObserver(record);
    observer.observe(root, LIGHT);
    bench.observers.push({ observer, root });
    return root;
  };

  function record(records) {
    if (bench.counting) count(records);
    checkWatches();
  }

  function count(records) {
    const counts = bench.mutations;
    for (const entry of records) {
      counts.records += 1;
      counts[entry.type] += 1;
      counts.removed += entry.removedNodes.length;
      // A node inserted with children, or children added to it later, is counted once each.
      for (const node of entry.addedNodes) {
        counts.inserted.add(node);
        if (node.nodeType === Node.ELEMENT_NODE) {
          const walker = document.createTreeWalker(node);
          while (walker.nextNode()) counts.inserted.add(walker.currentNode);
        }
      }
    }
  }

  /** Starts counting every mutation afresh (the observers switch to the full options). */
  bench.resetMutations = () => {
    bench.mutations = emptyMutations();
    bench.counting = true;
    for (const { observer, root } of bench.observers) observer.observe(root, FULL);
  };

  /** Stops counting; the observers go back to noticing renders only. */
  bench.stopCounting = () => {
    bench.counting = false;
    for (const { observer, root } of bench.observers) observer.observe(root, LIGHT);
  };

  /**
   * The mutations since the last reset: record counts by type, how many nodes were inserted,
   * and how many of those lie inside the element matching `within` (the new update, say).
   */
  bench.mutationSummary = (within) => {
    const counts = bench.mutations;
    const root = bench.roots[0];
    const container = within && root.querySelector(within);
    const inside = [...counts.inserted].filter((node) => container && container.contains(node)).length;
    const elsewhere = [...counts.inserted].filter((node) => !(container && container.contains(node)))
      .map((node) => (node.nodeType === Node.TEXT_NODE ? `"${node.data}"` : node.localName + (node.className ? "." + node.className.split(" ").join(".") : "")));
    return {
      records: counts.records, childList: counts.childList, attributes: counts.attributes,
      characterData: counts.characterData, removed: counts.removed,
      inserted: counts.inserted.size, inside, elsewhere,
    };
  };

  /**
   * Records, as `shown[name]`, when `selector` first matches at least `count` elements in the
   * shadow root: `dom` when the mutation that made it so was observed, `screen` after the first
   * animation frame in which the last match is laid out with a height (the stylesheet applies)
   * and that frame's rendering is done (a message posted from the frame callback).
   */
  bench.when = (name, selector, count) => {
    bench.watches.push({ name, selector, count });
    checkWatches();
  };

  function checkWatches() {
    const root = bench.roots[0];
    if (!root) return;
    for (const watch of bench.watches.slice()) {
      const matches = root.querySelectorAll(watch.selector);
      if (matches.length < watch.count) continue;
      bench.watches.splice(bench.watches.indexOf(watch), 1);
      const result = (bench.shown[watch.name] = { dom: performance.now(), screen: null });
      onScreen(matches[matches.length - 1], (at) => { result.screen = at; });
    }
  }

  function onScreen(element, done) {
    requestAnimationFrame(() => {
      if (element.getBoundingClientRect().height === 0) return onScreen(element, done);
      const channel = new MessageChannel();
      channel.port1.onmessage = () => done(performance.now());
      channel.port2.postMessage(null);
    });
  }

  /**
   * A canonical text of an element's subtree, to compare the reference's markup with the
   * widget's: attributes sorted, adjacent text nodes joined.
   */
  bench.canonical = (selector) => {
    const element = bench.roots[0] && bench.roots[0].querySelector(selector);
    return element ? canonical(element) : null;
  };

  function canonical(element) {
    const attributes = [...element.attributes].map((a) => `${a.name}="${a.value}"`).sort().join(" ");
    let out = `<${element.localName}${attributes ? " " + attributes : ""}>`;
    let text = "";
    for (const child of element.childNodes) {
      if (child.nodeType === Node.TEXT_NODE) {
        text += child.data;
        continue;
      }
      out += text;
      text = "";
      if (child.nodeType === Node.ELEMENT_NODE) out += canonical(child);
    }
    return `${out}${text}</${element.localName}>\n`;
  }
})();
