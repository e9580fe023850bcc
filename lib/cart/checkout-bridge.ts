import "server-only";
import { and, eq, inArray, sql } from "drizzle-orm";
import { getDb, type Executor } from "@/lib/platform/db";
import { isAppError, ValidationError } from "@/lib/platform/errors";
import { cartItems, carts } from "@/models";
import { ensureUserCart, findUserCartId } from "./cart-store";
import { loadCartLines } from "./queries";
import { addItemsSchema } from "./schemas";
import { addItem } from "./service";
import type { AddItemsResult, CheckoutLine } from "./types";

/** What checkout and reorder use of the cart (see the CheckoutLine contract in types.ts). */

/** The signed-in user's cart lines not saved for later, newest first, priced now. */
export async function loadCheckoutLines(userId: string, executor?: Executor): Promise<CheckoutLine[]> {
  const ex = executor ?? (await getDb());
  const cartId = await findUserCartId(ex, userId);
  if (!cartId) return [];
  const lines = await loadCartLines(ex, cartId, { savedForLater: false });
  return lines.map(({ savedForLater: _saved, currency: _currency, addedAt: _addedAt, ...line }) => line);
}

/** After an order is placed (inside its transaction): the purchased variants leave the user's cart; saved items stay. */
export async function clearPurchasedItems(tx: Executor, userId: string, variantIds: string[]): Promise<void> {
  if (variantIds.length === 0) return;
  const cartId = tx.select({ id: carts.id }).from(carts).where(eq(carts.userId, userId));
  await tx
    .delete(cartItems)
    .where(and(sql`${cartItems.cartId} = (${cartId})`, inArray(cartItems.variantId, variantIds), eq(cartItems.savedForLater, false)));
}

/**
 * Adds several items to the user's cart (reorder), each on its own terms: what cannot be added (no
 * longer sold, out of stock, a limit) is skipped with the reason the shopper would have seen.
 */
export async function addItemsToCart(userId: string, items: { variantId: string; quantity: number }[], executor?: Executor): Promise<AddItemsResult> {
  const parsed = addItemsSchema.safeParse(items);
  if (!parsed.success) throw new ValidationError({ items: parsed.error.issues.map((i) => i.message) });
  const ex = executor ?? (await getDb());
  const cartId = await ensureUserCart(ex, userId);
  const result: AddItemsResult = { added: 0, skipped: [] };
  for (const item of parsed.data) {
    try {
      await addItem(cartId, { variantId: item.variantId, quantity: item.quantity }, { db: ex });
      result.added += 1;
    } catch (err) {
      if (!isAppError(err)) throw err;
      result.skipped.push({ variantId: item.variantId, reason: err.message });
    }
  }
  return result;
}
