/**
 * How an imported row changes a product that already exists: its fields are laid over the product's
 * next state (several rows may update one product, e.g. one per variant SKU), empty cells keep what
 * is there, and stock never drops below what open orders reserved. Pure: the writer loads the rows.
 */
import type { Product, ProductContent, ProductRevision } from "@/models";
import type { CategoryAttributeDef } from "../attribute-rules";
import type { ImportMapping } from "./fields";
import { resolveAttributes, type ProductDraft, type RowIssue } from "./rows";
import { displayValue } from "./values";

export interface ExistingVariant {
  id: string;
  sku: string;
  productId: string;
  pricePaise: number;
  mrpPaise: number;
  stockOnHand: number;
  stockReserved: number;
  lowStockThreshold: number;
  weightGrams: number | null;
}

export interface ExistingProduct {
  row: Product;
  /** The live (approved) content, for a product in review mode. */
  live: ProductContent;
  pending: ProductRevision | null;
}

export interface VariantUpdate {
  id: string;
  pricePaise: number;
  mrpPaise: number;
  stockOnHand: number;
  lowStockThreshold: number;
  weightGrams: number | null;
}

export interface ProductChange {
  product: ExistingProduct;
  /** The product row as the import leaves it (reviewed content of a live product is moved to a revision by the writer). */
  next: Product;
  variants: VariantUpdate[];
  /** File rows that touched the product. */
  rows: number[];
}

/** Equal JSON objects whatever their key order (jsonb hands keys back in its own order). */
export function sameJson(a: Record<string, unknown>, b: Record<string, unknown>): boolean {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((k) => Object.hasOwn(b, k) && a[k] === b[k]);
}

export function reservedStockMessage(reserved: number): string {
  return `Stock cannot be below the ${reserved} ${reserved === 1 ? "unit" : "units"} reserved for open orders`;
}

/** Lays one row over the change; returns the row's problems (and then changes nothing). */
export function planProductUpdate(
  change: ProductChange,
  variant: ExistingVariant,
  r: { row: number; draft: ProductDraft },
  brandId: string | null,
  ctx: { mapping: ImportMapping; attributeDefs: (categoryId: string) => readonly CategoryAttributeDef[] },
): RowIssue[] {
  const { draft } = r;
  const { next } = change;
  const stock = draft.variant.stock;
  if (stock !== null && stock < variant.stockReserved) {
    return [{ column: ctx.mapping.stock ?? "", value: displayValue(stock), message: reservedStockMessage(variant.stockReserved) }];
  }
  const categoryId = draft.categoryFromFile && draft.categoryId ? draft.categoryId : next.categoryId;
  const resolved = resolveAttributes(ctx.attributeDefs(categoryId), draft.specs, next.attributes);
  if (!resolved.ok) return resolved.issues;

  next.title = draft.title;
  if (draft.description !== null) next.description = draft.description;
  next.categoryId = categoryId;
  if (draft.brand !== null) next.brandId = brandId;
  next.attributes = resolved.value.attributes;
  next.specifications = { ...next.specifications, ...resolved.value.specifications };
  if (draft.rating) {
    next.ratingX100 = draft.rating.x100;
    if (draft.rating.count !== null) next.ratingCount = draft.rating.count;
  }

  const after: VariantUpdate = {
    id: variant.id,
    pricePaise: draft.variant.pricePaise,
    mrpPaise: draft.variant.mrpPaise,
    stockOnHand: stock ?? variant.stockOnHand,
    lowStockThreshold: draft.variant.lowStockThreshold ?? variant.lowStockThreshold,
    weightGrams: draft.variant.weightGrams ?? variant.weightGrams,
  };
  if (
    after.pricePaise !== variant.pricePaise ||
    after.mrpPaise !== variant.mrpPaise ||
    after.stockOnHand !== variant.stockOnHand ||
    after.lowStockThreshold !== variant.lowStockThreshold ||
    after.weightGrams !== variant.weightGrams
  ) {
    change.variants.push(after);
  }
  change.rows.push(r.row);
  return [];
}
