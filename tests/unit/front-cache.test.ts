import http from "node:http";
import type { AddressInfo } from "node:net";
import { gunzipSync } from "node:zlib";
import { afterEach, describe, expect, it } from "vitest";
import { cachePolicy, createFrontCache } from "../../scripts/server/front-cache.mjs";
import { registerFrontCacheHook } from "@/lib/platform/front-cache-hooks";

type AppHandler = (req: http.IncomingMessage, res: http.ServerResponse) => void;

const servers: http.Server[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => new Promise((r) => s.close(r))));
});

/** The front cache in front of `app`, on a free port; `calls` counts requests that reached the app. */
async function serve(app: AppHandler, options: { maxEntries?: number; now?: () => number } = {}) {
  const cache = createFrontCache({ paths: ["/api/search", "/api/search/suggest"], ...options });
  const calls: string[] = [];
  const server = http.createServer((req, res) =>
    cache.handle(req, res, () => {
      calls.push(req.url ?? "");
      app(req, res);
    }),
  );
  servers.push(server);
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const get = (path: string, headers: Record<string, string> = {}) =>
    new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }>((resolve, reject) => {
      http
        .get(`${base}${path}`, { headers }, (res) => {
          const chunks: Buffer[] = [];
          res.on("data", (c: Buffer) => chunks.push(c));
          res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
        })
        .on("error", reject);
    });
  return { get, calls, cache };
}

function json(res: http.ServerResponse, body: unknown, headers: Record<string, string>, status = 200) {
  for (const [k, v] of Object.entries(headers)) res.setHeader(k, v);
  res.statusCode = status;
  res.setHeader("content-type", "application/json");
  res.end(JSON.stringify(body));
}

describe("front cache", () => {
  it("replays a public response for the same URL without calling the app, until it expires", async () => {
    let clock = 1_000_000;
    const { get, calls } = await serve((req, res) => json(res, { url: req.url }, { "cache-control": "public, max-age=60" }), { now: () => clock });
    const first = await get("/api/search/suggest?q=atta");
    const second = await get("/api/search/suggest?q=atta");
    expect(first.headers["x-cache"]).toBe("MISS");
    expect(second.headers["x-cache"]).toBe("HIT");
    expect(second.body.toString()).toBe(first.body.toString());
    expect(second.headers["content-type"]).toBe("application/json");
    await get("/api/search/suggest?q=atte");
    expect(calls).toEqual(["/api/search/suggest?q=atta", "/api/search/suggest?q=atte"]);
    clock += 61_000;
    expect((await get("/api/search/suggest?q=atta")).headers["x-cache"]).toBe("MISS");
    expect(calls).toHaveLength(3);
  });

  it("keeps nothing private, uncacheable, failed, cookie-setting, or outside its paths; signed-in requests bypass it", async () => {
    const { get, calls } = await serve((req, res) => {
      const url = new URL(req.url ?? "", "http://x");
      const kind = url.searchParams.get("kind");
      if (kind === "private") return json(res, {}, { "cache-control": "private, max-age=30" });
      if (kind === "error") return json(res, {}, { "cache-control": "public, max-age=30" }, 500);
      if (kind === "cookie") return json(res, {}, { "cache-control": "public, max-age=30", "set-cookie": "a=b" });
      return json(res, {}, { "cache-control": "public, max-age=30" });
    });
    for (const path of ["/api/search?kind=private", "/api/search?kind=error", "/api/search?kind=cookie", "/api/other?kind=public"]) {
      await get(path);
      await get(path);
    }
    await get("/api/search?kind=public", { cookie: "next-auth.session-token=abc" });
    await get("/api/search?kind=public", { cookie: "next-auth.session-token=abc" });
    await get("/api/search?kind=public", { authorization: "Bearer x" });
    expect(calls).toHaveLength(11);
  });

  it("replays an own-cache response through the app's hook, which adds per-replay headers or refuses", async () => {
    let next = 0;
    let refuse = false;
    registerFrontCacheHook("test-log", ({ url, responseHeaders }) => (refuse ? null : { "x-id": `${url}#${++next}#${String(responseHeaders["x-total"])}` }));
    const { get, calls } = await serve((_req, res) =>
      json(res, { hits: [] }, { "cache-control": "private, max-age=30", "x-front-cache": "max-age=30, hook=test-log", "x-id": "original", "x-total": "7" }),
    );
    expect((await get("/api/search?q=tea")).headers["x-id"]).toBe("original");
    const replay = await get("/api/search?q=tea");
    expect(replay.headers["x-id"]).toBe("/api/search?q=tea#1#7");
    expect(replay.headers["x-front-cache"]).toBeUndefined();
    expect(replay.headers["cache-control"]).toBe("private, max-age=30");
    refuse = true;
    expect((await get("/api/search?q=tea")).headers["x-id"]).toBe("original");
    expect(calls).toHaveLength(2);
  });

  it("serves gzip to clients that accept it, plain to the others, and evicts the least recently used", async () => {
    const big = { text: "chai ".repeat(1000) };
    const { get, calls, cache } = await serve((_req, res) => json(res, big, { "cache-control": "public, max-age=30" }), { maxEntries: 2 });
    await get("/api/search?q=a");
    const gz = await get("/api/search?q=a", { "accept-encoding": "gzip, br" });
    expect(gz.headers["content-encoding"]).toBe("gzip");
    expect(JSON.parse(gunzipSync(gz.body).toString())).toEqual(big);
    expect(JSON.parse((await get("/api/search?q=a")).body.toString())).toEqual(big);
    await get("/api/search?q=b");
    await get("/api/search?q=a");
    await get("/api/search?q=c"); // evicts b, the least recently used
    await get("/api/search?q=a");
    await get("/api/search?q=b");
    expect(calls).toEqual(["/api/search?q=a", "/api/search?q=b", "/api/search?q=c", "/api/search?q=b"]);
    expect(cache.stats().entries).toBe(2);
  });

  it("replays a response only to requests that agree on the headers it varies on", async () => {
    const { get, calls } = await serve((req, res) =>
      json(res, { rsc: req.headers.rsc ?? null }, { "cache-control": "public, max-age=30", vary: "rsc, next-router-state-tree, Accept-Encoding" }),
    );
    await get("/api/search?q=dal");
    await get("/api/search?q=dal");
    const rsc = await get("/api/search?q=dal", { rsc: "1" });
    expect(JSON.parse(rsc.body.toString())).toEqual({ rsc: "1" });
    expect(calls).toHaveLength(2);
  });

  it("reads the lifetime from s-maxage before max-age and refuses Vary: *", () => {
    expect(cachePolicy(200, { "cache-control": "public, max-age=10, s-maxage=40" })).toEqual({ maxAge: 40, hook: null });
    expect(cachePolicy(200, { "cache-control": "public, max-age=0" })).toBeNull();
    expect(cachePolicy(200, { "cache-control": "public, max-age=10", vary: "*" })).toBeNull();
    expect(cachePolicy(200, { "cache-control": "public, max-age=10", vary: "Accept-Encoding" })).toEqual({ maxAge: 10, hook: null });
    expect(cachePolicy(200, { "cache-control": "no-store", "x-front-cache": "max-age=5, hook=h" })).toEqual({ maxAge: 5, hook: "h" });
  });
});
