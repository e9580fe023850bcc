import { describe, expect, it } from "vitest";
import { listingSearch } from "@/lib/catalog/facets-rules";
import { EMPTY_FILTERS, parseCategoryListingParams, type FilterableAttribute } from "@/lib/catalog/facets-schemas";

const ATTRS: FilterableAttribute[] = [
  { key: "fabric", type: "select", options: ["Cotton", "Linen", "Silk"] },
  { key: "weight", type: "number", options: [] },
  { key: "organic", type: "boolean", options: [] },
  { key: "notes", type: "text", options: [] },
];
const parse = (raw: Record<string, string | string[] | undefined>) => parseCategoryListingParams(raw, ATTRS);

describe("category listing params", () => {
  it("reads every filter, the sort and the page", () => {
    expect(
      parse({
        brand: ["nestle", "amul"],
        price_min: "100",
        price_max: "500",
        rating: "4",
        in_stock: "1",
        discount: "25",
        "a.fabric": ["Linen", "Cotton"],
        "a.weight.min": "250",
        "a.weight.max": "1000",
        "a.organic": "yes",
        sort: "price_desc",
        page: "3",
      }),
    ).toEqual({
      filters: {
        brands: ["amul", "nestle"],
        priceMin: 10_000,
        priceMax: 50_000,
        rating: 4,
        inStock: true,
        discount: 25,
        attributes: {
          fabric: { type: "select", values: ["Cotton", "Linen"] },
          organic: { type: "boolean" },
          weight: { type: "number", min: 250, max: 1000 },
        },
      },
      sort: "price_desc",
      page: 3,
    });
  });

  it("defaults to no filters, popularity and page 1", () => {
    expect(parse({})).toEqual({ filters: EMPTY_FILTERS, sort: "popular", page: 1 });
  });

  it("drops what it cannot use instead of failing", () => {
    const parsed = parse({
      brand: ["Amul!", "../etc", "", "x".repeat(200), "ok-brand"],
      price_min: "cheap",
      price_max: "-5",
      rating: "5",
      in_stock: "maybe",
      discount: "33",
      "a.fabric": ["Velvet", "<script>"],
      "a.weight.min": "heavy",
      "a.organic": "no",
      "a.notes": "anything",
      "a.unknown": "1",
      sort: "drop table",
      page: "0",
    });
    expect(parsed).toEqual({ filters: { ...EMPTY_FILTERS, brands: ["ok-brand"] }, sort: "popular", page: 1 });
  });

  it("accepts comma-separated brands, matches select values case-insensitively and swaps reversed ranges", () => {
    const parsed = parse({ brand: "amul,NESTLE,amul", price_min: "900", price_max: "100", "a.fabric": "cotton", "a.weight.min": "10", "a.weight.max": "2.5" });
    expect(parsed.filters).toMatchObject({
      brands: ["amul", "nestle"],
      priceMin: 10_000,
      priceMax: 90_000,
      attributes: { fabric: { type: "select", values: ["Cotton"] }, weight: { type: "number", min: 2.5, max: 10 } },
    });
  });

  it("takes the first of repeated single-valued params and caps long lists", () => {
    const parsed = parse({ rating: ["3", "4"], discount: ["50", "10"], brand: Array.from({ length: 40 }, (_, i) => `b${String(i).padStart(2, "0")}`) });
    expect(parsed.filters.rating).toBe(3);
    expect(parsed.filters.discount).toBe(50);
    expect(parsed.filters.brands).toHaveLength(20);
  });

  it("round-trips through the URL it builds, in one canonical order", () => {
    const state = parse({ "a.organic": "1", sort: "rating", brand: ["b", "a"], price_max: "250", page: "2", "a.fabric": "Silk" });
    const search = listingSearch(state);
    expect(search).toBe("?brand=a&brand=b&price_max=250&a.fabric=Silk&a.organic=1&sort=rating&page=2");
    expect(parse(Object.fromEntries([...new URLSearchParams(search)].reduce((m, [k, v]) => m.set(k, [...(m.get(k) ?? []), v]), new Map<string, string[]>())))).toEqual(state);
    expect(listingSearch({ filters: EMPTY_FILTERS, sort: "popular", page: 1 })).toBe("");
  });
});
