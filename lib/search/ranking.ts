import "server-only";
import { sql, type SQL } from "drizzle-orm";
import type { SearchSort } from "@/lib/catalog/rules";

/**
 * Orders of search results, each a list of keys in one direction ending with the product id, so a
 * keyset cursor continues with one row comparison. Relevance blends the weighted text rank (title A,
 * brand B, category C, attributes/description D; normalised by document length) with popularity and
 * rating, and sinks what cannot be bought now.
 */

/** Text rank blended with popularity, rating and availability (higher is better). `q` is a tsquery expression. */
export function relevanceScore(q: SQL): SQL {
  return sql`(ts_rank(document, ${q}, 1)::float8
    * (1 + 0.08 * ln(1 + greatest(popularity, 0)::float8))
    * (0.9 + 0.02 * rating_x_100 / 100.0)
    * (case when in_stock then 1.0 else 0.2 end))`;
}

export interface SortSpec {
  keys: SQL[];
  direction: "asc" | "desc";
  /** Ties broken by the product id in this direction (default: the keys' direction). */
  idDirection?: "asc" | "desc";
  /** Descending keys written "desc nulls last", as the index they should read in order is. */
  nullsLast?: boolean;
}

export function sortSpec(sort: SearchSort, score: SQL | null): SortSpec {
  switch (sort) {
    case "relevance":
      return score ? { keys: [score], direction: "desc" } : sortSpec("popular", null);
    case "popular":
      // As the popularity index orders (popularity desc nulls last, product_id): browsing reads it in order.
      return { keys: [sql`popularity`], direction: "desc", idDirection: "asc", nullsLast: true };
    case "price_asc":
      return { keys: [sql`min_price_paise`], direction: "asc" };
    case "price_desc":
      return { keys: [sql`min_price_paise`], direction: "desc" };
    case "rating":
      return { keys: [sql`rating_x_100`, sql`rating_count`], direction: "desc" };
    case "newest":
      return { keys: [sql`(extract(epoch from coalesce(published_at, 'epoch'::timestamptz)) * 1000)::float8`], direction: "desc" };
    case "discount":
      return { keys: [sql`discount_pct`], direction: "desc" };
  }
}

const word = (d: "asc" | "desc", nullsLast = false) => (d === "asc" ? sql`asc` : nullsLast ? sql`desc nulls last` : sql`desc`);

/** ORDER BY of a sort (keys, then the product id). */
export function orderBy(spec: SortSpec): SQL {
  const keys = spec.keys.map((k) => sql`${k} ${word(spec.direction, spec.nullsLast)}`);
  return sql.join([...keys, sql`product_id ${word(spec.idDirection ?? spec.direction)}`], sql`, `);
}

/** Rows strictly after the cursor's position in this order. */
export function afterCursor(spec: SortSpec, keys: readonly number[], id: string): SQL {
  const op = spec.direction === "asc" ? sql`>` : sql`<`;
  const left = sql.join(spec.keys, sql`, `);
  const right = sql.join(keys.map((k) => sql`${k}::float8`), sql`, `);
  const idOp = (spec.idDirection ?? spec.direction) === "asc" ? sql`>` : sql`<`;
  if (!spec.idDirection || spec.idDirection === spec.direction) {
    return sql`((${left}, product_id) ${op} (${right}, ${id}::uuid))`;
  }
  return sql`((${left}) ${op} (${right}) or ((${left}) = (${right}) and product_id ${idOp} ${id}::uuid))`;
}
