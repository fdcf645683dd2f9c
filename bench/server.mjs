// The benchmark's HTTP/1.1 server: dist/, the reference renderer, generated pages and in-memory
// feeds, every answer with an ETag and `Cache-Control: no-cache`, and a 304 when the browser's
// If-None-Match still matches (the widget polls with `cache: no-cache`: TOOLCHAIN pitfall 8).
// It logs each feed request with its status and the bytes that went over the wire. dist/ and
// the reference go out gzipped (level 9, made once) to a browser that accepts it, as a CDN
// would send them; pages and feeds go out as they are.
import { createServer } from "node:http";
import { gzipSync } from "node:zlib";
import { createHash } from "node:crypto";
import { readFileSync, readdirSync } from "node:fs";
import { extname, join, relative } from "node:path";
import { EventEmitter } from "node:events";

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/feed+json; charset=utf-8",
  ".wasm": "application/wasm",
  ".svg": "image/svg+xml",
};

const PHOTO = `<svg xmlns="http://www.w3.org/2000/svg" width="640" height="360"><rect width="640" height="360" fill="#8aa"/></svg>`;

/** One response body with its validator, and its gzipped bytes when `compress`. */
function resource(body, type, compress = false) {
  const bytes = Buffer.from(body);
  const gzipped = compress ? gzipSync(bytes, { level: 9 }) : null;
  return { bytes, gzipped, type, etag: `"${createHash("sha1").update(bytes).digest("hex").slice(0, 16)}"` };
}

/**
 * A server on 127.0.0.1 and a free port. `dist` and `benchDir` are read once at start, so a
 * rebuild of dist/ by someone else during a run cannot mix two builds in one page.
 * Emits `feed` with `{ name, status, sent, received, bodyBytes }` after each feed response.
 */
export async function startServer({ dist, benchDir }) {
  const files = new Map();
  for (const entry of readdirSync(dist, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    files.set(`/dist/${relative(dist, path)}`, resource(readFileSync(path), TYPES[extname(path)], true));
  }
  files.set("/bench/reference.js", resource(readFileSync(join(benchDir, "reference.js")), TYPES[".js"], true));
  files.set("/img/photo.svg", resource(PHOTO, TYPES[".svg"]));

  const events = new EventEmitter();
  const server = createServer((request, response) => answer(files, events, request, response));
  server.keepAliveTimeout = 60_000;
  await new Promise((done) => server.listen(0, "127.0.0.1", done));
  const origin = `http://127.0.0.1:${server.address().port}`;

  return {
    origin,
    events,
    /** Serves `html` at /page/NAME.html. */
    setPage(name, html) {
      files.set(`/page/${name}.html`, resource(html, TYPES[".html"]));
      return `${origin}/page/${name}.html`;
    },
    /** Serves `feed` (an object) at /feed/NAME.json from now on. */
    setFeed(name, feed) {
      files.set(`/feed/${name}.json`, resource(JSON.stringify(feed), TYPES[".json"]));
      return `${origin}/feed/${name}.json`;
    },
    /** Resolves with the log entry of the next response to feed NAME. */
    nextFeedResponse(name) {
      return new Promise((done) => {
        const listener = (entry) => {
          if (entry.name !== name) return;
          events.off("feed", listener);
          done(entry);
        };
        events.on("feed", listener);
      });
    },
    close() {
      server.closeAllConnections();
      return new Promise((done) => server.close(done));
    },
  };
}

function answer(files, events, request, response) {
  const path = new URL(request.url, "http://x").pathname;
  const file = files.get(path);
  const feed = path.match(/^\/feed\/(.+)\.json$/);
  // Bytes on this keep-alive connection since its previous request: what this exchange cost.
  const socket = request.socket;
  const received = socket.bytesRead - (socket.benchRead ?? 0);
  socket.benchRead = socket.bytesRead;
  const written = socket.bytesWritten;
  response.on("finish", () => {
    if (!feed) return;
    const bodyBytes = response.statusCode === 200 ? file.bytes.length : 0;
    events.emit("feed", { name: feed[1], status: response.statusCode, sent: socket.bytesWritten - written, received, bodyBytes });
  });

  if (!file) {
    response.writeHead(404, { "Content-Length": 0 });
    return response.end();
  }
  const headers = {
    ETag: file.etag,
    "Cache-Control": "no-cache",
    "Content-Type": file.type || "application/octet-stream",
  };
  if (request.headers["if-none-match"] === file.etag) {
    response.writeHead(304, headers);
    return response.end();
  }
  if (file.gzipped && /\bgzip\b/.test(request.headers["accept-encoding"] || "")) {
    response.writeHead(200, { ...headers, "Content-Encoding": "gzip", Vary: "Accept-Encoding", "Content-Length": file.gzipped.length });
    return response.end(file.gzipped);
  }
  response.writeHead(200, { ...headers, "Content-Length": file.bytes.length });
  response.end(file.bytes);
}
