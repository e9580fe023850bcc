import { execFileSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import path from "node:path";
import pg from "pg";
import type { TestProject } from "vitest/node";

declare module "vitest" {
  export interface ProvidedContext {
    /** A migrated PostgreSQL database each test file copies (integration-setup.ts); unset on PGlite. */
    databaseUrl: string | undefined;
  }
}

async function adminQuery(base: string, statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: base });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

/**
 * With DATABASE_URL set, every run gets a fresh, migrated PostgreSQL template database (dropped
 * afterwards), and every test file works in its own copy of it — as isolated as the in-memory PGlite
 * each file opens without DATABASE_URL.
 */
export default async function setup(project: TestProject) {
  const base = process.env.DATABASE_URL;
  if (!base) {
    project.provide("databaseUrl", undefined);
    return;
  }
  const name = `ql_test_${Date.now()}_${randomBytes(3).toString("hex")}`;
  await adminQuery(base, `create database "${name}"`);
  const url = new URL(base);
  url.pathname = `/${name}`;
  const root = path.resolve(__dirname, "../..");
  execFileSync(process.execPath, [path.join(root, "node_modules/tsx/dist/cli.mjs"), "scripts/migrate.ts"], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: url.toString(), LOG_LEVEL: "warn" },
    stdio: ["ignore", "ignore", "inherit"],
  });
  project.provide("databaseUrl", url.toString());

  return async () => {
    await adminQuery(base, `drop database if exists "${name}" with (force)`);
  };
}
