import { NextResponse } from "next/server";
import { cookies } from "next/headers";
import { getActor } from "@/lib/auth/session";
import { getCompareList } from "@/lib/catalog/compare-queries";
import { COMPARE_COOKIE } from "@/lib/catalog/compare-rules";
import { PINCODE_COOKIE, pincodeFromCookie } from "@/lib/shipping";
import type { VisitorDto } from "@/lib/storefront/visitor";

export const dynamic = "force-dynamic";

/**
 * The visitor's own bits for the storefront's cached pages: who is signed in, the delivery PIN code
 * and the compare list. Pages are the same for everyone; the header and buttons fill these in.
 */
export async function GET() {
  const [actor, store] = await Promise.all([getActor(), cookies()]);
  const compare = await getCompareList(store.get(COMPARE_COOKIE)?.value);
  const body: VisitorDto = {
    actor,
    pincode: pincodeFromCookie(store.get(PINCODE_COOKIE)?.value),
    compare: compare.map((p) => ({ id: p.id, slug: p.slug, title: p.title, image: p.image })),
  };
  return NextResponse.json(body, { headers: { "cache-control": "private, no-store" } });
}
