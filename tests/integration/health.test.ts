import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getCache } from "@/lib/platform/cache";
import { RedisCache } from "@/lib/platform/cache/redis";
import { getDb } from "@/lib/platform/db";
import { checkHealth } from "@/lib/platform/health";

describe("health", () => {
  const deadRedis = new RedisCache("redis://127.0.0.1:6399");
  afterAll(() => deadRedis.close());
  // Opening (and migrating) the database is not what the health check measures.
  beforeAll(() => getDb());

  it("is ok when the database and the configured cache answer", async () => {
    const report = await checkHealth();
    expect(report.status).toBe("ok");
    expect(report.checks.database).toMatchObject({ status: "up", kind: process.env.DATABASE_URL ? "postgres" : "pglite" });
    expect(report.checks.cache).toMatchObject({ status: "up", kind: getCache().kind });
  });

  it("is degraded, with the reason, when Redis is away — and answers promptly", async () => {
    const started = Date.now();
    const report = await checkHealth(deadRedis);
    expect(Date.now() - started).toBeLessThan(4_000);
    expect(report.status).toBe("degraded");
    expect(report.checks.database.status).toBe("up");
    expect(report.checks.cache.status).toBe("down");
    expect(report.checks.cache.error).toMatch(/ECONNREFUSED|connect|Connection is closed|max retries|no answer/i);
  });
});
