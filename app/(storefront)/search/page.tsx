import type { Metadata } from "next";
import Link from "next/link";
import { SearchX } from "lucide-react";
import { EmptyState } from "@/components/storefront/empty-state";
import { ProductGrid } from "@/components/storefront/product-grid";
import { SortBar } from "@/components/storefront/sort-bar";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { buttonVariants } from "@/components/ui/button";
import { Pagination } from "@/components/ui/pagination";
import { listTopCategories, searchProducts, suggestCategories } from "@/lib/catalog/queries";
import { categoryHref, listingQuery, pageRange, SEARCH_SORTS, SORT_LABELS, type SearchSort } from "@/lib/catalog/rules";
import { parseSearchParams } from "@/lib/catalog/schemas";

export const dynamic = "force-dynamic";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const count = new Intl.NumberFormat("en-IN");

function heading(q: string, sort: SearchSort): string {
  if (q) return `Results for “${q}”`;
  if (sort === "discount") return "Best deals";
  if (sort === "newest") return "New arrivals";
  return "All products";
}

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const { q, sort } = parseSearchParams(await searchParams);
  return {
    title: q ? `Search: ${q}` : heading(q, sort),
    description: q
      ? `Products matching “${q}” from local sellers on QuickLocal, with prices, discounts and ratings.`
      : "Browse every product on QuickLocal from trusted local sellers, with prices, discounts and ratings.",
    robots: { index: false, follow: true },
  };
}

export default async function SearchPage({ searchParams }: Props) {
  const { q, page, sort } = parseSearchParams(await searchParams);
  const effectiveSort: SearchSort = !q && sort === "relevance" ? "popular" : sort;
  const [result, suggestions] = await Promise.all([searchProducts({ q, sort: effectiveSort, page }), suggestCategories(q)]);
  const sorts = q ? SEARCH_SORTS : SEARCH_SORTS.filter((s) => s !== "relevance");
  const defaultSort: SearchSort = q ? "relevance" : "popular";
  const href = (p: { sort?: SearchSort; page?: number }) => `/search${listingQuery({ q, sort: p.sort ?? effectiveSort, page: p.page }, defaultSort)}`;
  const range = pageRange(page, result.pageSize, result.total);
  const fallbackCategories = result.total === 0 && suggestions.length === 0 ? await listTopCategories() : [];
  const names = suggestions.map((c) => c.name);
  const chips =
    suggestions.length > 0
      ? suggestions.map((c) => ({ ...c, label: names.filter((n) => n === c.name).length > 1 && c.parentName ? `${c.name} · ${c.parentName}` : c.name }))
      : fallbackCategories.map((c) => ({ ...c, label: c.name }));

  return (
    <div className="mx-auto grid max-w-7xl grid-cols-1 gap-4 px-3 py-4 md:px-6">
      <Breadcrumbs items={[{ label: "Home", href: "/" }, { label: q ? "Search" : heading(q, sort) }]} />
      <header className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1">
        <h1 className="text-2xl font-bold text-slate-950 md:text-3xl">{heading(q, sort)}</h1>
        <p className="text-sm text-slate-600" role="status">
          {result.total === 0
            ? "No products found"
            : range.start > 0
              ? `Showing ${count.format(range.start)}–${count.format(range.end)} of ${count.format(result.total)} products`
              : `${count.format(result.total)} products`}
        </p>
      </header>

      {chips.length > 0 && (
        <nav aria-label={suggestions.length > 0 ? "Matching categories" : "Popular categories"}>
          <p className="mb-2 text-sm font-medium text-slate-700">{suggestions.length > 0 ? "Matching categories" : "Browse a category instead"}</p>
          <ul className="relative -mx-3 flex gap-2 overflow-x-auto px-3 pb-1 [scrollbar-width:none] md:mx-0 md:flex-wrap md:px-0">
            {chips.map((c) => (
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
      )}

      {result.total > 0 && (
        <div className="rounded-xl bg-white px-3 py-1 ring-1 ring-slate-200">
          <SortBar sorts={sorts} current={effectiveSort} hrefFor={(s) => href({ sort: s })} />
        </div>
      )}

      {result.items.length > 0 ? (
        <>
          <h2 className="sr-only">
            Products, sorted by {SORT_LABELS[effectiveSort].toLowerCase()}, page {page} of {result.pageCount}
          </h2>
          <ProductGrid products={result.items} />
          <Pagination page={page} pageCount={result.pageCount} hrefFor={(p) => href({ page: p })} className="pt-2" />
        </>
      ) : result.total > 0 ? (
        <EmptyState icon={SearchX} title={`There is no page ${page} of these results`} description={`They fit on ${result.pageCount} ${result.pageCount === 1 ? "page" : "pages"}.`}>
          <Link href={href({ page: 1 })} className={buttonVariants({ variant: "primary" })}>
            Back to the first page
          </Link>
        </EmptyState>
      ) : (
        <EmptyState
          icon={SearchX}
          title={q ? `No products match “${q}”` : "No products yet"}
          description={
            q ? "Check the spelling, try a shorter or more general word (for example “rice” rather than “basmati rice 5kg”), or browse a category above." : "Sellers have not listed any products yet."
          }
        >
          <Link href="/" className={buttonVariants({ variant: "outline" })}>
            Go to the home page
          </Link>
        </EmptyState>
      )}
    </div>
  );
}
