import { existsSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadCatalogue } from "@/lib/seed/catalogue";
import { FASHION_ROOT, TOYS_ROOT } from "@/lib/seed/categories";
import { gstinWithCheck, SEED_SELLERS, sellersFor } from "@/lib/seed/sellers";
import { interleaveByGroup, splitTotal, takeValid } from "@/lib/seed/sample";
import { amazonToyProduct, stockFromAvailability } from "@/lib/seed/sources/amazon-toys";
import { bigBasketProduct } from "@/lib/seed/sources/bigbasket";
import { generatedCatalogue } from "@/lib/seed/sources/generated";
import { myntraProduct } from "@/lib/seed/sources/myntra";
import { seededRandom } from "@/lib/seed/random";
import type { SeedProduct } from "@/lib/seed/types";

const bigBasketRow = {
  index: 3,
  product: "Brass Angle Deep - Plain, No.2",
  category: "Cleaning & Household",
  sub_category: "Pooja Needs",
  brand: "Trm",
  sale_price: 119.0,
  market_price: 250.0,
  type: "Lamp & Lamp Oil",
  rating: 3.4,
};

function expectSound(p: SeedProduct) {
  expect(p.categoryPath.length).toBeGreaterThanOrEqual(3);
  expect(p.variants.length).toBeGreaterThanOrEqual(1);
  expect(new Set(p.variants.map((v) => v.sku)).size).toBe(p.variants.length);
  for (const v of p.variants) {
    expect(Number.isInteger(v.pricePaise) && v.pricePaise > 0).toBe(true);
    expect(v.mrpPaise).toBeGreaterThanOrEqual(v.pricePaise);
    expect(v.stockOnHand).toBeGreaterThanOrEqual(0);
  }
  expect(p.ratingX100).toBeGreaterThanOrEqual(0);
  expect(p.ratingX100).toBeLessThanOrEqual(500);
  expect(p.description.length).toBeGreaterThan(20);
}

describe("BigBasket rows", () => {
  it("become grocery products with INR paise, MRP and a brand-first title", () => {
    const p = bigBasketProduct(bigBasketRow);
    expect(p).not.toBeNull();
    if (!p) return;
    expectSound(p);
    expect(p).toMatchObject({
      externalRef: "bigbasket:3",
      domain: "grocery",
      title: "Trm Brass Angle Deep - Plain, No.2",
      categoryPath: ["Cleaning & Household", "Pooja Needs", "Lamp & Lamp Oil"],
      ratingX100: 340,
    });
    expect(p.variants[0]).toMatchObject({ sku: "BB-000003", pricePaise: 11_900, mrpPaise: 25_000 });
    expect(p.specifications.Brand).toBe("Trm");
  });

  it("are skipped without a name or price", () => {
    expect(bigBasketProduct({ ...bigBasketRow, product: null })).toBeNull();
    expect(bigBasketProduct({ ...bigBasketRow, sale_price: null })).toBeNull();
    expect(bigBasketProduct({ ...bigBasketRow, type: null })).toBeNull();
  });
});

describe("Myntra rows", () => {
  const row = {
    ProductID: "10009781",
    ProductName: "Roadster Men Navy Blue Slim Fit Mid-Rise Clean Look Jeans",
    ProductBrand: "Roadster",
    Gender: "Men",
    "Price (INR)": 1299,
    NumImages: 7,
    Description: "Navy blue dark wash 5-pocket mid-rise jeans, clean lookStretchable",
    PrimaryColor: "Blue",
  };

  it("become sized fashion products, one variant per size", () => {
    const p = myntraProduct(row);
    expect(p).not.toBeNull();
    if (!p) return;
    expectSound(p);
    expect(p.categoryPath).toEqual([FASHION_ROOT, "Men", "Jeans"]);
    expect(p.options).toEqual([{ name: "Size", values: ["30", "32", "34", "36", "38"] }]);
    expect(p.variants.map((v) => v.sku)).toEqual(["MY-10009781-30", "MY-10009781-32", "MY-10009781-34", "MY-10009781-36", "MY-10009781-38"]);
    expect(p.variants.every((v) => v.pricePaise === 129_900)).toBe(true);
    expect(p.specifications).toMatchObject({ Brand: "Roadster", Gender: "Men", Colour: "Blue", Fit: "Slim Fit" });
    expect(p.description).toBe("Navy blue dark wash 5-pocket mid-rise jeans, clean look. Stretchable.");
    expect(p.image.count).toBe(2);
  });

  it("skip non-fashion items and rows without price", () => {
    expect(myntraProduct({ ...row, ProductName: "Story@Home Blue Curtains" })).toBeNull();
    expect(myntraProduct({ ...row, "Price (INR)": null })).toBeNull();
  });
});

describe("Amazon toy rows", () => {
  const row = {
    uniq_id: "eac7efa5dbd3d667f26eb3d3ab504464",
    product_name: "Hornby 2014 Catalogue",
    amazon_category_and_sub_category: "Hobbies > Model Trains & Railway Sets > Rail Vehicles > Trains",
    manufacturer: "Hornby",
    price: 3.42,
    number_available_in_stock: "5 new",
    number_of_reviews: 15,
    average_rating: 4.9,
  };

  it("become toys priced in INR with stock from the availability text", () => {
    const p = amazonToyProduct(row);
    expect(p).not.toBeNull();
    if (!p) return;
    expectSound(p);
    expect(p.categoryPath).toEqual([TOYS_ROOT, "Hobbies", "Model Trains & Railway Sets"]);
    expect(p.variants[0]).toMatchObject({ sku: "AZ-EAC7EFA5DB", pricePaise: 35_900, stockOnHand: 5 });
    expect(p).toMatchObject({ ratingX100: 490, ratingCount: 15, brand: "Hornby" });
  });

  it("skip rows without price or category", () => {
    expect(amazonToyProduct({ ...row, price: null })).toBeNull();
    expect(amazonToyProduct({ ...row, price: 0.01 })).toBeNull();
    expect(amazonToyProduct({ ...row, amazon_category_and_sub_category: null })).toBeNull();
  });

  it("reads stock text", () => {
    expect(stockFromAvailability("12 new", seededRandom("x"))).toBe(12);
    expect(stockFromAvailability("1 used", seededRandom("x"))).toBe(0);
    const guessed = stockFromAvailability(null, seededRandom("x"));
    expect(guessed).toBeGreaterThanOrEqual(2);
    expect(guessed).toBeLessThanOrEqual(20);
  });
});

describe("sampling", () => {
  it("interleaves groups round-robin and is prefix-stable", () => {
    const items = ["a1", "a2", "a3", "b1", "c1", "c2"];
    expect(interleaveByGroup(items, (s) => s[0])).toEqual(["a1", "b1", "c1", "a2", "c2", "a3"]);
    expect(takeValid([1, 2, 3, 4, 5], (n) => (n % 2 ? n * 10 : null), 2)).toEqual([10, 30]);
  });

  it("splits totals 10 : 8 : 6", () => {
    expect(splitTotal(2400)).toEqual({ grocery: 1000, fashion: 800, toys: 600 });
    expect(splitTotal(60)).toEqual({ grocery: 25, fashion: 20, toys: 15 });
    const odd = splitTotal(7);
    expect(odd.grocery + odd.fashion + odd.toys).toBe(7);
  });
});

describe("generated fallback catalogue", () => {
  it("is deterministic, three levels deep and has unique SKUs", () => {
    const a = generatedCatalogue(300);
    expect(a).toHaveLength(300);
    expect(generatedCatalogue(300)).toEqual(a);
    a.forEach(expectSound);
    const skus = a.flatMap((p) => p.variants.map((v) => v.sku));
    expect(new Set(skus).size).toBe(skus.length);
    expect(new Set(a.map((p) => p.externalRef)).size).toBe(300);
    expect(a.some((p) => p.options.length > 0)).toBe(true);
  });
});

describe("seller roster", () => {
  it("has at least 8 active shops across every domain and one pending", () => {
    expect(SEED_SELLERS.filter((s) => s.status === "active").length).toBeGreaterThanOrEqual(8);
    expect(SEED_SELLERS.filter((s) => s.status === "pending")).toHaveLength(1);
    for (const d of ["grocery", "fashion", "toys"] as const) expect(sellersFor(d).length).toBeGreaterThanOrEqual(2);
    expect(SEED_SELLERS.find((s) => s.owner.email === "seller@quicklocal.test")?.name).toBe("Sharma Kirana Store");
  });

  it("computes GSTIN check characters", () => {
    expect(gstinWithCheck("27AAPFU0939F1Z")).toBe("27AAPFU0939F1ZV");
    expect(() => gstinWithCheck("bad")).toThrow();
  });
});

describe("loadCatalogue", () => {
  it("falls back to the generated catalogue, saying so, when the data folder is missing", () => {
    const loaded = loadCatalogue("/nonexistent/shared/data", 30, "../shared/data");
    expect(loaded.source).toBe("generated");
    expect(loaded.products).toHaveLength(30);
    expect(loaded.notes).toEqual(["../shared/data not found — seeding a smaller generated catalogue (30 products)"]);
    expect(loadCatalogue("/nonexistent", undefined).products).toHaveLength(300);
  });

  const shared = path.resolve(process.cwd(), "../shared/data");
  it.skipIf(!existsSync(shared))("reads a 10 : 8 : 6 mix from the shared data, different products each", () => {
    const loaded = loadCatalogue(shared, 48);
    expect(loaded.source).toBe("shared-data");
    expect(loaded.products.map((p) => p.domain).filter((d) => d === "grocery")).toHaveLength(20);
    expect(loaded.products.filter((p) => p.domain === "fashion")).toHaveLength(16);
    expect(loaded.products.filter((p) => p.domain === "toys")).toHaveLength(12);
    expect(new Set(loaded.products.map((p) => p.externalRef)).size).toBe(48);
    expect(new Set(loaded.products.map((p) => p.categoryPath[0])).size).toBeGreaterThan(8);
    loaded.products.forEach(expectSound);
  });
});
