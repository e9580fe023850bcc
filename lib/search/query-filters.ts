import "server-only";
import { sql, type SQL } from "drizzle-orm";
import type { FacetAttributeDef } from "@/lib/catalog/facets-types";
import type { AttributeFilter, FacetFilters } from "@/lib/catalog/facets-schemas";
import { attributeCondition } from "@/lib/catalog/facets-queries";

/**
 * The WHERE fragments of a search's filters over search_documents (alias-free column names), each
 * with a bit of its own: facet counts take the rows that fail no filter, or only their own facet's
 * (the usual faceted-search semantics, as on category pages).
 */

export type FilterKey = "category" | "brand" | "seller" | "price" | "rating" | "stock" | "discount" | `attr:${string}`;

export interface ActiveFilter {
  key: FilterKey;
  bit: number;
  condition: SQL;
}

export const list = (values: readonly (string | number)[]) => sql.join(values.map((v) => sql`${v}`), sql`, `);

const likeLiteral = (s: string) => s.replace(/[\\%_]/g, (m) => `\\${m}`);

/** Products in the category at `path` or below it. */
export function inSubtree(path: string): SQL {
  return sql`(category_path = ${path} or category_path like ${`${likeLiteral(path)}/%`})`;
}

/** The attribute filters that apply: keys of the category's filterable attributes, in the definition's type. */
export function applicableAttributes(filters: FacetFilters, defs: readonly FacetAttributeDef[]): [string, AttributeFilter][] {
  const out: [string, AttributeFilter][] = [];
  for (const def of defs) {
    const f = filters.attributes[def.key];
    if (!f) continue;
    if (def.type === "boolean" && (f.type === "boolean" || (f.type === "select" && f.values.some((v) => ["1", "true", "yes", "on"].includes(v.toLowerCase()))))) {
      out.push([def.key, { type: "boolean" }]);
    } else if (def.type === "select" && f.type === "select") {
      const values = def.options.length ? def.options.filter((o) => f.values.some((v) => v.toLowerCase() === o.toLowerCase())) : f.values;
      if (values.length) out.push([def.key, { type: "select", values }]);
    } else if (def.type === "number" && f.type === "number" && (f.min !== null || f.max !== null)) {
      out.push([def.key, f]);
    }
  }
  return out;
}

export interface FilterInput {
  categoryPath: string | null;
  sellers: readonly string[];
  filters: FacetFilters;
  attributes: readonly [string, AttributeFilter][];
}

export function activeFilters({ categoryPath, sellers, filters, attributes }: FilterInput): ActiveFilter[] {
  const out: ActiveFilter[] = [];
  const add = (key: FilterKey, condition: SQL) => out.push({ key, bit: 2 ** out.length, condition });
  if (categoryPath) add("category", inSubtree(categoryPath));
  if (filters.brands.length) add("brand", sql`brand_slug in (${list(filters.brands)})`);
  if (sellers.length) add("seller", sql`seller_slug in (${list(sellers)})`);
  if (filters.priceMin !== null || filters.priceMax !== null) {
    const parts: SQL[] = [];
    if (filters.priceMin !== null) parts.push(sql`min_price_paise >= ${filters.priceMin}`);
    if (filters.priceMax !== null) parts.push(sql`min_price_paise <= ${filters.priceMax}`);
    add("price", sql.join(parts, sql` and `));
  }
  if (filters.rating !== null) add("rating", sql`rating_count > 0 and rating_x_100 >= ${filters.rating * 100}`);
  if (filters.inStock) add("stock", sql`in_stock`);
  if (filters.discount !== null) add("discount", sql`discount_pct >= ${filters.discount}`);
  for (const [key, filter] of attributes) add(`attr:${key}`, attributeCondition(key, filter));
  return out;
}

/** Every active filter AND-ed (true when none). */
export function allFilters(active: readonly ActiveFilter[]): SQL {
  return active.length ? sql.join(active.map((f) => sql`(${f.condition})`), sql` and `) : sql`true`;
}

/** Bit mask of the filters a row fails (0 = passes all). */
export function failMask(active: readonly ActiveFilter[]): SQL {
  if (!active.length) return sql`0`;
  return sql.join(active.map((f) => sql`(case when ${f.condition} then 0 else ${f.bit}::int end)`), sql` + `);
}
