import { NextResponse } from "next/server";
import { getActor } from "@/lib/auth/session";
import { getMiniCart } from "@/lib/cart";
import { logger } from "@/lib/platform/logger";

export const dynamic = "force-dynamic";

/**
 * The visitor's mini-cart for the header of the (cached, shared) storefront pages: counts, subtotal and
 * the first few lines. Reading it after sign-in also merges a guest cart left in the cookie.
 */
export async function GET() {
  try {
    const body = await getMiniCart(await getActor());
    return NextResponse.json(body, { headers: { "cache-control": "private, no-store" } });
  } catch (err) {
    logger.error({ err }, "mini-cart read failed");
    return NextResponse.json({ error: "The cart could not be loaded. Please try again." }, { status: 500, headers: { "cache-control": "no-store" } });
  }
}
