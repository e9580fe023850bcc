/** Creates a fresh database on the server in DATABASE_URL and prints its URL (used by tests and benchmarks). */
import { randomBytes } from "node:crypto";
import pg from "pg";

const STALE_AFTER_MS = 24 * 60 * 60 * 1000;

async function main() {
  const base = process.env.DATABASE_URL;
  if (!base) throw new Error("DATABASE_URL is not set");
  const prefix = (process.argv[2] ?? "ql").replace(/[^a-z0-9_]/gi, "_");
  const name = `${prefix}_${Date.now()}_${randomBytes(3).toString("hex")}`;
  const client = new pg.Client({ connectionString: base });
  await client.connect();
  // Databases this script made for earlier runs (name = prefix_epochMillis_hex) are dropped after a day.
  const { rows } = await client.query<{ datname: string }>("select datname from pg_database where datname like $1", [`${prefix}\\_%`]);
  for (const { datname } of rows) {
    const made = Number(datname.slice(prefix.length + 1).split("_")[0]);
    if (Number.isFinite(made) && Date.now() - made > STALE_AFTER_MS) await client.query(`drop database if exists "${datname}" with (force)`);
  }
  await client.query(`create database "${name}"`);
  await client.end();
  const url = new URL(base);
  url.pathname = `/${name}`;
  process.stdout.write(url.toString());
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
