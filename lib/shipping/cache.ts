import { invalidateTags } from "@/lib/platform/cache/tagged";

/** Cache tag of everything read from the zone and PIN prefix tables (one tag: the tables are small). */
export const SHIPPING_TAG = "shipping";

/** Seconds a cached zone lookup may live; an admin edit invalidates it at once. */
export const SHIPPING_TTL_SECONDS = 600;

/** Makes every cached serviceability answer stale (after an admin edit or the seed). */
export async function invalidateServiceability(): Promise<void> {
  await invalidateTags([SHIPPING_TAG]);
}
