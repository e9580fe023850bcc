import type { MiniCartDto } from "@/lib/cart/types";

/** The header's mini-cart listens for this window event; writes to the cart announce the fresh counts with it. */
export const CART_CHANGED_EVENT = "ql:cart-changed";
export const CART_ENDPOINT = "/api/cart";

export function announceCart(cart: MiniCartDto | null): void {
  window.dispatchEvent(new CustomEvent<MiniCartDto | null>(CART_CHANGED_EVENT, { detail: cart }));
}
