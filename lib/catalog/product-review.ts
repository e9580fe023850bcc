import "server-only";
import { eq, sql } from "drizzle-orm";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/policies";
import { getDb, type Tx } from "@/lib/platform/db";
import { publishProductsChanged } from "@/lib/platform/events";
import { ConflictError, NotFoundError, ValidationError, fieldErrorsByPath } from "@/lib/platform/errors";
import { brands, categories, productRevisions, products } from "@/models";
import { invalidateCatalog } from "./cache-tags";
import { nextStatus, transitionRefusal } from "./product-rules";
import { reviewDecisionSchema, type ReviewDecision } from "./product-schemas";
import { lockProduct, moveStatus, pendingRevisionOf, recordEvent, writeContent } from "./product-store";

/**
 * Admin review of products waiting for it: new products in pending_review and pending changes of live
 * products. Each product is decided in its own transaction, so one that cannot be decided (already
 * reviewed by someone else, nothing pending) is reported in `skipped` without holding up the rest.
 */

export interface ReviewOutcome {
  approved: string[];
  rejected: string[];
  skipped: { id: string; reason: string }[];
}

export const NOTHING_TO_REVIEW_MESSAGE = "This product has no change waiting for review.";
export const CATEGORY_GONE_MESSAGE = "The proposed category no longer exists: reject the change so the seller can pick another.";

/** Decides one product; returns the categories whose listings changed (empty when shoppers see no difference). */
async function reviewOne(tx: Tx, admin: Actor, productId: string, decision: ReviewDecision): Promise<string[]> {
  const product = await lockProduct(tx, productId);
  const reason = decision.decision === "reject" ? decision.reason : null;

  // A new product waiting for review: the status machine decides.
  const to = nextStatus(decision.decision, product.status);
  if (to) {
    if (decision.decision === "approve") {
      await moveStatus(tx, product, to, { kind: "approved", actorId: admin.id }, { rejectionReason: null, publishedAt: product.publishedAt ?? new Date() });
      return [product.categoryId];
    }
    await moveStatus(tx, product, to, { kind: "rejected", actorId: admin.id, reason }, { rejectionReason: reason });
    return [];
  }

  // Otherwise only a live product's pending change can be decided.
  const pending = product.status === "active" ? await pendingRevisionOf(tx, productId) : null;
  if (!pending) throw new ConflictError(product.status === "active" ? NOTHING_TO_REVIEW_MESSAGE : transitionRefusal(decision.decision, product.status));
  const reviewed = { reviewedBy: admin.id, reviewedAt: sql`now()`, reason };
  if (decision.decision === "reject") {
    await tx.update(productRevisions).set({ status: "rejected", ...reviewed }).where(eq(productRevisions.id, pending.id));
    await tx.update(products).set({ rejectionReason: reason }).where(eq(products.id, productId));
    await recordEvent(tx, { productId, kind: "change_rejected", actorId: admin.id, reason, revisionId: pending.id });
    return [];
  }
  const content = pending.content;
  const [category] = await tx.select({ id: categories.id }).from(categories).where(eq(categories.id, content.categoryId));
  if (!category) throw new ConflictError(CATEGORY_GONE_MESSAGE);
  // A brand merged or deleted since the change was proposed leaves the product without one.
  const [brand] = content.brandId ? await tx.select({ id: brands.id }).from(brands).where(eq(brands.id, content.brandId)) : [];
  await writeContent(tx, productId, { ...content, brandId: brand?.id ?? null });
  await tx.update(productRevisions).set({ status: "approved", ...reviewed }).where(eq(productRevisions.id, pending.id));
  await tx.update(products).set({ rejectionReason: null }).where(eq(products.id, productId));
  await recordEvent(tx, { productId, kind: "change_approved", actorId: admin.id, revisionId: pending.id });
  await publishProductsChanged(tx, [productId], "change_approved");
  return [product.categoryId, content.categoryId];
}

/** Approves or rejects (with a reason the seller sees) each product; admins only. */
export async function reviewProducts(actor: Actor | null, decision: unknown): Promise<ReviewOutcome> {
  const admin = assertCan(actor, "products:review");
  const parsed = reviewDecisionSchema.safeParse(decision);
  if (!parsed.success) throw new ValidationError(fieldErrorsByPath(parsed.error.issues));
  const db = await getDb();
  const outcome: ReviewOutcome = { approved: [], rejected: [], skipped: [] };
  const changedCategories = new Set<string>();
  for (const id of new Set(parsed.data.productIds)) {
    try {
      const categoryIds = await db.transaction((tx) => reviewOne(tx, admin, id, parsed.data));
      categoryIds.forEach((c) => changedCategories.add(c));
      (parsed.data.decision === "approve" ? outcome.approved : outcome.rejected).push(id);
    } catch (err) {
      if (!(err instanceof ConflictError || err instanceof NotFoundError)) throw err;
      outcome.skipped.push({ id, reason: err.message });
    }
  }
  if (outcome.approved.length > 0) await invalidateCatalog({ productIds: outcome.approved, categoryIds: [...changedCategories] });
  return outcome;
}
