import path from "node:path";
import { mkdirSync } from "node:fs";
import { type SQL, sql } from "drizzle-orm";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import * as schema from "@/models";
import { env } from "./env";
import { logger } from "./logger";

export type Schema = typeof schema;
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
/** A transaction handle; services accept `Db | Tx` through `Executor`. */
export type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];
export type Executor = Db | Tx;

interface Handle {
  db: Db;
  kind: "postgres" | "pglite";
  close: () => Promise<void>;
}

const MIGRATIONS_FOLDER = path.join(process.cwd(), "drizzle");
/** Any fixed number: serialises migrators of several app instances starting together. */
const MIGRATION_LOCK_ID = 724_311;

const globalForDb = globalThis as unknown as { __qlDb?: Promise<Handle> };

async function openPostgres(url: string): Promise<Handle> {
  const { Pool } = await import("pg");
  const { drizzle } = await import("drizzle-orm/node-postgres");
  const { migrate } = await import("drizzle-orm/node-postgres/migrator");
  const pool = new Pool({ connectionString: url, max: env().DATABASE_POOL_MAX, connectionTimeoutMillis: 5_000 });
  pool.on("error", (err) => logger.error({ err }, "postgres pool error"));
  const db = drizzle(pool, { schema, casing: "snake_case" });
  const client = await pool.connect();
  try {
    await client.query("select pg_advisory_lock($1)", [MIGRATION_LOCK_ID]);
    await migrate(drizzle(client, { schema, casing: "snake_case" }), { migrationsFolder: MIGRATIONS_FOLDER });
  } finally {
    await client.query("select pg_advisory_unlock($1)", [MIGRATION_LOCK_ID]).catch(() => undefined);
    client.release();
  }
  return { db, kind: "postgres", close: () => pool.end() };
}

async function openPglite(dataDir: string): Promise<Handle> {
  const { PGlite } = await import("@electric-sql/pglite");
  const { pg_trgm } = await import("@electric-sql/pglite/contrib/pg_trgm");
  const { unaccent } = await import("@electric-sql/pglite/contrib/unaccent");
  const { drizzle } = await import("drizzle-orm/pglite");
  const { migrate } = await import("drizzle-orm/pglite/migrator");
  const target = dataDir.startsWith("memory://") ? dataDir : path.resolve(dataDir, "pglite");
  if (!target.startsWith("memory://")) mkdirSync(target, { recursive: true });
  const client = await PGlite.create(target, { extensions: { pg_trgm, unaccent } });
  const db = drizzle(client, { schema, casing: "snake_case" });
  await migrate(db, { migrationsFolder: MIGRATIONS_FOLDER });
  return { db, kind: "pglite", close: () => client.close() };
}

function open(): Promise<Handle> {
  const { DATABASE_URL, DATA_DIR } = env();
  const started = Date.now();
  const opening = DATABASE_URL ? openPostgres(DATABASE_URL) : openPglite(DATA_DIR);
  return opening.then((handle) => {
    logger.info({ kind: handle.kind, ms: Date.now() - started }, "database ready (migrations applied)");
    return handle;
  });
}

function handle(): Promise<Handle> {
  globalForDb.__qlDb ??= open().catch((err: unknown) => {
    globalForDb.__qlDb = undefined;
    throw err;
  });
  return globalForDb.__qlDb;
}

/** The process-wide database, migrated on first use: PostgreSQL when DATABASE_URL is set, else PGlite under DATA_DIR. */
export async function getDb(): Promise<Db> {
  return (await handle()).db;
}

export async function databaseKind(): Promise<Handle["kind"]> {
  return (await handle()).kind;
}

export async function pingDatabase(): Promise<void> {
  const db = await getDb();
  await db.execute(sql`select 1`);
}

export async function closeDb(): Promise<void> {
  const current = globalForDb.__qlDb;
  globalForDb.__qlDb = undefined;
  if (current) await (await current).close();
}

/** Runs raw SQL and returns its rows; both drivers answer `{ rows }`, which the shared Db type leaves untyped. */
export async function queryRows<T>(executor: Executor, query: SQL): Promise<T[]> {
  const result = (await executor.execute(query)) as unknown as { rows: T[] };
  return result.rows;
}
