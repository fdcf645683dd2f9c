// Starts the project's demo server (`liveblog serve --control`) for tests that drive a live blog:
// publish, edit, delete, close, faults, and the per-request log of the feed.
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { createInterface } from "node:readline";
import { join, resolve } from "node:path";

const repo = resolve(import.meta.dirname, "../..");
const running = new Set();
// A failed test must not leave its server running (it would keep the test process alive).
process.on("exit", () => running.forEach((child) => child.kill()));

/** Starts a server on a free port; resolves to { url, feed, control(), log(), stop() }. */
export async function startDemoServer() {
  const binary = ["debug", "release"].map((profile) => join(repo, "target", profile, "liveblog")).find(existsSync);
  if (!binary) throw new Error("build the tools first: cargo build -p liveblog-tools");
  const child = spawn(binary, ["serve", "--control", "--quiet", "--step-seconds", "0", "--addr", "127.0.0.1:0"], {
    cwd: repo, stdio: ["ignore", "pipe", "inherit"],
  });
  running.add(child);
  child.once("exit", () => running.delete(child));
  const firstLine = await new Promise((done, fail) => {
    const lines = createInterface({ input: child.stdout });
    lines.once("line", done);
    child.once("exit", (code) => fail(new Error(`liveblog serve exited with ${code}`)));
  });
  const url = firstLine.match(/http:\/\/127\.0\.0\.1:\d+\//)?.[0];
  if (!url) throw new Error(`unexpected start line: ${firstLine}`);
  const call = async (method, path, body) => {
    const response = await fetch(url + path, {
      method, headers: body ? { "content-type": "application/json" } : {}, body: body && JSON.stringify(body),
    });
    if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
    return response.status === 204 ? null : response.json();
  };
  return {
    url,
    feed: url + "live/feed.json",
    control: (action, body = {}) => call("POST", `control/${action}`, body),
    log: () => call("GET", "control/log"),
    clearLog: () => call("DELETE", "control/log"),
    stop: () => child.kill(),
  };
}
