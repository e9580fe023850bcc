import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { PackageSearch } from "lucide-react";
import { EmptyState } from "@/components/storefront/empty-state";
import { CategoryChips, ListingHeader, ProductResults } from "@/components/storefront/listing";
import { SortBar } from "@/components/storefront/sort-bar";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { buttonVariants } from "@/components/ui/button";
import { getCategoryBySlug, listProductsInCategory } from "@/lib/catalog/queries";
import { categoryHref, decodeSlug, LISTING_SORTS, listingQuery } from "@/lib/catalog/rules";
import { parseListingParams } from "@/lib/catalog/schemas";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const [{ slug }, raw] = await Promise.all([params, searchParams]);
  const category = await getCategoryBySlug(decodeSlug(slug));
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
  const category = await getCategoryBySlug(decodeSlug(slug));
  if (!category) notFound();
  const { page, sort } = parseListingParams(raw);
  const result = await listProductsInCategory({ categoryPath: category.path, sort, page });
  const base = categoryHref(category.slug);

  return (
    <div className="mx-auto grid max-w-7xl grid-cols-1 gap-4 px-3 py-4 md:px-6">
      <Breadcrumbs
        items={[
          { label: "Home", href: "/" },
          ...category.ancestors.map((a) => ({ label: a.name, href: categoryHref(a.slug) })),
          { label: category.name },
        ]}
      />
      <ListingHeader title={category.name} page={page} pageSize={result.pageSize} total={result.total} emptyText="No products" announce="polite" />

      {category.children.length > 0 && (
        <CategoryChips label={`Categories in ${category.name}`} items={category.children.map((c) => ({ ...c, label: c.name }))} />
      )}

      {result.total > 0 && <SortBar sorts={LISTING_SORTS} current={sort} hrefFor={(s) => `${base}${listingQuery({ sort: s })}`} />}

      {result.items.length > 0 ? (
        <ProductResults products={result.items} sort={sort} page={page} pageCount={result.pageCount} hrefFor={(p) => `${base}${listingQuery({ sort, page: p })}`} />
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
