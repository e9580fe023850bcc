import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { PackageSearch } from "lucide-react";
import { EmptyState } from "@/components/storefront/empty-state";
import { ProductGrid } from "@/components/storefront/product-grid";
import { SortBar } from "@/components/storefront/sort-bar";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { buttonVariants } from "@/components/ui/button";
import { Pagination } from "@/components/ui/pagination";
import { getCategoryBySlug, listProductsInCategory } from "@/lib/catalog/queries";
import { categoryHref, LISTING_SORTS, listingQuery, pageRange, SORT_LABELS } from "@/lib/catalog/rules";
import { parseListingParams } from "@/lib/catalog/schemas";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const count = new Intl.NumberFormat("en-IN");

function slugOf(raw: string): string {
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const [{ slug }, raw] = await Promise.all([params, searchParams]);
  const category = await getCategoryBySlug(slugOf(slug));
  if (!category) return { title: "Category not found" };
  const { page, sort } = parseListingParams(raw);
  const within = category.ancestors.length ? ` in ${category.ancestors.map((a) => a.name).join(" › ")}` : "";
  const examples = category.children.slice(0, 4).map((c) => c.name);
  return {
    title: page > 1 ? `${category.name} — page ${page}` : category.name,
    description: `Shop ${category.name}${within} from trusted local sellers on QuickLocal${
      examples.length ? `: ${examples.join(", ")} and more` : ""
    }. Compare prices and discounts, with quick delivery to your PIN code.`,
    alternates: { canonical: `${categoryHref(category.slug)}${listingQuery({ page })}` },
    robots: sort !== "popular" ? { index: false, follow: true } : undefined,
  };
}

export default async function CategoryPage({ params, searchParams }: Props) {
  const [{ slug }, raw] = await Promise.all([params, searchParams]);
  const category = await getCategoryBySlug(slugOf(slug));
  if (!category) notFound();
  const { page, sort } = parseListingParams(raw);
  const result = await listProductsInCategory({ categoryPath: category.path, sort, page });
  const base = categoryHref(category.slug);
  const range = pageRange(page, result.pageSize, result.total);

  return (
    <div className="mx-auto grid max-w-7xl grid-cols-1 gap-4 px-3 py-4 md:px-6">
      <Breadcrumbs
        items={[
          { label: "Home", href: "/" },
          ...category.ancestors.map((a) => ({ label: a.name, href: categoryHref(a.slug) })),
          { label: category.name },
        ]}
      />
      <header className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1">
        <h1 className="text-2xl font-bold text-slate-950 md:text-3xl">{category.name}</h1>
        <p className="text-sm text-slate-600" aria-live="polite">
          {result.total === 0
            ? "No products"
            : range.start > 0
              ? `Showing ${count.format(range.start)}–${count.format(range.end)} of ${count.format(result.total)} products`
              : `${count.format(result.total)} products`}
        </p>
      </header>

      {category.children.length > 0 && (
        <nav aria-label={`Categories in ${category.name}`}>
          <ul className="relative -mx-3 flex gap-2 overflow-x-auto px-3 pb-1 [scrollbar-width:none] md:mx-0 md:flex-wrap md:px-0">
            {category.children.map((c) => (
              <li key={c.id} className="shrink-0">
                <Link
                  href={categoryHref(c.slug)}
                  className="inline-flex min-h-11 items-center whitespace-nowrap rounded-full border border-slate-300 bg-white px-4 text-sm font-medium text-slate-800 hover:border-brand-600 hover:text-brand-800"
                >
                  {c.name}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      )}

      {result.total > 0 && (
        <div className="rounded-xl bg-white px-3 py-1 ring-1 ring-slate-200">
          <SortBar sorts={LISTING_SORTS} current={sort} hrefFor={(s) => `${base}${listingQuery({ sort: s })}`} />
        </div>
      )}

      {result.items.length > 0 ? (
        <>
          <h2 className="sr-only">
            Products, sorted by {SORT_LABELS[sort].toLowerCase()}, page {page} of {result.pageCount}
          </h2>
          <ProductGrid products={result.items} />
          <Pagination page={page} pageCount={result.pageCount} hrefFor={(p) => `${base}${listingQuery({ sort, page: p })}`} className="pt-2" />
        </>
      ) : result.total > 0 ? (
        <EmptyState
          icon={PackageSearch}
          title={`There is no page ${page} here`}
          description={`${category.name} has ${result.pageCount} ${result.pageCount === 1 ? "page" : "pages"} of products.`}
        >
          <Link href={`${base}${listingQuery({ sort, page: result.pageCount })}`} className={buttonVariants({ variant: "primary" })}>
            Go to the last page
          </Link>
          <Link href={`${base}${listingQuery({ sort })}`} className={buttonVariants({ variant: "outline" })}>
            Back to page 1
          </Link>
        </EmptyState>
      ) : (
        <EmptyState
          icon={PackageSearch}
          title={`Nothing in ${category.name} yet`}
          description="Sellers have not listed products here yet. Try a nearby category or search the whole store."
        >
          {category.ancestors.length > 0 && (
            <Link href={categoryHref(category.ancestors[category.ancestors.length - 1].slug)} className={buttonVariants({ variant: "primary" })}>
              Browse {category.ancestors[category.ancestors.length - 1].name}
            </Link>
          )}
          <Link href="/search?sort=popular" className={buttonVariants({ variant: "outline" })}>
            See popular products
          </Link>
        </EmptyState>
      )}
    </div>
  );
}
