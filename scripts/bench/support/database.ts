/** A fresh, seeded PostgreSQL database for a benchmark (made by scripts/create-database.ts, dropped afterwards). */
import path from "node:path";
import pg from "pg";
import { run, TSX_BIN } from "./processes";

export const DEFAULT_DATABASE_URL = "postgres://postgres@127.0.0.1:5432/test";

/** A new database on the server of `baseUrl`; returns its URL. */
export async function createDatabase(baseUrl: string, prefix: string): Promise<string> {
  const out = await run(process.execPath, [TSX_BIN, path.join("scripts", "create-database.ts"), prefix], {
    label: "create-database",
    env: { ...process.env, DATABASE_URL: baseUrl },
    quiet: true,
  });
  return out.trim();
}

export async function dropDatabase(url: string): Promise<void> {
  const name = new URL(url).pathname.slice(1);
  const admin = new URL(url);
  admin.pathname = "/postgres";
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    await client.query(`drop database if exists "${name.replace(/"/g, '""')}" with (force)`);
  } finally {
    await client.end();
  }
}

/** `npm run seed -- --products N` against the database (pictures go under dataDir); lib/seed imports server-only modules. */
export async function seedDatabase(url: string, products: number, dataDir: string): Promise<void> {
  await run(process.execPath, [TSX_BIN, "--conditions=react-server", path.join("scripts", "seed.ts"), "--products", String(products)], {
    label: "seed",
    env: { ...process.env, DATABASE_URL: url, DATA_DIR: dataDir, LOG_LEVEL: "warn" },
  });
}

/** Runs one read-only query on the database and returns its rows. */
export async function query<T extends object>(url: string, text: string, values: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(text, values)).rows;
  } finally {
    await client.end();
  }
}

/** The database named in `url`, created (empty) when the server does not have it yet; true when it was created. */
export async function ensureDatabase(url: string): Promise<boolean> {
  const name = new URL(url).pathname.slice(1);
  if (!/^[a-z0-9_]+$/i.test(name)) throw new Error(`unexpected database name ${JSON.stringify(name)} in ${url}`);
  const admin = new URL(url);
  admin.pathname = "/postgres";
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    const { rowCount } = await client.query("select 1 from pg_database where datname = $1", [name]);
    if (rowCount) return false;
    await client.query(`create database "${name}"`);
    return true;
  } finally {
    await client.end();
  }
}
