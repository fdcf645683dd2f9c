// A feed host for the hostile-feed and isolation tests: HTTP/1.1, one route per test
// (`/feed/<name>.json`), each switchable at any moment between a good feed and a hostile answer,
// with a log of every request. Good feeds get an ETag, `Cache-Control: no-cache` and 304s, as a
// static host or CDN sends them; every answer allows any origin, except a CORS refusal.
import { createServer } from "node:http";
import { createHash } from "node:crypto";

/**
 * What a route answers. `{ feed }` is a good feed (an object, serialised); `{ status, type,
 * body, headers }` any answer (body a string or a Buffer); `{ hang: true }` never answers;
 * `{ redirect: true }` redirects to itself with a growing `?hop=` for ever; `{ cors: false }`
 * with any of these leaves out `Access-Control-Allow-Origin`.
 */
export const good = (feed) => ({ feed });

/** An answer's body and ETag, computed once (some are megabytes). */
const bodies = new WeakMap();
function serialised(answer) {
  if (!bodies.has(answer)) {
    const body = answer.feed ? Buffer.from(JSON.stringify(answer.feed)) : (answer.body ?? "");
    bodies.set(answer, { body, etag: `"${createHash("sha1").update(body).digest("hex").slice(0, 16)}"` });
  }
  return bodies.get(answer);
}

/** Starts the server on 127.0.0.1 and a free port. */
export async function startFeedServer() {
  const routes = new Map();
  const hanging = new Set();
  const server = createServer((request, response) => {
    const url = new URL(request.url, "http://x");
    const name = url.pathname.match(/^\/feed\/([\w-]+)\.json$/)?.[1];
    const route = name && routes.get(name);
    if (!route) {
      response.writeHead(404, { "Access-Control-Allow-Origin": "*" });
      return response.end();
    }
    const answer = route.answer;
    const entry = {
      t: Date.now(), mode: route.mode, hop: url.searchParams.get("hop"), status: 0, aborted: false,
      ifNoneMatch: request.headers["if-none-match"] || null,
    };
    route.log.push(entry);
    response.on("close", () => { entry.aborted = !response.writableFinished; hanging.delete(response); });
    const headers = { "Cache-Control": "no-cache" };
    if (answer.cors !== false) headers["Access-Control-Allow-Origin"] = "*";
    const send = (status, extra = {}, body = "") => {
      entry.status = status;
      response.writeHead(status, { ...headers, ...extra });
      response.end(body);
    };
    if (answer.hang) {
      hanging.add(response);
      return;
    }
    if (answer.redirect) {
      const hop = Number(entry.hop || 0) + 1;
      return send(302, { Location: `/feed/${name}.json?hop=${hop}` });
    }
    if (answer.feed) {
      const { body, etag } = serialised(answer);
      const extra = { ETag: etag, "Content-Type": answer.type || "application/feed+json; charset=utf-8" };
      if (request.headers["if-none-match"] === etag) return send(304, extra);
      return send(200, extra, body);
    }
    const { body, etag } = serialised(answer);
    send(answer.status ?? 200, { ETag: etag, "Content-Type": answer.type || "application/json", ...answer.headers }, body);
  });
  await new Promise((done) => server.listen(0, "127.0.0.1", done));
  const origin = `http://127.0.0.1:${server.address().port}`;
  return {
    origin,
    /** The URL of route `name`. */
    url: (name) => `${origin}/feed/${name}.json`,
    /** Makes route `name` answer `answer` from now on; `mode` labels its log entries. */
    set(name, answer, mode = "good") {
      const route = routes.get(name) || { log: [] };
      routes.set(name, Object.assign(route, { answer, mode }));
    },
    /** Every request to route `name`, oldest first: { t, mode, hop, status, aborted, ifNoneMatch }. */
    log: (name) => routes.get(name)?.log ?? [],
    close() {
      hanging.forEach((response) => response.destroy());
      server.closeAllConnections();
      server.close();
    },
  };
}
