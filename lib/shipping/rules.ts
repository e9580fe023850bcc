/**
 * Pure serviceability and delivery-promise rules: which zone a PIN code belongs to (longest prefix
 * wins) and what each delivery speed promises at a given instant, with order cut-offs in India time
 * (Asia/Kolkata). No I/O: used by the server, checkout pricing and the browser alike.
 */
import { formatCutoff, formatDuration, istClock, istDayLabel, istEndOfDay, istInstant, type IstClock } from "./ist";

export interface ZoneRule {
  id: string;
  code: string;
  name: string;
  /** Days after today (IST) that standard delivery takes; 0 = standard not offered. */
  standardDays: number;
  standardFeePaise: number;
  /** A seller's part at or above this value ships standard for free (0: always free). */
  freeStandardAbovePaise: number;
  nextDayAvailable: boolean;
  /** Minutes after IST midnight; orders from then on get next-day a day later. */
  nextDayCutoffMinutes: number;
  nextDayFeePaise: number;
  /** Same day also needs the seller to ship from the buyer's zone. */
  sameDayAvailable: boolean;
  sameDayCutoffMinutes: number;
  sameDayFeePaise: number;
}

export type DeliveryOption = "standard" | "next_day" | "same_day";

export interface DeliveryQuote {
  option: DeliveryOption;
  available: boolean;
  /** Why the option cannot be chosen now (null when available). */
  unavailableReason: string | null;
  feePaise: number;
  /** Standard only: the part value from which standard ships free; null for the other options. */
  freeAbovePaise: number | null;
  /** End of the promised day, Asia/Kolkata. */
  promisedBy: Date;
  /** "Today, by 9 pm" | "Tomorrow" | "By Thu, 3 Dec" */
  label: string;
  /** "Order within 2 h 10 min" while a cut-off is ahead today; null otherwise. */
  orderWithin: string | null;
}

/** Same-day parcels arrive by this time (minutes after IST midnight). */
export const SAME_DAY_BY_MINUTES = 21 * 60;

export const OPTION_LABELS: Record<DeliveryOption, string> = {
  standard: "Standard",
  next_day: "Next day",
  same_day: "Same day",
};

const PIN = /^[1-9]\d{5}$/;

/** The zone of the longest prefix of `pincode` in `prefixes`; null when none matches or the PIN is malformed. */
export function matchZone<Z extends ZoneRule>(pincode: string, prefixes: ReadonlyMap<string, Z>): Z | null {
  if (!PIN.test(pincode)) return null;
  for (let len = 6; len >= 1; len--) {
    const zone = prefixes.get(pincode.slice(0, len));
    if (zone) return zone;
  }
  return null;
}

/** Every prefix of a PIN code, longest first ("560038", "56003", … "5"). */
export function pincodePrefixes(pincode: string): string[] {
  return PIN.test(pincode) ? [6, 5, 4, 3, 2, 1].map((len) => pincode.slice(0, len)) : [];
}

/** "Today, by 9 pm", "Tomorrow" or "By Thu, 3 Dec" for a delivery `days` after today (IST). */
export function promiseLabel(clock: IstClock, days: number): string {
  if (days === 0) return `Today, by ${formatCutoff(SAME_DAY_BY_MINUTES)}`;
  if (days === 1) return "Tomorrow";
  return `By ${istDayLabel(clock, days)}`;
}

function orderWithin(now: Date, clock: IstClock, cutoffMinutes: number): string {
  const left = Math.max(1, Math.ceil((istInstant(clock, 0, cutoffMinutes).getTime() - now.getTime()) / 60_000));
  return `Order within ${formatDuration(left)}`;
}

function quote(option: DeliveryOption, clock: IstClock, days: number, fields: Pick<DeliveryQuote, "feePaise" | "freeAbovePaise" | "orderWithin"> & { reason: string | null }): DeliveryQuote {
  return {
    option,
    available: fields.reason === null,
    unavailableReason: fields.reason,
    feePaise: fields.feePaise,
    freeAbovePaise: fields.freeAbovePaise,
    promisedBy: istEndOfDay(clock, days),
    label: promiseLabel(clock, days),
    orderWithin: fields.reason === null ? fields.orderWithin : null,
  };
}

/**
 * What each delivery speed promises a buyer in `buyerZone` for a seller in `sellerZone` at `now`:
 * standard in `standardDays`; next day when the buyer's zone offers it (after its cut-off the promise
 * moves a day); same day only when buyer and seller share the zone, the zone offers it and its cut-off
 * has not passed. Always three quotes, in the order standard, next day, same day.
 */
export function deliveryQuotes({ buyerZone, sellerZone, now }: { buyerZone: ZoneRule; sellerZone: ZoneRule | null; now: Date }): DeliveryQuote[] {
  const clock = istClock(now);

  const standard = quote("standard", clock, Math.max(1, buyerZone.standardDays), {
    feePaise: buyerZone.standardFeePaise,
    freeAbovePaise: buyerZone.freeStandardAbovePaise,
    orderWithin: null,
    reason: buyerZone.standardDays > 0 ? null : "Standard delivery isn't offered at this PIN code",
  });

  const beforeNextDayCutoff = clock.minutes < buyerZone.nextDayCutoffMinutes;
  const nextDay = quote("next_day", clock, beforeNextDayCutoff ? 1 : 2, {
    feePaise: buyerZone.nextDayFeePaise,
    freeAbovePaise: null,
    orderWithin: beforeNextDayCutoff ? orderWithin(now, clock, buyerZone.nextDayCutoffMinutes) : null,
    reason: buyerZone.nextDayAvailable ? null : "Next-day delivery isn't offered at this PIN code",
  });

  const sameDayReason = !buyerZone.sameDayAvailable
    ? "Same-day delivery isn't offered at this PIN code"
    : sellerZone?.id !== buyerZone.id
      ? "Same-day delivery needs a seller in your area"
      : clock.minutes >= buyerZone.sameDayCutoffMinutes
        ? `Order before ${formatCutoff(buyerZone.sameDayCutoffMinutes)} for same-day delivery`
        : null;
  const sameDay = quote("same_day", clock, sameDayReason === null ? 0 : 1, {
    feePaise: buyerZone.sameDayFeePaise,
    freeAbovePaise: null,
    orderWithin: orderWithin(now, clock, buyerZone.sameDayCutoffMinutes),
    reason: sameDayReason,
  });

  return [standard, nextDay, sameDay];
}

/** The soonest available quote (the headline "Delivery by …"); null when none is available. */
export function fastestQuote(quotes: readonly DeliveryQuote[]): DeliveryQuote | null {
  let best: DeliveryQuote | null = null;
  for (const q of quotes) if (q.available && (!best || q.promisedBy.getTime() < best.promisedBy.getTime())) best = q;
  return best;
}
