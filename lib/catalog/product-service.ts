import "server-only";
import { randomUUID } from "node:crypto";
import { eq, sql } from "drizzle-orm";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/policies";
import { getDb, type Tx } from "@/lib/platform/db";
import { publishProductsChanged } from "@/lib/platform/events";
import { ConflictError, ValidationError, fieldErrorsByPath, isUniqueViolation, type FieldErrors } from "@/lib/platform/errors";
import { digitalFiles, productRevisions, products, productVariants, type Product, type ProductContent, type ProductRevision } from "@/models";
import { writeBundleItems, syncBundleStock } from "./bundle-service";
import { invalidateCatalog } from "./cache-tags";
import { addLicenceKeys, licenceKeyCounts, saveDigitalFile, syncDigitalStock } from "./digital-service";
import { checkEditor } from "./product-checks";
import { ARCHIVED_EDIT_MESSAGE, contentFromEditor, editMode, nextStatus, sameContent, transitionRefusal } from "./product-rules";
import { productEditorSchema, type ProductEditorValues } from "./product-schemas";
import { liveContent, lockProduct, moveStatus, parseProductId, pendingRevisionOf, recordEvent, replaceImages, writeContent } from "./product-store";
import { applyVariants, prepareVariants, writeOptions, type PreparedVariants } from "./product-variants";
import { productSlug } from "./slug";

/**
 * Writes of the product workflow. A seller creates products (draft), edits its own (an admin may edit
 * any: policy "product:manage"), submits them for review and archives/restores them; only admins
 * review ("products:review"). A live product's reviewed content changes through a pending revision
 * while the approved version keeps serving; variants, prices, stock, bundle items and digital goods
 * apply at once. Every status move is recorded in product_events; every write shoppers can see
 * invalidates the catalogue cache tags it touches.
 */

export type { ReviewOutcome } from "./product-review";
export { reviewProducts } from "./product-review";

export interface SaveProductResult {
  id: string;
  slug: string;
  /** "pending_change": the product is live and its reviewed content waits for an admin. */
  review: "none" | "pending_change";
}

export const SKU_RACE_MESSAGE = "A SKU of this product was taken by another save a moment ago. Check the SKUs and save again.";
export const NO_PENDING_CHANGE_MESSAGE = "There is no change waiting for review.";

function parseEditor(input: unknown): ProductEditorValues {
  const parsed = productEditorSchema.safeParse(input);
  if (!parsed.success) throw new ValidationError(fieldErrorsByPath(parsed.error.issues));
  return parsed.data;
}

function throwIfErrors(errors: FieldErrors): void {
  if (Object.keys(errors).length > 0) throw new ValidationError(errors);
}

/**
 * Runs a write in one transaction. The product row is locked first, so the only unique index a
 * concurrent write can still hit is the variant SKU's (checked before writing, but another product
 * may take the SKU in between): that becomes a clear conflict instead of a 500.
 */
async function inTransaction<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
  const db = await getDb();
  try {
    return await db.transaction(work);
  } catch (err) {
    if (isUniqueViolation(err)) throw new ConflictError(SKU_RACE_MESSAGE, "variants");
    throw err;
  }
}

/**
 * Options, variants, bundle items, the digital file and licence keys: they apply at once in any
 * status. Returns the bundles whose stock or sum of parts this changed (the product itself included
 * when it is a bundle).
 */
async function writeImmediate(tx: Tx, productId: string, values: ProductEditorValues, prepared: PreparedVariants): Promise<string[]> {
  const computedStock = values.type !== "physical";
  await writeOptions(tx, productId, values.options);
  const variantIds = await applyVariants(tx, productId, values, prepared, computedStock);
  if (values.type === "bundle") await writeBundleItems(tx, productId, values.bundleItems);
  if (values.type === "digital") {
    await saveDigitalFile(tx, productId, values.digitalFile);
    await addLicenceKeys(tx, productId, values.licenceKeys);
    await syncDigitalStock(tx, productId);
  }
  return syncBundleStock(tx, { componentVariantIds: variantIds, bundleProductIds: values.type === "bundle" ? [productId] : [] });
}

export async function createProduct(actor: Actor | null, input: unknown): Promise<{ id: string; slug: string }> {
  const seller = assertCan(actor, "product:create");
  const values = parseEditor(input);
  const sellerId = seller.sellerId as string;
  return inTransaction(async (tx) => {
    const { errors, attributes } = await checkEditor(tx, values, {
      sellerId,
      currentType: null,
      knownImageKeys: new Set(),
      knownDigitalKey: null,
      existingLicenceKeys: 0,
    });
    const prepared = await prepareVariants(tx, null, values.variants, values.type !== "physical");
    throwIfErrors({ ...errors, ...prepared.errors });

    const id = randomUUID();
    const slug = productSlug(values.title, id);
    const { images, ...content } = contentFromEditor(values, attributes);
    await tx.insert(products).values({ id, sellerId, slug, type: values.type, status: "draft", ...content });
    await replaceImages(tx, id, images);
    await writeImmediate(tx, id, values, prepared);
    await recordEvent(tx, { productId: id, kind: "created", actorId: seller.id, toStatus: "draft" });
    return { id, slug };
  });
}

/** Puts `proposed` up for review against the live content (or withdraws the pending change when the save restores the live content). */
async function proposeChange(
  tx: Tx,
  actor: Actor,
  productId: string,
  live: ProductContent,
  pending: ProductRevision | null,
  proposed: ProductContent,
): Promise<SaveProductResult["review"]> {
  if (sameContent(proposed, live)) {
    if (pending) {
      await tx.update(productRevisions).set({ status: "withdrawn" }).where(eq(productRevisions.id, pending.id));
      await recordEvent(tx, { productId, kind: "change_withdrawn", actorId: actor.id, revisionId: pending.id, reason: "The edit put back the live content" });
    }
    return "none";
  }
  if (pending && sameContent(proposed, pending.content)) return "pending_change";
  let revisionId: string;
  if (pending) {
    await tx
      .update(productRevisions)
      .set({ content: proposed, submittedBy: actor.id, submittedAt: sql`now()` })
      .where(eq(productRevisions.id, pending.id));
    revisionId = pending.id;
  } else {
    const [row] = await tx.insert(productRevisions).values({ productId, content: proposed, submittedBy: actor.id }).returning({ id: productRevisions.id });
    revisionId = row.id;
  }
  await tx.update(products).set({ rejectionReason: null }).where(eq(products.id, productId));
  await recordEvent(tx, { productId, kind: "change_submitted", actorId: actor.id, revisionId });
  return "pending_change";
}

export async function updateProduct(actor: Actor | null, productId: unknown, input: unknown): Promise<SaveProductResult> {
  const id = parseProductId(productId);
  const saved = await inTransaction(async (tx) => {
    const product = await lockProduct(tx, id);
    const editor = assertCan(actor, "product:manage", { sellerId: product.sellerId });
    const values = parseEditor(input);
    const mode = editMode(product.status);
    if (mode === "locked") throw new ConflictError(ARCHIVED_EDIT_MESSAGE);

    const live = await liveContent(tx, product);
    const pending = mode === "revision" ? await pendingRevisionOf(tx, id) : null;
    const [file] = await tx.select({ storageKey: digitalFiles.storageKey }).from(digitalFiles).where(eq(digitalFiles.productId, id));
    const keys = await licenceKeyCounts(tx, id);
    const { errors, attributes } = await checkEditor(tx, values, {
      sellerId: product.sellerId,
      currentType: product.type,
      knownImageKeys: new Set([...live.images, ...(pending?.content.images ?? [])].map((image) => image.storageKey)),
      knownDigitalKey: file?.storageKey ?? null,
      existingLicenceKeys: keys.available + keys.assigned,
    });
    const prepared = await prepareVariants(tx, id, values.variants, product.type !== "physical");
    throwIfErrors({ ...errors, ...prepared.errors });

    const proposed = contentFromEditor(values, attributes);
    let review: SaveProductResult["review"] = "none";
    if (mode === "in_place") await writeContent(tx, id, proposed);
    else review = await proposeChange(tx, editor, id, live, pending, proposed);
    const bundles = await writeImmediate(tx, id, values, prepared);
    await tx.update(products).set({ updatedAt: sql`now()` }).where(eq(products.id, id));
    await publishProductsChanged(tx, [...(product.status === "active" ? [id] : []), ...bundles], "updated");
    return { result: { id, slug: product.slug, review }, product, bundles };
  });
  const visible = saved.product.status === "active";
  if (visible || saved.bundles.length > 0) {
    await invalidateCatalog({ productIds: [...(visible ? [id] : []), ...saved.bundles], categoryIds: visible ? [saved.product.categoryId] : [] });
  }
  return saved.result;
}

export async function submitForReview(actor: Actor | null, productId: unknown): Promise<void> {
  const id = parseProductId(productId);
  await inTransaction(async (tx) => {
    const product = await lockProduct(tx, id);
    const seller = assertCan(actor, "product:manage", { sellerId: product.sellerId });
    const to = nextStatus("submit", product.status);
    if (!to) throw new ConflictError(transitionRefusal("submit", product.status));
    await moveStatus(tx, product, to, { kind: "submitted", actorId: seller.id }, { rejectionReason: null });
  });
}

/** Withdraws the live product's pending change; the live content stays as it is. */
export async function withdrawChange(actor: Actor | null, productId: unknown): Promise<void> {
  const id = parseProductId(productId);
  await inTransaction(async (tx) => {
    const product = await lockProduct(tx, id);
    const seller = assertCan(actor, "product:manage", { sellerId: product.sellerId });
    const pending = await pendingRevisionOf(tx, id);
    if (!pending) throw new ConflictError(NO_PENDING_CHANGE_MESSAGE);
    await tx.update(productRevisions).set({ status: "withdrawn" }).where(eq(productRevisions.id, pending.id));
    await recordEvent(tx, { productId: id, kind: "change_withdrawn", actorId: seller.id, revisionId: pending.id });
  });
}

/** Archive (live → archived, its pending change withdrawn) or restore (archived → live); both change what shoppers see. */
async function archiveOrRestore(actor: Actor | null, productId: unknown, action: "archive" | "restore"): Promise<void> {
  const id = parseProductId(productId);
  const { product, bundles } = await inTransaction(async (tx) => {
    const row: Product = await lockProduct(tx, id);
    const seller = assertCan(actor, "product:manage", { sellerId: row.sellerId });
    const to = nextStatus(action, row.status);
    if (!to) throw new ConflictError(transitionRefusal(action, row.status));
    const pending = action === "archive" ? await pendingRevisionOf(tx, id) : null;
    if (pending) {
      await tx.update(productRevisions).set({ status: "withdrawn" }).where(eq(productRevisions.id, pending.id));
      await recordEvent(tx, { productId: id, kind: "change_withdrawn", actorId: seller.id, revisionId: pending.id, reason: "The product was archived" });
    }
    await moveStatus(tx, row, to, { kind: action === "archive" ? "archived" : "restored", actorId: seller.id });
    const variants = await tx.select({ id: productVariants.id }).from(productVariants).where(eq(productVariants.productId, id));
    const bundles = await syncBundleStock(tx, { componentVariantIds: variants.map((v) => v.id) });
    await publishProductsChanged(tx, bundles, "bundle_stock");
    return { product: row, bundles };
  });
  await invalidateCatalog({ productIds: [id, ...bundles], categoryIds: [product.categoryId] });
}

export async function archiveProduct(actor: Actor | null, productId: unknown): Promise<void> {
  await archiveOrRestore(actor, productId, "archive");
}

export async function restoreProduct(actor: Actor | null, productId: unknown): Promise<void> {
  await archiveOrRestore(actor, productId, "restore");
}
