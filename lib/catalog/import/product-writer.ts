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
import { inArray, sql } from "drizzle-orm";
import type { Db, Tx } from "@/lib/platform/db";
import { publishProductsChanged } from "@/lib/platform/events";
import { productEvents, products, productVariants, type AttributeValues, type ProductStatus, type Specifications } from "@/models";
import type { CategoryAttributeDef } from "../attribute-rules";
import { ARCHIVED_EDIT_MESSAGE, editMode } from "../product-rules";
import { upsertBrands } from "../service";
import { productSlug } from "../slug";
import { combinationTitle } from "../variant-matrix";
import type { ImportMapping } from "./fields";
import { loadExisting } from "./existing-products";
import { writeChanges, type ChangeContext } from "./product-changes";
import { planProductUpdate, type ProductChange } from "./product-update";
import type { RowFailure } from "./report";
import { resolveAttributes, type ProductDraft } from "./rows";
import { displayValue } from "./values";

export interface ProductWriterContext extends ChangeContext {
  sellerId: string;
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
    const { updatedRows, visibleProductIds, visibleCategoryIds } = await writeChanges(tx, ctx, [...changes.values()]);
    await publishProductsChanged(tx, visibleProductIds, "import");
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
