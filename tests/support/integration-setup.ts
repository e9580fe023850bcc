import { afterAll, inject } from "vitest";

const databaseUrl = inject("databaseUrl");
if (databaseUrl) process.env.DATABASE_URL = databaseUrl;
else delete process.env.DATABASE_URL;
// PGlite (when no DATABASE_URL) and stored files stay in memory: tests never write into .data/.
process.env.DATA_DIR = "memory://";
Object.assign(process.env, { NODE_ENV: "test" });
process.env.NEXTAUTH_SECRET ??= "test-secret-test-secret-test-secret-0123";

afterAll(async () => {
  const { closeDb } = await import("@/lib/platform/db");
  const { closeCache } = await import("@/lib/platform/cache");
  await Promise.all([closeDb(), closeCache()]);
});
