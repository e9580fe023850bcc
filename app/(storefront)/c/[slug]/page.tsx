import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { FacetPanel } from "@/components/storefront/facets/facet-panel";
import { FilterChips } from "@/components/storefront/facets/filter-chips";
import { FilterSheet } from "@/components/storefront/facets/filter-sheet";
import { ListingNavigation, ListingResultsRegion } from "@/components/storefront/facets/listing-navigation";
import { CategoryChips, ListingHeader, ProductResults } from "@/components/storefront/listing";
import { SortBar } from "@/components/storefront/sort-bar";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { listingIndexing, listingSearch, withPage, withSort } from "@/lib/catalog/facets-rules";
import { parseCategoryListingParams, type CategoryListingParams } from "@/lib/catalog/facets-schemas";
import type { FacetAttributeDef } from "@/lib/catalog/facets-queries";
import { getCategoryBySlug } from "@/lib/catalog/queries";
import { categoryHref, decodeSlug, LISTING_SORTS } from "@/lib/catalog/rules";
import { facetAttributes, getCategoryAttributes, getCategoryListing } from "@/lib/catalog/storefront-cache";
import type { CategoryDetail } from "@/lib/catalog/types";
import { siteUrl } from "@/lib/platform/site-url";
import { ListingEmpty } from "./_components/listing-empty";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

/** The category, its filterable attributes and the listing state the URL asks for; null for an unknown category. */
async function load({ params, searchParams }: Props): Promise<{ category: CategoryDetail; defs: FacetAttributeDef[]; state: CategoryListingParams } | null> {
  const [{ slug }, raw] = await Promise.all([params, searchParams]);
  const category = await getCategoryBySlug(decodeSlug(slug));
  if (!category) return null;
  const defs = facetAttributes(await getCategoryAttributes(category.id));
  return { category, defs, state: parseCategoryListingParams(raw, defs) };
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const loaded = await load(props);
  if (!loaded) return { title: "Category not found" };
  const { category, state } = loaded;
  const within = category.ancestors.length ? ` in ${category.ancestors.map((a) => a.name).join(" › ")}` : "";
  const examples = category.children.slice(0, 4).map((c) => c.name);
  const { canonical, index } = listingIndexing(categoryHref(category.slug), state);
  return {
    title: state.page > 1 ? `${category.name} — page ${state.page}` : category.name,
    description: `Shop ${category.name}${within} from trusted local sellers on QuickLocal${
      examples.length ? `: ${examples.join(", ")} and more` : ""
    }. Compare prices and discounts, with quick delivery to your PIN code.`,
    alternates: { canonical },
    robots: index ? undefined : { index: false, follow: true },
  };
}

export default async function CategoryPage(props: Props) {
  const loaded = await load(props);
  if (!loaded) notFound();
  const { category, defs, state } = loaded;
  const { facets, products } = await getCategoryListing(category, defs, state);
  const base = categoryHref(category.slug);
  const names = {
    brands: Object.fromEntries(facets.brands.map((b) => [b.value, b.label])),
    attributes: Object.fromEntries(defs.map((d) => [d.key, { label: d.label, unit: d.unit }])),
  };

  return (
    <ListingNavigation basePath={base} params={state}>
      <div className="mx-auto grid max-w-7xl grid-cols-1 gap-4 px-3 py-4 md:px-6">
        <Breadcrumbs
          items={[{ label: "Home", href: "/" }, ...category.ancestors.map((a) => ({ label: a.name, href: categoryHref(a.slug) })), { label: category.name }]}
          baseUrl={siteUrl()}
        />
        <ListingHeader title={category.name} page={state.page} pageSize={products.pageSize} total={products.total} emptyText="No products" announce="polite" />
        {category.children.length > 0 && (
          <CategoryChips label={`Categories in ${category.name}`} items={category.children.map((c) => ({ ...c, label: c.name }))} />
        )}

        <div className="grid gap-4 lg:grid-cols-[16rem_minmax(0,1fr)] lg:items-start">
          <aside aria-label="Filters" className="hidden rounded-2xl bg-white p-3 ring-1 ring-slate-200 lg:block">
            <h2 className="sr-only">Filters</h2>
            <FacetPanel facets={facets} />
          </aside>

          <ListingResultsRegion>
            <div className="flex min-w-0 items-center gap-2">
              <FilterSheet facets={facets} />
              <div className="min-w-0 flex-1">
                <SortBar sorts={LISTING_SORTS} current={state.sort} hrefFor={(s) => `${base}${listingSearch(withSort(state, s))}`} />
              </div>
            </div>
            <FilterChips names={names} />
            {products.items.length > 0 ? (
              <ProductResults
                products={products.items}
                sort={state.sort}
                page={state.page}
                pageCount={products.pageCount}
                hrefFor={(p) => `${base}${listingSearch(withPage(state, p))}`}
              />
            ) : (
              <ListingEmpty category={category} state={state} total={products.total} pageCount={products.pageCount} />
            )}
          </ListingResultsRegion>
        </div>
      </div>
    </ListingNavigation>
  );
}
