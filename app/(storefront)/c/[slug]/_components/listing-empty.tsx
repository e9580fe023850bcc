import Link from "next/link";
import { FilterX, PackageSearch } from "lucide-react";
import { EmptyState } from "@/components/storefront/empty-state";
import { buttonVariants } from "@/components/ui/button";
import { isFiltered, listingSearch, withFilters, withPage } from "@/lib/catalog/facets-rules";
import { EMPTY_FILTERS, type CategoryListingParams } from "@/lib/catalog/facets-schemas";
import { categoryHref } from "@/lib/catalog/rules";
import type { CategoryDetail } from "@/lib/catalog/types";

/** What the category page says when the page shows no products: past the last page, filtered to nothing, or an empty category. */
export function ListingEmpty({ category, state, total, pageCount }: { category: CategoryDetail; state: CategoryListingParams; total: number; pageCount: number }) {
  const base = categoryHref(category.slug);
  if (total > 0) {
    return (
      <EmptyState icon={PackageSearch} title={`There is no page ${state.page} here`} description={`These products fill ${pageCount} ${pageCount === 1 ? "page" : "pages"}.`}>
        <Link href={`${base}${listingSearch(withPage(state, pageCount))}`} className={buttonVariants({ variant: "primary" })}>
          Go to the last page
        </Link>
        <Link href={`${base}${listingSearch(withPage(state, 1))}`} className={buttonVariants({ variant: "outline" })}>
          Back to page 1
        </Link>
      </EmptyState>
    );
  }
  if (isFiltered(state.filters)) {
    return (
      <EmptyState
        icon={FilterX}
        title="No products match these filters"
        description={`Nothing in ${category.name} matches every filter you picked. Remove a filter above, or clear them all.`}
      >
        <Link href={`${base}${listingSearch(withFilters(state, EMPTY_FILTERS))}`} className={buttonVariants({ variant: "primary" })} scroll={false}>
          Clear filters
        </Link>
      </EmptyState>
    );
  }
  const parent = category.ancestors[category.ancestors.length - 1];
  return (
    <EmptyState
      icon={PackageSearch}
      title={`Nothing in ${category.name} yet`}
      description="Sellers have not listed products here yet. Try a nearby category or search the whole store."
    >
      {parent && (
        <Link href={categoryHref(parent.slug)} className={buttonVariants({ variant: "primary" })}>
          Browse {parent.name}
        </Link>
      )}
      <Link href="/search?sort=popular" className={buttonVariants({ variant: "outline" })}>
        See popular products
      </Link>
    </EmptyState>
  );
}
