import { KeysetPager } from "@/components/search/keyset-pager";
import { listingHref, nextPage, withSort, type ListingUrlState } from "@/components/search/url-state";
import { FacetPanel } from "@/components/storefront/facets/facet-panel";
import { FilterChips } from "@/components/storefront/facets/filter-chips";
import { FilterSheet } from "@/components/storefront/facets/filter-sheet";
import { ListingNavigation, ListingResultsRegion } from "@/components/storefront/facets/listing-navigation";
import { CategoryChips } from "@/components/storefront/listing";
import { ProductGrid } from "@/components/storefront/product-grid";
import { SortBar } from "@/components/storefront/sort-bar";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { resultCountText } from "@/components/search/result-count";
import type { FacetAttributeDef } from "@/lib/catalog/facets-types";
import { categoryHref, LISTING_SORTS, SORT_LABELS, type ListingSort } from "@/lib/catalog/rules";
import type { CategoryDetail } from "@/lib/catalog/types";
import { siteUrl } from "@/lib/platform/site-url";
import type { SearchResponse } from "@/lib/search/types";
import { ListingEmpty } from "./listing-empty";

/** A category page: breadcrumbs, subcategory chips, facets, sort, one keyset page of products. */
export function CategoryView({
  category,
  defs,
  state,
  response,
  pageSize,
}: {
  category: CategoryDetail;
  defs: readonly FacetAttributeDef[];
  state: ListingUrlState;
  response: SearchResponse;
  pageSize: number;
}) {
  const base = categoryHref(category.slug);
  const facets = response.facets;
  const sort = state.sort as ListingSort;
  const names = {
    brands: Object.fromEntries((facets?.brands ?? []).map((b) => [b.value, b.label])),
    attributes: Object.fromEntries(defs.map((d) => [d.key, { label: d.label, unit: d.unit }])),
    sellers: Object.fromEntries((facets?.sellers ?? []).map((s) => [s.value, s.label])),
    categories: {},
  };
  const placement = { mode: "pages" as const, currentPath: category.path };

  return (
    <ListingNavigation basePath={base} state={state}>
      <div className="mx-auto grid max-w-7xl grid-cols-1 gap-4 px-3 py-4 md:px-6">
        <Breadcrumbs
          items={[{ label: "Home", href: "/" }, ...category.ancestors.map((a) => ({ label: a.name, href: categoryHref(a.slug) })), { label: category.name }]}
          baseUrl={siteUrl()}
        />
        <header className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1">
          <h1 className="text-2xl font-bold text-slate-950 md:text-3xl">{category.name}</h1>
          <p className="text-sm text-slate-600" aria-live="polite">
            {response.total === 0 ? "No products" : resultCountText({ total: response.total, page: state.page, pageSize, shown: response.hits.length })}
          </p>
        </header>
        {category.children.length > 0 && (
          <CategoryChips label={`Categories in ${category.name}`} items={category.children.map((c) => ({ ...c, label: c.name }))} />
        )}

        <div className="grid gap-4 lg:grid-cols-[16rem_minmax(0,1fr)] lg:items-start">
          {facets && (
            <aside aria-label="Filters" className="hidden rounded-2xl bg-white p-3 ring-1 ring-slate-200 lg:block">
              <h2 className="sr-only">Filters</h2>
              <FacetPanel facets={facets} category={placement} />
            </aside>
          )}

          <ListingResultsRegion>
            <div className="flex min-w-0 items-center gap-2">
              {facets && <FilterSheet facets={facets} category={placement} />}
              <div className="min-w-0 flex-1">
                <SortBar sorts={LISTING_SORTS} current={sort} hrefFor={(s) => listingHref(base, withSort(state, s))} />
              </div>
            </div>
            <FilterChips names={names} />
            {response.hits.length > 0 ? (
              <>
                <h2 className="sr-only">
                  Products, sorted by {SORT_LABELS[sort].toLowerCase()}, page {state.page}
                </h2>
                <ProductGrid products={response.hits} />
                <KeysetPager
                  className="pt-2"
                  page={state.page}
                  nextHref={response.nextCursor ? listingHref(base, nextPage(state, response.nextCursor)) : null}
                  firstHref={listingHref(base, { ...state, cursor: null, page: 1 })}
                />
              </>
            ) : (
              <ListingEmpty category={category} state={state} total={response.total} />
            )}
          </ListingResultsRegion>
        </div>
      </div>
    </ListingNavigation>
  );
}
