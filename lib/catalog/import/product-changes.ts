/**
 * The update half of a product import batch: products that already exist get the state the rows
 * planned for them (product-update.ts) in two multi-row UPDATEs (products, variants). A live
 * product's reviewed content is not written in place but proposed as a pending revision, exactly as
 * the editor's save does; "submit for review" moves drafts and rejected products to review; every
 * move is recorded in product_events; bundles containing a changed variant get their stock re-derived.
 */
import { eq, sql } from "drizzle-orm";
import type { Tx } from "@/lib/platform/db";
import { productEvents, productRevisions, type ProductContent } from "@/models";
import { syncBundleStock } from "../bundle-service";
import { editMode, nextStatus, sameContent } from "../product-rules";
import { bulkUpdate } from "./bulk-update";
import { sameJson, type ProductChange } from "./product-update";

export interface ChangeContext {
  actorId: string | null;
  fileName: string;
  submitForReview: boolean;
}

/** Writes every changed product (in place or as a pending revision), its status move and its variants. */
export async function writeChanges(tx: Tx, ctx: ChangeContext, changes: readonly ProductChange[]) {
  const productRows: (string | number | null)[][] = [];
  const variantRows: (string | number | null)[][] = [];
  const events: EventRow[] = [];
  const updated = new Set<number>();
  const visibleProductIds: string[] = [];
  const visibleCategoryIds = new Set<string>();
  for (const change of changes) {
    const { product, next } = change;
    const before = product.row;
    let touched = false;
    if (editMode(before.status) === "revision") {
      const base = product.pending?.content ?? product.live;
      const proposed: ProductContent = { ...base, title: next.title, description: next.description, categoryId: next.categoryId, brandId: next.brandId, attributes: next.attributes };
      // Keep the live row's reviewed content; the proposal goes to review (as the editor does it).
      Object.assign(next, { title: before.title, description: before.description, categoryId: before.categoryId, brandId: before.brandId, attributes: before.attributes });
      touched = await proposeChange(tx, ctx, change, proposed, events);
    }
    const to = ctx.submitForReview ? nextStatus("submit", before.status) : null;
    if (to) {
      next.status = to;
      next.rejectionReason = null;
      events.push({ productId: before.id, kind: "submitted", fromStatus: before.status, toStatus: to, actorId: ctx.actorId });
    }
    const variantChanged = change.variants.length > 0;
    for (const v of change.variants) variantRows.push([v.id, v.pricePaise, v.mrpPaise, v.stockOnHand, v.lowStockThreshold, v.weightGrams]);
    const rowChanged =
      next.title !== before.title ||
      next.description !== before.description ||
      next.categoryId !== before.categoryId ||
      next.brandId !== before.brandId ||
      next.status !== before.status ||
      next.ratingX100 !== before.ratingX100 ||
      next.ratingCount !== before.ratingCount ||
      next.rejectionReason !== before.rejectionReason ||
      !sameJson(next.attributes, before.attributes) ||
      !sameJson(next.specifications, before.specifications);
    if (rowChanged || variantChanged) {
      productRows.push([
        before.id,
        next.title,
        next.description,
        next.categoryId,
        next.brandId,
        JSON.stringify(next.attributes),
        JSON.stringify(next.specifications),
        next.ratingX100,
        next.ratingCount,
        next.status,
        next.rejectionReason,
      ]);
    }
    if (rowChanged || variantChanged || touched) for (const row of change.rows) updated.add(row);
    if (before.status === "active" && (rowChanged || variantChanged)) {
      visibleProductIds.push(before.id);
      visibleCategoryIds.add(before.categoryId);
    }
  }
  await bulkUpdate(tx, "products", PRODUCT_COLUMNS, productRows);
  await bulkUpdate(tx, "product_variants", VARIANT_COLUMNS, variantRows);
  // clock_timestamp() keeps several events of one product in the order they happened.
  if (events.length) await tx.insert(productEvents).values(events.map((e) => ({ ...e, createdAt: sql`clock_timestamp()` })));
  const bundles = await syncBundleStock(tx, { componentVariantIds: variantRows.map((v) => v[0] as string) });
  return { updatedRows: updated.size, visibleProductIds: [...visibleProductIds, ...bundles], visibleCategoryIds: [...visibleCategoryIds] };
}

type EventRow = Omit<typeof productEvents.$inferInsert, "createdAt">;

const PRODUCT_COLUMNS = [
  { name: "title", type: "text" },
  { name: "description", type: "text" },
  { name: "category_id", type: "uuid" },
  { name: "brand_id", type: "uuid" },
  { name: "attributes", type: "jsonb" },
  { name: "specifications", type: "jsonb" },
  { name: "rating_x_100", type: "int" },
  { name: "rating_count", type: "int" },
  { name: "status", type: "product_status" },
  { name: "rejection_reason", type: "text" },
];

const VARIANT_COLUMNS = [
  { name: "price_paise", type: "int" },
  { name: "mrp_paise", type: "int" },
  { name: "stock_on_hand", type: "int" },
  { name: "low_stock_threshold", type: "int" },
  { name: "weight_grams", type: "int" },
];

/**
 * A live product's proposed content, handled as the editor's save does: the same as live → any
 * pending change is withdrawn; the same as the pending change → nothing; else the pending change is
 * created or replaced and recorded. Returns whether anything was written.
 */
async function proposeChange(tx: Tx, ctx: ChangeContext, change: ProductChange, proposed: ProductContent, events: EventRow[]): Promise<boolean> {
  const { product } = change;
  const productId = product.row.id;
  const { pending } = product;
  if (sameContent(proposed, product.live)) {
    if (!pending) return false;
    await tx.update(productRevisions).set({ status: "withdrawn" }).where(eq(productRevisions.id, pending.id));
    events.push({ productId, kind: "change_withdrawn", actorId: ctx.actorId, revisionId: pending.id, reason: `The import of ${ctx.fileName} put back the live content` });
    return true;
  }
  if (pending && sameContent(proposed, pending.content)) return false;
  let revisionId: string;
  if (pending) {
    await tx.update(productRevisions).set({ content: proposed, submittedBy: ctx.actorId, submittedAt: sql`now()` }).where(eq(productRevisions.id, pending.id));
    revisionId = pending.id;
  } else {
    const [row] = await tx.insert(productRevisions).values({ productId, content: proposed, submittedBy: ctx.actorId }).returning({ id: productRevisions.id });
    revisionId = row.id;
  }
  change.next.rejectionReason = null;
  events.push({ productId, kind: "change_submitted", actorId: ctx.actorId, revisionId, reason: `Imported from ${ctx.fileName}` });
  return true;
}
