/**
 * One UPDATE for many rows of a table, each with its own values:
 *   update t set a = v.a, … from (values (…), (…)) as v(id, a, …) where t.id = v.id
 * Imports write a few hundred rows per statement this way instead of one statement per row.
 */
import { sql, type SQL } from "drizzle-orm";
import type { Executor } from "@/lib/platform/db";

export type BulkValue = string | number | boolean | null;

export interface BulkColumn {
  /** Column name in the database (snake_case). */
  name: string;
  /** SQL type the value is cast to, e.g. "int", "text", "jsonb", "product_status". */
  type: string;
}

const IDENTIFIER = /^[a-z_][a-z0-9_]*$/;

function identifier(name: string): SQL {
  if (!IDENTIFIER.test(name)) throw new Error(`bulk update: bad identifier ${name}`);
  return sql.raw(`"${name}"`);
}

/**
 * Sets `columns` of the rows of `table` whose uuid `id` is each row's first value; also sets
 * updated_at = now() when `touch` is true. Values are passed as parameters and cast to the column type.
 */
export async function bulkUpdate(ex: Executor, table: string, columns: readonly BulkColumn[], rows: readonly (readonly BulkValue[])[], touch = true): Promise<void> {
  if (rows.length === 0) return;
  const names = columns.map((c) => identifier(c.name));
  const assignments = sql.join(
    [...names.map((name) => sql`${name} = v.${name}`), ...(touch ? [sql`"updated_at" = now()`] : [])],
    sql`, `,
  );
  const types = [sql.raw("uuid"), ...columns.map((c) => sql.raw(c.type))];
  const values = sql.join(
    rows.map((row) => sql`(${sql.join(row.map((value, i) => sql`${value}::${types[i]}`), sql`, `)})`),
    sql`, `,
  );
  await ex.execute(sql`update ${identifier(table)} t set ${assignments} from (values ${values}) as v("id", ${sql.join(names, sql`, `)}) where t."id" = v."id"`);
}
