import "server-only";
import { sql, type SQL } from "drizzle-orm";
import { catalogTags } from "@/lib/catalog/cache-tags";
import { queryRows, type Executor } from "@/lib/platform/db";
import { memoByTags } from "./query-memo";
import { named, type NamedEntry } from "./suggest-rules";

/** Reads behind autocomplete: popular queries by prefix (or trigram), findable brands, products by prefix. */

export interface BrandEntry extends NamedEntry {
  slug: string;
  products: number;
}

/**
 * Brands with findable products and how many, kept in memory for a few minutes (or until the taxonomy
 * changes): product counts may lag a little, a full pass over the documents on every index change would not.
 */
export function findableBrands(db: Executor): Promise<BrandEntry[]> {
  return memoByTags("brands", [catalogTags.taxonomy], 300, async () => {
    const rows = await queryRows<{ slug: string; name: string; n: number }>(
      db,
      sql`select brand_slug as slug, min(brand_name) as name, count(*)::int as n from search_documents where brand_slug is not null group by brand_slug`,
    );
    return rows.map((r) => named({ slug: r.slug, name: r.name, products: Number(r.n), weight: Number(r.n) }));
  });
}

export interface PopularQueryRow {
  normalized: string;
  searches: number;
}

const likePrefix = (s: string) => `${s.replace(/[\\%_]/g, (m) => `\\${m}`)}%`;

export async function popularQueries(db: Executor, q: string, limit: number): Promise<PopularQueryRow[]> {
  const prefix = queryRows<PopularQueryRow>(
    db,
    q
      ? sql`select normalized, searches from search_popular_queries where normalized like ${likePrefix(q)} and last_result_count > 0
          order by searches desc, normalized limit ${limit}`
      : sql`select normalized, searches from search_popular_queries where last_result_count > 0 order by searches desc, normalized limit ${limit}`,
  );
  const rows = await prefix;
  if (rows.length >= limit || q.length < 4) return rows;
  const similar = await queryRows<PopularQueryRow>(
    db,
    sql`select normalized, searches from search_popular_queries where normalized % ${q} and last_result_count > 0
      order by similarity(normalized, ${q}) desc, searches desc limit ${limit}`,
  );
  const seen = new Set(rows.map((r) => r.normalized));
  return [...rows, ...similar.filter((r) => !seen.has(r.normalized))].slice(0, limit);
}

export interface ProductSuggestionRow {
  title: string;
  slug: string;
  category_path: string;
}

/** A tsquery restricted to title and brand words (weights A and B): descriptions make poor suggestions. */
export function titleAndBrandOnly(tsquery: string): string {
  return tsquery.replace(/([\p{L}\p{M}\p{N}]+)(:\*)?/gu, (_m, word: string, prefix?: string) => `${word}:${prefix ? "*" : ""}AB`);
}

/**
 * Most popular findable products whose title starts with the text (short text) or whose title/brand words
 * match the tsquery; in stock first. Ordered as the popularity index is, so dense prefixes stop early.
 */
export async function suggestProducts(db: Executor, match: { prefix: string } | { tsquery: string }, limit: number): Promise<ProductSuggestionRow[]> {
  const where = "prefix" in match ? sql`search_text like ${likePrefix(match.prefix)}` : sql`document @@ to_tsquery('ql_search', ${titleAndBrandOnly(match.tsquery)})`;
  const read = (extra: SQL, n: number) =>
    queryRows<ProductSuggestionRow & { product_id: string }>(
      db,
      sql`select product_id, title, slug, category_path from search_documents where ${where} and ${extra}
        order by popularity desc nulls last, product_id limit ${n}`,
    );
  const inStock = await read(sql`in_stock`, limit);
  if (inStock.length >= limit) return inStock;
  const rest = await read(sql`not in_stock`, limit - inStock.length);
  return [...inStock, ...rest];
}
