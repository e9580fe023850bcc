import Link from "next/link";
import { FilterX, PackageSearch } from "lucide-react";
import { countListingFilters } from "@/components/search/chips";
import { listingHref, withoutFilters, type ListingUrlState } from "@/components/search/url-state";
import { EmptyState } from "@/components/storefront/empty-state";
import { buttonVariants } from "@/components/ui/button";
import { categoryHref } from "@/lib/catalog/rules";
import type { CategoryDetail } from "@/lib/catalog/types";

/** What the category page says when the page shows no products: past the last page, filtered to nothing, or an empty category. */
export function ListingEmpty({ category, state, total }: { category: CategoryDetail; state: ListingUrlState; total: number }) {
  const base = categoryHref(category.slug);
  if (total > 0) {
    return (
      <EmptyState icon={PackageSearch} title="There are no more products here" description="This link points past the last page of this list.">
        <Link href={listingHref(base, { ...state, cursor: null, page: 1 })} className={buttonVariants({ variant: "primary" })}>
          Back to the first page
        </Link>
      </EmptyState>
    );
  }
  if (countListingFilters(state) > 0) {
    return (
      <EmptyState
        icon={FilterX}
        title="No products match these filters"
        description={`Nothing in ${category.name} matches every filter you picked. Remove a filter above, or clear them all.`}
      >
        <Link href={listingHref(base, withoutFilters(state))} className={buttonVariants({ variant: "primary" })} scroll={false}>
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
