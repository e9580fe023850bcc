import { listingStateSearch, type ListingUrlState } from "@/components/search/url-state";
import { listingIndexing } from "@/lib/catalog/facets-rules";

/**
 * What search engines should index of a category page (lib/catalog/facets-rules.ts): filtered or
 * re-sorted listings point at the plain category and are not indexed; the plain pages are indexed,
 * each its own canonical — the first page bare, later ones with their keyset cursor.
 */
export function categoryIndexing(basePath: string, state: ListingUrlState): { canonical: string; index: boolean } {
  const rule = listingIndexing(basePath, { filters: state.filters, sort: state.sort === "relevance" ? "popular" : state.sort, page: 1 });
  if (!rule.index || state.sellers.length > 0) return { canonical: basePath, index: false };
  return { canonical: `${basePath}${listingStateSearch({ ...state, q: "", categoryPath: null })}`, index: true };
}
