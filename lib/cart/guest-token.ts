import { createHmac, timingSafeEqual } from "node:crypto";

/**
 * The guest cart cookie: `<cart id>.<HMAC-SHA256(secret, "cart:" + id)>` (base64url). The id alone is
 * unguessable already; the signature makes a forged or altered value worthless without a database read.
 */

export const GUEST_CART_COOKIE = "ql_cart";
/** Guest carts last 30 days from the last change (the cookie is re-set on every write). */
export const GUEST_CART_MAX_AGE = 30 * 86_400;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

function mac(secret: string, cartId: string): string {
  return createHmac("sha256", secret).update(`cart:${cartId}`).digest("base64url");
}

export function signGuestCartId(secret: string, cartId: string): string {
  if (!UUID.test(cartId)) throw new TypeError("cart id must be a lowercase uuid");
  return `${cartId}.${mac(secret, cartId)}`;
}

/** The cart id in a cookie value when its signature holds, else null. */
export function verifyGuestCartToken(secret: string, value: string | undefined | null): string | null {
  if (!value || value.length > 200) return null;
  const dot = value.indexOf(".");
  if (dot < 0) return null;
  const id = value.slice(0, dot);
  if (!UUID.test(id)) return null;
  const given = Buffer.from(value.slice(dot + 1));
  const expected = Buffer.from(mac(secret, id));
  return given.length === expected.length && timingSafeEqual(given, expected) ? id : null;
}
