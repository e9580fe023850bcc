import { describe, expect, it } from "vitest";
import {
  addToCompareList,
  buildComparison,
  COMPARE_LIMIT,
  COMPARE_LIMIT_MESSAGE,
  differingRows,
  diffParamSchema,
  MISSING_VALUE,
  parseCompareCookie,
  removeFromCompareList,
  serializeCompareIds,
  type CompareProductDto,
} from "@/lib/catalog/compare-rules";

const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, "0")}`;

function product(n: number, over: Partial<CompareProductDto> = {}): CompareProductDto {
  return {
    id: id(n),
    slug: `p-${n}`,
    title: `Phone ${n}`,
    brand: "Acme",
    category: { name: "Phones", slug: "phones" },
    topCategory: { name: "Electronics", slug: "electronics" },
    image: null,
    variantSku: `SKU-${n}`,
    variantTitle: `Phone ${n}`,
    pricePaise: 1_000_000,
    mrpPaise: 1_200_000,
    currency: "INR",
    available: 20,
    rating: 4.5,
    ratingCount: 10,
    seller: "Sharma Store, Pune",
    attributes: [],
    specifications: {},
    ...over,
  };
}

describe("compare list", () => {
  it("adds up to four products and refuses a fifth with a clear message", () => {
    let ids: string[] = [];
    for (let n = 1; n <= COMPARE_LIMIT; n++) {
      const r = addToCompareList(ids, id(n));
      expect(r.ok).toBe(true);
      ids = r.ids;
    }
    expect(ids).toEqual([id(1), id(2), id(3), id(4)]);
    const fifth = addToCompareList(ids, id(5));
    expect(fifth).toEqual({ ok: false, ids, error: COMPARE_LIMIT_MESSAGE });
    expect(COMPARE_LIMIT_MESSAGE).toBe("You can compare up to 4 products — remove one first");
  });

  it("ignores a duplicate, even when the list is full", () => {
    expect(addToCompareList([id(1)], id(1))).toEqual({ ok: true, ids: [id(1)] });
    const full = [id(1), id(2), id(3), id(4)];
    expect(addToCompareList(full, id(3))).toEqual({ ok: true, ids: full });
  });

  it("removes a product and leaves the others in order", () => {
    expect(removeFromCompareList([id(1), id(2), id(3)], id(2))).toEqual([id(1), id(3)]);
    expect(removeFromCompareList([id(1)], id(9))).toEqual([id(1)]);
  });

  it("parses the cookie: drops non-UUIDs and duplicates, keeps at most four", () => {
    expect(parseCompareCookie(undefined)).toEqual([]);
    expect(parseCompareCookie("")).toEqual([]);
    expect(parseCompareCookie(`${id(1)},nope,${id(1)},<script>,${id(2)}`)).toEqual([id(1), id(2)]);
    expect(parseCompareCookie([1, 2, 3, 4, 5, 6].map(id).join(","))).toEqual([id(1), id(2), id(3), id(4)]);
    expect(parseCompareCookie(id(7).toUpperCase())).toEqual([id(7)]);
    expect(parseCompareCookie(serializeCompareIds([id(1), id(2)]))).toEqual([id(1), id(2)]);
  });

  it("reads ?diff=1 as the differences-only view and anything else as off", () => {
    expect(diffParamSchema.parse("1")).toBe(true);
    expect(diffParamSchema.parse(["1", "0"])).toBe(true);
    expect(diffParamSchema.parse("0")).toBe(false);
    expect(diffParamSchema.parse(undefined)).toBe(false);
    expect(diffParamSchema.parse("<x>")).toBe(false);
  });
});

describe("comparison matrix", () => {
  const a = product(1, { specifications: { RAM: "8 GB", Colour: "Black", "Screen size": "6.1 in" } });
  const b = product(2, { pricePaise: 900_000, specifications: { RAM: "8 GB", Colour: "Blue", Battery: "5000 mAh" } });

  it("puts price, MRP, discount, rating, brand, availability and seller first", () => {
    const { rows } = buildComparison([a, b]);
    expect(rows.slice(0, 7).map((r) => r.label)).toEqual(["Price", "MRP", "Discount", "Rating", "Brand", "Availability", "Sold by"]);
    expect(rows.slice(0, 7).every((r) => r.kind === "core")).toBe(true);
  });

  it("marks rows whose values differ and leaves equal rows unmarked", () => {
    const { rows } = buildComparison([a, b]);
    const byLabel = new Map(rows.map((r) => [r.label, r]));
    expect(byLabel.get("Price")).toMatchObject({ values: ["₹10,000.00", "₹9,000.00"], different: true });
    expect(byLabel.get("MRP")).toMatchObject({ different: false });
    expect(byLabel.get("Discount")).toMatchObject({ values: ["16% off", "25% off"], different: true });
    expect(byLabel.get("Brand")).toMatchObject({ values: ["Acme", "Acme"], different: false });
    expect(byLabel.get("RAM")).toMatchObject({ values: ["8 GB", "8 GB"], different: false });
    expect(byLabel.get("Colour")).toMatchObject({ values: ["Black", "Blue"], different: true });
    expect(differingRows(rows).map((r) => r.label)).toEqual(["Price", "Discount", "Colour", "Screen size", "Battery"]);
  });

  it("shows a missing specification as — and counts it as a difference", () => {
    const { rows } = buildComparison([a, b]);
    const screen = rows.find((r) => r.label === "Screen size")!;
    const battery = rows.find((r) => r.label === "Battery")!;
    expect(screen).toMatchObject({ values: ["6.1 in", MISSING_VALUE], different: true, kind: "spec" });
    expect(battery).toMatchObject({ values: [MISSING_VALUE, "5000 mAh"], different: true });
  });

  it("orders common specification keys before keys only some products have", () => {
    const c = product(3, { specifications: { Weight: "180 g", RAM: "6 GB", Colour: "Red" } });
    const specLabels = buildComparison([a, b, c]).rows.filter((r) => r.kind === "spec").map((r) => r.label);
    expect(specLabels.slice(0, 2)).toEqual(["RAM", "Colour"]);
    expect(specLabels.slice(2).sort()).toEqual(["Battery", "Screen size", "Weight"]);
  });

  it("matches keys case-insensitively and ignores blank values and keys that duplicate core rows", () => {
    const x = product(4, { brand: null, specifications: { ram: "8 GB", Brand: "Nokia", Fabric: " " } });
    const y = product(5, { specifications: { RAM: "8  gb" } });
    const { rows } = buildComparison([x, y]);
    expect(rows.filter((r) => r.label.toLowerCase() === "ram")).toHaveLength(1);
    expect(rows.find((r) => r.key === "spec:ram")).toMatchObject({ different: false });
    expect(rows.find((r) => r.label === "Brand")).toMatchObject({ values: ["Nokia", "Acme"], different: true });
    expect(rows.some((r) => r.label === "Fabric")).toBe(false);
  });

  it("shows no discount, no ratings and stock messages", () => {
    const full = product(6, { mrpPaise: 1_000_000, ratingCount: 0, available: 0 });
    const low = product(7, { available: 3 });
    const byLabel = new Map(buildComparison([full, low]).rows.map((r) => [r.label, r]));
    expect(byLabel.get("Discount")!.values).toEqual([MISSING_VALUE, "16% off"]);
    expect(byLabel.get("Rating")!.values).toEqual(["No ratings yet", "4.5 ★ (10 ratings)"]);
    expect(byLabel.get("Availability")!.values).toEqual(["Out of stock", "Only 3 left"]);
  });

  it("marks nothing as different with a single product, and notes mixed departments", () => {
    expect(buildComparison([a]).rows.some((r) => r.different)).toBe(false);
    expect(buildComparison([a, b]).mixedCategories).toBe(false);
    const shirt = product(8, { topCategory: { name: "Fashion", slug: "fashion" } });
    expect(buildComparison([a, shirt]).mixedCategories).toBe(true);
    expect(buildComparison([]).rows.every((r) => r.values.length === 0)).toBe(true);
  });

  it("puts category attributes after the core rows, highlights differences and lets them replace same-named specifications", () => {
    const tea = product(9, {
      attributes: [
        { key: "net_weight", label: "Net weight", value: "250 g" },
        { key: "organic", label: "Organic", value: "Yes" },
      ],
      specifications: { "Net Weight": "250gm", Origin: "Assam" },
    });
    const other = product(10, { attributes: [{ key: "net_weight", label: "Net weight", value: "500 g" }], specifications: { Origin: "Assam" } });
    const { rows } = buildComparison([tea, other]);
    const labels = rows.map((r) => r.label);
    expect(labels.indexOf("Net weight")).toBeGreaterThan(labels.indexOf("Sold by"));
    expect(labels.indexOf("Net weight")).toBeLessThan(labels.indexOf("Origin"));
    expect(rows.filter((r) => r.label.toLowerCase() === "net weight")).toHaveLength(1);
    expect(rows.find((r) => r.key === "attr:net_weight")).toMatchObject({ kind: "attribute", values: ["250 g", "500 g"], different: true });
    expect(rows.find((r) => r.key === "attr:organic")).toMatchObject({ values: ["Yes", MISSING_VALUE], different: true });
    expect(rows.find((r) => r.key === "spec:origin")).toMatchObject({ different: false });
  });
});
