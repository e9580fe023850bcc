import { randomBytes } from "node:crypto";
import pg from "pg";

/** The server's maintenance database, to create and drop others from. */
function adminUrl(templateUrl: string): string {
  const url = new URL(templateUrl);
  url.pathname = "/postgres";
  return url.toString();
}

async function adminQuery(templateUrl: string, statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl(templateUrl) });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

/** A copy of the migrated template database for one test file; returns its URL. */
export async function createFileDatabase(templateUrl: string): Promise<string> {
  const template = new URL(templateUrl).pathname.slice(1);
  const name = `${template}_f${randomBytes(4).toString("hex")}`;
  for (let attempt = 1; ; attempt++) {
    try {
      await adminQuery(templateUrl, `create database "${name}" template "${template}"`);
      break;
    } catch (err) {
      // Copies made at the same moment can briefly collide on the template; try again shortly.
      if (attempt >= 20 || !/being accessed by other users/.test(String(err))) throw err;
      await new Promise((resolve) => setTimeout(resolve, 100 * attempt));
    }
  }
  const url = new URL(templateUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

export async function dropFileDatabase(url: string): Promise<void> {
  await adminQuery(url, `drop database if exists "${new URL(url).pathname.slice(1)}" with (force)`);
}
