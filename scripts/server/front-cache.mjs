// A small in-memory HTTP cache in front of Next.js for a few hot public GET routes (the search API),
// doing what a CDN or nginx micro-cache would: a response the app marks cacheable is replayed to
// later anonymous requests for the same URL until it expires, without entering Next's router. On this
// 2-core machine Next's per-request overhead alone is ~20 ms at 32 connections; a replay is ~0.1 ms.
//
// What may be cached is decided by the app, per response:
//   - `Cache-Control: public, max-age=N` (or s-maxage) — any shared cache may keep it N seconds;
//   - `X-Front-Cache: max-age=N, hook=NAME` — only this cache may keep it, and on every replay it calls
//     the hook NAME that the app registered (lib/platform/front-cache-hooks.ts), which returns headers
//     to add. The search API uses it to log each search and hand out that search's own id.
// Requests that carry a session (Authorization, the Auth.js cookie) or `Cache-Control: no-cache` always
// go to the app. Invalidation is by age only: the app's Cache-Control bounds staleness, as with a CDN.
import { gzipSync } from "node:zlib";

const HOOKS = Symbol.for("quicklocal.front-cache.hooks");
const SESSION_COOKIE = /(?:^|;\s*)(?:__Secure-)?next-auth\.session-token/;
const HOP_HEADERS = new Set(["connection", "keep-alive", "transfer-encoding", "content-length", "content-encoding", "date", "x-front-cache"]);
const GZIP_MIN_BYTES = 1024;

/** Seconds a response may be replayed, and the hook to call on replay; null when it must not be kept. */
export function cachePolicy(statusCode, headers) {
  if (statusCode !== 200 || headers["set-cookie"] !== undefined) return null;
  if (varyNames(headers).includes("*")) return null;
  const own = String(headers["x-front-cache"] ?? "");
  if (own) {
    const maxAge = /(?:^|,)\s*max-age=(\d+)/.exec(own);
    const hook = /(?:^|,)\s*hook=([\w-]+)/.exec(own);
    return maxAge && Number(maxAge[1]) > 0 ? { maxAge: Number(maxAge[1]), hook: hook ? hook[1] : null } : null;
  }
  const cc = String(headers["cache-control"] ?? "").toLowerCase();
  if (!/(?:^|,)\s*public\b/.test(cc) || /no-store|no-cache|private/.test(cc)) return null;
  const age = /(?:^|,)\s*s-maxage=(\d+)/.exec(cc) ?? /(?:^|,)\s*max-age=(\d+)/.exec(cc);
  return age && Number(age[1]) > 0 ? { maxAge: Number(age[1]), hook: null } : null;
}

/** Request headers the response varies on, other than Accept-Encoding (the cache handles that itself). */
export function varyNames(headers) {
  return String(headers.vary ?? "")
    .toLowerCase()
    .split(",")
    .map((v) => v.trim())
    .filter((v) => v && v !== "accept-encoding");
}

/** A response is only replayed to a request that agrees on every header it varies on (Next varies on its RSC headers). */
function sameVariant(entry, req) {
  return entry.vary.every(([name, value]) => (req.headers[name] ?? null) === value);
}

/** Whether this request may be answered from the cache (and its response kept). */
export function isCacheableRequest(req, paths) {
  if (req.method !== "GET" && req.method !== "HEAD") return false;
  const q = req.url.indexOf("?");
  if (!paths.has(q === -1 ? req.url : req.url.slice(0, q))) return false;
  if (req.headers.authorization) return false;
  if (SESSION_COOKIE.test(req.headers.cookie ?? "")) return false;
  return !/no-cache|no-store/.test(req.headers["cache-control"] ?? "");
}

/**
 * @param {{ paths: string[], maxEntries?: number, maxBytes?: number, now?: () => number }} options
 * @returns {{ handle(req, res, next: () => void): void, stats(): { entries: number, bytes: number, hits: number, misses: number } }}
 */
export function createFrontCache({ paths, maxEntries = 20_000, maxBytes = 128 * 1024 * 1024, now = Date.now }) {
  const allowed = new Set(paths);
  /** URL → entry; Map order is recency order (a hit moves the entry to the end). */
  const entries = new Map();
  let bytes = 0;
  let hits = 0;
  let misses = 0;

  function evict(key) {
    const entry = entries.get(key);
    if (!entry) return;
    entries.delete(key);
    bytes -= entry.size;
  }

  function store(key, entry) {
    evict(key);
    entries.set(key, entry);
    bytes += entry.size;
    for (const oldest of entries.keys()) {
      if (entries.size <= maxEntries && bytes <= maxBytes) break;
      evict(oldest);
    }
  }

  function replay(req, res, entry) {
    const extra = entry.hook ? (globalThis[HOOKS]?.get(entry.hook)?.({ url: req.url, headers: req.headers, responseHeaders: entry.headers }) ?? null) : null;
    if (entry.hook && !extra) return false; // the app cannot account for this replay: let it answer
    const gzip = entry.gzip && /\bgzip\b/.test(req.headers["accept-encoding"] ?? "");
    const body = gzip ? entry.gzip : entry.body;
    const headers = { ...entry.headers, ...extra, age: String(Math.floor((now() - entry.storedAt) / 1000)), "x-cache": "HIT", "content-length": String(body.length) };
    if (gzip) headers["content-encoding"] = "gzip";
    res.writeHead(entry.statusCode, headers);
    res.end(req.method === "HEAD" ? undefined : body);
    return true;
  }

  function capture(key, req, res) {
    const chunks = [];
    const write = res.write.bind(res);
    const end = res.end.bind(res);
    res.setHeader("x-cache", "MISS");
    res.write = (chunk, ...rest) => {
      if (chunk && typeof chunk !== "function") chunks.push(Buffer.from(chunk));
      return write(chunk, ...rest);
    };
    res.end = (chunk, ...rest) => {
      if (chunk && typeof chunk !== "function") chunks.push(Buffer.from(chunk));
      const headers = res.getHeaders();
      const policy = cachePolicy(res.statusCode, headers);
      if (policy && !headers["content-encoding"]) {
        const body = Buffer.concat(chunks);
        const kept = {};
        for (const [name, value] of Object.entries(headers)) if (!HOP_HEADERS.has(name) && name !== "x-cache") kept[name] = value;
        const gzip = body.length >= GZIP_MIN_BYTES ? gzipSync(body, { level: 6 }) : null;
        const storedAt = now();
        const vary = varyNames(headers).map((name) => [name, req.headers[name] ?? null]);
        store(key, { statusCode: 200, headers: kept, body, gzip, vary, hook: policy.hook, storedAt, expiresAt: storedAt + policy.maxAge * 1000, size: body.length + (gzip?.length ?? 0) + key.length });
      }
      return end(chunk, ...rest);
    };
  }

  return {
    handle(req, res, next) {
      if (!isCacheableRequest(req, allowed)) return next();
      const entry = entries.get(req.url);
      if (entry && entry.expiresAt > now() && sameVariant(entry, req)) {
        entries.delete(req.url);
        entries.set(req.url, entry);
        if (replay(req, res, entry)) {
          hits++;
          return;
        }
      }
      misses++;
      // Keep the stored body uncompressed (compressed once, above, for clients that take gzip).
      delete req.headers["accept-encoding"];
      if (req.method === "GET") capture(req.url, req, res);
      next();
    },
    stats: () => ({ entries: entries.size, bytes, hits, misses }),
  };
}
