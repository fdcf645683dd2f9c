// A plain static file server for the end-to-end tests: HTTP/1.1, ETag and Last-Modified, 304s.
// Deliberately not the project's dev server: it stands in for any static host or CDN.
import { createServer } from "node:http";
import { createHash } from "node:crypto";
import { readFile, stat } from "node:fs/promises";
import { extname, join, normalize, resolve } from "node:path";

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/feed+json; charset=utf-8",
  ".wasm": "application/wasm",
  ".svg": "image/svg+xml",
};

/**
 * Serves `mounts` ({ "/url/prefix/": "/dir" }) on 127.0.0.1 and a free port; resolves to the
 * server. `headersFor(path)` may add response headers (a page's Content-Security-Policy).
 */
export function serve(mounts, { headersFor = () => ({}) } = {}) {
  const server = createServer(async (request, response) => {
    let path;
    try {
      path = decodeURIComponent(new URL(request.url, "http://x").pathname);
    } catch {
      return end(response, 400);
    }
    const prefix = Object.keys(mounts).filter((p) => path.startsWith(p)).sort((a, b) => b.length - a.length)[0];
    if (!prefix) return end(response, 404);
    const root = resolve(mounts[prefix]);
    let file = normalize(join(root, path.slice(prefix.length)));
    if (!file.startsWith(root)) return end(response, 403);
    try {
      if ((await stat(file)).isDirectory()) file = join(file, "index.html");
      const body = await readFile(file);
      const etag = `"${createHash("sha1").update(body).digest("hex").slice(0, 16)}"`;
      response.setHeader("ETag", etag);
      response.setHeader("Cache-Control", "no-cache");
      // As CDNs do for embeds: the widget's module and wasm are fetched cross-origin.
      response.setHeader("Access-Control-Allow-Origin", "*");
      response.setHeader("Content-Type", TYPES[extname(file)] || "application/octet-stream");
      for (const [name, value] of Object.entries(headersFor(path))) response.setHeader(name, value);
      if (request.headers["if-none-match"] === etag) return end(response, 304);
      response.writeHead(200);
      response.end(body);
    } catch {
      end(response, 404);
    }
  });
  return new Promise((done) => server.listen(0, "127.0.0.1", () => done(server)));
}

function end(response, status) {
  response.writeHead(status);
  response.end();
}
