/**
 * Pure rules of the product page: the specification table (free-form specifications merged with the
 * category attributes, which win when both name the same thing) and the schema.org Product markup.
 */
import { defaultVariant, priceRange } from "./rules";
import type { ProductDetailDto } from "./types";

interface SpecSource {
  brand: { name: string } | null;
  specifications: Record<string, string>;
  attributes: { label: string; value: string }[];
}

const norm = (label: string) => label.replace(/\s+/g, " ").trim().toLowerCase();

/** Rows of the spec table: brand, the category attributes (with units), then the other specifications. */
export function specRows({ brand, specifications, attributes }: SpecSource): [string, string][] {
  const rows: [string, string][] = [];
  const seen = new Set<string>();
  const add = (label: string, value: string) => {
    const key = norm(label);
    if (!key || !value.trim() || seen.has(key)) return;
    seen.add(key);
    rows.push([label.trim(), value.trim()]);
  };
  if (brand) add("Brand", brand.name);
  for (const a of attributes) add(a.label, a.value);
  for (const [label, value] of Object.entries(specifications)) add(label, value);
  return rows;
}

/** The live deal on a variant, as the markup needs it. */
export interface JsonLdDeal {
  variantId: string;
  dealPricePaise: number;
  endsAt: string;
}

type JsonLdProduct = Pick<
  ProductDetailDto,
  "slug" | "title" | "description" | "images" | "breadcrumbs" | "brand" | "rating" | "ratingCount" | "variants" | "seller"
>;

const rupees = (paise: number) => (paise / 100).toFixed(2);

/**
 * schema.org Product with an Offer (one price) or AggregateOffer (a price range over variants), deal
 * prices with priceValidUntil, availability, brand, SKU and rating when there are ratings.
 */
export function productJsonLd(product: JsonLdProduct, { baseUrl, deals = [] }: { baseUrl: string; deals?: readonly JsonLdDeal[] }) {
  const dealOf = new Map(deals.map((d) => [d.variantId, d]));
  const priced = product.variants.map((v) => {
    const deal = dealOf.get(v.id);
    return { pricePaise: deal ? Math.min(deal.dealPricePaise, v.pricePaise) : v.pricePaise, mrpPaise: v.mrpPaise, deal };
  });
  const range = priceRange(priced);
  if (!range) return null;
  const url = new URL(`/p/${encodeURIComponent(product.slug)}`, baseUrl).toString();
  const inStock = product.variants.some((v) => v.available > 0);
  const dealEnds = priced.flatMap((p) => (p.deal && p.pricePaise === range.minPricePaise ? [p.deal.endsAt] : [])).sort();
  const common = {
    url,
    priceCurrency: product.variants[0].currency,
    availability: inStock ? "https://schema.org/InStock" : "https://schema.org/OutOfStock",
    itemCondition: "https://schema.org/NewCondition",
    seller: { "@type": "Organization", name: product.seller.name },
    ...(dealEnds.length ? { priceValidUntil: dealEnds[0].slice(0, 10) } : {}),
  };
  const single = range.minPricePaise === range.maxPricePaise;
  return {
    "@context": "https://schema.org",
    "@type": "Product",
    name: product.title,
    sku: defaultVariant(product.variants)?.sku,
    description: product.description || undefined,
    image: product.images.map((i) => new URL(i.url, baseUrl).toString()),
    category: product.breadcrumbs.map((c) => c.name).join(" > "),
    brand: product.brand ? { "@type": "Brand", name: product.brand.name } : undefined,
    aggregateRating:
      product.ratingCount > 0 ? { "@type": "AggregateRating", ratingValue: product.rating.toFixed(1), ratingCount: product.ratingCount, bestRating: 5 } : undefined,
    offers: single
      ? { "@type": "Offer", price: rupees(range.minPricePaise), ...common }
      : {
          "@type": "AggregateOffer",
          lowPrice: rupees(range.minPricePaise),
          highPrice: rupees(range.maxPricePaise),
          offerCount: product.variants.length,
          ...common,
        },
  };
}
