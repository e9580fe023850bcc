import "server-only";
import { productHref, categoryHref } from "@/lib/catalog/rules";
import { cached } from "@/lib/platform/cache/tagged";
import { getDb } from "@/lib/platform/db";
import { SEARCH_CACHE_TAG } from "./cache-tags";
import { categoriesByPath, searchCategories, type SearchCategory } from "./facets-taxonomy";
import { localFirst } from "./query-memo";
import { normalizeQuery, tokenize } from "./query-normalize";
import { analyseText } from "./query-text";
import { bestMatches, named, suggestionQuotas, type NamedEntry } from "./suggest-rules";
import { findableBrands, popularQueries, suggestProducts } from "./suggest-queries";
import { getSynonymIndex } from "./synonym-queries";
import type { Suggestion, SuggestResponse } from "./types";

/**
 * Autocomplete from the first character: popular queries, categories, brands and products, typo
 * tolerant (names in memory by edit distance, products through the same corrections as search).
 * Results are cached per normalised text and limit under SEARCH_CACHE_TAG.
 */

export const SUGGEST_CACHE_TTL_SECONDS = 300;
export const DEFAULT_SUGGESTIONS = 10;
export const MAX_SUGGESTIONS = 20;
/** Below this many characters products are matched by title prefix, not by words. */
const MIN_WORD_QUERY = 3;

const searchHref = (params: Record<string, string>) => `/search?${new URLSearchParams(params).toString()}`;

const namedMemo = new WeakMap<SearchCategory[], (SearchCategory & NamedEntry)[]>();

/** Categories with their normalised names, computed once per loaded category list. */
function namedCategories(categories: SearchCategory[]): (SearchCategory & NamedEntry)[] {
  let out = namedMemo.get(categories);
  if (!out) namedMemo.set(categories, (out = categories.map((c) => named({ ...c, weight: -c.depth }))));
  return out;
}

async function compute(q: string, limit: number): Promise<Suggestion[]> {
  const db = await getDb();
  const quota = suggestionQuotas(limit);
  const words = tokenize(q);
  const productMatch = async () => {
    if (!q) return [];
    if (q.length < MIN_WORD_QUERY || !words.length) return suggestProducts(db, { prefix: q }, quota.products);
    const { plan } = await analyseText(db, words, await getSynonymIndex());
    const found = plan.all ? await suggestProducts(db, { tsquery: plan.all }, quota.products) : [];
    return found.length || !plan.any ? found : suggestProducts(db, { tsquery: plan.any }, quota.products);
  };
  const [queries, categories, brands, products] = await Promise.all([
    popularQueries(db, q, quota.queries),
    q ? searchCategories() : Promise.resolve([]),
    q ? findableBrands(db) : Promise.resolve([]),
    productMatch(),
  ]);
  const byPath = categoriesByPath(categories);
  const categoryEntries = namedCategories(categories);
  const out: Suggestion[] = [
    ...queries.map((r): Suggestion => ({ kind: "query", label: r.normalized, href: searchHref({ q: r.normalized }) })),
    ...bestMatches(categoryEntries, q, quota.categories).map(
      (c): Suggestion => ({ kind: "category", label: c.name, href: categoryHref(c.slug), ...(c.parentName ? { detail: c.parentName } : {}) }),
    ),
    ...bestMatches(brands, q, quota.brands).map(
      (b): Suggestion => ({ kind: "brand", label: b.name, href: searchHref({ brand: b.slug }), detail: `${b.products} ${b.products === 1 ? "product" : "products"}` }),
    ),
    ...products.map((p): Suggestion => {
      const category = byPath.get(p.category_path);
      return { kind: "product", label: p.title, href: productHref(p.slug), ...(category ? { detail: category.name } : {}) };
    }),
  ];
  return out.slice(0, limit);
}

export async function suggest(rawQ: string, options: { limit?: number } = {}): Promise<SuggestResponse> {
  const started = performance.now();
  const q = normalizeQuery(rawQ);
  const limit = Math.min(MAX_SUGGESTIONS, Math.max(1, Math.floor(options.limit ?? DEFAULT_SUGGESTIONS)));
  const key = `search:s:${limit}:${q}`;
  const { value: suggestions } = await localFirst(key, SUGGEST_CACHE_TTL_SECONDS, () =>
    cached(key, () => compute(q, limit), { tags: [SEARCH_CACHE_TAG], ttlSeconds: SUGGEST_CACHE_TTL_SECONDS }),
  );
  return { q, suggestions, tookMs: Math.round(performance.now() - started) };
}
