import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Store } from "lucide-react";
import { CompareToggle } from "@/components/storefront/compare-toggle";
import { ProductGallery } from "@/components/storefront/product-gallery";
import { ProductJsonLd } from "@/components/storefront/product-json-ld";
import { ProductRow } from "@/components/storefront/product-row";
import { PurchasePanel } from "@/components/storefront/purchase-panel";
import { RatingStars } from "@/components/storefront/rating";
import { SpecTable } from "@/components/storefront/spec-table";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { getActor } from "@/lib/auth/session";
import { liveDealsForVariants } from "@/lib/catalog/deals-queries";
import { getProductBySlug, listProductStrip } from "@/lib/catalog/queries";
import { categoryHref, decodeSlug, priceRange, productHref, resolveVariant } from "@/lib/catalog/rules";
import { formatMoney } from "@/lib/platform/money";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

function summary(text: string, max = 155): string {
  const clean = text.replace(/\s+/g, " ").trim();
  return clean.length <= max ? clean : `${clean.slice(0, max - 1).replace(/\s+\S*$/, "")}…`;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  const product = await getProductBySlug(decodeSlug(slug));
  if (!product) return { title: "Product not found" };
  const range = priceRange(product.variants)!;
  const description =
    product.seoDescription ??
    summary(
      `Buy ${product.title} for ${range.minPricePaise < range.maxPricePaise ? "from " : ""}${formatMoney(range.minPricePaise, "INR", { compact: true })} from ${product.seller.name}, ${product.seller.city}. ${product.description}`,
    );
  const image = product.images[0];
  return {
    title: product.seoTitle ?? product.title,
    description,
    alternates: { canonical: productHref(product.slug) },
    openGraph: { title: product.title, description, type: "website", images: image ? [{ url: image.url, width: image.width, height: image.height, alt: image.alt }] : undefined },
  };
}

export default async function ProductPage({ params, searchParams }: Props) {
  const [{ slug }, raw] = await Promise.all([params, searchParams]);
  const product = await getProductBySlug(decodeSlug(slug));
  if (!product) notFound();
  const [actor, related, variantDeals] = await Promise.all([
    getActor(),
    listProductStrip({ categoryPath: product.category.path, sort: "popular", limit: 12, excludeProductId: product.id }),
    liveDealsForVariants(product.variants.map((v) => v.id)),
  ]);
  const selected = resolveVariant(product.variants, product.options, raw)!;
  const specs: [string, string][] = [
    ...(product.brand && !("Brand" in product.specifications) ? ([["Brand", product.brand.name]] as [string, string][]) : []),
    ...Object.entries(product.specifications),
    ["Sold by", `${product.seller.name}, ${product.seller.city}`],
  ];

  return (
    <div className="mx-auto grid max-w-7xl grid-cols-1 gap-6 px-3 pb-36 pt-4 md:px-6 md:pb-6">
      <Breadcrumbs
        items={[
          { label: "Home", href: "/" },
          ...product.breadcrumbs.map((c) => ({ label: c.name, href: categoryHref(c.slug) })),
          { label: product.title },
        ]}
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
            productSlug={product.slug}
            options={product.options}
            variants={product.variants}
            initialSku={selected.sku}
            signedIn={actor !== null}
            deals={variantDeals}
            serverNow={new Date().toISOString()}
          />
        </div>
      </div>

      <div className="grid gap-4 lg:grid-cols-2">
        {specs.length > 0 && (
          <section aria-labelledby="specs-heading" className="rounded-2xl bg-white p-4 ring-1 ring-slate-200 md:p-6">
            <h2 id="specs-heading" className="mb-2 text-lg font-bold text-slate-900">
              Specifications
            </h2>
            <SpecTable rows={specs} />
          </section>
        )}
        {product.description && (
          <section aria-labelledby="description-heading" className="rounded-2xl bg-white p-4 ring-1 ring-slate-200 md:p-6">
            <h2 id="description-heading" className="mb-2 text-lg font-bold text-slate-900">
              Description
            </h2>
            <div className="whitespace-pre-line text-sm leading-6 text-slate-800">{product.description}</div>
          </section>
        )}
      </div>

      <ProductRow
        id="related"
        title={`More from ${product.category.name}`}
        href={categoryHref(product.category.slug)}
        products={related}
      />
      <ProductJsonLd product={product} selectedSku={selected.sku} />
    </div>
  );
}
