import "server-only";
import { and, eq, sql } from "drizzle-orm";
import { getDb, type Executor } from "@/lib/platform/db";
import { NotFoundError, ValidationError, fieldErrorsFromIssues } from "@/lib/platform/errors";
import { logger } from "@/lib/platform/logger";
import { recordSearchInteraction } from "@/lib/search/analytics-service";
import { cartItems } from "@/models";
import { cartLoad, findItem, findItemByVariant, lockCart, touchCart, type CartItemRow } from "./cart-store";
import { loadCartLines, loadVariantForCart } from "./queries";
import { checkLineQuantity, MAX_SAVED_ITEMS, type LimitProblem } from "./rules";
import { addToCartSchema, itemIdSchema, setQuantitySchema } from "./schemas";

/**
 * Writes to one cart's items. The cart id comes from the session (resolveCart), so an item id of
 * another cart is simply "not in your cart" (404) and changes nothing. Each write locks the cart row
 * first: limits are checked against a cart no one else is changing.
 */

export const ITEM_NOT_FOUND = "That item is not in your cart any more. Refresh the page to see your cart.";
export const VARIANT_GONE = "This product is no longer sold.";

interface Opts {
  db?: Executor;
}

function parse<T>(schema: { safeParse: (v: unknown) => { success: true; data: T } | { success: false; error: { issues: { path: PropertyKey[]; message: string }[] } } }, input: unknown): T {
  const result = schema.safeParse(input);
  if (!result.success) throw new ValidationError(fieldErrorsFromIssues(result.error.issues));
  return result.data;
}

function refuse(problem: LimitProblem): never {
  throw new ValidationError({ [problem.field]: [problem.message] }, problem.message);
}

async function ownedItem(tx: Executor, cartId: string | null, itemId: string): Promise<CartItemRow> {
  if (!cartId) throw new NotFoundError(ITEM_NOT_FOUND);
  await lockCart(tx, cartId);
  const item = await findItem(tx, cartId, itemId);
  if (!item) throw new NotFoundError(ITEM_NOT_FOUND);
  return item;
}

export interface AddedItem {
  itemId: string;
  productId: string;
  quantity: number;
}

/** Adds `quantity` of a variant (or, for "buy now", makes sure the cart holds at least that many), at today's price. */
export async function addItem(cartId: string, input: unknown, opts: Opts = {}): Promise<AddedItem> {
  const values = parse(addToCartSchema, input);
  const db = opts.db ?? (await getDb());
  const added = await db.transaction(async (tx) => {
    await lockCart(tx, cartId);
    const existing = await findItemByVariant(tx, cartId, values.variantId);
    const currentQty = existing && !existing.savedForLater ? existing.quantity : 0;
    const nextQty = values.buyNow ? Math.max(currentQty, values.quantity) : currentQty + values.quantity;
    const variant = await loadVariantForCart(tx, values.variantId, nextQty);
    if (!variant || !variant.purchasable) throw new ValidationError({ variantId: [VARIANT_GONE] }, VARIANT_GONE);
    const problem = checkLineQuantity({ currentQty, nextQty, available: variant.available, load: await cartLoad(tx, cartId) });
    if (problem) refuse(problem);
    const [row] = await tx
      .insert(cartItems)
      .values({ cartId, variantId: variant.variantId, quantity: nextQty, pricePaiseWhenAdded: variant.unitPricePaise, searchQueryId: values.searchQueryId })
      .onConflictDoUpdate({
        target: [cartItems.cartId, cartItems.variantId],
        set: {
          quantity: nextQty,
          pricePaiseWhenAdded: variant.unitPricePaise,
          savedForLater: false,
          searchQueryId: values.searchQueryId ?? sql`${cartItems.searchQueryId}`,
          updatedAt: sql`now()`,
        },
      })
      .returning({ id: cartItems.id });
    await touchCart(tx, cartId);
    return { itemId: row.id, productId: variant.productId, quantity: nextQty };
  });
  if (values.searchQueryId) await attribute(values.searchQueryId, added.productId);
  return added;
}

/** Add-to-cart attribution to the search the product was found with; analytics never fails the add. */
async function attribute(queryId: string, productId: string): Promise<void> {
  try {
    await recordSearchInteraction({ queryId, kind: "add_to_cart", productId });
  } catch (err) {
    logger.warn({ err, queryId }, "cart: add-to-cart attribution failed");
  }
}

export async function setItemQuantity(cartId: string | null, input: unknown, opts: Opts = {}): Promise<void> {
  const values = parse(setQuantitySchema, input);
  const db = opts.db ?? (await getDb());
  await db.transaction(async (tx) => {
    const item = await ownedItem(tx, cartId, values.itemId);
    if (item.quantity === values.quantity) return;
    if (!item.savedForLater) {
      const variant = await loadVariantForCart(tx, item.variantId, values.quantity);
      const problem = checkLineQuantity({ currentQty: item.quantity, nextQty: values.quantity, available: variant?.available ?? 0, load: await cartLoad(tx, item.cartId) });
      if (problem) refuse(problem);
    }
    await tx.update(cartItems).set({ quantity: values.quantity, updatedAt: sql`now()` }).where(eq(cartItems.id, item.id));
    await touchCart(tx, item.cartId);
  });
}

export async function removeItem(cartId: string | null, input: unknown, opts: Opts = {}): Promise<void> {
  const { itemId } = parse(itemIdSchema, input);
  const db = opts.db ?? (await getDb());
  await db.transaction(async (tx) => {
    const item = await ownedItem(tx, cartId, itemId);
    await tx.delete(cartItems).where(eq(cartItems.id, item.id));
    await touchCart(tx, item.cartId);
  });
}

export async function saveItemForLater(cartId: string | null, input: unknown, opts: Opts = {}): Promise<void> {
  const { itemId } = parse(itemIdSchema, input);
  const db = opts.db ?? (await getDb());
  await db.transaction(async (tx) => {
    const item = await ownedItem(tx, cartId, itemId);
    if (item.savedForLater) return;
    if ((await cartLoad(tx, item.cartId)).saved >= MAX_SAVED_ITEMS) {
      throw new ValidationError({ itemId: [`You can save up to ${MAX_SAVED_ITEMS} items for later. Remove some first.`] });
    }
    await tx.update(cartItems).set({ savedForLater: true, updatedAt: sql`now()` }).where(eq(cartItems.id, item.id));
    await touchCart(tx, item.cartId);
  });
}

/** Moves a saved item back into the cart, within the limits and stock; its price snapshot stays (a change is shown). */
export async function moveItemToCart(cartId: string | null, input: unknown, opts: Opts = {}): Promise<void> {
  const { itemId } = parse(itemIdSchema, input);
  const db = opts.db ?? (await getDb());
  await db.transaction(async (tx) => {
    const item = await ownedItem(tx, cartId, itemId);
    if (!item.savedForLater) return;
    const variant = await loadVariantForCart(tx, item.variantId, item.quantity);
    if (!variant || !variant.purchasable) throw new ValidationError({ itemId: [VARIANT_GONE] }, VARIANT_GONE);
    const problem = checkLineQuantity({ currentQty: 0, nextQty: item.quantity, available: variant.available, load: await cartLoad(tx, item.cartId) });
    if (problem) throw new ValidationError({ itemId: [problem.message] }, problem.message);
    await tx.update(cartItems).set({ savedForLater: false, updatedAt: sql`now()` }).where(eq(cartItems.id, item.id));
    await touchCart(tx, item.cartId);
  });
}

/** The shopper accepts today's price of one line (or, without an item id, of every line in the cart). */
export async function acceptPrices(cartId: string | null, input: unknown, opts: Opts = {}): Promise<number> {
  const itemId = input === undefined ? null : parse(itemIdSchema, input).itemId;
  const db = opts.db ?? (await getDb());
  return db.transaction(async (tx) => {
    if (itemId) await ownedItem(tx, cartId, itemId);
    else if (cartId) await lockCart(tx, cartId);
    else return 0;
    const lines = await loadCartLines(tx, cartId as string);
    let changed = 0;
    for (const line of lines) {
      if ((itemId && line.cartItemId !== itemId) || line.unitPricePaise === line.pricePaiseWhenAdded) continue;
      await tx
        .update(cartItems)
        .set({ pricePaiseWhenAdded: line.unitPricePaise, updatedAt: sql`now()` })
        .where(and(eq(cartItems.id, line.cartItemId), eq(cartItems.cartId, cartId as string)));
      changed += 1;
    }
    return changed;
  });
}
