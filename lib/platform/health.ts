import { type Cache, getCache } from "./cache";
import { databaseKind, pingDatabase } from "./db";

interface Check {
  status: "up" | "down";
  kind?: string;
  latencyMs: number;
  error?: string;
}

export interface HealthReport {
  status: "ok" | "degraded";
  checks: { database: Check; cache: Check };
  time: string;
}

const TIMEOUT_MS = 2_500;

async function timed(run: () => Promise<string>): Promise<Check> {
  const started = performance.now();
  let timer: NodeJS.Timeout | undefined;
  try {
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`no answer within ${TIMEOUT_MS} ms`)), TIMEOUT_MS);
    });
    const kind = await Promise.race([run(), timeout]);
    return { status: "up", kind, latencyMs: Math.round(performance.now() - started) };
  } catch (err) {
    const error = err instanceof Error ? err.message : String(err);
    return { status: "down", latencyMs: Math.round(performance.now() - started), error };
  } finally {
    clearTimeout(timer);
  }
}

/** Pings the database and the cache; `cache` is injectable so tests can point it at a dead Redis. */
export async function checkHealth(cache: Cache = getCache()): Promise<HealthReport> {
  const [database, cacheCheck] = await Promise.all([
    timed(async () => {
      await pingDatabase();
      return databaseKind();
    }),
    timed(async () => {
      await cache.ping();
      return cache.kind;
    }),
  ]);
  const status = database.status === "up" && cacheCheck.status === "up" ? "ok" : "degraded";
  return { status, checks: { database, cache: cacheCheck }, time: new Date().toISOString() };
}
