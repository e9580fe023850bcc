/**
 * The search domain's contracts. `SearchEngine` is what pages, the API and jobs call; the PostgreSQL
 * implementation (lib/search/engine-pg.ts) serves both PostgreSQL and PGlite, and an
 * Elasticsearch/OpenSearch one could replace it without touching callers.
 */
import type { FacetFilters } from "@/lib/catalog/facets-schemas";
import type { CategoryFacets, FacetValueCount } from "@/lib/catalog/facets-types";
import type { SearchSort } from "@/lib/catalog/rules";
import type { ProductCardDto } from "@/lib/catalog/types";

export interface SearchRequest {
  /** Free text as typed (the engine normalises it); "" browses. At most 200 characters are used. */
  q: string;
  /** Category path (e.g. "grocery/staples"): the whole subtree. */
  categoryPath: string | null;
  /** Seller slugs, any of them. */
  sellers: string[];
  filters: FacetFilters;
  /** "relevance" without q behaves as "popular". */
  sort: SearchSort;
  /** Opaque keyset cursor from a previous response's nextCursor; null for the first page. */
  cursor: string | null;
  /** 1–60, default 24. */
  limit: number;
  /** Compute facets (the API and pages do; "load more" does not need them). */
  withFacets: boolean;
}

/** A hit is a product card plus where the query matched. */
export interface SearchHit extends ProductCardDto {
  /** The title with matched words wrapped in U+E000 … U+E001 (private-use marks, never in data); render with <mark>. */
  highlightedTitle: string;
  categoryPath: string;
  seller: { slug: string; name: string };
}

export interface CategoryFacetNode {
  path: string;
  name: string;
  slug: string;
  depth: number;
  count: number;
}

export interface SearchFacets extends CategoryFacets {
  /**
   * Category counts under the other filters: the children of the selected category (or the top
   * level when none), plus the selected category's ancestors for a breadcrumb-style drill-up.
   */
  categories: CategoryFacetNode[];
  sellers: FacetValueCount[];
}

export interface SearchResponse {
  hits: SearchHit[];
  /** Matches over all pages (exact). */
  total: number;
  facets: SearchFacets | null;
  nextCursor: string | null;
  tookMs: number;
  /** The query as understood after typo correction, when it differs from what was typed. */
  correctedQuery: string | null;
  /** A suggestion to offer ("did you mean …") when there are no or few results; null otherwise. */
  didYouMean: string | null;
}

export type SuggestionKind = "query" | "category" | "brand" | "product";

export interface Suggestion {
  kind: SuggestionKind;
  /** What the dropdown shows. */
  label: string;
  /** Where picking it goes: /search?q=…, /c/<path>, /search?brand=…, /p/<slug>. */
  href: string;
  /** Category of a product, parent of a category, product count of a brand — optional detail line. */
  detail?: string;
}

export interface SuggestResponse {
  q: string;
  suggestions: Suggestion[];
  tookMs: number;
}

export interface SearchEngine {
  /** Rebuild the documents of these products from the catalogue (removes the ones no longer on sale). */
  indexProducts(productIds: readonly string[]): Promise<void>;
  removeProducts(productIds: readonly string[]): Promise<void>;
  /** Rebuild everything (seed, migrations, admin "reindex"); reports progress 0–1. */
  reindexAll(onProgress?: (done: number, total: number) => void): Promise<{ indexed: number }>;
  search(request: SearchRequest): Promise<SearchResponse>;
  suggest(q: string, options?: { limit?: number }): Promise<SuggestResponse>;
}

/** Private-use marks around highlighted words in SearchHit.highlightedTitle. */
export const HIGHLIGHT_START = "\uE000";
export const HIGHLIGHT_END = "\uE001";
