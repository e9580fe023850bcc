import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Store } from "lucide-react";
import { BundleContents } from "@/components/storefront/bundle-contents";
import { CompareToggle } from "@/components/storefront/compare-toggle";
import { ProductGallery } from "@/components/storefront/product-gallery";
import { ProductJsonLd } from "@/components/storefront/product-json-ld";
import { LazyProductRow } from "@/components/storefront/lazy-product-row";
import { PurchasePanel } from "@/components/storefront/purchase-panel";
import { DeliveryPromise } from "@/components/shipping/delivery-promise";
import { RatingStars } from "@/components/storefront/rating";
import { SellerCard } from "@/components/storefront/seller-card";
import { SpecTable } from "@/components/storefront/spec-table";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { liveDealsForVariants } from "@/lib/catalog/deals-queries";
import { specRows } from "@/lib/catalog/product-page-rules";
import { categoryHref, decodeSlug, defaultVariant, priceRange, productHref } from "@/lib/catalog/rules";
import { getProductPage } from "@/lib/catalog/storefront-cache";
import { formatMoney } from "@/lib/platform/money";
import { siteUrl } from "@/lib/platform/site-url";

/**
 * Product pages are rendered once and served from the page cache (the same for every visitor; the
 * visitor's own bits fill in in the browser). A catalogue write refreshes a page through
 * invalidateCatalog; the revalidation period bounds how stale a page can get otherwise (a deal
 * that starts, a change made outside a request).
 */
export const revalidate = 60;

/** No page is built ahead: each is rendered on its first visit, then cached. */
export function generateStaticParams(): { slug: string }[] {
  return [];
}

type Props = { params: Promise<{ slug: string }> };

function summary(text: string, max = 155): string {
  const clean = text.replace(/\s+/g, " ").trim();
  return clean.length <= max ? clean : `${clean.slice(0, max - 1).replace(/\s+\S*$/, "")}…`;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  const product = await getProductPage(decodeSlug(slug));
  if (!product) return { title: "Product not found" };
  const range = priceRange(product.variants)!;
  const description =
    product.seoDescription ??
    summary(
      `Buy ${product.title} for ${range.minPricePaise < range.maxPricePaise ? "from " : ""}${formatMoney(range.minPricePaise, "INR", { compact: true })} from ${product.seller.name}, ${product.seller.city}. ${product.description}`,
    );
  return {
    // A seller's SEO title is used as written (it may already name the store); the plain title gets the site's suffix.
    title: product.seoTitle ? { absolute: product.seoTitle } : product.title,
    description,
    alternates: { canonical: productHref(product.slug) },
    openGraph: { title: product.title, description, type: "website", url: productHref(product.slug) },
  };
}

export default async function ProductPage({ params }: Props) {
  const { slug } = await params;
  const product = await getProductPage(decodeSlug(slug));
  if (!product) notFound();
  const variantDeals = await liveDealsForVariants(product.variants.map((v) => v.id));
  const initial = defaultVariant(product.variants) ?? product.variants[0];
  const specs = specRows(product);

  return (
    <div className="mx-auto grid max-w-7xl grid-cols-1 gap-6 px-3 pb-36 pt-4 md:px-6 md:pb-6">
      <Breadcrumbs
        items={[
          { label: "Home", href: "/" },
          ...product.breadcrumbs.map((c) => ({ label: c.name, href: categoryHref(c.slug) })),
          { label: product.title },
        ]}
        baseUrl={siteUrl()}
        className="[&_li:last-child]:hidden sm:[&_li:last-child]:flex"
      />
      <div className="grid gap-6 md:grid-cols-2 lg:gap-10">
        <div className="md:sticky md:top-24 md:self-start">
          <ProductGallery images={product.images} title={product.title} />
        </div>
        <div className="grid content-start gap-4">
          <div className="grid gap-1.5">
            {product.brand && <p className="text-sm font-semibold uppercase tracking-wide text-brand-700">{product.brand.name}</p>}
            <h1 className="text-xl font-bold leading-snug text-slate-950 md:text-2xl">{product.title}</h1>
            <RatingStars rating={product.rating} ratingCount={product.ratingCount} />
            <p className="flex items-center gap-1.5 text-sm text-slate-700">
              <Store className="size-4 text-slate-500" aria-hidden="true" />
              Sold by <span className="font-semibold text-slate-900">{product.seller.name}</span>
              <span className="text-slate-600">· {product.seller.city}</span>
            </p>
            <CompareToggle
              product={{ id: product.id, slug: product.slug, title: product.title, image: product.images[0] ?? null }}
              variant="page"
              className="mt-1"
            />
          </div>
          <hr className="border-slate-200" />
          <PurchasePanel
            productId={product.id}
            options={product.options}
            variants={product.variants}
            initialSku={initial.sku}
            deals={variantDeals}
            serverNow={new Date().toISOString()}
            digital={product.digital ? { download: product.digital.fileName !== null, licenceKey: product.digital.licenceKeys } : undefined}
            sumOfPartsPaise={product.bundle?.sumOfPartsPaise}
          />
          {!product.digital && <DeliveryPromise productId={product.id} />}
        </div>
      </div>

      {product.bundle && product.bundle.items.length > 0 && <BundleContents bundle={product.bundle} />}

      <div className="grid gap-4 lg:grid-cols-2">
        {specs.length > 0 && (
          <section aria-labelledby="specs-heading" className="rounded-2xl bg-white p-4 ring-1 ring-slate-200 md:p-6">
            <h2 id="specs-heading" className="mb-2 text-lg font-bold text-slate-900">
              Specifications
            </h2>
            <SpecTable rows={specs} />
          </section>
        )}
        <div className="grid content-start gap-4">
          {product.description && (
            <section aria-labelledby="description-heading" className="rounded-2xl bg-white p-4 ring-1 ring-slate-200 md:p-6">
              <h2 id="description-heading" className="mb-2 text-lg font-bold text-slate-900">
                Description
              </h2>
              <div className="whitespace-pre-line text-sm leading-6 text-slate-800">{product.description}</div>
            </section>
          )}
          <SellerCard seller={product.sellerCard} />
        </div>
      </div>

      <LazyProductRow
        id="related"
        src={`/api/products/${encodeURIComponent(product.slug)}/related`}
        title={`More from ${product.category.name}`}
        href={categoryHref(product.category.slug)}
      />
      <ProductJsonLd product={product} baseUrl={siteUrl()} deals={Object.values(variantDeals)} />
    </div>
  );
}
