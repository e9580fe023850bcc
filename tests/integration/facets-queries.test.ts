import { beforeAll, describe, expect, it } from "vitest";
import { queryCategoryListing, type FacetAttributeDef } from "@/lib/catalog/facets-queries";
import { EMPTY_FILTERS, parseCategoryListingParams, type CategoryListingParams, type FacetFilters } from "@/lib/catalog/facets-schemas";
import { getDb } from "@/lib/platform/db";
import { brands, categoryAttributes } from "@/models";
import { makeCategory, makeProduct, makeSeller, unique } from "../support/fixtures";

const DEFS: FacetAttributeDef[] = [
  { key: "fabric", label: "Fabric", type: "select", unit: null, options: ["Cotton", "Linen", "Silk"] },
  { key: "weight", label: "Weight", type: "number", unit: "g", options: [] },
  { key: "organic", label: "Organic", type: "boolean", unit: null, options: [] },
];

let rootPath = "";
let amul = "";
let nestle = "";
const ids: Record<string, string> = {};

const params = (filters: Partial<FacetFilters> = {}, extra: Partial<CategoryListingParams> = {}): CategoryListingParams => ({
  filters: { ...EMPTY_FILTERS, ...filters },
  sort: "popular",
  page: 1,
  ...extra,
});
const listing = (p: CategoryListingParams, pageSize = 24) => queryCategoryListing(rootPath, DEFS, p, { pageSize });
const titles = async (p: CategoryListingParams, pageSize = 24) => (await listing(p, pageSize)).products.items.map((i) => i.title);

beforeAll(async () => {
  const db = await getDb();
  const { seller } = await makeSeller("Facet store");
  const root = await makeCategory(null, "Facet root");
  const leaf = await makeCategory(root.id, "Facet leaf");
  const elsewhere = await makeCategory(null, "Elsewhere");
  rootPath = root.path;
  [amul, nestle] = [unique("amul"), unique("nestle")];
  const [a, n] = await db
    .insert(brands)
    .values([
      { name: "Amul", slug: amul },
      { name: "Nestle", slug: nestle },
    ])
    .returning();
  await db.insert(categoryAttributes).values(
    DEFS.map((d, position) => ({ categoryId: root.id, key: d.key, label: d.label, type: d.type, unit: d.unit, options: [...d.options], position })),
  );
  const make = async (name: string, over: Parameters<typeof makeProduct>[0]) => {
    ids[name] = (await makeProduct({ title: name, ...over })).product.id;
  };
  const base = { sellerId: seller.id, categoryId: leaf.id };
  await make("A", { ...base, brandId: a.id, pricePaise: 8_000, mrpPaise: 10_000, stockOnHand: 10, ratingX100: 450, ratingCount: 10, attributes: { fabric: "Cotton", weight: 200, organic: true } });
  await make("B", { ...base, brandId: a.id, pricePaise: 30_000, mrpPaise: 30_000, stockOnHand: 0, ratingX100: 320, ratingCount: 4, attributes: { fabric: "Linen", weight: 500 } });
  await make("C", { ...base, categoryId: root.id, brandId: n.id, pricePaise: 60_000, mrpPaise: 120_000, stockOnHand: 5, ratingX100: 410, ratingCount: 50, attributes: { fabric: "Cotton", organic: false } });
  await make("D", { ...base, pricePaise: 200_000, mrpPaise: 220_000, stockOnHand: 3 });
  await make("Draft", { ...base, status: "draft", brandId: a.id });
  await make("Elsewhere", { ...base, categoryId: elsewhere.id, brandId: a.id });
});

describe("category facets", () => {
  it("counts everything on sale in the subtree, nothing else", async () => {
    const { facets, products } = await listing(params());
    expect(facets.total).toBe(4);
    expect(products.total).toBe(4);
    expect(facets.brands).toEqual([
      { value: amul, label: "Amul", count: 2 },
      { value: nestle, label: "Nestle", count: 1 },
    ]);
    expect(facets.inStock).toBe(3);
    expect(facets.rating).toEqual([
      { min: 4, count: 2 },
      { min: 3, count: 3 },
      { min: 2, count: 3 },
    ]);
    expect(facets.discount).toEqual([
      { min: 10, count: 2 },
      { min: 25, count: 1 },
      { min: 50, count: 1 },
    ]);
    expect(facets.price).toMatchObject({ min: 8_000, max: 200_000 });
    expect(facets.price.buckets.filter((b) => b.count > 0)).toEqual([
      { min: null, max: 10_000, count: 1 },
      { min: 25_000, max: 50_000, count: 1 },
      { min: 50_000, max: 100_000, count: 1 },
      { min: 100_000, max: 250_000, count: 1 },
    ]);
    const [fabric, weight, organic] = facets.attributes;
    expect(fabric).toMatchObject({ type: "select", values: [{ value: "Cotton", count: 2 }, { value: "Linen", count: 1 }] });
    expect(weight).toMatchObject({ type: "number", count: 2, min: 200, max: 500, unit: "g" });
    expect(organic).toMatchObject({ type: "boolean", count: 1 });
  });

  it("counts each facet with the other filters applied, not its own", async () => {
    const { facets } = await listing(params({ brands: [amul] }));
    expect(facets.total).toBe(2);
    expect(facets.brands.map((b) => [b.label, b.count])).toEqual([
      ["Amul", 2],
      ["Nestle", 1],
    ]);
    expect(facets.inStock).toBe(1);
    expect(facets.attributes[0]).toMatchObject({ values: [{ value: "Cotton", count: 1 }, { value: "Linen", count: 1 }] });

    const both = await listing(params({ brands: [amul], inStock: true }));
    expect(both.facets.total).toBe(1);
    expect(both.facets.brands.map((b) => [b.label, b.count])).toEqual([
      ["Amul", 1],
      ["Nestle", 1],
    ]);
  });

  it("filters by a price range, both ends included, without narrowing the price buckets", async () => {
    expect(await titles(params({ priceMin: 30_000, priceMax: 60_000 }), 24)).toEqual(["C", "B"]);
    const { facets } = await listing(params({ priceMin: 30_000, priceMax: 60_000 }));
    expect(facets.total).toBe(2);
    expect(facets.price.buckets.reduce((n, b) => n + b.count, 0)).toBe(4);
    expect(facets.brands.map((b) => b.count)).toEqual([1, 1]);
  });

  it("filters to what is in stock", async () => {
    expect((await titles(params({ inStock: true }))).sort()).toEqual(["A", "C", "D"]);
  });

  it("filters by rating and discount", async () => {
    expect((await titles(params({ rating: 4 }))).sort()).toEqual(["A", "C"]);
    expect(await titles(params({ discount: 25 }))).toEqual(["C"]);
  });

  it("filters by select, number and yes/no attributes", async () => {
    const cotton = await listing(params({ attributes: { fabric: { type: "select", values: ["Cotton"] } } }));
    expect(cotton.products.items.map((i) => i.title).sort()).toEqual(["A", "C"]);
    expect(cotton.facets.attributes[0]).toMatchObject({ values: [{ value: "Cotton", count: 2 }, { value: "Linen", count: 1 }] });
    expect(cotton.facets.brands.map((b) => b.count)).toEqual([1, 1]);
    expect(await titles(params({ attributes: { weight: { type: "number", min: 300, max: null } } }))).toEqual(["B"]);
    expect(await titles(params({ attributes: { organic: { type: "boolean" } } }))).toEqual(["A"]);
  });

  it("keeps a selected brand visible when the other filters leave it nothing", async () => {
    const { facets } = await listing(params({ brands: [nestle], discount: 50, rating: 2, inStock: true, priceMax: 10_000 }));
    expect(facets.total).toBe(0);
    expect(facets.brands).toContainEqual({ value: nestle, label: "Nestle", count: 0 });
  });

  it("sorts and pages", async () => {
    expect(await titles(params({}, { sort: "price_asc" }))).toEqual(["A", "B", "C", "D"]);
    expect(await titles(params({}, { sort: "price_desc" }))).toEqual(["D", "C", "B", "A"]);
    expect(await titles(params({}, { sort: "discount" }))).toEqual(["C", "A", "D", "B"]);
    expect(await titles(params({}, { sort: "rating" }))).toEqual(["A", "C", "B", "D"]);
    expect(await titles(params({}, { sort: "popular" }))).toEqual(["C", "A", "B", "D"]);
    const page2 = await listing(params({}, { sort: "price_asc", page: 2 }), 3);
    expect(page2.products.items.map((i) => i.title)).toEqual(["D"]);
    expect(page2.products).toMatchObject({ total: 4, page: 2, pageCount: 2 });
  });

  it("takes its state from URL parameters, ignoring what it cannot use", async () => {
    const parsed = parseCategoryListingParams(
      { brand: [amul, "NOT A SLUG!"], price_min: "50", in_stock: "1", "a.fabric": ["cotton", "Velvet"], sort: "price_asc", page: "x" },
      DEFS,
    );
    expect(await titles(parsed)).toEqual(["A"]);
  });
});
