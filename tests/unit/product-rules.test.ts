import { describe, expect, it } from "vitest";
import { attributeInputFromValues, formatAttributeValue, parseAttributeValues } from "@/lib/catalog/attribute-rules";
import { bundleAvailability, bundleSumOfParts } from "@/lib/catalog/bundle-rules";
import {
  CONTENT_FIELDS,
  contentFromEditor,
  contentFromProduct,
  diffContent,
  digitalStockOnHand,
  editMode,
  FIELD_REVIEW,
  isReviewedField,
  nextStatus,
  paiseToRupeesInput,
  PRODUCT_ACTIONS,
  sameContent,
  transitionRefusal,
  UNLIMITED_DIGITAL_STOCK,
} from "@/lib/catalog/product-rules";
import { productEditorSchema } from "@/lib/catalog/product-schemas";
import { planVariantSync, reservedStockMessage, STALE_VARIANT_MESSAGE, type ExistingVariant } from "@/lib/catalog/variant-sync";
import { PRODUCT_STATUSES, type ProductContent } from "@/models/catalog";

describe("status machine", () => {
  it("allows exactly the workflow's moves", () => {
    const legal = PRODUCT_ACTIONS.flatMap((action) => PRODUCT_STATUSES.map((from) => [action, from, nextStatus(action, from)] as const)).filter(([, , to]) => to);
    expect(legal).toEqual([
      ["submit", "draft", "pending_review"],
      ["submit", "rejected", "pending_review"],
      ["approve", "pending_review", "active"],
      ["reject", "pending_review", "rejected"],
      ["archive", "active", "archived"],
      ["restore", "archived", "active"],
    ]);
  });

  it("explains a refusal in plain words", () => {
    expect(transitionRefusal("approve", "draft")).toBe("This product is a draft, so it cannot be approved.");
    expect(transitionRefusal("submit", "active")).toBe("This product is live, so it cannot be submitted for review.");
    expect(transitionRefusal("submit", "pending_review")).toBe("This product is already waiting for review, so it cannot be submitted for review.");
  });

  it("edits unpublished products in place, live ones through review, and locks archived ones", () => {
    expect(PRODUCT_STATUSES.map((s) => [s, editMode(s)])).toEqual([
      ["draft", "in_place"],
      ["pending_review", "in_place"],
      ["active", "revision"],
      ["rejected", "in_place"],
      ["archived", "locked"],
    ]);
  });
});

describe("reviewed and immediate fields", () => {
  it("reviews what shoppers read and applies prices, stock and structure at once", () => {
    expect(CONTENT_FIELDS.every(isReviewedField)).toBe(true);
    expect(Object.entries(FIELD_REVIEW).filter(([, r]) => r === "immediate").map(([f]) => f)).toEqual(["options", "variants", "bundleItems", "digitalFile", "licenceKeys"]);
    expect(isReviewedField("variants")).toBe(false);
    expect(isReviewedField("nonsense")).toBe(false);
  });
});

const CATEGORY = "3f1c2a4e-8b7d-4c6e-9a1b-2c3d4e5f6a7b";
const content = (over: Partial<ProductContent> = {}): ProductContent => ({
  title: "Kurta",
  description: "Cotton",
  categoryId: CATEGORY,
  brandId: null,
  attributes: { fabric: "Cotton", sleeves: 3 },
  seoTitle: null,
  seoDescription: null,
  images: [{ storageKey: "a.webp", alt: "Front", width: 10, height: 10 }],
  ...over,
});

describe("product content", () => {
  it("builds the same content from the editor and from the stored row", () => {
    const values = productEditorSchema.parse({
      type: "physical",
      title: " Kurta ",
      description: "Cotton",
      categoryId: CATEGORY,
      seoTitle: "",
      images: [{ storageKey: "a.webp", alt: "", width: 10, height: 10 }],
      variants: [{ optionValues: {}, sku: "K1", price: "1", mrp: "1", stock: "1", lowStockThreshold: "1" }],
    });
    const fromEditor = contentFromEditor(values, { sleeves: 3, fabric: "Cotton" });
    // Empty alt text falls back to the title, so every picture has a text alternative.
    expect(fromEditor.images[0].alt).toBe("Kurta");
    const row = { title: "Kurta", description: "Cotton", categoryId: CATEGORY, brandId: null, attributes: { fabric: "Cotton", sleeves: 3 }, seoTitle: null, seoDescription: null };
    expect(sameContent(fromEditor, contentFromProduct(row, [{ storageKey: "a.webp", alt: "Kurta", width: 10, height: 10 }]))).toBe(true);
  });

  it("lists the fields that differ, ignoring attribute key order", () => {
    expect(diffContent(content(), content({ attributes: { sleeves: 3, fabric: "Cotton" } }))).toEqual([]);
    expect(diffContent(content(), content({ title: "Kurta set", attributes: { fabric: "Silk", sleeves: 3 } }))).toEqual(["title", "attributes"]);
    expect(diffContent(content(), content({ images: [] }))).toEqual(["images"]);
    const swapped = content({ images: [{ storageKey: "b.webp", alt: "Back", width: 1, height: 1 }, { storageKey: "a.webp", alt: "Front", width: 10, height: 10 }] });
    expect(diffContent(content(), swapped)).toEqual(["images"]);
    expect(diffContent(content(), content({ brandId: CATEGORY, seoDescription: "x", categoryId: "other" }))).toEqual(["categoryId", "brandId", "seoDescription"]);
  });
});

describe("editor text and digital stock", () => {
  it("prints paise as rupee text the schema reads back", () => {
    expect([24_950, 24_900, 5, 0, 123_456_799].map(paiseToRupeesInput)).toEqual(["249.50", "249", "0.05", "0", "1234567.99"]);
  });

  it("sells key-based products by the keys left and file-only ones without limit", () => {
    expect(digitalStockOnHand({ totalKeys: 5, availableKeys: 3, reserved: 1 })).toBe(3);
    expect(digitalStockOnHand({ totalKeys: 5, availableKeys: 0, reserved: 0 })).toBe(0);
    expect(digitalStockOnHand({ totalKeys: 5, availableKeys: 1, reserved: 2 })).toBe(2);
    expect(digitalStockOnHand({ totalKeys: 0, availableKeys: 0, reserved: 4 })).toBe(UNLIMITED_DIGITAL_STOCK);
  });
});

describe("planVariantSync", () => {
  const existing = (over: Partial<ExistingVariant> & { id: string }): ExistingVariant => ({ optionValues: {}, isActive: true, stockReserved: 0, referenced: false, ...over });
  const red = existing({ id: "red", optionValues: { Colour: "Red" } });
  const blue = existing({ id: "blue", optionValues: { Colour: "Blue" }, referenced: true });
  const green = existing({ id: "green", optionValues: { Colour: "Green" }, stockReserved: 2 });
  const old = existing({ id: "old", optionValues: { Colour: "Black" }, isActive: false });

  it("updates rows with ids, revives or reuses a combination for rows without, and inserts the rest", () => {
    const plan = planVariantSync([red, blue, old], [
      { id: "red", optionValues: { Colour: "Red" }, stock: 1 },
      { optionValues: { Colour: "Black" }, stock: 1 },
      { optionValues: { Colour: "Blue" }, stock: 1 },
      { optionValues: { Colour: "White" }, stock: 1 },
    ]);
    expect(plan).toEqual({ targets: ["red", "old", "blue", null], remove: [], errors: {} });
  });

  it("deletes unreferenced leftovers and deactivates referenced or reserved ones", () => {
    const plan = planVariantSync([red, blue, green, old], [{ optionValues: { Colour: "White" }, stock: 1 }]);
    expect(plan.targets).toEqual([null]);
    expect(plan.remove).toEqual([
      { id: "red", mode: "delete" },
      { id: "blue", mode: "deactivate" },
      { id: "green", mode: "deactivate" },
    ]);
  });

  it("refuses stock below the reserved units and unknown or repeated ids", () => {
    const plan = planVariantSync([green], [
      { id: "green", optionValues: { Colour: "Green" }, stock: 1 },
      { id: "gone", optionValues: { Colour: "Red" }, stock: 1 },
      { id: "green", optionValues: { Colour: "Blue" }, stock: 1 },
    ]);
    expect(plan.errors).toEqual({ variants: [STALE_VARIANT_MESSAGE], "variants.0.stock": [reservedStockMessage(2)] });
    expect(reservedStockMessage(1)).toBe("1 unit is reserved for open orders, so stock cannot go below 1");
  });
});

describe("attribute values", () => {
  const defs = [
    { key: "ram", label: "RAM", type: "number" as const, unit: "GB", options: [], required: true },
    { key: "colour", label: "Colour", type: "select" as const, unit: null, options: ["Black", "Silver"], required: false },
    { key: "dual_sim", label: "Dual SIM", type: "boolean" as const, unit: null, options: [], required: false },
    { key: "model", label: "Model", type: "text" as const, unit: null, options: [], required: false },
  ];

  it("types the values, canonicalises options, drops unknown keys and empty optional ones", () => {
    expect(parseAttributeValues(defs, { ram: "1,024", colour: "silver", dual_sim: "No", model: " X1 ", extra: "?" , })).toEqual({
      values: { ram: 1024, colour: "Silver", dual_sim: false, model: "X1" },
    });
    expect(parseAttributeValues(defs, { ram: "6.5", colour: "" })).toEqual({ values: { ram: 6.5 } });
  });

  it("gives one message per bad attribute", () => {
    expect(parseAttributeValues(defs, { ram: "lots", colour: "Pink", dual_sim: "perhaps" })).toEqual({
      errors: { ram: "Enter the ram as a number in GB, e.g. 8", colour: "Choose one of: Black, Silver", dual_sim: "Choose yes or no" },
    });
    expect(parseAttributeValues(defs, {})).toEqual({ errors: { ram: "Enter the ram" } });
  });

  it("round-trips to editor text and formats for reading", () => {
    expect(attributeInputFromValues({ ram: 8, dual_sim: true, model: "X1" })).toEqual({ ram: "8", dual_sim: "true", model: "X1" });
    expect(parseAttributeValues(defs, attributeInputFromValues({ ram: 8, dual_sim: true }))).toEqual({ values: { ram: 8, dual_sim: true } });
    expect(formatAttributeValue(defs[0], 8)).toBe("8 GB");
    expect(formatAttributeValue(defs[2], false)).toBe("No");
    expect(formatAttributeValue(undefined, 12_500)).toBe("12,500");
  });
});

describe("bundle arithmetic", () => {
  it("sells as many bundles as the scarcest component allows", () => {
    expect(bundleAvailability([{ quantity: 2, available: 9 }, { quantity: 1, available: 7 }])).toBe(4);
    expect(bundleAvailability([{ quantity: 3, available: 2 }, { quantity: 1, available: 7 }])).toBe(0);
    expect(bundleAvailability([{ quantity: 1, available: -3 }])).toBe(0);
    expect(bundleAvailability([])).toBe(0);
  });

  it("adds up the parts", () => {
    expect(bundleSumOfParts([{ quantity: 2, pricePaise: 4_500 }, { quantity: 1, pricePaise: 5_600 }])).toBe(14_600);
    expect(bundleSumOfParts([])).toBe(0);
  });
});
