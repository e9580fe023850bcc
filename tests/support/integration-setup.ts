import { afterAll, inject } from "vitest";

const databaseUrl = inject("databaseUrl");
if (databaseUrl) process.env.DATABASE_URL = databaseUrl;
else {
  delete process.env.DATABASE_URL;
  process.env.DATA_DIR = "memory://";
}
process.env.NODE_ENV = "test";
process.env.NEXTAUTH_SECRET ??= "test-secret-test-secret-test-secret-0123";

afterAll(async () => {
  const { closeDb } = await import("@/lib/platform/db");
  const { closeCache } = await import("@/lib/platform/cache");
  await Promise.all([closeDb(), closeCache()]);
});
