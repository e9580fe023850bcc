import "server-only";
import { randomUUID } from "node:crypto";
import { cached } from "@/lib/platform/cache/tagged";
import { SEARCH_CACHE_TAG } from "./cache-tags";

/**
 * In-process layers in front of the shared tag-invalidated cache, for what every search reads:
 *
 * - `memoByTags`: small lookup lists (categories, brands, synonyms). The shared cache holds only a
 *   version token per list; while the token stands the decoded list in memory is reused. Concurrent
 *   misses share one token fetch and one load (single flight).
 * - `localFirst`: whole search/suggest responses in a bounded in-process LRU, valid while the
 *   SEARCH_CACHE_TAG version they were computed under stands. The version is refreshed from the shared
 *   cache at most every VERSION_REFRESH_MS, so a repeated request is answered with no I/O at all.
 */

const memo = new Map<string, { token: string; value: Promise<unknown> }>();
const pendingTokens = new Map<string, Promise<string>>();

function token(name: string, tags: readonly string[], ttlSeconds: number): Promise<string> {
  let pending = pendingTokens.get(name);
  if (!pending) {
    pending = cached(`search:memo:${name}`, async () => randomUUID(), { tags, ttlSeconds }).finally(() => pendingTokens.delete(name));
    pendingTokens.set(name, pending);
  }
  return pending;
}

export async function memoByTags<T>(name: string, tags: readonly string[], ttlSeconds: number, load: () => Promise<T>): Promise<T> {
  const current = await token(name, tags, ttlSeconds);
  const hit = memo.get(name);
  if (hit && hit.token === current) return hit.value as Promise<T>;
  const value = load();
  memo.set(name, { token: current, value });
  value.catch(() => {
    if (memo.get(name)?.value === value) memo.delete(name);
  });
  return value;
}

/* ------------------------------------------------------------------ response LRU */

const VERSION_REFRESH_MS = 1_000;
const MAX_ENTRIES = 5_000;

let version: { value: string; checkedAt: number } | null = null;
let versionPending: Promise<string> | null = null;

/** The SEARCH_CACHE_TAG generation, as a token that changes whenever the tag is invalidated anywhere. */
function searchVersion(): string | Promise<string> {
  if (version && Date.now() - version.checkedAt < VERSION_REFRESH_MS) return version.value;
  versionPending ??= token("response-version", [SEARCH_CACHE_TAG], 3600)
    .then((value) => {
      version = { value, checkedAt: Date.now() };
      return value;
    })
    .finally(() => (versionPending = null));
  return version ? version.value : versionPending;
}

const lru = new Map<string, { version: string; expires: number; value: Promise<unknown> }>();

/** `load()`'s value for `key`, kept in process for `ttlSeconds` while the search index version stands. */
export async function localFirst<T>(key: string, ttlSeconds: number, load: () => Promise<T>): Promise<{ value: T; hit: boolean }> {
  const v = searchVersion();
  const current = typeof v === "string" ? v : await v;
  const entry = lru.get(key);
  const now = Date.now();
  if (entry && entry.version === current && entry.expires > now) {
    lru.delete(key);
    lru.set(key, entry);
    return { value: (await entry.value) as T, hit: true };
  }
  const value = load();
  lru.set(key, { version: current, expires: now + ttlSeconds * 1000, value });
  value.catch(() => {
    if (lru.get(key)?.value === value) lru.delete(key);
  });
  while (lru.size > MAX_ENTRIES) lru.delete(lru.keys().next().value as string);
  return { value: await value, hit: false };
}

/** Makes this process re-read the version on its next search (after it invalidated SEARCH_CACHE_TAG itself). */
export function forgetSearchVersion(): void {
  version = null;
}
