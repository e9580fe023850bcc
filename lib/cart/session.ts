import "server-only";
import { cookies } from "next/headers";
import type { Actor } from "@/lib/auth/actor";
import { env } from "@/lib/platform/env";
import { logger } from "@/lib/platform/logger";
import { resolveCart, type ResolvedCart } from "./cart-resolve";
import type { CartRef } from "./cart-store";
import { GUEST_CART_COOKIE, GUEST_CART_MAX_AGE, signGuestCartId, verifyGuestCartToken } from "./guest-token";

/**
 * The request's cart: the signed-in user's account cart, else the guest cart named by the signed
 * `ql_cart` cookie. A signed-in user who still carries a guest cookie gets it merged (and the cookie
 * dropped) on the first cart read or write after signing in. (No import of lib/auth/session here: the
 * next-auth options import this module for the sign-in hook.)
 */

/** The guest cart id of the request's cookie when its signature holds. */
export async function guestCartIdFromCookie(): Promise<string | null> {
  try {
    return verifyGuestCartToken(env().NEXTAUTH_SECRET, (await cookies()).get(GUEST_CART_COOKIE)?.value);
  } catch {
    return null;
  }
}

export async function cartRefFor(userId: string | null): Promise<CartRef> {
  return { userId, guestCartId: await guestCartIdFromCookie() };
}

/** Sets or clears the guest cookie; where cookies are read-only (a page render) it does nothing. */
async function writeGuestCookie(cartId: string | null): Promise<void> {
  try {
    const store = await cookies();
    if (!cartId) store.delete(GUEST_CART_COOKIE);
    else {
      store.set(GUEST_CART_COOKIE, signGuestCartId(env().NEXTAUTH_SECRET, cartId), {
        httpOnly: true,
        sameSite: "lax",
        secure: env().NEXTAUTH_URL.startsWith("https://"),
        path: "/",
        maxAge: GUEST_CART_MAX_AGE,
      });
    }
  } catch {
    // Read-only cookies (rendering): the merged guest cart is gone from the database, so a stale cookie is harmless.
  }
}

/** Resolves the request's cart (merging a guest cart into a signed-in user's) and keeps the cookie in step. */
export async function requestCart(actor: Pick<Actor, "id"> | null, { create = false } = {}): Promise<ResolvedCart> {
  const ref = await cartRefFor(actor?.id ?? null);
  const resolved = await resolveCart(ref, { create });
  if (resolved.createdGuestCartId) await writeGuestCookie(resolved.createdGuestCartId);
  else if (ref.userId && ref.guestCartId) await writeGuestCookie(null);
  else if (!ref.userId && resolved.cartId) await writeGuestCookie(resolved.cartId); // slides the 30 days
  else if (!ref.userId && ref.guestCartId && !resolved.cartId) await writeGuestCookie(null);
  if (resolved.merge.merged) logger.info({ userId: ref.userId, movedToSaved: resolved.merge.movedToSaved }, "cart: guest cart merged on sign-in");
  return resolved;
}

/**
 * For the sign-in hook (next-auth `events.signIn`): merges the browser's guest cart into `userId`'s
 * account cart right away and drops the cookie. Never throws: a failed merge is retried on the next cart read.
 */
export async function mergeGuestCartOnSignIn(userId: string): Promise<void> {
  try {
    await requestCart({ id: userId });
  } catch (err) {
    logger.error({ err, userId }, "cart: guest cart merge on sign-in failed");
  }
}
