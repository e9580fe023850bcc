/**
 * One file row → what it would import, or why it cannot: the row's cells are cleaned (values.ts) and
 * checked with the product editor's own schema, so an imported product obeys the editor's rules
 * (SKU format, rupee amounts, MRP not below the price, title length…). Each problem names the file
 * column it came from. Client-safe: the mapping step previews rows with the same code.
 */
import type { AttributeValues, Specifications } from "@/models/catalog";
import { attributeInputFromValues, parseAttributeValues, type CategoryAttributeDef } from "../attribute-rules";
import { productEditorSchema } from "../product-schemas";
import { shortHash } from "../slug";
import { resolveCategory, splitPath, normalizeName, type CategoryIndex } from "./category-match";
import { specColumns, type ImportMapping } from "./fields";
import { countText, decimalOf, displayValue, rupeesText, textOf, type SourceRecord } from "./values";

export interface RowIssue {
  column: string;
  value: string;
  message: string;
}

export type RowResult<T> = { ok: true; value: T } | { ok: false; issues: RowIssue[] };

export interface SpecCell {
  label: string;
  column: string;
  value: string;
}

export interface ProductDraft {
  /** Identifies the product within the seller's imports: the source ID, else "sku:<SKU>". */
  ref: string;
  title: string;
  /** null: not in the file (an update keeps the current description). */
  description: string | null;
  /** null: no category matched and no default was chosen; a new product then fails with `categoryProblem`, an update keeps its category. */
  categoryId: string | null;
  /** False when the row fell back to the default category (an update then keeps the current one). */
  categoryFromFile: boolean;
  categoryProblem: RowIssue | null;
  brand: string | null;
  specs: SpecCell[];
  rating: { x100: number; count: number | null } | null;
  variant: {
    sku: string;
    pricePaise: number;
    mrpPaise: number;
    /** null: not in the file (0 for a new product, unchanged for an existing one). */
    stock: number | null;
    lowStockThreshold: number | null;
    weightGrams: number | null;
  };
}

export interface ProductRowContext {
  categories: CategoryIndex;
  defaultCategoryId: string | null;
  /** Short code of the seller, prefixed to SKUs made from source IDs so they stay unique on the marketplace. */
  sellerCode: string;
}

export const MAX_BRAND_LENGTH = 100;
/** Stands in for an unresolved category while the rest of the row is checked. */
const PLACEHOLDER_ID = "00000000-0000-4000-8000-000000000000";

export function sellerCodeOf(sellerId: string): string {
  return shortHash(sellerId, 6).toUpperCase();
}

/** A SKU made from a source ID: "<CODE>-<ID>", with anything a SKU cannot hold turned into "-", hashed when too long. */
export function skuFromRef(sellerCode: string, ref: string): string {
  const clean = ref.replace(/[^A-Za-z0-9._-]+/g, "-").replace(/^[^A-Za-z0-9]+/, "");
  const body = clean && clean.length <= 64 - sellerCode.length - 1 ? clean : shortHash(ref, 12).toUpperCase();
  return `${sellerCode}-${body}`;
}

/** A problem of `record` at `column` (none: the row as a whole), with the value found there. */
export function issue(record: SourceRecord, column: string | undefined, message: string): RowIssue {
  return { column: column ?? "", value: column ? displayValue(record[column]) : "", message };
}

/** Which mapped column an editor-schema issue path points at. */
function columnForPath(path: readonly PropertyKey[], mapping: ImportMapping): string | undefined {
  const [head, , field] = path;
  if (head === "variants" && typeof field === "string") return mapping[field];
  if (head === "categoryId") return mapping.category ?? mapping.category2 ?? mapping.category3;
  return typeof head === "string" ? mapping[head] : undefined;
}

function categoryLevels(record: SourceRecord, mapping: ImportMapping): string[] {
  return (["category", "category2", "category3"] as const).flatMap((field) => {
    const text = mapping[field] ? textOf(record[mapping[field]]) : null;
    return text ? splitPath(text) : [];
  });
}

export function mapProductRow(record: SourceRecord, mapping: ImportMapping, ctx: ProductRowContext): RowResult<ProductDraft> {
  const issues: RowIssue[] = [];
  const cell = (field: string) => (mapping[field] ? record[mapping[field]] : undefined);

  const skuText = textOf(cell("sku"));
  const refText = textOf(cell("ref"));
  if (mapping.ref && !refText) issues.push(issue(record, mapping.ref, "The source ID is empty"));
  const sku = skuText ?? (refText ? skuFromRef(ctx.sellerCode, refText) : "");

  const levels = categoryLevels(record, mapping);
  const matched = levels.length ? resolveCategory(ctx.categories, levels) : null;
  const categoryId = matched ?? ctx.defaultCategoryId;
  const categoryColumn = mapping.category ?? mapping.category2 ?? mapping.category3;
  const categoryProblem = categoryId
    ? null
    : issue(
        record,
        categoryColumn,
        levels.length
          ? `No category matches “${levels.join(" > ")}”: choose a default category in the mapping step, or use one of our category names`
          : "The category is empty: choose a default category in the mapping step",
      );

  const brand = textOf(cell("brand"));
  if (brand && brand.length > MAX_BRAND_LENGTH) issues.push(issue(record, mapping.brand, `A brand name can be at most ${MAX_BRAND_LENGTH} characters`));

  const price = rupeesText(cell("price"));
  const parsed = productEditorSchema.safeParse({
    type: "physical",
    title: textOf(cell("title")) ?? "",
    description: textOf(cell("description")) ?? "",
    categoryId: categoryId ?? PLACEHOLDER_ID,
    variants: [
      {
        optionValues: {},
        sku,
        price: price ?? "",
        mrp: rupeesText(cell("mrp")) ?? price ?? "",
        stock: countText(cell("stock")) ?? "0",
        lowStockThreshold: countText(cell("lowStockThreshold")) ?? "5",
        weightGrams: countText(cell("weightGrams")) ?? "",
      },
    ],
  });
  if (!parsed.success) {
    // A SKU made from the source ID, or an MRP taken from the price, fails only with what it came from, which is reported already.
    const derived = new Set([...(mapping.sku ? [] : ["sku"]), ...(rupeesText(cell("mrp")) === null ? ["mrp"] : [])]);
    for (const i of parsed.error.issues) {
      const fromOtherCell = i.path[0] === "variants" && derived.has(String(i.path[2]));
      if (!fromOtherCell) issues.push(issue(record, columnForPath(i.path, mapping), i.message));
    }
  }

  let rating: ProductDraft["rating"] = null;
  if (mapping.rating && textOf(cell("rating")) !== null) {
    const stars = decimalOf(cell("rating"));
    const count = mapping.ratingCount ? countText(cell("ratingCount")) : null;
    if (stars === null || stars < 0 || stars > 5) issues.push(issue(record, mapping.rating, "Enter the rating as a number from 0 to 5"));
    else if (count !== null && !/^\d{1,9}$/.test(count)) issues.push(issue(record, mapping.ratingCount, "Enter the number of ratings as a whole number"));
    else rating = { x100: Math.round(stars * 100), count: count === null ? null : Number(count) };
  }

  const specs: SpecCell[] = [];
  for (const { label, column } of specColumns(mapping)) {
    const value = textOf(record[column]);
    if (value === null) continue;
    if (value.length > 200) issues.push(issue(record, column, "A specification can be at most 200 characters"));
    else specs.push({ label, column, value });
  }

  if (issues.length > 0 || !parsed.success) return { ok: false, issues };
  const values = parsed.data;
  const v = values.variants[0];
  return {
    ok: true,
    value: {
      ref: refText ?? `sku:${v.sku}`,
      title: values.title,
      description: mapping.description && textOf(cell("description")) !== null ? values.description : null,
      categoryId,
      categoryFromFile: matched !== null,
      categoryProblem,
      brand,
      specs,
      rating,
      variant: {
        sku: v.sku,
        pricePaise: v.price,
        mrpPaise: v.mrp,
        stock: textOf(cell("stock")) === null ? null : v.stock,
        lowStockThreshold: textOf(cell("lowStockThreshold")) === null ? null : v.lowStockThreshold,
        weightGrams: v.weightGrams,
      },
    },
  };
}

/**
 * The product's attributes and specifications once its category is known: spec columns named like
 * one of the category's attributes (by label or key) fill it and are checked as the editor checks
 * them; the rest stay free-form specifications. `existing` values (an update) are kept unless the
 * file gives new ones, so required attributes set in the editor stay satisfied.
 */
export function resolveAttributes(
  defs: readonly CategoryAttributeDef[],
  specs: readonly SpecCell[],
  existing: AttributeValues | null,
): RowResult<{ attributes: AttributeValues; specifications: Specifications }> {
  const input = attributeInputFromValues(existing ?? {});
  const columnOf = new Map<string, SpecCell>();
  const specifications: Specifications = {};
  for (const spec of specs) {
    const label = normalizeName(spec.label);
    const def = defs.find((d) => normalizeName(d.label) === label || normalizeName(d.key) === label);
    if (def) {
      input[def.key] = spec.value;
      columnOf.set(def.key, spec);
    } else specifications[spec.label] = spec.value;
  }
  const parsed = parseAttributeValues(defs, input);
  if ("errors" in parsed) {
    const issues = Object.entries(parsed.errors).map(([key, message]) => {
      const spec = columnOf.get(key);
      return { column: spec?.column ?? "", value: spec ? displayValue(spec.value) : "", message };
    });
    return { ok: false, issues };
  }
  return { ok: true, value: { attributes: parsed.values, specifications } };
}
