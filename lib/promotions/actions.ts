"use server";

import { revalidatePath } from "next/cache";
import { getActor } from "@/lib/auth/session";
import { actionError, actionInput } from "@/lib/platform/action-helpers";
import { actionOk, type ActionResult } from "@/lib/platform/errors";
import { createPlatformCoupon, createSellerCoupon, deactivateCoupon, updateCoupon } from "./service";

/**
 * Coupon actions for /admin/coupons and /seller/coupons. Public POST endpoints: the actor and its
 * seller come from the session; the service parses the form and checks "coupon:manage".
 */

function revalidateCoupons() {
  revalidatePath("/admin/coupons");
  revalidatePath("/seller/coupons");
}

export async function createPlatformCouponAction(input: unknown): Promise<ActionResult<{ id: string }>> {
  try {
    const coupon = await createPlatformCoupon(await getActor(), actionInput(input));
    revalidateCoupons();
    return actionOk({ id: coupon.id });
  } catch (err) {
    return actionError(err, "create coupon");
  }
}

export async function createSellerCouponAction(input: unknown): Promise<ActionResult<{ id: string }>> {
  try {
    const coupon = await createSellerCoupon(await getActor(), actionInput(input));
    revalidateCoupons();
    return actionOk({ id: coupon.id });
  } catch (err) {
    return actionError(err, "create store coupon");
  }
}

export async function updateCouponAction(couponId: unknown, input: unknown): Promise<ActionResult<{ id: string }>> {
  try {
    const coupon = await updateCoupon(await getActor(), couponId, actionInput(input));
    revalidateCoupons();
    return actionOk({ id: coupon.id });
  } catch (err) {
    return actionError(err, "update coupon");
  }
}

export async function deactivateCouponAction(couponId: unknown): Promise<ActionResult<{ id: string }>> {
  try {
    const coupon = await deactivateCoupon(await getActor(), couponId);
    revalidateCoupons();
    return actionOk({ id: coupon.id });
  } catch (err) {
    return actionError(err, "deactivate coupon");
  }
}
