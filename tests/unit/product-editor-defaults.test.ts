import { describe, expect, it } from "vitest";
import { newProductValues, newSkuToken, newVariantRow, skuBase } from "@/components/seller/product-editor/defaults";
import { productEditorSchema } from "@/lib/catalog/product-schemas";
import { mergeVariantMatrix } from "@/lib/catalog/variant-matrix";

const options = [
  { name: "Size", values: ["S", "M", "L"] },
  { name: "Colour", values: ["Red", "Blue", "Green"] },
];

describe("suggested SKUs", () => {
  it("start with the title and the product's token, so similar titles do not clash", () => {
    expect(skuBase("Cotton T-shirt, V neck", "7K2Q")).toBe("COTTONT-7K2Q");
    expect(skuBase("Cotton T-shirt, round neck", "P4XZ")).not.toBe(skuBase("Cotton T-shirt, V neck", "7K2Q"));
    expect(skuBase("", "7K2Q")).toBe("SKU-7K2Q");
    expect(newVariantRow(skuBase("Cotton Tee", "7K2Q"), options, { Size: "L", Colour: "Green" }).sku).toBe("COTTONT-7K2Q-L-GREEN");
  });

  it("tokens are 4 unambiguous characters and differ between products", () => {
    const tokens = new Set(Array.from({ length: 50 }, newSkuToken));
    for (const token of tokens) expect(token).toMatch(/^[A-HJ-NP-Z2-9]{4}$/);
    expect(tokens.size).toBeGreaterThan(45);
  });
});

describe("variant rows", () => {
  it("new combinations take the first row's prices and alert level but start with no stock", () => {
    const first = { ...newVariantRow("TEE-1", [], {}), price: "499", mrp: "699", stock: "40", lowStockThreshold: "3" };
    const rows = mergeVariantMatrix(options, [first], (c) => newVariantRow("TEE-1", options, c, first));
    expect(rows).toHaveLength(9);
    expect(rows.every((r) => r.price === "499" && r.mrp === "699" && r.stock === "0" && r.lowStockThreshold === "3")).toBe(true);
    expect(new Set(rows.map((r) => r.sku)).size).toBe(9);
  });

  it("a generated matrix with prices passes the server's schema; a blank new product does not", () => {
    const values = newProductValues();
    const template = { ...values.variants[0], price: "499", mrp: "699" };
    const variants = mergeVariantMatrix(options, [], (c) => newVariantRow("TEE-1", options, c, template));
    const filled = { ...values, title: "Cotton Tee", categoryId: crypto.randomUUID(), options, variants };
    expect(productEditorSchema.safeParse(filled).success).toBe(true);
    const blank = productEditorSchema.safeParse(values);
    expect(blank.success).toBe(false);
    const paths = blank.error?.issues.map((i) => i.path.join(".")) ?? [];
    expect(paths).toEqual(expect.arrayContaining(["title", "categoryId", "variants.0.sku", "variants.0.price", "variants.0.mrp"]));
  });
});
