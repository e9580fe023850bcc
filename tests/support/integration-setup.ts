import { afterAll, inject } from "vitest";
import { createFileDatabase, dropFileDatabase } from "./file-database";

const templateUrl = inject("databaseUrl");
// On PostgreSQL every test file gets its own copy of the migrated template (see global-setup.ts).
const fileDatabaseUrl = templateUrl ? await createFileDatabase(templateUrl) : undefined;
if (fileDatabaseUrl) process.env.DATABASE_URL = fileDatabaseUrl;
else delete process.env.DATABASE_URL;
// PGlite (when no DATABASE_URL) and stored files stay in memory: tests never write into .data/.
process.env.DATA_DIR = "memory://";
Object.assign(process.env, { NODE_ENV: "test" });
process.env.NEXTAUTH_SECRET ??= "test-secret-test-secret-test-secret-0123";

afterAll(async () => {
  const { closeDb } = await import("@/lib/platform/db");
  const { closeCache } = await import("@/lib/platform/cache");
  await Promise.all([closeDb(), closeCache()]);
  if (fileDatabaseUrl) await dropFileDatabase(fileDatabaseUrl);
});
