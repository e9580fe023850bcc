import { describe, expect, it } from "vitest";
import { EnvError, parseEnv } from "@/lib/platform/env";

describe("parseEnv", () => {
  it("applies defaults for the embedded mode", () => {
    const env = parseEnv({ NODE_ENV: "production" });
    expect(env.DATABASE_URL).toBeUndefined();
    expect(env.REDIS_URL).toBeUndefined();
    expect(env.PORT).toBe(3000);
    expect(env.DATA_DIR).toBe(".data");
  });

  it("treats empty strings as unset", () => {
    expect(parseEnv({ DATABASE_URL: "", REDIS_URL: "" }).DATABASE_URL).toBeUndefined();
  });

  it("names every bad variable in one message", () => {
    let message = "";
    try {
      parseEnv({ DATABASE_URL: "mysql://x", PORT: "seventy", REDIS_URL: "http://x" });
    } catch (err) {
      expect(err).toBeInstanceOf(EnvError);
      message = (err as Error).message;
    }
    expect(message).toContain("DATABASE_URL: must start with postgres:// or postgresql://");
    expect(message).toContain("PORT:");
    expect(message).toContain("REDIS_URL: must start with redis:// or rediss://");
  });

  it("refuses a short NEXTAUTH_SECRET", () => {
    expect(() => parseEnv({ NEXTAUTH_SECRET: "short" })).toThrow(/NEXTAUTH_SECRET: must be at least 32 characters/);
  });

  it("runs several app processes only on PostgreSQL + Redis", () => {
    expect(parseEnv({}).WEB_CONCURRENCY).toBe(1);
    expect(() => parseEnv({ WEB_CONCURRENCY: "2" })).toThrow(/DATABASE_URL: required when WEB_CONCURRENCY is above 1[\s\S]*REDIS_URL: required/);
    expect(parseEnv({ WEB_CONCURRENCY: "2", DATABASE_URL: "postgres://db/x", REDIS_URL: "redis://r" }).WEB_CONCURRENCY).toBe(2);
  });
});
