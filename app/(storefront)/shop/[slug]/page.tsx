import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PackageSearch, Store } from "lucide-react";
import { EmptyState } from "@/components/storefront/empty-state";
import { SellerPlaceAndRating } from "@/components/storefront/seller-card";
import { ListingHeader, ProductResults } from "@/components/storefront/listing";
import { SortBar } from "@/components/storefront/sort-bar";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { getSellerShop, listProductsBySeller } from "@/lib/catalog/queries";
import { decodeSlug, LISTING_SORTS, listingQuery, sellerHref } from "@/lib/catalog/rules";
import { parseListingParams } from "@/lib/catalog/schemas";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const [{ slug }, raw] = await Promise.all([params, searchParams]);
  const shop = await getSellerShop(decodeSlug(slug));
  if (!shop) return { title: "Shop not found" };
  const { sort } = parseListingParams(raw);
  return {
    title: `${shop.name}, ${shop.city}`,
    description: `Shop ${shop.name} in ${shop.city}, ${shop.state} on QuickLocal${shop.description ? `: ${shop.description}` : "."}`.slice(0, 160),
    alternates: { canonical: sellerHref(shop.slug) },
    robots: sort !== "popular" ? { index: false, follow: true } : undefined,
  };
}

/** A seller's shop: who they are and everything they have on sale. */
export default async function ShopPage({ params, searchParams }: Props) {
  const [{ slug }, raw] = await Promise.all([params, searchParams]);
  const shop = await getSellerShop(decodeSlug(slug));
  if (!shop) notFound();
  const { page, sort } = parseListingParams(raw);
  const result = await listProductsBySeller({ sellerId: shop.id, sort, page });
  const base = sellerHref(shop.slug);

  return (
    <div className="mx-auto grid max-w-7xl grid-cols-1 gap-4 px-3 py-4 md:px-6">
      <Breadcrumbs items={[{ label: "Home", href: "/" }, { label: shop.name }]} />
      <ListingHeader title={shop.name} page={page} pageSize={result.pageSize} total={result.total} emptyText="No products on sale" announce="polite" />
      <section aria-label="About the shop" className="flex items-start gap-4 rounded-2xl bg-white p-4 ring-1 ring-slate-200 md:p-6">
        <span className="grid size-14 shrink-0 place-items-center rounded-full bg-brand-50 text-brand-700">
          <Store className="size-7" aria-hidden="true" />
        </span>
        <div className="grid min-w-0 gap-1">
          <SellerPlaceAndRating seller={shop} />
          {shop.description && <p className="text-sm leading-6 text-slate-800">{shop.description}</p>}
        </div>
      </section>
      {result.total > 0 && <SortBar sorts={LISTING_SORTS} current={sort} hrefFor={(s) => `${base}${listingQuery({ sort: s })}`} />}
      {result.items.length > 0 ? (
        <ProductResults products={result.items} sort={sort} page={page} pageCount={result.pageCount} hrefFor={(p) => `${base}${listingQuery({ sort, page: p })}`} />
      ) : (
        <EmptyState icon={PackageSearch} title={result.total > 0 ? `There is no page ${page} here` : `${shop.name} has nothing on sale right now`} description="Browse the store for similar products." />
      )}
    </div>
  );
}
