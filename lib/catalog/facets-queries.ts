import "server-only";
import { sql, type SQL } from "drizzle-orm";
import type { AttributeFilter } from "./facets-schemas";

/**
 * SQL fragments of category-attribute filters over an `attrs` jsonb column (the search engine's
 * documents carry the product's attributes as `attrs`). Facet DTOs live in ./facets-types.ts.
 */

const list = (values: readonly (string | number)[]) => sql.join(values.map((v) => sql`${v}`), sql`, `);
export const attr = (key: string) => sql`(attrs -> ${key}::text)`;
export const attrText = (key: string) => sql`(attrs ->> ${key}::text)`;
export const attrNumber = (key: string) => sql`(case when jsonb_typeof(attrs -> ${key}::text) = 'number' then (attrs ->> ${key}::text)::numeric end)`;

/** The WHERE fragment of one attribute filter over an `attrs` jsonb column (also used by lib/search). */
export function attributeCondition(key: string, filter: AttributeFilter): SQL {
  if (filter.type === "select") return sql`${attrText(key)} in (${list(filter.values)})`;
  if (filter.type === "boolean") return sql`${attr(key)} = 'true'::jsonb`;
  const parts = [sql`${attrNumber(key)} is not null`];
  if (filter.min !== null) parts.push(sql`${attrNumber(key)} >= ${filter.min}`);
  if (filter.max !== null) parts.push(sql`${attrNumber(key)} <= ${filter.max}`);
  return sql.join(parts, sql` and `);
}
