/**
 * Pure rules for deals (time-boxed offers on variants). No I/O: shared by the service, queries,
 * pages and the client countdown.
 */

/** The longest a single deal may run. */
export const MAX_DEAL_DAYS = 30;
export const MAX_DEAL_MS = MAX_DEAL_DAYS * 24 * 60 * 60 * 1000;

export interface DealTiming {
  startsAt: Date;
  endsAt: Date;
  quantityCap: number | null;
  soldCount: number;
  cancelledAt: Date | null;
}

export type DealStatus = "live" | "scheduled" | "ended" | "sold_out" | "cancelled";

/** Live iff not cancelled, startsAt <= now < endsAt, and the cap (if any) is not sold out. */
export function isLive(deal: DealTiming, now: Date): boolean {
  return dealStatus(deal, now) === "live";
}

/** What a seller sees next to a deal. Cancellation wins, then time, then the cap. */
export function dealStatus(deal: DealTiming, now: Date): DealStatus {
  if (deal.cancelledAt) return "cancelled";
  const t = now.getTime();
  if (t < deal.startsAt.getTime()) return "scheduled";
  if (t >= deal.endsAt.getTime()) return "ended";
  if (deal.quantityCap !== null && deal.soldCount >= deal.quantityCap) return "sold_out";
  return "live";
}

/** Units still available at the deal price; null when uncapped. */
export function dealRemaining(deal: Pick<DealTiming, "quantityCap" | "soldCount">): number | null {
  return deal.quantityCap === null ? null : Math.max(0, deal.quantityCap - deal.soldCount);
}

/**
 * The price a variant sells at now: the lowest live deal's price, never above the variant's own price.
 * Deals that are not live are ignored.
 */
export function effectivePrice(variantPricePaise: number, variantDeals: readonly (DealTiming & { dealPricePaise: number })[], now: Date): number {
  let price = variantPricePaise;
  for (const d of variantDeals) if (isLive(d, now) && d.dealPricePaise < price) price = d.dealPricePaise;
  return price;
}

export interface CountdownParts {
  days: number;
  hours: number;
  minutes: number;
  seconds: number;
  /** Whole seconds left, 0 when over. */
  totalSeconds: number;
}

/** Time left until `endsAt`, split for a countdown; all zero once it has passed. */
export function countdownParts(endsAt: Date, now: Date): CountdownParts {
  const totalSeconds = Math.max(0, Math.floor((endsAt.getTime() - now.getTime()) / 1000));
  return {
    days: Math.floor(totalSeconds / 86_400),
    hours: Math.floor((totalSeconds % 86_400) / 3600),
    minutes: Math.floor((totalSeconds % 3600) / 60),
    seconds: totalSeconds % 60,
    totalSeconds,
  };
}

const pad = (n: number) => String(n).padStart(2, "0");

/** "2d 04:05:06" or "04:05:06" — the visible countdown. */
export function formatCountdown(p: CountdownParts): string {
  const clock = `${pad(p.hours)}:${pad(p.minutes)}:${pad(p.seconds)}`;
  return p.days > 0 ? `${p.days}d ${clock}` : clock;
}

const unit = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

/** "Ends in 2 days 4 hours" — what screen readers hear (coarse, so it need not be re-announced every second). */
export function countdownLabel(p: CountdownParts): string {
  if (p.totalSeconds === 0) return "Deal ended";
  if (p.days > 0) return `Ends in ${unit(p.days, "day")} ${unit(p.hours, "hour")}`;
  if (p.hours > 0) return `Ends in ${unit(p.hours, "hour")} ${unit(p.minutes, "minute")}`;
  if (p.minutes > 0) return `Ends in ${unit(p.minutes, "minute")}`;
  return "Ends in less than a minute";
}

export type DealRuleError = { field: "dealPricePaise" | "endsAt" | "startsAt"; message: string };

/**
 * Checks a new deal against its variant's current price and the clock: the deal price must be
 * below the price, start before end, the end in the future, and the deal at most MAX_DEAL_DAYS long.
 */
export function validateDeal(
  input: { dealPricePaise: number; startsAt: Date; endsAt: Date },
  variantPricePaise: number,
  now: Date,
): DealRuleError[] {
  const errors: DealRuleError[] = [];
  if (input.dealPricePaise >= variantPricePaise) errors.push({ field: "dealPricePaise", message: "The deal price must be below the current price." });
  if (input.endsAt.getTime() <= input.startsAt.getTime()) errors.push({ field: "endsAt", message: "The deal must end after it starts." });
  else if (input.endsAt.getTime() - input.startsAt.getTime() > MAX_DEAL_MS) errors.push({ field: "endsAt", message: `A deal can run for at most ${MAX_DEAL_DAYS} days.` });
  else if (input.endsAt.getTime() <= now.getTime()) errors.push({ field: "endsAt", message: "The end must be in the future." });
  return errors;
}

/** Whether two [start, end) windows overlap. */
export function windowsOverlap(a: { startsAt: Date; endsAt: Date }, b: { startsAt: Date; endsAt: Date }): boolean {
  return a.startsAt.getTime() < b.endsAt.getTime() && b.startsAt.getTime() < a.endsAt.getTime();
}

/** Percent off `basePaise`, whole number (0 when not cheaper). */
export function dealPercentOff(dealPricePaise: number, basePaise: number): number {
  if (basePaise <= 0 || dealPricePaise >= basePaise) return 0;
  return Math.floor(((basePaise - dealPricePaise) * 100) / basePaise);
}

const IST_OFFSET_MINUTES = 330;

/** A `datetime-local` value ("2026-11-26T09:30") read as Asia/Kolkata time → the UTC instant; null if malformed. */
export function istLocalToUtc(value: string): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(value);
  if (!m) return null;
  const [, y, mo, d, h, mi, s] = m.map(Number);
  const ms = Date.UTC(y, mo - 1, d, h, mi, s || 0) - IST_OFFSET_MINUTES * 60_000;
  const date = new Date(ms);
  // Reject rollovers such as 2026-02-31.
  const back = utcToIstLocal(date);
  return back.slice(0, 16) === value.slice(0, 16) ? date : null;
}

/** The UTC instant as a `datetime-local` value in Asia/Kolkata ("2026-11-26T09:30"). */
export function utcToIstLocal(date: Date): string {
  return new Date(date.getTime() + IST_OFFSET_MINUTES * 60_000).toISOString().slice(0, 16);
}

/** The form's suggested window: from the next quarter hour, for two days (datetime-local values in India time). */
export function defaultDealWindow(now: Date): { startsAt: string; endsAt: string } {
  const quarter = 15 * 60_000;
  const start = Math.ceil(now.getTime() / quarter) * quarter;
  return { startsAt: utcToIstLocal(new Date(start)), endsAt: utcToIstLocal(new Date(start + 48 * 60 * 60_000)) };
}
