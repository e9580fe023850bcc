import { describe, expect, it } from "vitest";
import { encodeCursor } from "@/lib/search/cursor";
import { effectiveSort, parseSearchApiParams, parseSearchPageParams } from "@/lib/search/schemas";

const api = (qs: string) => parseSearchApiParams(new URLSearchParams(qs));
const ID = "0b9f1c2e-3a4b-4c5d-8e6f-7a8b9c0d1e2f";

describe("parseSearchApiParams", () => {
  it("reads every parameter with the category-page semantics", () => {
    const parsed = api("q=amul+butter&category=grocery/dairy&brand=amul,nestle&seller=fresh-mart&price_min=100&price_max=500&rating=4&in_stock=1&discount=25&a.fabric=Cotton&a.weight.min=100&sort=price_asc&limit=12");
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.request).toEqual({
      q: "amul butter",
      categoryPath: "grocery/dairy",
      sellers: ["fresh-mart"],
      filters: {
        brands: ["amul", "nestle"],
        priceMin: 10_000,
        priceMax: 50_000,
        rating: 4,
        inStock: true,
        discount: 25,
        attributes: { fabric: { type: "select", values: ["Cotton"] }, weight: { type: "number", min: 100, max: null } },
      },
      sort: "price_asc",
      cursor: null,
      limit: 12,
      withFacets: true,
    });
  });

  it("defaults: empty query, relevance, 24 a page", () => {
    const parsed = api("");
    expect(parsed.ok && parsed.request).toMatchObject({ q: "", sort: "relevance", limit: 24, cursor: null, categoryPath: null });
  });

  it.each([
    ["rating=5", "rating"],
    ["discount=33", "discount"],
    ["price_min=abc", "price_min"],
    ["price_min=-1", "price_min"],
    ["price_min=500&price_max=100", "price_max"],
    ["in_stock=maybe", "in_stock"],
    ["sort=cheapest", "sort"],
    ["limit=0", "limit"],
    ["limit=61", "limit"],
    ["brand=Not%20A%20Slug!", "brand"],
    ["seller=%3Cscript%3E", "seller"],
    ["category=..%2F..%2Fetc", "category"],
    ["cursor=garbage", "cursor"],
    ["a.Bad-Key=1", "a.Bad-Key"],
    ["a.weight.min=heavy", "a.weight.min"],
  ])("%s → 400 naming %s", (qs, field) => {
    const parsed = api(qs);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(Object.keys(parsed.fieldErrors)).toContain(field);
  });

  it("accepts a cursor only for the sort it was made for", () => {
    const cursor = encodeCursor({ sort: "price_asc", keys: [100], id: ID });
    expect(api(`sort=price_asc&cursor=${cursor}`).ok).toBe(true);
    expect(api(`sort=price_desc&cursor=${cursor}`).ok).toBe(false);
    // Without words, relevance orders like "popular".
    const popular = encodeCursor({ sort: "popular", keys: [1.5], id: ID });
    expect(api(`cursor=${popular}`).ok).toBe(true);
    expect(api(`q=milk&cursor=${popular}`).ok).toBe(false);
  });

  it("accepts any length of q (only the first 200 characters are used later)", () => {
    const parsed = api(`q=${"x".repeat(2000)}`);
    expect(parsed.ok).toBe(true);
  });
});

describe("parseSearchPageParams", () => {
  it("drops what it cannot use instead of failing", () => {
    const r = parseSearchPageParams({ q: "milk", rating: "9", sort: "cheapest", brand: ["amul", "BAD SLUG"], cursor: "junk", limit: "500", category: "<x>" });
    expect(r).toMatchObject({ q: "milk", sort: "relevance", cursor: null, limit: 24, categoryPath: null });
    expect(r.filters.brands).toEqual(["amul"]);
    expect(r.filters.rating).toBeNull();
  });

  it("knows which order a cursor belongs to", () => {
    expect(effectiveSort("relevance", "  !! ")).toBe("popular");
    expect(effectiveSort("relevance", "milk")).toBe("relevance");
    expect(effectiveSort("price_asc", "")).toBe("price_asc");
  });
});
