import { getCache } from "./cache";
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

export async function checkHealth(): Promise<HealthReport> {
  const [database, cache] = await Promise.all([
    timed(async () => {
      await pingDatabase();
      return databaseKind();
    }),
    timed(async () => {
      const c = getCache();
      await c.ping();
      return c.kind;
    }),
  ]);
  const status = database.status === "up" && cache.status === "up" ? "ok" : "degraded";
  return { status, checks: { database, cache }, time: new Date().toISOString() };
}
