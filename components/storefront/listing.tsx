import Link from "next/link";
import { Pagination } from "@/components/ui/pagination";
import { categoryHref, pageRange, SORT_LABELS, type SearchSort } from "@/lib/catalog/rules";
import type { ProductCardDto } from "@/lib/catalog/types";
import { ProductGrid } from "./product-grid";

const count = new Intl.NumberFormat("en-IN");

/**
 * A product listing's title with how many products there are and which of them this page shows.
 * `announce` picks how the count is announced when it changes (a status region or a polite live region).
 */
export function ListingHeader({
  title,
  page,
  pageSize,
  total,
  emptyText,
  announce,
}: {
  title: string;
  page: number;
  pageSize: number;
  total: number;
  /** Said when there are no products at all. */
  emptyText: string;
  announce: "status" | "polite";
}) {
  const range = pageRange(page, pageSize, total);
  return (
    <header className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1">
      <h1 className="text-2xl font-bold text-slate-950 md:text-3xl">{title}</h1>
      <p className="text-sm text-slate-600" role={announce === "status" ? "status" : undefined} aria-live={announce === "polite" ? "polite" : undefined}>
        {total === 0
          ? emptyText
          : range.start > 0
            ? `Showing ${count.format(range.start)}–${count.format(range.end)} of ${count.format(total)} products`
            : `${count.format(total)} products`}
      </p>
    </header>
  );
}

/** Category links as a row of chips (scrolls sideways on phones, wraps on larger screens). */
export function CategoryChips({ label, heading, items }: { label: string; heading?: string; items: { id: string; slug: string; label: string }[] }) {
  return (
    <nav aria-label={label}>
      {heading ? <p className="mb-2 text-sm font-medium text-slate-700">{heading}</p> : null}
      <ul className="relative -mx-3 flex gap-2 overflow-x-auto px-3 pb-1 [scrollbar-width:none] md:mx-0 md:flex-wrap md:px-0">
        {items.map((c) => (
          <li key={c.id} className="shrink-0">
            <Link
              href={categoryHref(c.slug)}
              className="inline-flex min-h-11 items-center whitespace-nowrap rounded-full border border-slate-300 bg-white px-4 text-sm font-medium text-slate-800 hover:border-brand-600 hover:text-brand-800"
            >
              {c.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** One page of products: a heading for screen readers, the grid and the page links. */
export function ProductResults({
  products,
  sort,
  page,
  pageCount,
  hrefFor,
}: {
  products: ProductCardDto[];
  sort: SearchSort;
  page: number;
  pageCount: number;
  hrefFor: (page: number) => string;
}) {
  return (
    <>
      <h2 className="sr-only">
        Products, sorted by {SORT_LABELS[sort].toLowerCase()}, page {page} of {pageCount}
      </h2>
      <ProductGrid products={products} />
      <Pagination page={page} pageCount={pageCount} hrefFor={hrefFor} className="pt-2" />
    </>
  );
}
