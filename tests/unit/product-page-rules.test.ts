import { describe, expect, it } from "vitest";
import { productJsonLd, specRows } from "@/lib/catalog/product-page-rules";
import type { ProductDetailDto, ProductVariantDto } from "@/lib/catalog/types";

const variant = (n: number, over: Partial<ProductVariantDto> = {}): ProductVariantDto => ({
  id: `v${n}`,
  sku: `SKU-${n}`,
  title: `Variant ${n}`,
  optionValues: {},
  pricePaise: 49_900,
  mrpPaise: 59_900,
  currency: "INR",
  available: 5,
  ...over,
});

const product = (over: Partial<ProductDetailDto> = {}): ProductDetailDto => ({
  id: "p1",
  slug: "kadai",
  title: "Steel Kadai",
  description: "Heavy steel.",
  type: "physical",
  brand: { name: "Prestige", slug: "prestige" },
  seller: { name: "Sharma Store", slug: "sharma", city: "Pune", state: "Maharashtra" },
  category: { id: "c1", name: "Cookware", slug: "cookware", path: "kitchen/cookware", depth: 1 },
  breadcrumbs: [
    { id: "c0", name: "Kitchen", slug: "kitchen", path: "kitchen", depth: 0 },
    { id: "c1", name: "Cookware", slug: "cookware", path: "kitchen/cookware", depth: 1 },
  ],
  rating: 4.3,
  ratingCount: 12,
  specifications: {},
  seoTitle: null,
  seoDescription: null,
  options: [],
  variants: [variant(1)],
  images: [{ url: "/media/a.webp", srcSet: "", alt: "Kadai", width: 600, height: 600 }],
  ...over,
});

describe("spec table", () => {
  it("shows brand, then attributes with units, then the other specifications, without repeats", () => {
    expect(
      specRows({
        brand: { name: "Amul" },
        attributes: [
          { label: "Net weight", value: "500 g" },
          { label: "Organic", value: "Yes" },
        ],
        specifications: { Brand: "AMUL", "net weight": "500gm", "Country of Sale": "India", Empty: " " },
      }),
    ).toEqual([
      ["Brand", "Amul"],
      ["Net weight", "500 g"],
      ["Organic", "Yes"],
      ["Country of Sale", "India"],
    ]);
  });
});

describe("Product structured data", () => {
  const base = "https://shop.example";

  it("gives one Offer with absolute URLs, brand, SKU, availability and rating", () => {
    const data = productJsonLd(product(), { baseUrl: base })!;
    expect(data).toMatchObject({
      "@type": "Product",
      name: "Steel Kadai",
      sku: "SKU-1",
      image: ["https://shop.example/media/a.webp"],
      category: "Kitchen > Cookware",
      brand: { "@type": "Brand", name: "Prestige" },
      aggregateRating: { ratingValue: "4.3", ratingCount: 12 },
      offers: { "@type": "Offer", price: "499.00", priceCurrency: "INR", availability: "https://schema.org/InStock", url: "https://shop.example/p/kadai" },
    });
    expect(data.offers).not.toHaveProperty("priceValidUntil");
  });

  it("leaves out the rating when nobody rated, and says out of stock", () => {
    const data = productJsonLd(product({ ratingCount: 0, rating: 0, variants: [variant(1, { available: 0 })] }), { baseUrl: base })!;
    expect(data.aggregateRating).toBeUndefined();
    expect(data.offers.availability).toBe("https://schema.org/OutOfStock");
  });

  it("gives a price range over variants, the deal price lowest, valid until the deal ends", () => {
    const data = productJsonLd(product({ variants: [variant(1, { pricePaise: 50_000 }), variant(2, { pricePaise: 70_000, mrpPaise: 90_000, available: 0 })] }), {
      baseUrl: base,
      deals: [{ variantId: "v2", dealPricePaise: 40_000, endsAt: "2026-12-31T18:29:59.000Z" }],
    })!;
    expect(data.offers).toMatchObject({ "@type": "AggregateOffer", lowPrice: "400.00", highPrice: "500.00", offerCount: 2, priceValidUntil: "2026-12-31" });
    expect(data.sku).toBe("SKU-1");
  });

  it("says nothing for a product without variants", () => {
    expect(productJsonLd(product({ variants: [] }), { baseUrl: base })).toBeNull();
  });
});
