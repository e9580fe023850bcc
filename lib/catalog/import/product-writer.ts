/**
 * Writes a batch of imported product rows in one transaction with a handful of multi-row statements.
 * A row finds its product by SKU (the seller's own), else by its source ID (externalRef
 * "import:<sellerId>:<ref>"), else creates it. The product workflow's rules apply as in the editor
 * (product-rules.ts): new products start as drafts (submitted for review when the seller asked),
 * drafts and rejected or pending products are edited in place, a live product's reviewed content
 * (title, description, category, brand, attributes) goes to a pending revision while prices, stock
 * and specifications apply at once, archived products are left alone. Rows that cannot be written
 * come back as failures; the others are written.
 */
import { randomUUID } from "node:crypto";
import { and, asc, eq, inArray, isNull, sql } from "drizzle-orm";
import type { Db, Tx } from "@/lib/platform/db";
import {
  productEvents,
  productImages,
  productRevisions,
  products,
  productVariants,
  type AttributeValues,
  type ProductContent,
  type ProductStatus,
  type Specifications,
} from "@/models";
import type { CategoryAttributeDef } from "../attribute-rules";
import { syncBundleStock } from "../bundle-service";
import { ARCHIVED_EDIT_MESSAGE, contentFromProduct, editMode, nextStatus, sameContent } from "../product-rules";
import { upsertBrands } from "../service";
import { productSlug } from "../slug";
import { combinationTitle } from "../variant-matrix";
import { bulkUpdate } from "./bulk-update";
import type { ImportMapping } from "./fields";
import { planProductUpdate, sameJson, type ExistingProduct, type ExistingVariant, type ProductChange } from "./product-update";
import type { RowFailure } from "./report";
import { resolveAttributes, type ProductDraft } from "./rows";
import { displayValue } from "./values";

export interface ProductWriterContext {
  sellerId: string;
  actorId: string | null;
  fileName: string;
  submitForReview: boolean;
  mapping: ImportMapping;
  attributeDefs: (categoryId: string) => readonly CategoryAttributeDef[];
}

export interface DraftRow {
  row: number;
  draft: ProductDraft;
}

export interface BatchOutcome {
  created: number;
  updated: number;
  failures: RowFailure[];
  /** Products shoppers can see whose price, stock or specifications changed, and their categories. */
  visibleProductIds: string[];
  visibleCategoryIds: string[];
}

export const SKU_OF_OTHER_SELLER = "This SKU is already used by another seller's product: choose another SKU";
export const SKU_OF_OTHER_PRODUCT = "This SKU belongs to another of your products than this source ID";
export const REF_WITH_OTHER_SKU = "A product with this source ID was imported before with another SKU: an import cannot change SKUs (edit the product instead)";
export const NOT_PHYSICAL = "This SKU belongs to a bundle or digital product, which an import cannot change: edit it in the product editor";
export const WRITE_RACE = "Another change to this product or SKU happened at the same moment: run the import again";

interface NewProduct {
  r: DraftRow;
  id: string;
  categoryId: string;
  attributes: AttributeValues;
  specifications: Specifications;
}

export function externalRefOf(sellerId: string, ref: string): string {
  return `import:${sellerId}:${ref}`;
}

async function loadExisting(tx: Tx, sellerId: string, skus: string[], refs: string[]) {
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

export async function writeProductBatch(db: Db, ctx: ProductWriterContext, rows: readonly DraftRow[]): Promise<BatchOutcome> {
  const failures: RowFailure[] = [];
  const fail = (row: number, column: string | undefined, value: string, message: string) => failures.push({ row, column: column ?? "", value, message });
  const skuFail = (r: DraftRow, message: string) => fail(r.row, ctx.mapping.sku ?? ctx.mapping.ref, displayValue(r.draft.variant.sku), message);

  return db.transaction(async (tx) => {
    const existing = await loadExisting(
      tx,
      ctx.sellerId,
      rows.map((r) => r.draft.variant.sku),
      rows.map((r) => externalRefOf(ctx.sellerId, r.draft.ref)),
    );
    const brandNames = [...new Set(rows.flatMap((r) => (r.draft.brand ? [r.draft.brand] : [])))];
    const brandIds = brandNames.length ? await upsertBrands(tx, brandNames) : new Map<string, string>();
    const brandOf = (r: DraftRow) => (r.draft.brand ? (brandIds.get(r.draft.brand) ?? null) : null);

    const creates: NewProduct[] = [];
    const changes = new Map<string, ProductChange>();
    for (const r of rows) {
      const { variant: v } = r.draft;
      const bySku = existing.variantBySku.get(v.sku);
      const byRef = existing.productByRef.get(externalRefOf(ctx.sellerId, r.draft.ref));
      if (bySku && bySku.sellerId !== ctx.sellerId) {
        skuFail(r, SKU_OF_OTHER_SELLER);
        continue;
      }
      if (bySku && byRef && byRef !== bySku.productId) {
        skuFail(r, SKU_OF_OTHER_PRODUCT);
        continue;
      }
      if (!bySku && byRef) {
        skuFail(r, REF_WITH_OTHER_SKU);
        continue;
      }
      const product = bySku ? existing.products.get(bySku.productId) : undefined;
      if (bySku && product) {
        if (editMode(product.row.status) === "locked" || product.row.type !== "physical") {
          skuFail(r, product.row.type !== "physical" ? NOT_PHYSICAL : ARCHIVED_EDIT_MESSAGE);
          continue;
        }
        const change = changes.get(product.row.id) ?? { product, next: { ...product.row }, variants: [], rows: [] };
        const problems = planProductUpdate(change, bySku, r, brandOf(r), ctx);
        if (problems.length) {
          for (const p of problems) fail(r.row, p.column, p.value, p.message);
          continue;
        }
        changes.set(product.row.id, change);
        continue;
      }
      const categoryId = r.draft.categoryId;
      if (!categoryId) {
        const problem = r.draft.categoryProblem;
        fail(r.row, problem?.column, problem?.value ?? "", problem?.message ?? "Choose a category");
        continue;
      }
      const resolved = resolveAttributes(ctx.attributeDefs(categoryId), r.draft.specs, null);
      if (!resolved.ok) {
        for (const i of resolved.issues) fail(r.row, i.column, i.value, i.message);
        continue;
      }
      creates.push({ r, id: randomUUID(), categoryId, ...resolved.value });
    }

    const created = await insertProducts(tx, ctx, creates, brandOf, (r) => skuFail(r, WRITE_RACE));
    const { updatedRows, visibleProductIds, visibleCategoryIds } = await applyChanges(tx, ctx, [...changes.values()]);
    return { created, updated: updatedRows, failures, visibleProductIds, visibleCategoryIds };
  });
}

async function insertProducts(
  tx: Tx,
  ctx: ProductWriterContext,
  creates: NewProduct[],
  brandOf: (r: DraftRow) => string | null,
  onRace: (r: DraftRow) => void,
): Promise<number> {
  if (creates.length === 0) return 0;
  const status: ProductStatus = ctx.submitForReview ? "pending_review" : "draft";
  const inserted = await tx
    .insert(products)
    .values(
      creates.map(({ r, id, categoryId, attributes, specifications }) => ({
        id,
        sellerId: ctx.sellerId,
        categoryId,
        brandId: brandOf(r),
        title: r.draft.title,
        slug: productSlug(r.draft.title, id),
        description: r.draft.description ?? "",
        status,
        type: "physical" as const,
        attributes,
        specifications,
        ratingX100: r.draft.rating?.x100 ?? 0,
        ratingCount: r.draft.rating?.count ?? 0,
        externalRef: externalRefOf(ctx.sellerId, r.draft.ref),
      })),
    )
    .onConflictDoNothing()
    .returning({ id: products.id });
  const insertedIds = new Set(inserted.map((p) => p.id));
  const kept = creates.filter((c) => insertedIds.has(c.id));
  const withVariant = kept.length
    ? await tx
        .insert(productVariants)
        .values(
          kept.map(({ r, id }) => ({
            productId: id,
            sku: r.draft.variant.sku,
            title: combinationTitle([], {}),
            pricePaise: r.draft.variant.pricePaise,
            mrpPaise: r.draft.variant.mrpPaise,
            stockOnHand: r.draft.variant.stock ?? 0,
            lowStockThreshold: r.draft.variant.lowStockThreshold ?? undefined,
            weightGrams: r.draft.variant.weightGrams,
          })),
        )
        .onConflictDoNothing()
        .returning({ productId: productVariants.productId })
    : [];
  const complete = new Set(withVariant.map((v) => v.productId));
  const orphans = kept.filter((c) => !complete.has(c.id)).map((c) => c.id);
  if (orphans.length) await tx.delete(products).where(inArray(products.id, orphans));
  for (const c of creates) if (!complete.has(c.id)) onRace(c.r);

  const done = creates.filter((c) => complete.has(c.id));
  const reason = `Imported from ${ctx.fileName}`;
  if (done.length) {
    await tx.insert(productEvents).values(
      done.map((c) => ({ productId: c.id, kind: "created" as const, toStatus: "draft" as const, actorId: ctx.actorId, reason, createdAt: sql`clock_timestamp()` })),
    );
    if (ctx.submitForReview) {
      await tx.insert(productEvents).values(
        done.map((c) => ({
          productId: c.id,
          kind: "submitted" as const,
          fromStatus: "draft" as const,
          toStatus: "pending_review" as const,
          actorId: ctx.actorId,
          createdAt: sql`clock_timestamp()`,
        })),
      );
    }
  }
  return done.length;
}

/** Writes every changed product (in place or as a pending revision), its status move and its variants. */
async function applyChanges(tx: Tx, ctx: ProductWriterContext, changes: ProductChange[]) {
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
async function proposeChange(tx: Tx, ctx: ProductWriterContext, change: ProductChange, proposed: ProductContent, events: EventRow[]): Promise<boolean> {
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
