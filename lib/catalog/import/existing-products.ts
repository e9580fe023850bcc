import { and, asc, eq, inArray, isNull } from "drizzle-orm";
import type { Tx } from "@/lib/platform/db";
import { productImages, productRevisions, products, productVariants } from "@/models";
import { contentFromProduct, editMode } from "../product-rules";
import type { ExistingProduct, ExistingVariant } from "./product-update";

/** The rows of a batch find their products: variants by SKU (locked), the seller's products by externalRef, and those products (locked) with their live content and pending change. */
export async function loadExisting(tx: Tx, sellerId: string, skus: string[], refs: string[]) {
  const variants = await tx
    .select({
      id: productVariants.id,
      sku: productVariants.sku,
      productId: productVariants.productId,
      sellerId: products.sellerId,
      pricePaise: productVariants.pricePaise,
      mrpPaise: productVariants.mrpPaise,
      stockOnHand: productVariants.stockOnHand,
      stockReserved: productVariants.stockReserved,
      lowStockThreshold: productVariants.lowStockThreshold,
      weightGrams: productVariants.weightGrams,
    })
    .from(productVariants)
    .innerJoin(products, eq(products.id, productVariants.productId))
    .where(inArray(productVariants.sku, skus))
    .for("update", { of: productVariants });
  const byRef = await tx
    .select({ id: products.id, externalRef: products.externalRef })
    .from(products)
    .where(and(eq(products.sellerId, sellerId), inArray(products.externalRef, refs)));
  const ids = [...new Set([...variants.filter((v) => v.sellerId === sellerId).map((v) => v.productId), ...byRef.map((p) => p.id)])];
  const rows = ids.length ? await tx.select().from(products).where(inArray(products.id, ids)).for("update") : [];
  const liveIds = rows.filter((p) => editMode(p.status) === "revision").map((p) => p.id);
  const images = liveIds.length
    ? await tx
        .select({ productId: productImages.productId, storageKey: productImages.storageKey, alt: productImages.alt, width: productImages.width, height: productImages.height })
        .from(productImages)
        .where(and(inArray(productImages.productId, liveIds), isNull(productImages.variantId)))
        .orderBy(asc(productImages.position), asc(productImages.id))
    : [];
  const pending = liveIds.length
    ? await tx
        .select()
        .from(productRevisions)
        .where(and(inArray(productRevisions.productId, liveIds), eq(productRevisions.status, "pending")))
        .for("update")
    : [];
  const products_ = new Map<string, ExistingProduct>(
    rows.map((p) => [
      p.id,
      {
        row: p,
        live: contentFromProduct(p, images.filter((i) => i.productId === p.id)),
        pending: pending.find((r) => r.productId === p.id) ?? null,
      },
    ]),
  );
  return {
    variantBySku: new Map<string, ExistingVariant & { sellerId: string }>(variants.map((v) => [v.sku, v])),
    productByRef: new Map(byRef.map((p) => [p.externalRef as string, p.id])),
    products: products_,
  };
}
