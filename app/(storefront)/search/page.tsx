import type { Metadata } from "next";
import Link from "next/link";
import { SearchX } from "lucide-react";
import { EmptyState } from "@/components/storefront/empty-state";
import { CategoryChips, ListingHeader, ProductResults } from "@/components/storefront/listing";
import { SortBar } from "@/components/storefront/sort-bar";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { buttonVariants } from "@/components/ui/button";
import { listTopCategories, searchProducts, suggestCategories } from "@/lib/catalog/queries";
import { listingQuery, SEARCH_SORTS, type SearchSort } from "@/lib/catalog/rules";
import { parseSearchParams } from "@/lib/catalog/schemas";

export const dynamic = "force-dynamic";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

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
  const fallbackCategories = result.total === 0 && suggestions.length === 0 ? await listTopCategories() : [];
  const names = suggestions.map((c) => c.name);
  const chips =
    suggestions.length > 0
      ? suggestions.map((c) => ({ ...c, label: names.filter((n) => n === c.name).length > 1 && c.parentName ? `${c.name} · ${c.parentName}` : c.name }))
      : fallbackCategories.map((c) => ({ ...c, label: c.name }));

  return (
    <div className="mx-auto grid max-w-7xl grid-cols-1 gap-4 px-3 py-4 md:px-6">
      <Breadcrumbs items={[{ label: "Home", href: "/" }, { label: q ? "Search" : heading(q, sort) }]} />
      <ListingHeader title={heading(q, sort)} page={page} pageSize={result.pageSize} total={result.total} emptyText="No products found" announce="status" />

      {chips.length > 0 && (
        <CategoryChips
          label={suggestions.length > 0 ? "Matching categories" : "Popular categories"}
          heading={suggestions.length > 0 ? "Matching categories" : "Browse a category instead"}
          items={chips}
        />
      )}

      {result.total > 0 && <SortBar sorts={sorts} current={effectiveSort} hrefFor={(s) => href({ sort: s })} />}

      {result.items.length > 0 ? (
        <ProductResults products={result.items} sort={effectiveSort} page={page} pageCount={result.pageCount} hrefFor={(p) => href({ page: p })} />
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
