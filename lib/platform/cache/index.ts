import { env } from "../env";
import { MemoryCache } from "./memory";
import { RedisCache } from "./redis";
import type { Cache } from "./types";

export type { Cache, Unsubscribe } from "./types";

const globalForCache = globalThis as unknown as { __qlCache?: Cache };

/** Redis when REDIS_URL is set, otherwise an in-process cache with the same behaviour. */
export function getCache(): Cache {
  if (!globalForCache.__qlCache) {
    const url = env().REDIS_URL;
    globalForCache.__qlCache = url ? new RedisCache(url) : new MemoryCache();
  }
  return globalForCache.__qlCache;
}

export async function closeCache(): Promise<void> {
  const current = globalForCache.__qlCache;
  globalForCache.__qlCache = undefined;
  await current?.close();
}
