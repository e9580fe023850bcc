/** Creates a fresh database on the server in DATABASE_URL and prints its URL (used by tests and benchmarks). */
import { randomBytes } from "node:crypto";
import pg from "pg";

async function main() {
  const base = process.env.DATABASE_URL;
  if (!base) throw new Error("DATABASE_URL is not set");
  const prefix = (process.argv[2] ?? "ql").replace(/[^a-z0-9_]/gi, "_");
  const name = `${prefix}_${Date.now()}_${randomBytes(3).toString("hex")}`;
  const client = new pg.Client({ connectionString: base });
  await client.connect();
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
