import "server-only";
import { and, eq, isNull, sql } from "drizzle-orm";
import { queryRows, type Executor } from "@/lib/platform/db";
import { cartItems, carts } from "@/models";
import type { CartLoad } from "./rules";

/**
 * Low-level cart rows: finding, creating and locking carts. Whose cart it is is decided by the caller
 * (CartRef: the signed-in user's, or the guest cart named by a verified cookie) — never by the input.
 */

/** Whose cart a request works on: a signed-in user (userId), else the guest cart of the signed cookie. */
export interface CartRef {
  userId: string | null;
  /** A guest cart id from a verified cookie (for a signed-in user: still to be merged). */
  guestCartId: string | null;
}

export async function findUserCartId(ex: Executor, userId: string): Promise<string | null> {
  const [row] = await ex.select({ id: carts.id }).from(carts).where(eq(carts.userId, userId)).limit(1);
  return row?.id ?? null;
}

export async function ensureUserCart(ex: Executor, userId: string): Promise<string> {
  await ex.insert(carts).values({ userId }).onConflictDoNothing({ target: carts.userId });
  const id = await findUserCartId(ex, userId);
  if (!id) throw new Error("user cart vanished after insert");
  return id;
}

/** The guest cart when it still exists and belongs to no user (a merged cart is gone). */
export async function findGuestCartId(ex: Executor, cartId: string): Promise<string | null> {
  const [row] = await ex.select({ id: carts.id }).from(carts).where(and(eq(carts.id, cartId), isNull(carts.userId))).limit(1);
  return row?.id ?? null;
}

export async function createGuestCart(ex: Executor): Promise<string> {
  const [row] = await ex.insert(carts).values({}).returning({ id: carts.id });
  return row.id;
}

/** Locks the cart row for the rest of the transaction: writes to one cart run one at a time. */
export async function lockCart(tx: Executor, cartId: string): Promise<void> {
  await tx.execute(sql`select id from ${carts} where id = ${cartId} for update`);
}

export async function touchCart(tx: Executor, cartId: string): Promise<void> {
  await tx.update(carts).set({ updatedAt: sql`now()` }).where(eq(carts.id, cartId));
}

/** Lines and units in the cart (saved for later excluded), and the saved count. */
export async function cartLoad(ex: Executor, cartId: string): Promise<CartLoad & { saved: number }> {
  const [row] = await queryRows<{ lines: number; units: number; saved: number }>(ex, sql`
    select count(*) filter (where not saved_for_later)::int as lines,
      coalesce(sum(quantity) filter (where not saved_for_later), 0)::int as units,
      count(*) filter (where saved_for_later)::int as saved
    from ${cartItems} where cart_id = ${cartId}`);
  return { lines: Number(row?.lines ?? 0), units: Number(row?.units ?? 0), saved: Number(row?.saved ?? 0) };
}

export type CartItemRow = typeof cartItems.$inferSelect;

export async function findItem(ex: Executor, cartId: string, itemId: string): Promise<CartItemRow | null> {
  const [row] = await ex.select().from(cartItems).where(and(eq(cartItems.id, itemId), eq(cartItems.cartId, cartId))).limit(1);
  return row ?? null;
}

export async function findItemByVariant(ex: Executor, cartId: string, variantId: string): Promise<CartItemRow | null> {
  const [row] = await ex.select().from(cartItems).where(and(eq(cartItems.cartId, cartId), eq(cartItems.variantId, variantId))).limit(1);
  return row ?? null;
}
