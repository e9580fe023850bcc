import { describe, expect, it } from "vitest";
import type { CategoryAttributeDef } from "@/lib/catalog/attribute-rules";
import { buildCategoryIndex } from "@/lib/catalog/import/category-match";
import { mapPriceStockRow } from "@/lib/catalog/import/price-stock-rows";
import { mapProductRow, resolveAttributes, sellerCodeOf, skuFromRef, type ProductRowContext } from "@/lib/catalog/import/rows";

const CAT = "6f2b1a52-4c1e-4a55-9a4e-0c6b3c1d2e3f";
const OTHER = "7a3c2b63-5d2f-4b66-8b5f-1d7c4d2e3f40";
const ctx: ProductRowContext = {
  categories: buildCategoryIndex([
    { id: CAT, name: "Snacks & Namkeen", parentId: null },
    { id: OTHER, name: "Others", parentId: null },
  ]),
  defaultCategoryId: null,
  sellerCode: "AB12CD",
};
const mapping = { ref: "id", title: "name", price: "price", mrp: "mrp", stock: "stock", category: "cat", brand: "brand", description: "desc", "spec:Pack size": "pack" };

describe("mapProductRow", () => {
  it("turns a good row into a product draft", () => {
    const result = mapProductRow(
      { id: "42", name: "  Masala   Chips ", price: "₹1,299.50", mrp: "1,499", stock: "12 units", cat: "snacks and namkeen", brand: "Haldiram's", desc: "", pack: "200 g" },
      mapping,
      ctx,
    );
    expect(result).toEqual({
      ok: true,
      value: {
        ref: "42",
        title: "Masala Chips",
        description: null,
        categoryId: CAT,
        categoryFromFile: true,
        categoryProblem: null,
        brand: "Haldiram's",
        specs: [{ label: "Pack size", column: "pack", value: "200 g" }],
        rating: null,
        variant: { sku: "AB12CD-42", pricePaise: 129_950, mrpPaise: 149_900, stock: 12, lowStockThreshold: null, weightGrams: null },
      },
    });
  });

  it("leaves an unknown category to the writer: a new product needs one, an update keeps its own", () => {
    const result = mapProductRow({ id: "8", name: "Good title", price: "10", cat: "Unknown aisle" }, mapping, ctx);
    expect(result.ok && result.value).toMatchObject({
      categoryId: null,
      categoryProblem: { column: "cat", value: "Unknown aisle", message: expect.stringContaining("No category matches “Unknown aisle”") },
    });
  });

  it("uses the price as MRP when the MRP is empty, and keys a row by its SKU when there is no source ID", () => {
    const result = mapProductRow({ sku: "CHIPS-1", name: "Chips", price: 20 }, { sku: "sku", title: "name", price: "price" }, { ...ctx, defaultCategoryId: OTHER });
    expect(result.ok && result.value).toMatchObject({ ref: "sku:CHIPS-1", categoryId: OTHER, categoryFromFile: false, variant: { pricePaise: 2000, mrpPaise: 2000, stock: null } });
  });

  it("names the column and value of every problem, with the editor's messages", () => {
    const result = mapProductRow({ id: "7", name: "X", price: "abc", mrp: "10", stock: "2.5", cat: "Unknown aisle", brand: "", desc: "", pack: "" }, mapping, ctx);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues).toEqual(
      expect.arrayContaining([
        { column: "name", value: "X", message: "Give the product a title of at least 3 characters" },
        { column: "price", value: "abc", message: "Enter the price in rupees, e.g. 249 or 249.50" },
        { column: "stock", value: "2.5", message: "Enter the stock as a whole number" },
      ]),
    );
  });

  it("refuses an MRP below the price", () => {
    const result = mapProductRow({ id: "9", name: "Good title", price: "100", mrp: "90", cat: "Others" }, mapping, ctx);
    expect(result.ok ? [] : result.issues).toEqual([{ column: "mrp", value: "90", message: "The MRP cannot be below the price" }]);
  });

  it("refuses an empty source ID once", () => {
    const result = mapProductRow({ id: " ", name: "Good title", price: "100", cat: "Others" }, mapping, ctx);
    expect(result.ok ? [] : result.issues).toEqual([{ column: "id", value: " ", message: "The source ID is empty" }]);
  });

  it("reads ratings from 0 to 5 with their count", () => {
    const m = { ref: "id", title: "name", price: "price", rating: "stars", ratingCount: "votes" };
    const good = mapProductRow({ id: "1", name: "Good title", price: "10", stars: 4.1, votes: "1,234" }, m, { ...ctx, defaultCategoryId: OTHER });
    expect(good.ok && good.value.rating).toEqual({ x100: 410, count: 1234 });
    const bad = mapProductRow({ id: "1", name: "Good title", price: "10", stars: "7", votes: "" }, m, { ...ctx, defaultCategoryId: OTHER });
    expect(bad.ok ? null : bad.issues[0]).toEqual({ column: "stars", value: "7", message: "Enter the rating as a number from 0 to 5" });
  });
});

describe("SKUs made from source IDs", () => {
  it("are prefixed with the seller's code and cleaned to SKU characters", () => {
    expect(sellerCodeOf("6f2b1a52-4c1e-4a55-9a4e-0c6b3c1d2e3f")).toMatch(/^[0-9A-Z]{6}$/);
    expect(skuFromRef("AB12CD", "eac7efa5dbd3d667f26eb3d3ab504464")).toBe("AB12CD-eac7efa5dbd3d667f26eb3d3ab504464");
    expect(skuFromRef("AB12CD", "  #12/A b ")).toBe("AB12CD-12-A-b-");
    expect(skuFromRef("AB12CD", "x".repeat(100))).toMatch(/^AB12CD-[0-9A-Z]{12}$/);
  });
});

describe("resolveAttributes", () => {
  const defs: CategoryAttributeDef[] = [
    { id: "a1", categoryId: CAT, key: "pack_size", label: "Pack size", type: "number", unit: "g", options: [], required: true, filterable: true, position: 0 },
    { id: "a2", categoryId: CAT, key: "veg", label: "Vegetarian", type: "boolean", unit: null, options: [], required: false, filterable: true, position: 1 },
  ];

  it("fills attributes from spec columns named like them and keeps the rest as specifications", () => {
    const result = resolveAttributes(defs, [
      { label: "Pack size", column: "pack", value: "200" },
      { label: "Flavour", column: "flavour", value: "Masala" },
    ], null);
    expect(result).toEqual({ ok: true, value: { attributes: { pack_size: 200 }, specifications: { Flavour: "Masala" } } });
  });

  it("checks values as the editor does and keeps existing values on update", () => {
    const bad = resolveAttributes(defs, [{ label: "pack_size", column: "pack", value: "a lot" }], null);
    expect(bad).toEqual({ ok: false, issues: [{ column: "pack", value: "a lot", message: "Enter the pack size as a number in g, e.g. 8" }] });
    expect(resolveAttributes(defs, [], null)).toEqual({ ok: false, issues: [{ column: "", value: "", message: "Enter the pack size" }] });
    expect(resolveAttributes(defs, [], { pack_size: 500, old: "x" })).toEqual({ ok: true, value: { attributes: { pack_size: 500 }, specifications: {} } });
  });
});

describe("mapPriceStockRow", () => {
  const m = { sku: "SKU", price: "Price", mrp: "MRP", stock: "Stock", lowStockThreshold: "Alert" };
  it("keeps only the cells that are filled", () => {
    expect(mapPriceStockRow({ SKU: "A-1", Price: "₹99", MRP: "", Stock: "1,200", Alert: null }, m)).toEqual({
      ok: true,
      value: { sku: "A-1", pricePaise: 9900, mrpPaise: null, stock: 1200, lowStockThreshold: null },
    });
  });

  it("refuses bad SKUs, bad numbers and an MRP below the price", () => {
    const result = mapPriceStockRow({ SKU: "bad sku", Price: "100", MRP: "50", Stock: "-1", Alert: "x" }, m);
    expect(result.ok ? [] : result.issues.map((i) => i.column)).toEqual(["SKU", "Stock", "Alert", "MRP"]);
  });
});
