import { KeysetPager } from "@/components/search/keyset-pager";
import { SearchResults } from "@/components/search/search-results";
import { countListingFilters, type ListingChipNames } from "@/components/search/chips";
import { effectiveSort, listingHref, nextPage, withQuery, withSort, withoutFilters, type ListingUrlState } from "@/components/search/url-state";
import { FacetPanel } from "@/components/storefront/facets/facet-panel";
import { FilterChips } from "@/components/storefront/facets/filter-chips";
import { FilterSheet } from "@/components/storefront/facets/filter-sheet";
import { ListingNavigation, ListingResultsRegion } from "@/components/storefront/facets/listing-navigation";
import { SortBar } from "@/components/storefront/sort-bar";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { SEARCH_SORTS, SORT_LABELS, type SearchSort } from "@/lib/catalog/rules";
import type { CategoryLink } from "@/lib/catalog/types";
import type { SearchResponse } from "@/lib/search/types";
import { SearchEmpty } from "./search-empty";
import { SearchHeader } from "./search-header";

const BASE = "/search";

export function searchTitle(state: Pick<ListingUrlState, "q" | "sort">): string {
  if (state.q) return `Results for “${state.q}”`;
  if (state.sort === "discount") return "Best deals";
  if (state.sort === "newest") return "New arrivals";
  return "All products";
}

/** The search page body for one engine response: facets, chips, sort, hits and the next-page link. */
export function SearchView({
  state,
  response,
  queryId,
  pageSize,
  names,
  fallbackCategories,
}: {
  state: ListingUrlState;
  response: SearchResponse;
  queryId: string | null;
  pageSize: number;
  names: ListingChipNames;
  fallbackCategories: CategoryLink[];
}) {
  const sort = effectiveSort(state);
  const sorts: SearchSort[] = state.q ? [...SEARCH_SORTS] : SEARCH_SORTS.filter((s) => s !== "relevance");
  const href = (next: ListingUrlState) => listingHref(BASE, next);
  const filtered = countListingFilters(state) > 0;
  // Facets of nothing are all zero: with no results and no filters to undo, the page offers next steps instead.
  const facets = response.total > 0 || filtered ? response.facets : null;
  const suggestionHref = response.didYouMean ? href(withQuery(withoutFilters(state), response.didYouMean)) : null;
  const placement = { mode: "filter" as const, currentPath: state.categoryPath };

  return (
    <ListingNavigation basePath={BASE} state={state}>
      <div className="mx-auto grid max-w-7xl grid-cols-1 gap-4 px-3 py-4 md:px-6">
        <Breadcrumbs items={[{ label: "Home", href: "/" }, { label: state.q ? "Search" : searchTitle(state) }]} />
        <SearchHeader
          title={searchTitle(state)}
          total={response.total}
          page={state.page}
          pageSize={pageSize}
          shown={response.hits.length}
          q={state.q}
          correctedQuery={response.correctedQuery}
          didYouMean={response.didYouMean}
          didYouMeanHref={suggestionHref}
        />

        <div className="grid gap-4 lg:grid-cols-[16rem_minmax(0,1fr)] lg:items-start">
          {facets && (
            <aside aria-label="Filters" className="hidden rounded-2xl bg-white p-3 ring-1 ring-slate-200 lg:block">
              <h2 className="sr-only">Filters</h2>
              <FacetPanel facets={facets} category={placement} />
            </aside>
          )}

          <ListingResultsRegion className={facets ? undefined : "lg:col-span-2"}>
            {(response.total > 0 || filtered) && (
              <div className="flex min-w-0 items-center gap-2">
                {facets && <FilterSheet facets={facets} category={placement} />}
                <div className="min-w-0 flex-1">
                  <SortBar sorts={sorts} current={sort} hrefFor={(s) => href(withSort(state, s))} />
                </div>
              </div>
            )}
            <FilterChips names={names} />
            {response.hits.length > 0 ? (
              <>
                <h2 className="sr-only">
                  Products, sorted by {SORT_LABELS[sort].toLowerCase()}, page {state.page}
                </h2>
                <SearchResults hits={response.hits} queryId={queryId} offset={(state.page - 1) * pageSize} />
                <KeysetPager
                  className="pt-2"
                  page={state.page}
                  nextHref={response.nextCursor ? href(nextPage(state, response.nextCursor)) : null}
                  firstHref={href({ ...state, cursor: null, page: 1 })}
                />
              </>
            ) : (
              <SearchEmpty
                q={state.q}
                filtered={filtered}
                clearHref={href(withoutFilters(state))}
                didYouMean={response.didYouMean}
                didYouMeanHref={suggestionHref}
                categories={fallbackCategories}
              />
            )}
          </ListingResultsRegion>
        </div>
      </div>
    </ListingNavigation>
  );
}
