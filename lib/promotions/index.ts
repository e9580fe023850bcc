import "server-only";

/**
 * The promotions domain's public surface for server code (checkout, orders). Client components
 * import the pure parts directly (`@/lib/promotions/rules`, `@/lib/promotions/schemas`).
 */
export { couponForCheckout, countUserCouponUses, findCouponByCode, listCoupons, type CheckoutCoupon, type CouponRow } from "./queries";
export { redeemCoupon, releaseCouponForOrder, type RedeemCouponInput } from "./redemption-service";
export { COUPON_MESSAGES, couponProblem, couponStatus, describeCouponValue, normalizeCouponCode, type CouponStatus, type CouponTiming } from "./rules";
export { couponCodeSchema } from "./schemas";
