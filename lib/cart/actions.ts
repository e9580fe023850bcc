"use server";

import { getActor } from "@/lib/auth/session";
import { actionError, actionInput } from "@/lib/platform/action-helpers";
import { getDb } from "@/lib/platform/db";
import { actionOk, type ActionResult } from "@/lib/platform/errors";
import { addToCart } from "./index";
import { loadCartLines } from "./queries";
import { acceptPrices, moveItemToCart, removeItem, saveItemForLater, setItemQuantity } from "./service";
import { requestCart } from "./session";
import type { CartView, MiniCartDto } from "./types";
import { cartView, EMPTY_CART_VIEW, miniCart } from "./view";

/**
 * Cart actions: public POST endpoints. The cart is always the session's (the signed-in user's, or the
 * guest cart of the signed cookie); item ids from the input only ever match items of that cart.
 * Each write answers with the fresh cart so the page updates without another round trip.
 */

async function freshView(cartId: string | null): Promise<CartView> {
  return cartId ? cartView(await loadCartLines(await getDb(), cartId)) : EMPTY_CART_VIEW;
}

export async function addToCartAction(input: unknown): Promise<ActionResult<{ itemId: string; quantity: number; cart: MiniCartDto }>> {
  try {
    const added = await addToCart(await getActor(), actionInput(input));
    return actionOk({ itemId: added.itemId, quantity: added.quantity, cart: miniCart(await freshView(added.cartId)) });
  } catch (err) {
    return actionError(err, "add to cart");
  }
}

type ItemWrite = (cartId: string | null, input: unknown) => Promise<unknown>;

async function writeItem(write: ItemWrite, input: unknown, what: string): Promise<ActionResult<CartView>> {
  try {
    const { cartId } = await requestCart(await getActor());
    await write(cartId, actionInput(input));
    return actionOk(await freshView(cartId));
  } catch (err) {
    return actionError(err, what);
  }
}

export async function setQuantityAction(input: unknown): Promise<ActionResult<CartView>> {
  return writeItem(setItemQuantity, input, "change cart quantity");
}

export async function removeItemAction(input: unknown): Promise<ActionResult<CartView>> {
  return writeItem(removeItem, input, "remove cart item");
}

export async function saveForLaterAction(input: unknown): Promise<ActionResult<CartView>> {
  return writeItem(saveItemForLater, input, "save for later");
}

export async function moveToCartAction(input: unknown): Promise<ActionResult<CartView>> {
  return writeItem(moveItemToCart, input, "move to cart");
}

/** Accepts today's price of one line ({ itemId }) or, with no input, of every line. */
export async function acceptPriceAction(input?: unknown): Promise<ActionResult<CartView>> {
  return writeItem((cartId, value) => acceptPrices(cartId, value), input, "accept new price");
}

export async function refreshCartAction(): Promise<ActionResult<CartView>> {
  return writeItem(async () => undefined, undefined, "refresh cart");
}
