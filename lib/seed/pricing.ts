import { toPaise } from "@/lib/platform/money";
import { pick } from "./random";

/**
 * Fixed demo exchange rate for the Amazon UK toy prices (GBP → INR), close to the 2024–25 average.
 * Fixed on purpose: the seed must give the same prices on every run and machine.
 */
export const GBP_TO_INR = 105;

/** Rounds a rupee amount to the nearest shop-style price: ₹x9 below ₹1,000 (359), ₹x99 from there (1,799). */
export function roundRetailRupees(rupees: number): number {
  if (!Number.isFinite(rupees) || rupees <= 0) throw new RangeError(`not a positive price: ${rupees}`);
  if (rupees < 1000) return Math.max(9, Math.round((rupees + 1) / 10) * 10 - 1);
  return Math.round((rupees + 1) / 100) * 100 - 1;
}

/** Like roundRetailRupees but never below the input: used for MRPs, which must not undercut the price. */
export function ceilRetailRupees(rupees: number): number {
  if (!Number.isFinite(rupees) || rupees <= 0) throw new RangeError(`not a positive price: ${rupees}`);
  if (rupees < 1000) return Math.max(9, Math.ceil((rupees + 1) / 10) * 10 - 1);
  return Math.ceil((rupees + 1) / 100) * 100 - 1;
}

/** A GBP price in paise of INR at GBP_TO_INR, rounded to a retail price. */
export function gbpToInrPaise(gbp: number): number {
  return toPaise(roundRetailRupees(gbp * GBP_TO_INR));
}

/**
 * An MRP above `pricePaise` for roughly `share` of products (chosen by `random`), as if the price were
 * a discount of 10–40 % off it; otherwise the MRP equals the price.
 */
export function mrpFor(pricePaise: number, random: () => number, share: number): number {
  if (random() >= share) return pricePaise;
  const discount = pick(random, [0.1, 0.15, 0.2, 0.25, 0.3, 0.4]);
  const mrp = toPaise(ceilRetailRupees(pricePaise / 100 / (1 - discount)));
  return Math.max(mrp, pricePaise);
}
