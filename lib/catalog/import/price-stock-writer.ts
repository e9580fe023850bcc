/**
 * Writes a batch of price/stock rows in one transaction: each row changes the price, MRP, stock and
 * low-stock alert of one of the seller's own variants, by SKU. A SKU the seller does not have (its
 * own or nobody's — the answer is the same, so other sellers' SKUs are not revealed) is refused, as
 * are an MRP below the price and stock below what open orders reserved. Prices and stock apply at
 * once whatever the product's review status (as in the editor); archived products are left alone,
 * and the stock of bundles and digital products is computed, never typed.
 */
import { eq, inArray, sql } from "drizzle-orm";
import type { Db } from "@/lib/platform/db";
import { publishProductsChanged } from "@/lib/platform/events";
import { formatMoney } from "@/lib/platform/money";
import { products, productVariants } from "@/models";
import { syncBundleStock } from "../bundle-service";
import { ARCHIVED_EDIT_MESSAGE, editMode, paiseToRupeesInput } from "../product-rules";
import { bulkUpdate } from "./bulk-update";
import type { ImportMapping } from "./fields";
import type { BatchOutcome } from "./product-writer";
import { reservedStockMessage } from "./product-update";
import type { RowFailure } from "./report";
import type { PriceStockDraft } from "./price-stock-rows";
import { displayValue } from "./values";

export const NOT_YOUR_SKU = "Not your SKU: none of your products has it";
export const COMPUTED_STOCK = "The stock of a bundle or digital product is worked out for you: leave this cell empty";

export interface PriceStockRow {
  row: number;
  draft: PriceStockDraft;
}

export async function writePriceStockBatch(db: Db, ctx: { sellerId: string; mapping: ImportMapping }, rows: readonly PriceStockRow[]): Promise<BatchOutcome> {
  const failures: RowFailure[] = [];
  const fail = (row: number, field: string, value: string, message: string) => failures.push({ row, column: ctx.mapping[field] ?? "", value: displayValue(value), message });

  return db.transaction(async (tx) => {
    const found = await tx
      .select({
        id: productVariants.id,
        sku: productVariants.sku,
        productId: productVariants.productId,
        pricePaise: productVariants.pricePaise,
        mrpPaise: productVariants.mrpPaise,
        stockOnHand: productVariants.stockOnHand,
        stockReserved: productVariants.stockReserved,
        lowStockThreshold: productVariants.lowStockThreshold,
        sellerId: products.sellerId,
        status: products.status,
        type: products.type,
        categoryId: products.categoryId,
      })
      .from(productVariants)
      .innerJoin(products, eq(products.id, productVariants.productId))
      .where(inArray(productVariants.sku, rows.map((r) => r.draft.sku)))
      .for("update", { of: productVariants });
    const bySku = new Map(found.map((v) => [v.sku, v]));

    const updates: (string | number)[][] = [];
    const touched = new Map<string, { categoryId: string; visible: boolean }>();
    for (const { row, draft } of rows) {
      const v = bySku.get(draft.sku);
      if (!v || v.sellerId !== ctx.sellerId) {
        fail(row, "sku", draft.sku, NOT_YOUR_SKU);
        continue;
      }
      if (editMode(v.status) === "locked") {
        fail(row, "sku", draft.sku, ARCHIVED_EDIT_MESSAGE);
        continue;
      }
      if (v.type !== "physical" && draft.stock !== null) {
        fail(row, "stock", String(draft.stock), COMPUTED_STOCK);
        continue;
      }
      const price = draft.pricePaise ?? v.pricePaise;
      const mrp = draft.mrpPaise ?? v.mrpPaise;
      const stock = draft.stock ?? v.stockOnHand;
      const low = draft.lowStockThreshold ?? v.lowStockThreshold;
      if (mrp < price) {
        const field = draft.mrpPaise !== null ? "mrp" : "price";
        fail(row, field, paiseToRupeesInput(field === "mrp" ? mrp : price), `The MRP (${formatMoney(mrp)}) cannot be below the price (${formatMoney(price)})`);
        continue;
      }
      if (stock < v.stockReserved) {
        fail(row, "stock", String(stock), reservedStockMessage(v.stockReserved));
        continue;
      }
      if (price === v.pricePaise && mrp === v.mrpPaise && stock === v.stockOnHand && low === v.lowStockThreshold) continue;
      updates.push([v.id, price, mrp, stock, low]);
      touched.set(v.productId, { categoryId: v.categoryId, visible: v.status === "active" });
    }

    await bulkUpdate(tx, "product_variants", PRICE_STOCK_COLUMNS, updates);
    const productIds = [...touched.keys()];
    if (productIds.length) await tx.update(products).set({ updatedAt: sql`now()` }).where(inArray(products.id, productIds));
    const bundles = await syncBundleStock(tx, { componentVariantIds: updates.map((u) => u[0] as string) });
    const visible = [...touched.entries()].filter(([, t]) => t.visible);
    const visibleProductIds = [...visible.map(([id]) => id), ...bundles];
    await publishProductsChanged(tx, visibleProductIds, "import_price_stock");
    return {
      created: 0,
      updated: updates.length,
      failures,
      visibleProductIds,
      visibleCategoryIds: [...new Set(visible.map(([, t]) => t.categoryId))],
    };
  });
}

const PRICE_STOCK_COLUMNS = [
  { name: "price_paise", type: "int" },
  { name: "mrp_paise", type: "int" },
  { name: "stock_on_hand", type: "int" },
  { name: "low_stock_threshold", type: "int" },
];
