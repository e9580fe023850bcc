import "server-only";
import { createHash } from "node:crypto";
import { inArray, sql, type SQL } from "drizzle-orm";
import { brands, sellers } from "@/models";
import { facetAttributes, getCategoryAttributes } from "@/lib/catalog/storefront-cache";
import type { FacetAttributeDef, FacetValueCount } from "@/lib/catalog/facets-types";
import { cached } from "@/lib/platform/cache/tagged";
import { getDb, queryRows, type Db, type Executor } from "@/lib/platform/db";
import { SEARCH_CACHE_TAG } from "./cache-tags";
import { decodeCursor, encodeCursor } from "./cursor";
import { categoriesByPath, searchCategories } from "./facets-taxonomy";
import { localFirst } from "./query-memo";
import { queryFacetRows } from "./facets-query";
import { assembleFacets } from "./facets-rules";
import { highlightTitle } from "./highlight";
import { reindexAll, indexProducts, removeProducts } from "./indexer";
import { normalizeQuery, tokenize } from "./query-normalize";
import { activeFilters, allFilters, applicableAttributes } from "./query-filters";
import { countMatches, hitFromRow, queryHits } from "./query-hits";
import { analyseText, suggestAlternative, type TextAnalysis } from "./query-text";
import { relevanceScore, sortSpec } from "./ranking";
import { effectiveSort } from "./schemas";
import { suggest } from "./suggest-service";
import { getSynonymIndex } from "./synonym-queries";
import type { SearchEngine, SearchFacets, SearchRequest, SearchResponse } from "./types";

/**
 * The PostgreSQL (and PGlite) search engine. A search reads search_documents alone: the text match
 * (weighted tsvector with synonyms, typo corrections and a prefix last word) AND-ed, relaxed to OR
 * when that finds nothing; the filters; one statement for the page of hits and one for every facet.
 * Whole responses are cached per normalised request under SEARCH_CACHE_TAG for a short time.
 */

export const SEARCH_CACHE_TTL_SECONDS = 60;
/** Browsing (no words) changes only with the index, whose changes invalidate the tag anyway: keep it longer. */
export const BROWSE_CACHE_TTL_SECONDS = 300;
/** At or below this many results a search offers "did you mean". */
export const FEW_RESULTS = 3;

type Computed = Omit<SearchResponse, "tookMs">;

function cacheKey(request: SearchRequest, normalized: string): string {
  const key = JSON.stringify([normalized, request.categoryPath, [...request.sellers].sort(), request.filters, request.sort, request.cursor, request.limit, request.withFacets]);
  return `search:r:${createHash("sha1").update(key).digest("base64url")}`;
}

async function attributeDefs(categoryPath: string | null): Promise<{ defs: FacetAttributeDef[]; known: boolean }> {
  if (!categoryPath) return { defs: [], known: true };
  const category = categoriesByPath(await searchCategories()).get(categoryPath);
  if (!category) return { defs: [], known: false };
  return { defs: facetAttributes(await getCategoryAttributes(category.id)).slice(0, 20), known: true };
}

/** Names of selected brands or sellers (for facet entries with no results), by their unique slugs. */
async function labelsFor(db: Executor, kind: "brand" | "seller", slugs: readonly string[]): Promise<FacetValueCount[]> {
  if (!slugs.length) return [];
  const table = kind === "brand" ? brands : sellers;
  const rows = await db.select({ value: table.slug, label: table.name }).from(table).where(inArray(table.slug, [...slugs]));
  return slugs.map((s) => ({ value: s, label: rows.find((r) => r.value === s)?.label ?? s, count: 0 }));
}

/**
 * Runs a text-matching statement with sequential scans off: the planner prices `document @@ query` as
 * cheap and would read every (TOASTed) document for common words, where the GIN index is 5× faster.
 */
function withTextIndex<T>(db: Db, work: (ex: Executor) => Promise<T>): Promise<T> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`set local enable_seqscan = off`);
    return work(tx);
  });
}

async function compute(request: SearchRequest, normalized: string): Promise<Computed> {
  const db = await getDb();
  const words = tokenize(normalized);
  const [synonyms, { defs, known: categoryKnown }] = await Promise.all([getSynonymIndex(), attributeDefs(request.categoryPath)]);
  const analysis: TextAnalysis | null = words.length ? await analyseText(db, words, synonyms) : null;
  const sort = effectiveSort(request.sort, request.q);
  const position = request.cursor ? decodeCursor(request.cursor, sort) : null;
  const attributes = applicableAttributes(request.filters, defs);
  const active = activeFilters({ categoryPath: request.categoryPath, sellers: request.sellers, filters: request.filters, attributes });
  const filterSql = categoryKnown ? allFilters(active) : sql`false`;

  const run = async (tsquery: string | null) => {
    const q = tsquery ? sql`to_tsquery('ql_search', ${tsquery})` : null;
    const match: SQL | null = q ? sql`document @@ ${q}` : null;
    const where = match ? sql`${match} and ${filterSql}` : filterSql;
    const spec = sortSpec(sort, q ? relevanceScore(q) : null);
    const viaIndex = <T>(work: (ex: Executor) => Promise<T>) => (match ? withTextIndex(db, work) : work(db));
    const withFacets = request.withFacets && categoryKnown;
    const [rows, facetRows] = await Promise.all([
      viaIndex((ex) => queryHits(ex, { where, spec, after: position, take: request.limit + 1 })),
      withFacets ? viaIndex((ex) => queryFacetRows(ex, { match, active, categoryPath: request.categoryPath, defs })) : Promise.resolve(null),
    ]);
    // A first page that is not full is the whole result: no need to count.
    const counted = withFacets ? null : !position && rows.length <= request.limit ? rows.length : await viaIndex((ex) => countMatches(ex, where));
    return { rows, facetRows, counted };
  };

  let relaxed = false;
  let result = await run(analysis?.plan.all || null);
  const totalOf = (r: typeof result) => r.counted ?? r.facetRows?.find((f) => f.dim === "" && f.fail === 0)?.n ?? 0;
  // Relax to OR only when the words together match nothing at all (not merely under these filters).
  const textMatchesNothing = async (tsquery: string) =>
    !active.length ||
    !(await withTextIndex(db, (ex) => queryRows<{ found: boolean }>(ex, sql`select exists (select 1 from search_documents where document @@ to_tsquery('ql_search', ${tsquery})) as found`)))[0]?.found;
  if (analysis?.plan.any && totalOf(result) === 0 && (await textMatchesNothing(analysis.plan.all))) {
    relaxed = true;
    result = await run(analysis.plan.any);
  }

  const total = totalOf(result);
  let facets: SearchFacets | null = null;
  if (request.withFacets) {
    const categories = categoriesByPath(await searchCategories());
    const [selectedBrands, selectedSellers] = await Promise.all([labelsFor(db, "brand", request.filters.brands), labelsFor(db, "seller", request.sellers)]);
    facets = assembleFacets(result.facetRows ?? [], {
      bits: new Map(active.map((f) => [f.key, f.bit])),
      categoryPath: request.categoryPath,
      categories,
      defs,
      selectedBrands,
      selectedSellers,
    });
  }

  const page = result.rows.slice(0, request.limit);
  const last = page.at(-1);
  const spec = sortSpec(sort, analysis ? sql`0` : null);
  const nextCursor =
    result.rows.length > request.limit && last ? encodeCursor({ sort, keys: last.keys.slice(0, spec.keys.length).map(Number), id: last.product_id }) : null;
  const highlight = analysis ? analysis.plan.highlight : { words: [], prefix: null };
  const hits = page.map((r) => hitFromRow(r, highlightTitle(r.title, highlight)));

  let didYouMean: string | null = null;
  if (analysis && total <= FEW_RESULTS && !request.cursor) {
    const kept = analysis.meaningful.join(" ");
    didYouMean = relaxed ? (kept && kept !== words.join(" ") ? kept : null) : await suggestAlternative(db, analysis);
  }
  return { hits, total, facets, nextCursor, correctedQuery: analysis?.plan.corrected ?? null, didYouMean };
}

export class PgSearchEngine implements SearchEngine {
  indexProducts(productIds: readonly string[]): Promise<void> {
    return indexProducts(productIds);
  }

  removeProducts(productIds: readonly string[]): Promise<void> {
    return removeProducts(productIds);
  }

  reindexAll(onProgress?: (done: number, total: number) => void): Promise<{ indexed: number }> {
    return reindexAll(onProgress);
  }

  async search(request: SearchRequest): Promise<SearchResponse> {
    const started = performance.now();
    const normalized = normalizeQuery(request.q);
    const key = cacheKey(request, normalized);
    const ttlSeconds = normalized ? SEARCH_CACHE_TTL_SECONDS : BROWSE_CACHE_TTL_SECONDS;
    const { value: computed } = await localFirst(key, ttlSeconds, () => cached(key, () => compute(request, normalized), { tags: [SEARCH_CACHE_TAG], ttlSeconds }));
    return { ...computed, tookMs: Math.round(performance.now() - started) };
  }

  suggest(q: string, options?: { limit?: number }) {
    return suggest(q, options);
  }
}
