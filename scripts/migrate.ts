/** `npm run db:migrate`: applies drizzle/ migrations to the configured database (PostgreSQL or PGlite). */
import { closeDb, databaseKind, getDb } from "@/lib/platform/db";
import { env } from "@/lib/platform/env";

async function main() {
  env();
  await getDb();
  console.log(`Migrations applied (${await databaseKind()}).`);
}

main()
  .catch((err: unknown) => {
    console.error(err instanceof Error ? err.message : err);
    process.exitCode = 1;
  })
  .finally(() => closeDb());
