import { describe, expect, it } from "vitest";
import { formatCutoff, formatDuration, istClock } from "@/lib/shipping/ist";
import { deliveryQuotes, fastestQuote, matchZone, pincodePrefixes, type DeliveryQuote, type ZoneRule } from "@/lib/shipping/rules";

function zone(over: Partial<ZoneRule> = {}): ZoneRule {
  return {
    id: "blr",
    code: "BLR-METRO",
    name: "Bengaluru metro",
    standardDays: 2,
    standardFeePaise: 4000,
    freeStandardAbovePaise: 49_900,
    nextDayAvailable: true,
    nextDayCutoffMinutes: 20 * 60,
    nextDayFeePaise: 7900,
    sameDayAvailable: true,
    sameDayCutoffMinutes: 12 * 60,
    sameDayFeePaise: 9900,
    ...over,
  };
}

/** An instant given as India time ("2026-12-01T11:59" IST). */
const ist = (local: string) => new Date(`${local}:00+05:30`);
const byOption = (quotes: DeliveryQuote[]) => Object.fromEntries(quotes.map((q) => [q.option, q]));

describe("matchZone", () => {
  const blr = zone();
  const carved = zone({ id: "carved", code: "BLR-OUTER" });
  const south = zone({ id: "south", code: "IN-SOUTH", sameDayAvailable: false, nextDayAvailable: false });
  const prefixes = new Map([
    ["5", south],
    ["560", blr],
    ["560300", carved],
  ]);

  it("picks the longest matching prefix", () => {
    expect(matchZone("560038", prefixes)?.id).toBe("blr");
    expect(matchZone("560300", prefixes)?.id).toBe("carved");
    expect(matchZone("560301", prefixes)?.id).toBe("blr");
    expect(matchZone("571234", prefixes)?.id).toBe("south");
  });

  it("returns null when nothing matches or the PIN is malformed", () => {
    expect(matchZone("110001", prefixes)).toBeNull();
    expect(matchZone("56003", prefixes)).toBeNull();
    expect(matchZone("056003", prefixes)).toBeNull();
    expect(matchZone("56003a", prefixes)).toBeNull();
    expect(matchZone("560038", new Map())).toBeNull();
  });

  it("lists a PIN's prefixes longest first", () => {
    expect(pincodePrefixes("560038")).toEqual(["560038", "56003", "5600", "560", "56", "5"]);
    expect(pincodePrefixes("12345")).toEqual([]);
  });
});

describe("deliveryQuotes", () => {
  const blr = zone();
  const other = zone({ id: "mum", code: "MUM-METRO" });

  it("offers all three speeds before the cut-offs when the seller is in the buyer's zone", () => {
    const q = byOption(deliveryQuotes({ buyerZone: blr, sellerZone: blr, now: ist("2026-12-01T09:50") }));
    expect(q.same_day).toMatchObject({ available: true, label: "Today, by 9 pm", orderWithin: "Order within 2 h 10 min", feePaise: 9900, freeAbovePaise: null });
    expect(q.same_day.promisedBy.toISOString()).toBe("2026-12-01T18:29:59.999Z"); // 23:59:59.999 IST
    expect(q.next_day).toMatchObject({ available: true, label: "Tomorrow", orderWithin: "Order within 10 h 10 min" });
    expect(q.standard).toMatchObject({ available: true, label: "By Thu, 3 Dec", orderWithin: null, feePaise: 4000, freeAbovePaise: 49_900 });
  });

  it("same day only when buyer and seller share the zone", () => {
    const q = byOption(deliveryQuotes({ buyerZone: blr, sellerZone: other, now: ist("2026-12-01T09:00") }));
    expect(q.same_day.available).toBe(false);
    expect(q.same_day.unavailableReason).toMatch(/seller in your area/);
    expect(q.same_day.orderWithin).toBeNull();
    expect(byOption(deliveryQuotes({ buyerZone: blr, sellerZone: null, now: ist("2026-12-01T09:00") })).same_day.available).toBe(false);
    expect(q.next_day.available).toBe(true);
  });

  it("same day closes at its cut-off exactly (11:59 yes, 12:00 no)", () => {
    const before = byOption(deliveryQuotes({ buyerZone: blr, sellerZone: blr, now: ist("2026-12-01T11:59") }));
    expect(before.same_day).toMatchObject({ available: true, orderWithin: "Order within 1 min" });
    const at = byOption(deliveryQuotes({ buyerZone: blr, sellerZone: blr, now: ist("2026-12-01T12:00") }));
    expect(at.same_day.available).toBe(false);
    expect(at.same_day.unavailableReason).toBe("Order before 12 pm for same-day delivery");
  });

  it("next day moves a day once its cut-off has passed", () => {
    const before = byOption(deliveryQuotes({ buyerZone: blr, sellerZone: blr, now: ist("2026-12-01T19:59") }));
    expect(before.next_day).toMatchObject({ available: true, label: "Tomorrow", orderWithin: "Order within 1 min" });
    const after = byOption(deliveryQuotes({ buyerZone: blr, sellerZone: blr, now: ist("2026-12-01T20:00") }));
    expect(after.next_day).toMatchObject({ available: true, label: "By Thu, 3 Dec", orderWithin: null });
  });

  it("uses the India calendar day, not UTC's, around IST midnight", () => {
    // 18:29 UTC is 23:59 IST on 1 Dec; 18:30 UTC is 00:00 IST on 2 Dec.
    const late = byOption(deliveryQuotes({ buyerZone: blr, sellerZone: blr, now: new Date("2026-12-01T18:29:00Z") }));
    expect(late.next_day.label).toBe("By Thu, 3 Dec");
    expect(late.same_day.available).toBe(false);
    const midnight = byOption(deliveryQuotes({ buyerZone: blr, sellerZone: blr, now: new Date("2026-12-01T18:30:00Z") }));
    expect(midnight.next_day).toMatchObject({ label: "Tomorrow", orderWithin: "Order within 20 h" });
    expect(midnight.next_day.promisedBy.toISOString()).toBe("2026-12-03T18:29:59.999Z");
    expect(midnight.same_day).toMatchObject({ available: true, orderWithin: "Order within 12 h" });
    expect(midnight.same_day.promisedBy.toISOString()).toBe("2026-12-02T18:29:59.999Z");
  });

  it("marks speeds a zone does not offer as unavailable", () => {
    const standardOnly = zone({ id: "south", nextDayAvailable: false, sameDayAvailable: false, standardDays: 5 });
    const q = byOption(deliveryQuotes({ buyerZone: standardOnly, sellerZone: standardOnly, now: ist("2026-12-01T09:00") }));
    expect(q.next_day).toMatchObject({ available: false, unavailableReason: "Next-day delivery isn't offered at this PIN code", orderWithin: null });
    expect(q.same_day.available).toBe(false);
    expect(q.standard).toMatchObject({ available: true, label: "By Sun, 6 Dec" });
    const noStandard = byOption(deliveryQuotes({ buyerZone: zone({ standardDays: 0 }), sellerZone: null, now: ist("2026-12-01T09:00") }));
    expect(noStandard.standard.available).toBe(false);
  });

  it("crosses month and year ends in India time", () => {
    const q = byOption(deliveryQuotes({ buyerZone: blr, sellerZone: blr, now: ist("2026-12-31T21:00") }));
    expect(q.next_day.label).toBe("By Sat, 2 Jan");
    expect(q.standard.label).toBe("By Sat, 2 Jan");
  });

  it("fastestQuote picks the soonest available promise", () => {
    expect(fastestQuote(deliveryQuotes({ buyerZone: blr, sellerZone: blr, now: ist("2026-12-01T09:00") }))?.option).toBe("same_day");
    expect(fastestQuote(deliveryQuotes({ buyerZone: blr, sellerZone: other, now: ist("2026-12-01T09:00") }))?.option).toBe("next_day");
    expect(fastestQuote([])).toBeNull();
  });
});

describe("India time helpers", () => {
  it("formats cut-offs and durations", () => {
    expect(formatCutoff(0)).toBe("12 am");
    expect(formatCutoff(12 * 60)).toBe("12 pm");
    expect(formatCutoff(20 * 60 + 30)).toBe("8:30 pm");
    expect(formatDuration(45)).toBe("45 min");
    expect(formatDuration(120)).toBe("2 h");
    expect(formatDuration(130)).toBe("2 h 10 min");
  });

  it("reads the India clock of an instant", () => {
    expect(istClock(new Date("2026-12-01T18:30:00Z"))).toEqual({ year: 2026, month: 11, day: 2, minutes: 0 });
  });
});
