import { skuFragment, suggestSku, type Combination, type OptionSpec } from "@/lib/catalog/variant-matrix";
import type { VariantInput } from "@/lib/catalog/product-schemas";
import type { EditorValues } from "./types";

export const DEFAULT_LOW_STOCK_THRESHOLD = "5";

/**
 * The start of suggested SKUs: the title's first letters and a token of the product (SKUs are unique
 * across the marketplace, so "Cotton T-shirt V neck" and "Cotton T-shirt round neck" must differ),
 * e.g. "COTTONT-7K2Q". Within skuFragment's 12 characters.
 */
export function skuBase(title: string, token: string): string {
  return `${skuFragment(title).replace(/-/g, "").slice(0, 7) || "SKU"}-${token.slice(0, 4)}`;
}

/** A random 4-character token for a product not saved yet. */
export function newSkuToken(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(4));
  return Array.from(bytes, (b) => "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"[b % 32]).join("");
}

/** A variant row for a combination, priced like `template` (the first existing row) when there is one. */
export function newVariantRow(base: string, options: readonly OptionSpec[], combination: Combination, template?: VariantInput): VariantInput {
  return {
    optionValues: combination,
    sku: suggestSku(base, options, combination),
    price: template?.price ?? "",
    mrp: template?.mrp ?? "",
    stock: "0",
    lowStockThreshold: template?.lowStockThreshold ?? DEFAULT_LOW_STOCK_THRESHOLD,
    weightGrams: template?.weightGrams ?? "",
    lengthMm: template?.lengthMm ?? "",
    widthMm: template?.widthMm ?? "",
    heightMm: template?.heightMm ?? "",
  };
}

/** The form of a product not saved yet: a physical product with one "Standard" variant. */
export function newProductValues(): EditorValues {
  return {
    type: "physical",
    title: "",
    description: "",
    categoryId: "",
    brandId: "",
    attributes: {},
    seoTitle: "",
    seoDescription: "",
    images: [],
    options: [],
    variants: [{ ...newVariantRow("", [], {}), sku: "" }],
    bundleItems: [],
    digitalFile: null,
    licenceKeys: "",
  };
}
