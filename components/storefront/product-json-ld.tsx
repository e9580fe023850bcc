import { priceRange, productHref } from "@/lib/catalog/rules";
import type { ProductDetailDto } from "@/lib/catalog/types";

const rupees = (paise: number) => (paise / 100).toFixed(2);

/** schema.org Product markup (offers per price range, availability, rating) for search engines. */
export function ProductJsonLd({ product, selectedSku }: { product: ProductDetailDto; selectedSku: string }) {
  const range = priceRange(product.variants);
  if (!range) return null;
  const inStock = product.variants.some((v) => v.available > 0);
  const availability = inStock ? "https://schema.org/InStock" : "https://schema.org/OutOfStock";
  const currency = product.variants[0].currency;
  const data = {
    "@context": "https://schema.org",
    "@type": "Product",
    name: product.title,
    sku: selectedSku,
    description: product.description || undefined,
    image: product.images.map((i) => i.url),
    category: product.breadcrumbs.map((c) => c.name).join(" > "),
    brand: product.brand ? { "@type": "Brand", name: product.brand.name } : undefined,
    aggregateRating:
      product.ratingCount > 0 ? { "@type": "AggregateRating", ratingValue: product.rating.toFixed(1), ratingCount: product.ratingCount } : undefined,
    offers:
      range.minPricePaise === range.maxPricePaise
        ? {
            "@type": "Offer",
            url: productHref(product.slug),
            price: rupees(range.minPricePaise),
            priceCurrency: currency,
            availability,
            seller: { "@type": "Organization", name: product.seller.name },
          }
        : {
            "@type": "AggregateOffer",
            url: productHref(product.slug),
            lowPrice: rupees(range.minPricePaise),
            highPrice: rupees(range.maxPricePaise),
            offerCount: product.variants.length,
            priceCurrency: currency,
            availability,
            seller: { "@type": "Organization", name: product.seller.name },
          },
  };
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: JSON.stringify(data).replace(/</g, "\\u003c") }} />;
}
