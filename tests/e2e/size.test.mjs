// What a reader downloads for one widget: every file of dist/ the default widget loads, raw, gzip
// -9 and brotli, with a ceiling on the gzip total. The ceiling only stops regressions while the
// widget is above its 100 KB target (docs/size.md tracks the gap and the levers). The hydrating
// build (liveblog-hydrate.*), which only pages with a snapshot of `liveblog render` load instead
// of liveblog.js and liveblog_bg.wasm, is printed and capped on its own.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readdir, readFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";

const dist = resolve(import.meta.dirname, "../../dist");
/** Bytes, gzip -9, of everything in dist/. Lower it as the bundle shrinks (docs/size.md). */
const CEILING_GZIP = 134_600;
const TARGET_GZIP = 100_000;

/**
 * The same for a page with a snapshot, which loads the hydrating build instead: Yew's hydration
 * and the snapshot's take-over add about 10.4 KB gzip.
 */
const CEILING_SNAPSHOT_GZIP = CEILING_GZIP + 10_400;

async function table(downloaded) {
  const rows = [];
  for (const name of (await readdir(dist)).filter(downloaded).sort()) {
    const bytes = await readFile(join(dist, name));
    rows.push({
      file: name,
      raw: bytes.length,
      gzip: gzipSync(bytes, { level: 9 }).length,
      brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
    });
  }
  const total = rows.reduce((sum, row) => ({
    file: "total", raw: sum.raw + row.raw, gzip: sum.gzip + row.gzip, brotli: sum.brotli + row.brotli,
  }), { raw: 0, gzip: 0, brotli: 0 });
  const line = (row) => `${row.file.padEnd(26)} ${String(row.raw).padStart(8)} ${String(row.gzip).padStart(8)} ${String(row.brotli).padStart(8)}`;
  return { rows, total, text: ["file                            raw B   gzip B brotli B", ...rows.map(line), line(total)].join("\n") };
}

const asset = (name) => /\.(js|wasm|css)$/.test(name);
const hydrating = (name) => name.startsWith("liveblog-hydrate");

test("dist/ stays under its size ceiling", async () => {
  const { rows, total, text } = await table((name) => asset(name) && !hydrating(name));
  console.log(`${text}\ntarget ${TARGET_GZIP} B gzip: ${total.gzip <= TARGET_GZIP ? "met" : `${total.gzip - TARGET_GZIP} B over`}`);
  assert.ok(rows.some((row) => row.file.endsWith(".wasm")), "dist/ is built");
  assert.ok(total.gzip <= CEILING_GZIP, `${total.gzip} B gzip is over the ${CEILING_GZIP} B ceiling`);
});

test("a page with a snapshot stays under its own ceiling", async () => {
  const { rows, total, text } = await table((name) =>
    asset(name) && (hydrating(name) || !/^liveblog(\.js|_bg\.wasm)$/.test(name)));
  console.log(`with a snapshot (the hydrating build):\n${text}`);
  assert.ok(rows.some((row) => row.file === "liveblog-hydrate_bg.wasm"), "the hydrating build is built");
  assert.ok(total.gzip <= CEILING_SNAPSHOT_GZIP, `${total.gzip} B gzip is over the ${CEILING_SNAPSHOT_GZIP} B ceiling`);
});
