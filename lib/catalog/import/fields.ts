/**
 * What a catalogue import can fill: the target fields of each import kind, with the labels and hints
 * the mapping step shows. A mapping is a flat record target → source column; extra columns kept as
 * specifications use the key "spec:<Label>". Client-safe: no I/O.
 */
import type { ImportKind } from "@/models/catalog";

export const PRODUCT_FIELDS = [
  "ref",
  "sku",
  "title",
  "description",
  "category",
  "category2",
  "category3",
  "brand",
  "price",
  "mrp",
  "stock",
  "lowStockThreshold",
  "weightGrams",
  "rating",
  "ratingCount",
] as const;
export type ProductField = (typeof PRODUCT_FIELDS)[number];

export const PRICE_STOCK_FIELDS = ["sku", "price", "mrp", "stock", "lowStockThreshold"] as const;
export type PriceStockField = (typeof PRICE_STOCK_FIELDS)[number];

export type TargetField = ProductField | PriceStockField;

export interface FieldInfo {
  label: string;
  hint: string;
}

export const FIELD_INFO: Record<TargetField, FieldInfo> = {
  ref: { label: "Source ID", hint: "Your own ID for the product. Re-importing the file updates the products with the same ID." },
  sku: { label: "SKU", hint: "Letters, digits, dot, dash or underscore. Left unmapped, a SKU is made from the source ID." },
  title: { label: "Title", hint: "3 to 200 characters." },
  description: { label: "Description", hint: "Up to 5,000 characters." },
  category: { label: "Category", hint: "A name or a path like “Beauty > Hair Care > Hair Oil”, matched to our categories." },
  category2: { label: "Sub-category", hint: "Second level, when the file has the levels in separate columns." },
  category3: { label: "Third level", hint: "Third level (e.g. product type), when in its own column." },
  brand: { label: "Brand", hint: "Matched to our brands by name; a new brand is added." },
  price: { label: "Price (₹)", hint: "Selling price in rupees: 249, 249.50, ₹1,299 all work." },
  mrp: { label: "MRP (₹)", hint: "Not below the price. Without it, the MRP is the price." },
  stock: { label: "Stock", hint: "Units on hand, a whole number. Empty keeps the current stock (0 for new products)." },
  lowStockThreshold: { label: "Low-stock alert", hint: "You are warned when stock falls to this level (default 5)." },
  weightGrams: { label: "Weight (g)", hint: "Shipping weight in whole grams." },
  rating: { label: "Rating", hint: "Average rating from 0 to 5." },
  ratingCount: { label: "Number of ratings", hint: "How many ratings the average is based on." },
};

export function fieldsOf(kind: ImportKind): readonly TargetField[] {
  return kind === "products" ? PRODUCT_FIELDS : PRICE_STOCK_FIELDS;
}

export type ImportMapping = Record<string, string>;

export const SPEC_PREFIX = "spec:";

export function specKey(label: string): string {
  return `${SPEC_PREFIX}${label}`;
}

/** The spec columns of a mapping: label → source column, in mapping order. */
export function specColumns(mapping: ImportMapping): { label: string; column: string }[] {
  return Object.entries(mapping)
    .filter(([key]) => key.startsWith(SPEC_PREFIX))
    .map(([key, column]) => ({ label: key.slice(SPEC_PREFIX.length), column }));
}

/** "PrimaryColor" → "Primary color", "warranty_information" → "Warranty information", "Price (INR)" kept readable. */
export function humanizeColumn(column: string): string {
  const words = column
    .replace(/([a-z0-9])([A-Z])/g, "$1 $2")
    .replace(/[_\-.]+/g, " ")
    .replace(/\s+/g, " ")
    .trim()
    .toLowerCase();
  return words ? words[0].toUpperCase() + words.slice(1) : column;
}

/**
 * Problems with a mapping before anything runs: the fields an import cannot do without, and columns
 * that are not in the file. Returns messages keyed by target field ("_form" for the whole mapping).
 */
export function mappingProblems(kind: ImportKind, mapping: ImportMapping, headers: readonly string[]): Record<string, string> {
  const problems: Record<string, string> = {};
  const known = new Set(headers);
  const allowed = new Set<string>(fieldsOf(kind));
  for (const [target, column] of Object.entries(mapping)) {
    if (!allowed.has(target) && !(kind === "products" && target.startsWith(SPEC_PREFIX))) problems[target] = "This is not a field of this kind of import";
    else if (!known.has(column)) problems[target] = `The file has no column “${column}”`;
  }
  if (kind === "products") {
    if (!mapping.title) problems.title = "Choose the column with the product titles";
    if (!mapping.price) problems.price = "Choose the column with the prices";
    if (!mapping.sku && !mapping.ref) problems.ref = "Choose a SKU or a source ID column, so re-importing the file updates products instead of duplicating them";
  } else {
    if (!mapping.sku) problems.sku = "Choose the column with your SKUs";
    if (!PRICE_STOCK_FIELDS.some((f) => f !== "sku" && mapping[f])) problems._form = "Choose at least one of price, MRP, stock or low-stock alert to update";
  }
  return problems;
}

/**
 * A products file with no category column and no default category can only update existing products:
 * every new one would fail. The mapping step warns (an update-only file is fine).
 */
export function lacksCategory(kind: ImportKind, mapping: ImportMapping, defaultCategoryId: string | null): boolean {
  return kind === "products" && !mapping.category && !mapping.category2 && !mapping.category3 && !defaultCategoryId;
}
