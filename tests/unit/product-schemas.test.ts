import { describe, expect, it } from "vitest";
import { productEditorSchema, reviewDecisionSchema, type ProductEditorInput } from "@/lib/catalog/product-schemas";
import { fieldErrorsByPath } from "@/lib/platform/errors";

const CATEGORY = "3f1c2a4e-8b7d-4c6e-9a1b-2c3d4e5f6a7b";
const VARIANT = "0b6f3a52-6b3e-4d5b-8f0e-9b1c2d3e4f5a";
const OTHER_VARIANT = "5c9d7e21-4a3b-4c2d-9e8f-7a6b5c4d3e2f";

const variant = (over: Partial<ProductEditorInput["variants"][number]> = {}) => ({
  optionValues: {},
  sku: "KURTA-1",
  price: "249.50",
  mrp: "299",
  stock: "12",
  lowStockThreshold: "3",
  ...over,
});

const input = (over: Partial<ProductEditorInput> = {}): ProductEditorInput => ({
  type: "physical",
  title: "Handloom kurta",
  description: "Cotton",
  categoryId: CATEGORY,
  variants: [variant()],
  ...over,
});

function errors(value: ProductEditorInput) {
  const result = productEditorSchema.safeParse(value);
  return result.success ? {} : fieldErrorsByPath(result.error.issues);
}

describe("productEditorSchema: values", () => {
  it("turns rupees into paise, counts into integers and empty optional text into null", () => {
    const parsed = productEditorSchema.parse(input({ brandId: "", seoTitle: "  ", variants: [variant({ weightGrams: "", lengthMm: "120" })] }));
    expect(parsed.variants[0]).toMatchObject({ price: 24_950, mrp: 29_900, stock: 12, lowStockThreshold: 3, weightGrams: null, lengthMm: 120, widthMm: null });
    expect(parsed).toMatchObject({ brandId: null, seoTitle: null, seoDescription: null, attributes: {}, images: [], options: [], bundleItems: [], digitalFile: null, licenceKeys: [] });
  });

  it("rounds half-rupees exactly", () => {
    expect(productEditorSchema.parse(input({ variants: [variant({ price: "0.29", mrp: "1234567.99" })] })).variants[0]).toMatchObject({ price: 29, mrp: 123_456_799 });
  });

  it("refuses bad money, counts and measures with messages on the field", () => {
    const bad = errors(
      input({ variants: [variant({ price: "12.345", mrp: "abc", stock: "-1", lowStockThreshold: "1.5", weightGrams: "0", heightMm: "tall" })] }),
    );
    expect(bad).toEqual({
      "variants.0.price": ["Enter the price in rupees, e.g. 249 or 249.50"],
      "variants.0.mrp": ["Enter the MRP in rupees, e.g. 249 or 249.50"],
      "variants.0.stock": ["Enter the stock as a whole number"],
      "variants.0.lowStockThreshold": ["Enter the low-stock alert as a whole number"],
      "variants.0.weightGrams": ["The weight must be more than 0"],
      "variants.0.heightMm": ["Enter the height as a whole number, or leave it empty"],
    });
    expect(errors(input({ variants: [variant({ stock: "1000001" })] }))).toEqual({ "variants.0.stock": ["The stock can be at most 10,00,000"] });
  });

  it("refuses an MRP below the price", () => {
    expect(errors(input({ variants: [variant({ price: "300", mrp: "299" })] }))).toEqual({ "variants.0.mrp": ["The MRP cannot be below the price"] });
  });

  it("checks SKUs: characters and uniqueness within the product, ignoring case", () => {
    const options = [{ name: "Size", values: ["S", "M", "L"] }];
    const bad = errors(
      input({
        options,
        variants: [variant({ optionValues: { Size: "S" }, sku: "K-1" }), variant({ optionValues: { Size: "M" }, sku: "k-1" }), variant({ optionValues: { Size: "L" }, sku: "K 3" })],
      }),
    );
    expect(bad).toEqual({
      "variants.1.sku": ["Each variant needs its own SKU"],
      "variants.2.sku": ["Use letters, digits, dot, dash or underscore in a SKU"],
    });
  });

  it("requires a title and at least one variant", () => {
    expect(errors(input({ title: " a ", variants: [] }))).toEqual({
      title: ["Give the product a title of at least 3 characters"],
      variants: ["Add at least one variant"],
    });
  });
});

describe("productEditorSchema: options and the variant matrix", () => {
  it("requires one variant per combination", () => {
    const options = [{ name: "Size", values: ["S", "M"] }];
    expect(errors(input({ options, variants: [variant({ optionValues: { Size: "S" } })] }))).toEqual({ variants: ["M has no variant"] });
  });

  it("refuses duplicate option names and values, and more than three options", () => {
    expect(errors(input({ options: [{ name: "Size", values: ["S", "s"] }], variants: [variant({ optionValues: { Size: "S" } })] }))["options.0.values"]).toEqual([
      "Each value can appear only once",
    ]);
    const four = ["A", "B", "C", "D"].map((name) => ({ name, values: ["x"] }));
    expect(errors(input({ options: four, variants: [variant({ optionValues: { A: "x", B: "x", C: "x", D: "x" } })] })).options).toEqual([
      "A product can have at most 3 options",
    ]);
  });
});

describe("productEditorSchema: bundles and digital goods", () => {
  const items = [
    { variantId: VARIANT, quantity: "2" },
    { variantId: OTHER_VARIANT, quantity: "1" },
  ];

  it("accepts a bundle of two or more distinct items with whole quantities", () => {
    expect(productEditorSchema.parse(input({ type: "bundle", bundleItems: items })).bundleItems).toEqual([
      { variantId: VARIANT, quantity: 2 },
      { variantId: OTHER_VARIANT, quantity: 1 },
    ]);
  });

  it("refuses a bundle with one item, a repeated item, options or a zero quantity", () => {
    expect(errors(input({ type: "bundle", bundleItems: [items[0]] })).bundleItems).toEqual(["A bundle needs at least two items"]);
    expect(errors(input({ type: "bundle", bundleItems: [items[0], items[0]] })).bundleItems).toEqual(["Each item can be in the bundle only once"]);
    expect(errors(input({ type: "bundle", bundleItems: [items[0], { variantId: OTHER_VARIANT, quantity: "0" }] }))["bundleItems.1.quantity"]).toEqual([
      "The quantity must be at least 1",
    ]);
    const options = [{ name: "Size", values: ["S"] }];
    expect(errors(input({ type: "bundle", bundleItems: items, options, variants: [variant({ optionValues: { Size: "S" } })] })).options).toEqual([
      "A bundle has no options: its contents are fixed",
    ]);
  });

  it("refuses bundle items, files and keys on the wrong type", () => {
    expect(errors(input({ bundleItems: items })).bundleItems).toEqual(["Only a bundle has items"]);
    expect(errors(input({ licenceKeys: "KEY-1" })).digitalFile).toEqual(["Only a digital product has a file or licence keys"]);
  });

  it("splits licence keys by line, trimmed and de-duplicated; a digital product may save without new keys", () => {
    expect(productEditorSchema.parse(input({ type: "digital", licenceKeys: " AAA-1 \r\nBBB-2\n\nAAA-1\n" })).licenceKeys).toEqual(["AAA-1", "BBB-2"]);
    // Whether it has a file or keys at all is checked by the service, which knows the keys already stored.
    expect(productEditorSchema.safeParse(input({ type: "digital" })).success).toBe(true);
    expect(errors(input({ type: "digital", licenceKeys: "x".repeat(201) })).licenceKeys).toEqual(["A licence key can be at most 200 characters"]);
  });
});

describe("reviewDecisionSchema", () => {
  it("needs products and, to reject, a reason of at least 5 characters", () => {
    expect(reviewDecisionSchema.safeParse({ decision: "approve", productIds: [VARIANT] }).success).toBe(true);
    expect(reviewDecisionSchema.safeParse({ decision: "approve", productIds: [] }).success).toBe(false);
    const noReason = reviewDecisionSchema.safeParse({ decision: "reject", productIds: [VARIANT], reason: " bad " });
    expect(noReason.success ? {} : fieldErrorsByPath(noReason.error.issues)).toEqual({ reason: ["Tell the seller why, in at least 5 characters"] });
  });
});
