import type { CouponStatus } from "@/lib/promotions/rules";

export const COUPON_STATUS_META: Record<CouponStatus, { label: string; tone: "neutral" | "success" | "warning" | "danger" | "info" }> = {
  active: { label: "Active", tone: "success" },
  scheduled: { label: "Scheduled", tone: "info" },
  expired: { label: "Expired", tone: "neutral" },
  exhausted: { label: "Used up", tone: "warning" },
  inactive: { label: "Deactivated", tone: "danger" },
};
