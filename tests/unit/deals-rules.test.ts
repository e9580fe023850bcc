import { describe, expect, it } from "vitest";
import {
  countdownLabel,
  countdownParts,
  dealPercentOff,
  dealStatus,
  effectivePrice,
  formatCountdown,
  istLocalToUtc,
  isLive,
  utcToIstLocal,
  validateDeal,
  windowsOverlap,
} from "@/lib/catalog/deals-rules";
import { createDealSchema } from "@/lib/catalog/deals-schemas";

const start = new Date("2026-11-26T10:00:00.000Z");
const end = new Date("2026-11-28T10:00:00.000Z");
const deal = (over: Partial<Parameters<typeof isLive>[0]> = {}) => ({ startsAt: start, endsAt: end, quantityCap: null, soldCount: 0, cancelledAt: null, ...over });
const ms = (d: Date, delta: number) => new Date(d.getTime() + delta);

describe("isLive / dealStatus", () => {
  it("is live from the exact start instant, not a millisecond before", () => {
    expect(isLive(deal(), ms(start, -1))).toBe(false);
    expect(dealStatus(deal(), ms(start, -1))).toBe("scheduled");
    expect(isLive(deal(), start)).toBe(true);
  });

  it("ends exactly at its end instant", () => {
    expect(isLive(deal(), ms(end, -1))).toBe(true);
    expect(isLive(deal(), end)).toBe(false);
    expect(dealStatus(deal(), end)).toBe("ended");
  });

  it("stops when the cap is sold out", () => {
    const now = ms(start, 1000);
    expect(isLive(deal({ quantityCap: 5, soldCount: 4 }), now)).toBe(true);
    expect(isLive(deal({ quantityCap: 5, soldCount: 5 }), now)).toBe(false);
    expect(dealStatus(deal({ quantityCap: 5, soldCount: 5 }), now)).toBe("sold_out");
  });

  it("is never live once cancelled", () => {
    expect(dealStatus(deal({ cancelledAt: start }), ms(start, 1000))).toBe("cancelled");
  });
});

describe("effectivePrice", () => {
  const now = ms(start, 1000);
  it("takes the lowest live deal price", () => {
    expect(effectivePrice(50_000, [{ ...deal(), dealPricePaise: 40_000 }, { ...deal(), dealPricePaise: 35_000 }], now)).toBe(35_000);
  });
  it("ignores deals that are not live and never goes above the price", () => {
    expect(effectivePrice(50_000, [{ ...deal({ cancelledAt: start }), dealPricePaise: 10_000 }], now)).toBe(50_000);
    expect(effectivePrice(50_000, [{ ...deal(), dealPricePaise: 60_000 }], now)).toBe(50_000);
    expect(effectivePrice(50_000, [{ ...deal(), dealPricePaise: 10_000 }], end)).toBe(50_000);
    expect(effectivePrice(50_000, [], now)).toBe(50_000);
  });
});

describe("countdown", () => {
  it("splits the time left and stops at zero", () => {
    const p = countdownParts(end, ms(end, -(2 * 86_400 + 3 * 3600 + 4 * 60 + 5) * 1000));
    expect(p).toEqual({ days: 2, hours: 3, minutes: 4, seconds: 5, totalSeconds: 2 * 86_400 + 3 * 3600 + 4 * 60 + 5 });
    expect(formatCountdown(p)).toBe("2d 03:04:05");
    expect(countdownLabel(p)).toBe("Ends in 2 days 3 hours");
    const over = countdownParts(end, ms(end, 5000));
    expect(over.totalSeconds).toBe(0);
    expect(countdownLabel(over)).toBe("Deal ended");
  });
});

describe("validateDeal", () => {
  const now = ms(start, -60_000);
  it("accepts a deal below the price within 30 days", () => {
    expect(validateDeal({ dealPricePaise: 9_999, startsAt: start, endsAt: end }, 10_000, now)).toEqual([]);
  });
  it("refuses a deal price at or above the price, a backwards window, a too-long deal and a past end", () => {
    expect(validateDeal({ dealPricePaise: 10_000, startsAt: start, endsAt: end }, 10_000, now).map((e) => e.field)).toEqual(["dealPricePaise"]);
    expect(validateDeal({ dealPricePaise: 1, startsAt: end, endsAt: start }, 10_000, now).map((e) => e.field)).toEqual(["endsAt"]);
    expect(validateDeal({ dealPricePaise: 1, startsAt: start, endsAt: ms(start, 31 * 86_400_000) }, 10_000, now)[0].message).toMatch(/30 days/);
    expect(validateDeal({ dealPricePaise: 1, startsAt: start, endsAt: end }, 10_000, ms(end, 1))[0].field).toBe("endsAt");
  });
  it("detects overlapping half-open windows", () => {
    expect(windowsOverlap({ startsAt: start, endsAt: end }, { startsAt: end, endsAt: ms(end, 1000) })).toBe(false);
    expect(windowsOverlap({ startsAt: start, endsAt: end }, { startsAt: ms(end, -1), endsAt: ms(end, 1000) })).toBe(true);
  });
  it("computes percent off rounded down", () => {
    expect(dealPercentOff(6_667, 10_000)).toBe(33);
    expect(dealPercentOff(12_000, 10_000)).toBe(0);
  });
});

describe("Asia/Kolkata datetime-local", () => {
  it("converts to UTC and back", () => {
    expect(istLocalToUtc("2026-11-26T15:30")?.toISOString()).toBe("2026-11-26T10:00:00.000Z");
    expect(utcToIstLocal(new Date("2026-11-26T10:00:00.000Z"))).toBe("2026-11-26T15:30");
    expect(istLocalToUtc("2026-02-31T10:00")).toBeNull();
    expect(istLocalToUtc("tomorrow")).toBeNull();
  });

  it("the form schema turns rupees into paise and an empty cap into null", () => {
    const r = createDealSchema.safeParse({ variantId: "7f1c2a4e-8b9d-4c3e-9a1b-2c3d4e5f6a7b", dealPrice: "249.50", startsAt: "2026-11-26T15:30", endsAt: "2026-11-27T15:30", quantityCap: "" });
    expect(r.success && r.data).toMatchObject({ dealPrice: 24_950, quantityCap: null, startsAt: new Date("2026-11-26T10:00:00.000Z") });
    const bad = createDealSchema.safeParse({ variantId: "x", dealPrice: "abc", startsAt: "2026-11-27T15:30", endsAt: "2026-11-26T15:30", quantityCap: "0" });
    expect(bad.success).toBe(false);
  });
});
