/**
 * One row of a price/stock update file → the SKU and whichever of price, MRP, stock and low-stock
 * alert it gives, checked with the product editor's own field schemas. Client-safe (the preview).
 */
import { skuSchema, variantInputSchema } from "../product-schemas";
import type { ImportMapping } from "./fields";
import { issue, type RowIssue, type RowResult } from "./rows";
import { countText, rupeesText, textOf, type SourceRecord } from "./values";

export interface PriceStockDraft {
  sku: string;
  pricePaise: number | null;
  mrpPaise: number | null;
  stock: number | null;
  lowStockThreshold: number | null;
}

const shape = variantInputSchema.shape;
const PRICE_STOCK_PARTS = [
  ["price", shape.price, rupeesText],
  ["mrp", shape.mrp, rupeesText],
  ["stock", shape.stock, countText],
  ["lowStockThreshold", shape.lowStockThreshold, countText],
] as const;

/** A price/stock row: the SKU and whichever of price, MRP, stock and low-stock alert it gives (empty cells change nothing). */
export function mapPriceStockRow(record: SourceRecord, mapping: ImportMapping): RowResult<PriceStockDraft> {
  const issues: RowIssue[] = [];
  const sku = skuSchema.safeParse(textOf(mapping.sku ? record[mapping.sku] : null) ?? "");
  if (!sku.success) issues.push(issue(record, mapping.sku, sku.error.issues[0].message));
  const out: Record<string, number | null> = {};
  for (const [field, schema, clean] of PRICE_STOCK_PARTS) {
    const text = mapping[field] ? clean(record[mapping[field]]) : null;
    if (text === null) {
      out[field] = null;
      continue;
    }
    const parsed = schema.safeParse(text);
    if (parsed.success) out[field] = parsed.data;
    else issues.push(issue(record, mapping[field], parsed.error.issues[0].message));
  }
  if (out.price !== null && out.mrp !== null && out.mrp < out.price) issues.push(issue(record, mapping.mrp, "The MRP cannot be below the price"));
  if (!sku.success || issues.length > 0) return { ok: false, issues };
  return { ok: true, value: { sku: sku.data, pricePaise: out.price, mrpPaise: out.mrp, stock: out.stock, lowStockThreshold: out.lowStockThreshold } };
}
