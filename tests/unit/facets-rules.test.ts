import { describe, expect, it } from "vitest";
import {
  countActiveFilters,
  filterChips,
  isPriceBucketSelected,
  listingIndexing,
  listingSearch,
  PRICE_BUCKETS,
  priceRangeLabel,
  toggleAttributeValue,
  toggleBrand,
  withFilters,
  withPage,
  withSort,
} from "@/lib/catalog/facets-rules";
import { EMPTY_FILTERS, type CategoryListingParams, type FacetFilters } from "@/lib/catalog/facets-schemas";

const state = (filters: Partial<FacetFilters> = {}, extra: Partial<CategoryListingParams> = {}): CategoryListingParams => ({
  filters: { ...EMPTY_FILTERS, ...filters },
  sort: "popular",
  page: 1,
  ...extra,
});

const names = { brands: { amul: "Amul" }, attributes: { fabric: { label: "Fabric", unit: null }, weight: { label: "Net weight", unit: "g" }, organic: { label: "Organic", unit: null } } };

describe("changing the listing state", () => {
  it("goes back to page 1 on any filter or sort change, and keeps the sort on filter changes", () => {
    const on3 = state({}, { sort: "rating", page: 3 });
    expect(withFilters(on3, { inStock: true })).toEqual(state({ inStock: true }, { sort: "rating", page: 1 }));
    expect(withSort(on3, "newest")).toEqual(state({}, { sort: "newest", page: 1 }));
    expect(withPage(on3, 4)).toEqual(state({}, { sort: "rating", page: 4 }));
  });

  it("toggles brands and select values", () => {
    expect(toggleBrand(EMPTY_FILTERS, "nestle")).toEqual({ brands: ["nestle"] });
    expect(toggleBrand({ ...EMPTY_FILTERS, brands: ["amul", "nestle"] }, "amul")).toEqual({ brands: ["nestle"] });
    const cotton = toggleAttributeValue(EMPTY_FILTERS, "fabric", "Cotton");
    expect(cotton).toEqual({ attributes: { fabric: { type: "select", values: ["Cotton"] } } });
    expect(toggleAttributeValue({ ...EMPTY_FILTERS, ...cotton }, "fabric", "Cotton")).toEqual({ attributes: {} });
  });

  it("counts active filters value by value", () => {
    expect(countActiveFilters(EMPTY_FILTERS)).toBe(0);
    expect(
      countActiveFilters({
        ...EMPTY_FILTERS,
        brands: ["a", "b"],
        priceMin: 100,
        inStock: true,
        attributes: { fabric: { type: "select", values: ["Cotton", "Silk"] }, organic: { type: "boolean" } },
      }),
    ).toBe(7);
  });
});

describe("active filter chips", () => {
  it("labels each filter and knows the state without it", () => {
    const filters: FacetFilters = {
      ...EMPTY_FILTERS,
      brands: ["amul", "mystery"],
      priceMin: 10_000,
      priceMax: 50_000,
      rating: 4,
      discount: 25,
      inStock: true,
      attributes: { fabric: { type: "select", values: ["Cotton"] }, weight: { type: "number", min: 250, max: null }, organic: { type: "boolean" } },
    };
    const chips = filterChips(filters, names);
    expect(chips.map((c) => c.label)).toEqual(["Amul", "mystery", "₹100 – ₹500", "4★ & up", "In stock", "25% off or more", "Cotton", "Net weight: 250 g and more", "Organic"]);
    const without = (key: string) => ({ ...filters, ...chips.find((c) => c.key === key)!.without });
    expect(without("brand:amul").brands).toEqual(["mystery"]);
    expect(without("price")).toMatchObject({ priceMin: null, priceMax: null });
    expect(without("a:fabric:Cotton").attributes).not.toHaveProperty("fabric");
    expect(without("a:weight").attributes).toEqual({ fabric: filters.attributes.fabric, organic: { type: "boolean" } });
  });
});

describe("price buckets", () => {
  it("cover every price with open ends", () => {
    expect(PRICE_BUCKETS[0]).toEqual({ min: null, max: 10_000 });
    expect(PRICE_BUCKETS.at(-1)).toEqual({ min: 5_000_000, max: null });
    PRICE_BUCKETS.slice(1).forEach((b, i) => expect(b.min).toBe(PRICE_BUCKETS[i].max));
  });

  it("label ranges in rupees and know when they are chosen", () => {
    expect(priceRangeLabel(null, 10_000)).toBe("Up to ₹100");
    expect(priceRangeLabel(100_000, 250_000)).toBe("₹1,000 – ₹2,500");
    expect(priceRangeLabel(5_000_000, null)).toBe("₹50,000 and above");
    expect(isPriceBucketSelected({ ...EMPTY_FILTERS, priceMin: 100_000, priceMax: 250_000 }, PRICE_BUCKETS[4])).toBe(true);
    expect(isPriceBucketSelected({ ...EMPTY_FILTERS, priceMin: 100_000 }, PRICE_BUCKETS[4])).toBe(false);
  });
});

describe("what search engines index", () => {
  it("indexes the plain pages, each its own canonical", () => {
    expect(listingIndexing("/c/tea", state())).toEqual({ canonical: "/c/tea", index: true });
    expect(listingIndexing("/c/tea", state({}, { page: 3 }))).toEqual({ canonical: "/c/tea?page=3", index: true });
  });

  it("points filtered or re-sorted pages at the plain category and keeps them out of the index", () => {
    expect(listingIndexing("/c/tea", state({ brands: ["tata"] }, { page: 2 }))).toEqual({ canonical: "/c/tea", index: false });
    expect(listingIndexing("/c/tea", state({}, { sort: "price_asc" }))).toEqual({ canonical: "/c/tea", index: false });
  });

  it("builds no query for the plain first page", () => {
    expect(listingSearch(state())).toBe("");
  });
});
