// A publisher's site for an end-to-end suite: pages written into a temporary folder and served
// at /news/, the built widget at /liveblog/ (dist/, or the folder $LIVEBLOG_DIST names, to run a
// suite against another build), the test fixtures at /feeds/, and any further mounts; with a
// Chromium to open them in.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { launchChromium } from "./chromium.mjs";
import { serve } from "./static-server.mjs";

export const repo = resolve(import.meta.dirname, "../..");

/**
 * Starts the site for the suite `name`. Resolves to `{ pages, url, browser, close }`: the
 * folder served at /news/, the site's root URL (ending in "/"), the browser, and what stops them
 * all and removes the folder.
 */
export async function openSite(name, mounts = {}) {
  const pages = await mkdtemp(join(tmpdir(), `liveblog-${name}-`));
  const server = await serve({
    "/news/": pages,
    "/liveblog/": resolve(repo, process.env.LIVEBLOG_DIST || "dist"),
    "/feeds/": join(repo, "tests/fixtures"),
    ...mounts,
  });
  const browser = await launchChromium();
  return {
    pages,
    url: `http://127.0.0.1:${server.address().port}/`,
    browser,
    async close() {
      await browser.close();
      server.close();
      await rm(pages, { recursive: true, force: true });
    },
  };
}
