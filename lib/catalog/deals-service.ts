import "server-only";
import { and, eq, isNull, sql } from "drizzle-orm";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/policies";
import { getDb, type Executor } from "@/lib/platform/db";
import { publishProductsChanged } from "@/lib/platform/events";
import { ConflictError, NotFoundError, ValidationError, fieldErrorsFromIssues, type FieldErrors } from "@/lib/platform/errors";
import { deals, productVariants, products, type Deal } from "@/models";
import { invalidateCatalog } from "./cache-tags";
import { validateDeal } from "./deals-rules";
import { createDealSchema, dealIdSchema } from "./deals-schemas";

/**
 * Writes to deals. A seller manages deals on its own variants only (policy "deal:manage"); an admin
 * may manage any. Creating a deal locks the variant row so two overlapping deals cannot slip in
 * side by side. Sales against a deal go through recordDealSale: one conditional UPDATE, so the cap
 * holds under any concurrency.
 */

export interface DealServiceOptions {
  db?: Executor;
  /** The clock (tests pass fixed instants). */
  now?: Date;
}

export const DEAL_OVERLAP_MESSAGE = "This variant already has a deal running in that period. Cancel it or pick times that don't overlap.";
export const DEAL_NOT_FOUND_MESSAGE = "We couldn't find that deal. Refresh the page to see your deals.";

export async function createDeal(actor: Actor | null, input: unknown, options: DealServiceOptions = {}): Promise<Deal> {
  const parsed = createDealSchema.safeParse(input);
  if (!parsed.success) throw new ValidationError(fieldErrorsFromIssues(parsed.error.issues));
  const values = parsed.data;
  const db = options.db ?? (await getDb());
  const { deal, productId } = await db.transaction(async (tx) => {
    const [variant] = await tx
      .select({ id: productVariants.id, pricePaise: productVariants.pricePaise, sellerId: products.sellerId, productId: products.id })
      .from(productVariants)
      .innerJoin(products, eq(products.id, productVariants.productId))
      .where(eq(productVariants.id, values.variantId))
      .limit(1)
      .for("update", { of: productVariants });
    if (!variant) throw new ValidationError({ variantId: ["Choose one of your product variants"] });
    assertCan(actor, "deal:manage", { sellerId: variant.sellerId });

    const now = options.now ?? new Date();
    const errors = validateDeal(
      { dealPricePaise: values.dealPrice, startsAt: values.startsAt, endsAt: values.endsAt },
      variant.pricePaise,
      now,
    );
    if (errors.length > 0) {
      const fieldErrors: FieldErrors = {};
      for (const e of errors) (fieldErrors[e.field === "dealPricePaise" ? "dealPrice" : e.field] ??= []).push(e.message);
      throw new ValidationError(fieldErrors);
    }

    // Another deal on this variant whose window overlaps and which can still sell.
    const [clash] = await tx
      .select({ id: deals.id })
      .from(deals)
      .where(
        and(
          eq(deals.variantId, variant.id),
          isNull(deals.cancelledAt),
          sql`${deals.startsAt} < ${values.endsAt} and ${values.startsAt} < ${deals.endsAt}`,
          sql`(${deals.quantityCap} is null or ${deals.soldCount} < ${deals.quantityCap})`,
        ),
      )
      .limit(1);
    if (clash) throw new ConflictError(DEAL_OVERLAP_MESSAGE, "startsAt");

    const [deal] = await tx
      .insert(deals)
      .values({
        variantId: variant.id,
        sellerId: variant.sellerId,
        dealPricePaise: values.dealPrice,
        startsAt: values.startsAt,
        endsAt: values.endsAt,
        quantityCap: values.quantityCap,
      })
      .returning();
    await publishProductsChanged(tx, [variant.productId], "deal_created");
    return { deal, productId: variant.productId };
  });
  await invalidateCatalog({ productIds: [productId] });
  return deal;
}

/** Cancels a deal (it stops being live at once). Cancelling twice is a no-op; other sellers' deals are "not found". */
export async function cancelDeal(actor: Actor | null, dealId: unknown, options: DealServiceOptions = {}): Promise<Deal> {
  const id = dealIdSchema.safeParse(dealId);
  if (!id.success) throw new NotFoundError(DEAL_NOT_FOUND_MESSAGE);
  const db = options.db ?? (await getDb());
  const [deal] = await db.select().from(deals).where(eq(deals.id, id.data)).limit(1);
  if (!deal) throw new NotFoundError(DEAL_NOT_FOUND_MESSAGE);
  assertCan(actor, "deal:manage", { sellerId: deal.sellerId });
  if (deal.cancelledAt) return deal;
  const productId = await productOfVariant(db, deal.variantId);
  const row = await db.transaction(async (tx) => {
    const [cancelled] = await tx
      .update(deals)
      .set({ cancelledAt: options.now ?? new Date() })
      .where(and(eq(deals.id, deal.id), isNull(deals.cancelledAt)))
      .returning();
    if (cancelled) await publishProductsChanged(tx, [productId], "deal_cancelled");
    return cancelled;
  });
  if (row) await invalidateCatalog({ productIds: [productId] });
  return row ?? deal;
}

async function productOfVariant(executor: Executor, variantId: string): Promise<string> {
  const [variant] = await executor.select({ productId: productVariants.productId }).from(productVariants).where(eq(productVariants.id, variantId)).limit(1);
  return variant.productId;
}

/**
 * Counts `qty` units sold at the deal price — only while the deal is live and the cap allows all of
 * them. One conditional UPDATE (atomic under concurrency); returns whether it applied. Checkout
 * calls it inside its transaction and falls back to the regular price when it returns false.
 */
export async function recordDealSale(executor: Executor, dealId: string, qty: number): Promise<boolean> {
  if (!Number.isInteger(qty) || qty < 1) throw new ValidationError({ qty: ["Quantity must be a whole number of at least 1"] });
  const rows = await executor
    .update(deals)
    .set({ soldCount: sql`${deals.soldCount} + ${qty}` })
    .where(
      and(
        eq(deals.id, dealId),
        isNull(deals.cancelledAt),
        sql`${deals.startsAt} <= now() and now() < ${deals.endsAt}`,
        sql`(${deals.quantityCap} is null or ${deals.soldCount} + ${qty} <= ${deals.quantityCap})`,
      ),
    )
    .returning({ id: deals.id, variantId: deals.variantId, soldCount: deals.soldCount, quantityCap: deals.quantityCap });
  // Selling the last unit under the cap ends the deal: search's has_deal follows (the caller notifies after its commit).
  const [sold] = rows;
  if (sold && sold.quantityCap !== null && sold.soldCount >= sold.quantityCap) {
    await publishProductsChanged(executor, [await productOfVariant(executor, sold.variantId)], "deal_sold_out");
  }
  return rows.length > 0;
}
