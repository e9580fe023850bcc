import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { getActor } from "@/lib/auth/session";
import { getDb } from "@/lib/platform/db";
import { loadCartLines } from "./queries";
import { addItem, type AddedItem } from "./service";
import { requestCart } from "./session";
import type { CartView, MiniCartDto } from "./types";
import { cartView, EMPTY_CART_VIEW, miniCart } from "./view";

/** The cart's public surface (server only). Other domains import from here. */

export type { AddItemsResult, CartLineView, CartView, CheckoutLine, LineNotice, MiniCartDto } from "./types";
export { MAX_ITEMS_PER_ORDER, MAX_QTY_PER_ITEM, MAX_UNITS_PER_ORDER } from "./rules";
export { addItemsToCart, clearPurchasedItems, loadCheckoutLines } from "./checkout-bridge";
export { DEFAULT_GST_RATE_BP, effectiveGstRateSql } from "./queries";
export { mergeGuestCartOnSignIn } from "./session";
export { mergeGuestCart } from "./cart-resolve";

/** The request's cart id (the signed-in user's, else the signed guest cookie's), or null when it has none. */
export async function getCartId(): Promise<string | null> {
  return (await requestCart(await getActor())).cartId;
}

/** The request's cart for the cart page (a guest's or the signed-in user's, after merging). */
export async function getCartView(actor: Actor | null): Promise<CartView> {
  const { cartId } = await requestCart(actor);
  if (!cartId) return EMPTY_CART_VIEW;
  return cartView(await loadCartLines(await getDb(), cartId));
}

/** The header's mini-cart of the request. */
export async function getMiniCart(actor: Actor | null): Promise<MiniCartDto> {
  return miniCart(await getCartView(actor));
}

/**
 * Adds to the request's cart, making one (and its signed guest cookie) when there is none yet. Called
 * from a server action or route handler (it may set a cookie). `searchQueryId` attributes the add to a search.
 */
export async function addToCart(
  actor: Actor | null,
  input: { variantId: string; quantity: number; searchQueryId?: string | null; buyNow?: boolean } | unknown,
): Promise<AddedItem & { cartId: string }> {
  const { cartId } = await requestCart(actor, { create: true });
  if (!cartId) throw new Error("cart: no cart after create");
  return { ...(await addItem(cartId, input)), cartId };
}
