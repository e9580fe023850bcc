import "server-only";
import { and, eq, isNull, sql } from "drizzle-orm";
import { getDb, type Executor } from "@/lib/platform/db";
import { cartItems, carts } from "@/models";
import { createGuestCart, ensureUserCart, findGuestCartId, findUserCartId, lockCart, touchCart, type CartRef } from "./cart-store";
import { maybeSchedulePurge } from "./purge-job";
import { mergeCarts, type MergeItem } from "./rules";

export interface MergeOutcome {
  merged: boolean;
  /** Guest items the account's full cart pushed to "saved for later". */
  movedToSaved: number;
  dropped: number;
}

const NOTHING: MergeOutcome = { merged: false, movedToSaved: 0, dropped: 0 };

function mergeItem(row: typeof cartItems.$inferSelect): MergeItem {
  return {
    variantId: row.variantId,
    quantity: row.quantity,
    pricePaiseWhenAdded: row.pricePaiseWhenAdded,
    savedForLater: row.savedForLater,
    searchQueryId: row.searchQueryId,
  };
}

/**
 * Moves a guest cart into the user's account cart (see mergeCarts) and deletes it, in one transaction
 * with both carts locked (the account's first, so two merges for one user queue up). A guest cart that
 * is gone or already belongs to a user is left alone: merging twice is a no-op.
 */
export async function mergeGuestCart(userId: string, guestCartId: string, options: { db?: Executor } = {}): Promise<MergeOutcome> {
  const db = options.db ?? (await getDb());
  return db.transaction(async (tx) => {
    const accountId = await ensureUserCart(tx, userId);
    await lockCart(tx, accountId);
    const [guest] = await tx
      .select({ id: carts.id })
      .from(carts)
      .where(and(eq(carts.id, guestCartId), isNull(carts.userId)))
      .for("update");
    if (!guest || guest.id === accountId) return NOTHING;
    const [accountRows, guestRows] = await Promise.all([
      tx.select().from(cartItems).where(eq(cartItems.cartId, accountId)),
      tx.select().from(cartItems).where(eq(cartItems.cartId, guest.id)).orderBy(cartItems.addedAt, cartItems.id),
    ]);
    const result = mergeCarts(accountRows.map(mergeItem), guestRows.map(mergeItem));
    const touched = new Set(guestRows.map((r) => r.variantId));
    const addedAt = new Map(guestRows.map((r) => [r.variantId, r.addedAt]));
    for (const item of result.items.filter((i) => touched.has(i.variantId))) {
      await tx
        .insert(cartItems)
        .values({ cartId: accountId, ...item, addedAt: addedAt.get(item.variantId) })
        .onConflictDoUpdate({
          target: [cartItems.cartId, cartItems.variantId],
          set: {
            quantity: item.quantity,
            pricePaiseWhenAdded: item.pricePaiseWhenAdded,
            savedForLater: item.savedForLater,
            searchQueryId: item.searchQueryId,
            updatedAt: sql`now()`,
          },
        });
    }
    await tx.delete(carts).where(eq(carts.id, guest.id));
    await touchCart(tx, accountId);
    return { merged: true, movedToSaved: result.movedToSaved, dropped: result.dropped };
  });
}

export interface ResolvedCart {
  cartId: string | null;
  /** A guest cart made just now: the caller sets its cookie. */
  createdGuestCartId: string | null;
  merge: MergeOutcome;
}

/**
 * The cart `ref` names: the user's (after merging a guest cart still in the cookie), or the guest cart
 * of the cookie. With `create`, one is made when there is none yet.
 */
export async function resolveCart(ref: CartRef, { create = false, db }: { create?: boolean; db?: Executor } = {}): Promise<ResolvedCart> {
  const ex = db ?? (await getDb());
  if (ref.userId) {
    const merge = ref.guestCartId ? await mergeGuestCart(ref.userId, ref.guestCartId, { db: ex }) : NOTHING;
    const cartId = create ? await ensureUserCart(ex, ref.userId) : await findUserCartId(ex, ref.userId);
    return { cartId, createdGuestCartId: null, merge };
  }
  const existing = ref.guestCartId ? await findGuestCartId(ex, ref.guestCartId) : null;
  if (existing || !create) return { cartId: existing, createdGuestCartId: null, merge: NOTHING };
  const cartId = await createGuestCart(ex);
  maybeSchedulePurge();
  return { cartId, createdGuestCartId: cartId, merge: NOTHING };
}
