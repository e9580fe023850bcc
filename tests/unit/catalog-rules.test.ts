import { describe, expect, it } from "vitest";
import {
  availableStock,
  cardPrice,
  decodeSlug,
  defaultVariant,
  homeRowSpecs,
  listingQuery,
  pageCount,
  pageOffset,
  pageRange,
  pageWindow,
  priceDisplay,
  priceRange,
  productHref,
  ratingFromX100,
  resolveVariant,
  stockStatus,
  variantMatrix,
} from "@/lib/catalog/rules";
import type { ProductOptionDto } from "@/lib/catalog/types";

const v = (sku: string, optionValues: Record<string, string>, available: number) => ({ sku, optionValues, available });

describe("stock", () => {
  it("never goes negative and labels low stock", () => {
    expect(availableStock(10, 3)).toBe(7);
    expect(availableStock(2, 5)).toBe(0);
    expect(stockStatus(0)).toEqual({ kind: "out", available: 0, label: "Out of stock" });
    expect(stockStatus(-2).kind).toBe("out");
    expect(stockStatus(3)).toEqual({ kind: "low", available: 3, label: "Only 3 left" });
    expect(stockStatus(5).label).toBe("Only 5 left");
    expect(stockStatus(6)).toEqual({ kind: "in_stock", available: 6, label: "In stock" });
  });
});

describe("price display", () => {
  it("strikes the MRP only when it is above the price, rounding the discount down", () => {
    expect(priceDisplay(29900, 49900)).toEqual({ pricePaise: 29900, mrpPaise: 49900, discountPercent: 40, from: false });
    expect(priceDisplay(49900, 49900)).toEqual({ pricePaise: 49900, mrpPaise: null, discountPercent: 0, from: false });
    // 1/3 off is 33.33…% → 33, never overstated.
    expect(priceDisplay(20000, 30000).discountPercent).toBe(33);
  });

  it("ranges over variants and uses the cheapest variant's MRP", () => {
    expect(priceRange([])).toBeNull();
    const range = priceRange([
      { pricePaise: 59900, mrpPaise: 99900 },
      { pricePaise: 49900, mrpPaise: 79900 },
      { pricePaise: 69900, mrpPaise: 69900 },
    ]);
    expect(range).toEqual({ minPricePaise: 49900, maxPricePaise: 69900, mrpPaise: 79900 });
    expect(cardPrice(range!)).toEqual({ pricePaise: 49900, mrpPaise: 79900, discountPercent: 37, from: true });
    expect(cardPrice({ minPricePaise: 100, maxPricePaise: 100, mrpPaise: 100 }).from).toBe(false);
  });

  it("rounds ratings to one decimal and clamps them", () => {
    expect(ratingFromX100(436)).toBe(4.4);
    expect(ratingFromX100(0)).toBe(0);
    expect(ratingFromX100(900)).toBe(5);
  });
});

describe("variant matrix", () => {
  const options: ProductOptionDto[] = [
    { name: "Size", values: ["S", "M", "L"] },
    { name: "Colour", values: ["Red", "Blue", "Green"] },
  ];
  // 2 options × 3 values; Green exists only in L; Blue/M is out of stock; Red/L does not exist.
  const variants = [
    v("S-RED", { Size: "S", Colour: "Red" }, 4),
    v("S-BLUE", { Size: "S", Colour: "Blue" }, 9),
    v("M-RED", { Size: "M", Colour: "Red" }, 12),
    v("M-BLUE", { Size: "M", Colour: "Blue" }, 0),
    v("L-BLUE", { Size: "L", Colour: "Blue" }, 2),
    v("L-GREEN", { Size: "L", Colour: "Green" }, 7),
  ];

  it("marks each value by whether its combination with the selection exists and is in stock", () => {
    const rows = variantMatrix(options, variants, variants[2]); // M / Red
    const size = rows[0];
    const colour = rows[1];
    expect(size.selectedValue).toBe("M");
    expect(size.values.map((c) => [c.value, c.state, c.targetSku, c.selected])).toEqual([
      ["S", "available", "S-RED", false],
      ["M", "available", "M-RED", true],
      ["L", "other_combination", "L-BLUE", false], // Red/L missing → the first in-stock L
    ]);
    expect(colour.values.map((c) => [c.value, c.state, c.targetSku])).toEqual([
      ["Red", "available", "M-RED"],
      ["Blue", "out_of_stock", "M-BLUE"],
      ["Green", "other_combination", "L-GREEN"],
    ]);
  });

  it("prefers the closest in-stock variant when switching to another combination", () => {
    const rows = variantMatrix(options, variants, variants[1]); // S / Blue
    const l = rows[0].values.find((c) => c.value === "L")!;
    expect(l).toMatchObject({ state: "available", targetSku: "L-BLUE" });
    const green = rows[1].values.find((c) => c.value === "Green")!;
    expect(green).toMatchObject({ state: "other_combination", targetSku: "L-GREEN" });
  });

  it("disables values no variant has", () => {
    const rows = variantMatrix([{ name: "Size", values: ["S", "XL"] }], [v("S", { Size: "S" }, 1)], null);
    expect(rows[0].values[1]).toMatchObject({ value: "XL", state: "unavailable", targetSku: null });
    expect(rows[0].selectedValue).toBeNull();
  });

  it("resolves the selected variant from ?variant, option params, or the first in stock", () => {
    expect(resolveVariant(variants, options, { variant: "L-BLUE" })?.sku).toBe("L-BLUE");
    expect(resolveVariant(variants, options, { variant: "NOPE" })?.sku).toBe("S-RED");
    expect(resolveVariant(variants, options, { Size: "M" })?.sku).toBe("M-RED");
    expect(resolveVariant(variants, options, { Size: "M", Colour: "Blue" })?.sku).toBe("M-BLUE");
    expect(resolveVariant(variants, options, { Colour: ["Green", "Red"] })?.sku).toBe("L-GREEN");
    expect(resolveVariant(variants, options, { Colour: "Purple" })?.sku).toBe("S-RED");
    expect(resolveVariant([], options, {})).toBeNull();
    expect(defaultVariant([v("A", {}, 0), v("B", {}, 1)])?.sku).toBe("B");
    expect(defaultVariant([v("A", {}, 0)])?.sku).toBe("A");
  });
});

describe("pagination", () => {
  it("computes counts, offsets and ranges", () => {
    expect(pageCount(0, 24)).toBe(1);
    expect(pageCount(24, 24)).toBe(1);
    expect(pageCount(25, 24)).toBe(2);
    expect(pageOffset(1, 24)).toBe(0);
    expect(pageOffset(3, 24)).toBe(48);
    expect(pageRange(2, 24, 30)).toEqual({ start: 25, end: 30 });
    expect(pageRange(5, 24, 30)).toEqual({ start: 0, end: 0 });
  });

  it("elides long page lists around the current page", () => {
    expect(pageWindow(1, 1)).toEqual([1]);
    expect(pageWindow(1, 5)).toEqual([1, 2, "gap", 5]);
    expect(pageWindow(5, 20)).toEqual([1, "gap", 4, 5, 6, "gap", 20]);
    expect(pageWindow(3, 20)).toEqual([1, 2, 3, 4, "gap", 20]);
    expect(pageWindow(20, 20)).toEqual([1, "gap", 19, 20]);
    expect(pageWindow(4, 7)).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });
});

describe("urls and home rows", () => {
  it("builds canonical listing and product URLs", () => {
    expect(listingQuery({ sort: "popular", page: 1 })).toBe("");
    expect(listingQuery({ sort: "price_asc", page: 3 })).toBe("?sort=price_asc&page=3");
    expect(listingQuery({ q: "dal", sort: "relevance" }, "relevance")).toBe("?q=dal");
    expect(productHref("blue-shirt", "SKU 1")).toBe("/p/blue-shirt?variant=SKU%201");
  });

  it("decodes route slugs and keeps a malformed one as it came", () => {
    expect(decodeSlug("atta-%26-flour")).toBe("atta-&-flour");
    expect(decodeSlug("plain-slug")).toBe("plain-slug");
    expect(decodeSlug("bad-%E0%A4")).toBe("bad-%E0%A4");
  });

  it("builds rows for the categories that exist, best deals last", () => {
    const rows = homeRowSpecs([
      { name: "Toys & Games", slug: "toys-games", path: "toys-games" },
      { name: "Grocery", slug: "grocery", path: "grocery" },
      { name: "Fashion", slug: "fashion", path: "fashion" },
      { name: "Home", slug: "home", path: "home" },
    ]);
    expect(rows.map((r) => r.title)).toEqual(["Top rated in Grocery", "Fashion picks", "Toys and games", "Popular in Home", "Best deals"]);
    expect(rows[0]).toMatchObject({ categoryPaths: ["grocery"], sort: "rating", href: "/c/grocery?sort=rating" });
    expect(rows[4]).toMatchObject({ categoryPaths: null, sort: "discount", href: "/search?sort=discount" });
    expect(homeRowSpecs([]).map((r) => r.key)).toEqual(["best-deals"]);
  });

  it("groups grocery departments at the top level into one grocery row", () => {
    const rows = homeRowSpecs([
      { name: "Fruits & Vegetables", slug: "fruits-and-vegetables", path: "fruits-and-vegetables" },
      { name: "Beverages", slug: "beverages", path: "beverages" },
      { name: "Fashion", slug: "fashion", path: "fashion" },
      { name: "Toys & Games", slug: "toys-and-games", path: "toys-and-games" },
    ]);
    expect(rows.map((r) => r.title)).toEqual(["Top rated in Grocery", "Fashion picks", "Toys and games", "Best deals"]);
    expect(rows[0]).toMatchObject({ categoryPaths: ["fruits-and-vegetables", "beverages"], sort: "rating", href: null });
    const lone = homeRowSpecs([{ name: "Beverages", slug: "beverages", path: "beverages" }]);
    expect(lone[0]).toMatchObject({ title: "Top rated in Beverages", href: "/c/beverages?sort=rating" });
  });
});
