import { describe, expect, it } from "vitest";
import { listingChips, countListingFilters } from "@/components/search/chips";
import { categoryTree } from "@/components/search/category-tree";
import { splitHighlight, stripHighlight } from "@/components/search/highlight";
import { resultCountText } from "@/components/search/result-count";
import { EMPTY_LISTING_STATE, typedAttributes, type ListingUrlState } from "@/components/search/url-state";
import { EMPTY_FILTERS } from "@/lib/catalog/facets-schemas";
import { HIGHLIGHT_END as E, HIGHLIGHT_START as S, type CategoryFacetNode } from "@/lib/search/types";

const state = (change: Partial<ListingUrlState> = {}): ListingUrlState => ({ ...EMPTY_LISTING_STATE, ...change });
const names = { brands: { amul: "Amul" }, attributes: { weight: { label: "Weight", unit: "g" } }, sellers: { "ram-stores": "Ram Stores" }, categories: { "grocery/dairy": "Dairy" } };

describe("applied-filter chips", () => {
  const full = state({
    q: "milk",
    categoryPath: "grocery/dairy",
    sellers: ["ram-stores"],
    filters: { ...EMPTY_FILTERS, brands: ["amul", "nandini"], priceMin: 5000, priceMax: null, inStock: true, attributes: { weight: { type: "number", min: 500, max: null } } },
    sort: "price_asc",
    cursor: "c",
    page: 3,
  });

  it("one chip per filter value, in the sidebar's order, named for people", () => {
    expect(listingChips(full, names).map((c) => c.label)).toEqual(["Dairy", "Amul", "nandini", "₹50 and above", "In stock", "Ram Stores", "Weight: 500 g and more"]);
    expect(countListingFilters(full)).toBe(7);
    expect(countListingFilters(state({ q: "milk" }))).toBe(0);
  });

  it("each chip removes exactly its filter, keeps the query and sort, and goes back to page 1", () => {
    const chips = listingChips(full, names);
    const without = (label: string) => chips.find((c) => c.label === label)!.without;
    expect(without("Dairy")).toMatchObject({ categoryPath: null, q: "milk", sort: "price_asc", cursor: null, page: 1 });
    expect(without("Dairy").filters.attributes).toEqual({});
    expect(without("Amul").filters.brands).toEqual(["nandini"]);
    expect(without("Ram Stores").sellers).toEqual([]);
    expect(without("In stock").filters).toEqual({ ...full.filters, inStock: false });
    expect(without("Weight: 500 g and more").filters.attributes).toEqual({});
    expect(without("₹50 and above").filters.priceMin).toBeNull();
  });

  it("falls back to the slug or the last path segment when a name is unknown", () => {
    const chips = listingChips(state({ categoryPath: "home/kitchen", sellers: ["x-mart"] }), { brands: {}, attributes: {}, sellers: {}, categories: {} });
    expect(chips.map((c) => c.label)).toEqual(["kitchen", "x-mart"]);
  });
});

describe("typed attribute filters", () => {
  it("takes each attribute's type and drops unknown ones", () => {
    const filters = { ...EMPTY_FILTERS, attributes: { organic: { type: "select" as const, values: ["1"] }, fabric: { type: "select" as const, values: ["cotton", "Plaid"] }, colour: { type: "select" as const, values: ["Red"] } } };
    const defs = [
      { key: "organic", type: "boolean" as const, options: [] },
      { key: "fabric", type: "select" as const, options: ["Cotton", "Linen"] },
    ];
    expect(typedAttributes(filters, defs).attributes).toEqual({ fabric: { type: "select", values: ["Cotton"] }, organic: { type: "boolean" } });
  });
});

describe("highlight splitting", () => {
  it("splits marked words from plain text", () => {
    expect(splitHighlight(`Amul ${S}Butter${E} - ${S}Pasteurised${E}`)).toEqual([
      { text: "Amul ", match: false },
      { text: "Butter", match: true },
      { text: " - ", match: false },
      { text: "Pasteurised", match: true },
    ]);
    expect(stripHighlight(`${S}Tea${E} bags`)).toBe("Tea bags");
  });

  it("tolerates no marks, adjacent, nested and unbalanced marks", () => {
    expect(splitHighlight("Plain title")).toEqual([{ text: "Plain title", match: false }]);
    expect(splitHighlight(`${S}a${E}${S}b${E}`)).toEqual([{ text: "ab", match: true }]);
    expect(splitHighlight(`${S}a ${S}b${E} c${E} d`)).toEqual([{ text: "a b c", match: true }, { text: " d", match: false }]);
    expect(splitHighlight(`x${E}y ${S}z`)).toEqual([{ text: "xy ", match: false }, { text: "z", match: true }]);
    expect(splitHighlight("")).toEqual([]);
  });
});

describe("category tree", () => {
  const node = (path: string, count: number): CategoryFacetNode => ({ path, name: path.split("/").pop()!, slug: path.replace(/\//g, "-"), depth: path.split("/").length - 1, count });
  const nodes = [node("grocery", 90), node("fashion", 120), node("grocery/dairy", 40), node("grocery/tea", 50), node("grocery/tea/green", 10), node("toys", 0)];

  it("lists the top level (with products, most first) when nothing is selected", () => {
    const tree = categoryTree(nodes, null);
    expect(tree.children.map((c) => c.path)).toEqual(["fashion", "grocery"]);
    expect(tree.ancestors).toEqual([]);
    expect(tree.current).toBeNull();
  });

  it("shows the way up, the current category and its direct children", () => {
    const tree = categoryTree(nodes, "grocery/tea");
    expect(tree.ancestors.map((c) => c.path)).toEqual(["grocery"]);
    expect(tree.current?.path).toBe("grocery/tea");
    expect(tree.children.map((c) => c.path)).toEqual(["grocery/tea/green"]);
  });
});

describe("result count", () => {
  it("says which products a keyset page shows", () => {
    expect(resultCountText({ total: 0, page: 1, pageSize: 24, shown: 0 })).toBe("No products found");
    expect(resultCountText({ total: 1, page: 1, pageSize: 24, shown: 1 })).toBe("1 product");
    expect(resultCountText({ total: 20, page: 1, pageSize: 24, shown: 20 })).toBe("20 products");
    expect(resultCountText({ total: 1234, page: 1, pageSize: 24, shown: 24 })).toBe("Showing 1–24 of 1,234 products");
    expect(resultCountText({ total: 50, page: 3, pageSize: 24, shown: 2 })).toBe("Showing 49–50 of 50 products");
  });
});
