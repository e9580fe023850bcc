import { describe, expect, it } from "vitest";
import { parseSearchPageParams } from "@/lib/search/schemas";
import { EMPTY_FILTERS } from "@/lib/catalog/facets-schemas";
import {
  EMPTY_LISTING_STATE,
  effectiveSort,
  listingHref,
  listingStateSearch,
  nextPage,
  requestFromState,
  stateFromRequest,
  toggleSeller,
  withCategory,
  withFilters,
  withoutFilters,
  withQuery,
  withSort,
  type ListingUrlState,
} from "@/components/search/url-state";
import { categoryIndexing } from "@/app/(storefront)/c/[slug]/_components/indexing";

const state = (change: Partial<ListingUrlState> = {}): ListingUrlState => ({ ...EMPTY_LISTING_STATE, ...change });
const parse = (search: string) => {
  const params = new URLSearchParams(search);
  const raw: Record<string, string | string[]> = {};
  for (const key of new Set(params.keys())) raw[key] = params.getAll(key).length > 1 ? params.getAll(key) : (params.get(key) ?? "");
  return stateFromRequest(parseSearchPageParams(raw), raw.page);
};

describe("listing URL state", () => {
  it("leaves defaults out: relevance with a query, popularity without", () => {
    expect(listingHref("/search", state({ q: "atta", sort: "relevance" }))).toBe("/search?q=atta");
    expect(listingHref("/search", state({ q: "", sort: "relevance" }))).toBe("/search");
    expect(listingHref("/search", state({ q: "", sort: "popular" }))).toBe("/search");
    expect(listingHref("/search", state({ q: "atta", sort: "popular" }))).toBe("/search?q=atta&sort=popular");
    expect(effectiveSort({ q: " ", sort: "relevance" })).toBe("popular");
  });

  it("writes the whole state in one order: q, category, filters, sellers, sort, cursor, page", () => {
    const s = state({
      q: "basmati rice",
      categoryPath: "grocery/staples",
      sellers: ["ram-stores"],
      filters: { ...EMPTY_FILTERS, brands: ["daawat", "india-gate"], priceMin: 10000, priceMax: 50000, rating: 4, inStock: true, discount: 25, attributes: { weight: { type: "number", min: 1, max: 5 } } },
      sort: "price_asc",
      cursor: "abc_-1",
      page: 3,
    });
    expect(listingStateSearch(s)).toBe(
      "?q=basmati+rice&category=grocery%2Fstaples&brand=daawat&brand=india-gate&price_min=100&price_max=500&rating=4&in_stock=1&discount=25&a.weight.min=1&a.weight.max=5&seller=ram-stores&sort=price_asc&cursor=abc_-1&page=3",
    );
  });

  it("round-trips through the page parser", () => {
    const s = state({
      q: "tea",
      categoryPath: "grocery/beverages",
      sellers: ["a-mart", "b-mart"],
      filters: { ...EMPTY_FILTERS, brands: ["tata"], priceMax: 20000, attributes: { organic: { type: "boolean" } } },
      sort: "rating",
    });
    const back = parse(listingStateSearch(s));
    expect(back).toEqual({ ...s, filters: { ...s.filters, attributes: { organic: { type: "select", values: ["1"] } } } });
    expect(listingStateSearch(back).replace("a.organic=1", "")).toBe(listingStateSearch(s).replace("a.organic=1", ""));
  });

  it("any change of what is listed goes back to the first page; paging keeps everything else", () => {
    const deep = state({ q: "tea", cursor: "c1", page: 4 });
    for (const next of [withFilters(deep, { inStock: true }), withSort(deep, "newest"), toggleSeller(deep, "x"), withCategory(deep, "grocery"), withQuery(deep, "coffee"), withoutFilters(deep)]) {
      expect(next.cursor).toBeNull();
      expect(next.page).toBe(1);
    }
    expect(nextPage(deep, "c2")).toEqual({ ...deep, cursor: "c2", page: 5 });
  });

  it("toggles sellers sorted, and changing the category drops the attribute filters", () => {
    const s = toggleSeller(toggleSeller(state(), "zeta"), "alpha");
    expect(s.sellers).toEqual(["alpha", "zeta"]);
    expect(toggleSeller(s, "zeta").sellers).toEqual(["alpha"]);
    const withAttr = state({ categoryPath: "fashion", filters: { ...EMPTY_FILTERS, brands: ["levis"], attributes: { fabric: { type: "select", values: ["Cotton"] } } } });
    expect(withCategory(withAttr, "fashion/men").filters).toEqual({ ...EMPTY_FILTERS, brands: ["levis"] });
  });

  it("a new query resets relevance/popularity to the new default but keeps an explicit sort", () => {
    expect(withQuery(state({ q: "", sort: "popular" }), "tea").sort).toBe("relevance");
    expect(withQuery(state({ q: "tea", sort: "price_asc" }), "coffee").sort).toBe("price_asc");
  });

  it("takes the page number only with a cursor, and builds the engine request", () => {
    expect(stateFromRequest({ q: "  tea  ", categoryPath: null, sellers: [], filters: EMPTY_FILTERS, sort: "relevance", cursor: null }, "7").page).toBe(1);
    expect(stateFromRequest({ q: "tea", categoryPath: null, sellers: [], filters: EMPTY_FILTERS, sort: "relevance", cursor: "c" }, "7").page).toBe(7);
    expect(stateFromRequest({ q: "tea", categoryPath: null, sellers: [], filters: EMPTY_FILTERS, sort: "relevance", cursor: "c" }, "abc").page).toBe(2);
    expect(requestFromState(state({ q: "tea" }), 24)).toMatchObject({ q: "tea", limit: 24, withFacets: true, cursor: null });
  });

  it("category pages: plain pages indexed with their own canonical, filtered or re-sorted ones not", () => {
    expect(categoryIndexing("/c/fashion", state())).toEqual({ canonical: "/c/fashion", index: true });
    expect(categoryIndexing("/c/fashion", state({ cursor: "c", page: 2 }))).toEqual({ canonical: "/c/fashion?cursor=c&page=2", index: true });
    expect(categoryIndexing("/c/fashion", state({ sort: "price_asc", cursor: "c", page: 2 }))).toEqual({ canonical: "/c/fashion", index: false });
    expect(categoryIndexing("/c/fashion", state({ filters: { ...EMPTY_FILTERS, rating: 4 } }))).toEqual({ canonical: "/c/fashion", index: false });
    expect(categoryIndexing("/c/fashion", state({ sellers: ["x"] }))).toEqual({ canonical: "/c/fashion", index: false });
  });
});
