/**
 * Tag-invalidated caching on top of the shared Cache (Redis or in-process), so every process — web
 * server, worker, import job — invalidates the same entries. Each tag has a version; an entry
 * records the versions of its tags when it was stored and is stale once any of them moved on.
 * Invalidating a tag is one write, however many entries carry it.
 */
import { randomUUID } from "node:crypto";
import type { Cache } from "./types";
import { logger } from "../logger";
import { getCache } from "./index";

const ENTRY_PREFIX = "tc:e:";
const TAG_PREFIX = "tc:t:";
/** Tag versions outlive any entry, so a missing version only means "never invalidated". */
const TAG_TTL_SECONDS = 7 * 24 * 3600;

interface Envelope {
  v: unknown;
  t: Record<string, string>;
}

/** JSON that keeps Dates (as {"$date": iso}), so cached DTOs come back as they went in. */
function encode(value: unknown): string {
  return JSON.stringify(value, function (this: Record<string, unknown>, key, v) {
    const raw = this[key];
    return raw instanceof Date ? { $date: raw.toISOString() } : v;
  });
}

function decode(text: string): unknown {
  return JSON.parse(text, (_key, v: unknown) =>
    v && typeof v === "object" && "$date" in v && Object.keys(v).length === 1 ? new Date((v as { $date: string }).$date) : v,
  );
}

async function tagVersions(cache: Cache, tags: readonly string[]): Promise<Record<string, string>> {
  const versions = await Promise.all(tags.map((tag) => cache.get(TAG_PREFIX + tag)));
  return Object.fromEntries(tags.map((tag, i) => [tag, versions[i] ?? "0"]));
}

export interface CachedOptions {
  tags: readonly string[];
  ttlSeconds: number;
  cache?: Cache;
}

/**
 * The loader's value under `key`, reused until the TTL runs out or one of the tags is invalidated.
 * A cache that fails (Redis away or too slow) is skipped: the value is loaded, not the page broken.
 */
export async function cached<T>(key: string, load: () => Promise<T>, { tags, ttlSeconds, cache = getCache() }: CachedOptions): Promise<T> {
  let current: Record<string, string>;
  try {
    const [stored, versions] = await Promise.all([cache.get(ENTRY_PREFIX + key), tagVersions(cache, tags)]);
    current = versions;
    if (stored) {
      const envelope = decode(stored) as Envelope;
      if (tags.every((tag) => envelope.t[tag] === current[tag])) return envelope.v as T;
    }
  } catch (err) {
    logger.warn({ err, key }, "cache read failed; loading without the cache");
    return load();
  }
  const value = await load();
  await cache.set(ENTRY_PREFIX + key, encode({ v: value, t: current } satisfies Envelope), ttlSeconds).catch((err: unknown) => {
    logger.warn({ err, key }, "cache write failed");
  });
  return value;
}

/** Makes every entry carrying any of these tags stale. */
export async function invalidateTags(tags: readonly string[], cache: Cache = getCache()): Promise<void> {
  await Promise.all([...new Set(tags)].map((tag) => cache.set(TAG_PREFIX + tag, randomUUID(), TAG_TTL_SECONDS)));
}
