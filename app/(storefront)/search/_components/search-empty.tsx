import Link from "next/link";
import { FilterX, SearchX } from "lucide-react";
import { EmptyState } from "@/components/storefront/empty-state";
import { buttonVariants } from "@/components/ui/button";
import { categoryHref } from "@/lib/catalog/rules";
import type { CategoryLink } from "@/lib/catalog/types";

/**
 * No results: filters that exclude everything can be cleared; otherwise the way out is a spelling
 * suggestion, a shorter query, or a category to browse.
 */
export function SearchEmpty({
  q,
  filtered,
  clearHref,
  didYouMean,
  didYouMeanHref,
  categories,
}: {
  q: string;
  filtered: boolean;
  clearHref: string;
  didYouMean: string | null;
  didYouMeanHref: string | null;
  categories: CategoryLink[];
}) {
  if (filtered) {
    return (
      <EmptyState icon={FilterX} title="No products match these filters" description="Remove a filter above, or clear them all to see every match.">
        <Link href={clearHref} className={buttonVariants({ variant: "primary" })} scroll={false}>
          Clear filters
        </Link>
      </EmptyState>
    );
  }
  return (
    <EmptyState
      icon={SearchX}
      title={q ? `No products match “${q}”` : "No products yet"}
      description={
        q ? (
          <ul className="grid list-disc gap-1 pl-5 text-left">
            <li>Check the spelling, or try a word with the same meaning.</li>
            <li>Use fewer or more general words (“rice” rather than “basmati rice 5kg”).</li>
            <li>Browse a category below.</li>
          </ul>
        ) : (
          "Sellers have not listed any products yet."
        )
      }
    >
      {didYouMean && didYouMeanHref && (
        <Link href={didYouMeanHref} className={buttonVariants({ variant: "primary" })}>
          Search for “{didYouMean}”
        </Link>
      )}
      {categories.slice(0, 6).map((c) => (
        <Link key={c.id} href={categoryHref(c.slug)} className={buttonVariants({ variant: "outline" })}>
          {c.name}
        </Link>
      ))}
      <Link href="/search?sort=popular" className={buttonVariants({ variant: "ghost" })}>
        Popular products
      </Link>
    </EmptyState>
  );
}
