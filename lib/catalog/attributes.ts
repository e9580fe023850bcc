import "server-only";
import { sql } from "drizzle-orm";
import { getDb, queryRows, type Executor } from "@/lib/platform/db";
import { categories, categoryAttributes, type AttributeType } from "@/models";
import type { CategoryAttributeDef } from "./attribute-rules";

/** Category attributes for the product editor and the service. Parsing is pure: see attribute-rules.ts (client code imports it from there). */
export { parseAttributeValues } from "./attribute-rules";
export type { CategoryAttributeDef } from "./attribute-rules";

interface AttributeRow {
  id: string;
  category_id: string;
  key: string;
  label: string;
  type: AttributeType;
  unit: string | null;
  options: string[];
  required: boolean;
  filterable: boolean;
  position: number;
}

/**
 * The attributes products of a category fill in: its own and every ancestor's, root's first, each in
 * its display order. A key defined again lower down replaces the ancestor's definition.
 */
export async function listCategoryAttributes(categoryId: string, executor?: Executor): Promise<CategoryAttributeDef[]> {
  const db = executor ?? (await getDb());
  const rows = await queryRows<AttributeRow>(db, sql`
    select a.id, a.category_id, a.key, a.label, a.type, a.unit, a.options, a.required, a.filterable, a.position
    from ${categories} target
    join ${categories} c on target.path = c.path or target.path like c.path || '/%'
    join ${categoryAttributes} a on a.category_id = c.id
    where target.id = ${categoryId}
    order by c.depth, a.position, a.label
  `);
  const byKey = new Map<string, CategoryAttributeDef>();
  for (const r of rows) {
    byKey.delete(r.key);
    byKey.set(r.key, {
      id: r.id,
      categoryId: r.category_id,
      key: r.key,
      label: r.label,
      type: r.type,
      unit: r.unit,
      options: r.options ?? [],
      required: r.required,
      filterable: r.filterable,
      position: Number(r.position),
    });
  }
  return [...byKey.values()];
}
