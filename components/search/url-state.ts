/**
 * The state of a product listing (search page or category page) as one value, and the one URL of
 * each state: shareable, the same state always gives the same string, defaults left out. Pure.
 *
 *   /search?q=atta&category=grocery/staples&brand=aashirvaad&price_min=100&seller=ram-stores&sort=price_asc&cursor=…&page=2
 *   /c/fashion?brand=levis&cursor=…&page=2          (a category page: the category is the path)
 *
 * `cursor` is the engine's keyset cursor; `page` only numbers the page it leads to ("Showing 25–48").
 */
import { listingSearch } from "@/lib/catalog/facets-rules";
import { EMPTY_FILTERS, type FacetFilters } from "@/lib/catalog/facets-schemas";
import type { FacetAttributeDef } from "@/lib/catalog/facets-types";
import type { SearchSort } from "@/lib/catalog/rules";
import type { SearchRequest } from "@/lib/search/types";

export interface ListingUrlState {
  q: string;
  /** The category filter of the search page (a path); always null on a category page. */
  categoryPath: string | null;
  /** Seller slugs, sorted. */
  sellers: string[];
  filters: FacetFilters;
  sort: SearchSort;
  cursor: string | null;
  /** 1 without a cursor. */
  page: number;
}

export const EMPTY_LISTING_STATE: ListingUrlState = { q: "", categoryPath: null, sellers: [], filters: EMPTY_FILTERS, sort: "popular", cursor: null, page: 1 };

/** Relevance when there is something to be relevant to, popularity when browsing. */
export const defaultSort = (q: string): SearchSort => (q.trim() ? "relevance" : "popular");

/** The sort actually used: "relevance" without a query means popularity. */
export const effectiveSort = (state: Pick<ListingUrlState, "q" | "sort">): SearchSort => (state.sort === "relevance" && !state.q.trim() ? "popular" : state.sort);

/** Query string (with "?", or "") of a listing state. */
export function listingStateSearch(state: ListingUrlState): string {
  const qs = new URLSearchParams();
  if (state.q.trim()) qs.set("q", state.q.trim());
  if (state.categoryPath) qs.set("category", state.categoryPath);
  const filters = new URLSearchParams(listingSearch({ filters: state.filters, sort: "popular", page: 1 }));
  for (const [k, v] of filters) qs.append(k, v);
  for (const s of state.sellers) qs.append("seller", s);
  const sort = effectiveSort(state);
  if (sort !== defaultSort(state.q)) qs.set("sort", sort);
  if (state.cursor) {
    qs.set("cursor", state.cursor);
    if (state.page > 1) qs.set("page", String(state.page));
  }
  const s = qs.toString();
  return s ? `?${s}` : "";
}

export function listingHref(basePath: string, state: ListingUrlState): string {
  return `${basePath}${listingStateSearch(state)}`;
}

/** Any change of what is listed goes back to the first page. */
const firstPage = (state: ListingUrlState): ListingUrlState => ({ ...state, cursor: null, page: 1 });

export function withFilters(state: ListingUrlState, change: Partial<FacetFilters>): ListingUrlState {
  return firstPage({ ...state, filters: { ...state.filters, ...change } });
}

export function withSort(state: ListingUrlState, sort: SearchSort): ListingUrlState {
  return firstPage({ ...state, sort });
}

export function withQuery(state: ListingUrlState, q: string): ListingUrlState {
  return firstPage({ ...state, q, sort: state.sort === "relevance" || state.sort === "popular" ? defaultSort(q) : state.sort });
}

export function withCategory(state: ListingUrlState, categoryPath: string | null): ListingUrlState {
  // A category's attributes are not another's: attribute filters go with the category.
  return firstPage({ ...state, categoryPath, filters: { ...state.filters, attributes: {} } });
}

export function toggleSeller(state: ListingUrlState, slug: string): ListingUrlState {
  const sellers = state.sellers.includes(slug) ? state.sellers.filter((s) => s !== slug) : [...state.sellers, slug].sort();
  return firstPage({ ...state, sellers });
}

/** Every filter off (category, sellers and facet filters); the query and sort stay. */
export function withoutFilters(state: ListingUrlState): ListingUrlState {
  return firstPage({ ...state, categoryPath: null, sellers: [], filters: EMPTY_FILTERS });
}

export function nextPage(state: ListingUrlState, cursor: string): ListingUrlState {
  return { ...state, cursor, page: state.page + 1 };
}

/** The URL state of a parsed engine request; `pageParam` (the page number hint) only counts with a cursor. */
export function stateFromRequest(
  request: Pick<SearchRequest, "q" | "categoryPath" | "sellers" | "filters" | "sort" | "cursor">,
  pageParam: string | string[] | undefined,
): ListingUrlState {
  const q = request.q.replace(/\s+/g, " ").trim();
  const hint = Number(Array.isArray(pageParam) ? pageParam[0] : pageParam);
  const page = request.cursor ? (Number.isInteger(hint) && hint >= 2 && hint <= 10_000 ? hint : 2) : 1;
  return { q, categoryPath: request.categoryPath, sellers: request.sellers, filters: request.filters, sort: effectiveSort({ q, sort: request.sort }), cursor: request.cursor, page };
}

/** The engine request of a URL state (facets included). */
export function requestFromState(state: ListingUrlState, limit: number): SearchRequest {
  return { q: state.q, categoryPath: state.categoryPath, sellers: state.sellers, filters: state.filters, sort: state.sort, cursor: state.cursor, limit, withFacets: true };
}

const TRUE_WORDS = ["1", "true", "yes", "on"];

/**
 * URL attribute filters are typed by shape (`a.organic=1` reads as a choice); once the category's
 * attributes are known, each filter takes its attribute's type, and filters of unknown attributes go.
 */
export function typedAttributes(filters: FacetFilters, defs: readonly Pick<FacetAttributeDef, "key" | "type" | "options">[]): FacetFilters {
  const attributes: FacetFilters["attributes"] = {};
  for (const def of defs) {
    const f = filters.attributes[def.key];
    if (!f) continue;
    if (def.type === "boolean") {
      if (f.type === "boolean" || (f.type === "select" && f.values.some((v) => TRUE_WORDS.includes(v.toLowerCase())))) attributes[def.key] = { type: "boolean" };
    } else if (def.type === "select" && f.type === "select") {
      const values = def.options.length ? def.options.filter((o) => f.values.some((v) => v.toLowerCase() === o.toLowerCase())) : f.values;
      if (values.length) attributes[def.key] = { type: "select", values };
    } else if (def.type === "number" && f.type === "number") attributes[def.key] = f;
  }
  return { ...filters, attributes: Object.fromEntries(Object.entries(attributes).sort(([a], [b]) => a.localeCompare(b))) };
}
