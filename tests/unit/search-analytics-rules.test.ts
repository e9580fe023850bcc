import { describe, expect, it } from "vitest";
import { EMPTY_FILTERS } from "@/lib/catalog/facets-schemas";
import { clipQuery, dayBuckets, distinctRecent, fillDays, filtersOf, formatRate, parseRange, percentile, rangeStart, rate } from "@/lib/search/analytics-rules";
import { searchEventSchema } from "@/lib/search/analytics-schemas";
import type { SearchRequest } from "@/lib/search/types";

const request: SearchRequest = { q: "x", categoryPath: null, sellers: [], filters: EMPTY_FILTERS, sort: "relevance", cursor: null, limit: 24, withFacets: true };

describe("rates", () => {
  it("divides safely", () => {
    expect(rate(1, 4)).toBe(0.25);
    expect(rate(3, 0)).toBe(0);
  });
  it("formats percentages for the dashboard", () => {
    expect(formatRate(0.256)).toBe("26%");
    expect(formatRate(0.0125)).toBe("1.3%");
    expect(formatRate(0)).toBe("0%");
    expect(formatRate(0.5, false)).toBe("—");
  });
  it("takes the nearest-rank percentile", () => {
    expect(percentile([], 0.95)).toBe(0);
    expect(percentile([5], 0.95)).toBe(5);
    expect(percentile([50, 10, 20, 30, 40, 60, 70, 80, 90, 100], 0.95)).toBe(100);
    expect(percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20], 0.95)).toBe(19);
    expect(percentile([3, 1, 2], 0.5)).toBe(2);
  });
});

describe("date bucketing", () => {
  const now = new Date("2026-03-01T23:30:00Z");
  it("lists every UTC day of the range ending today, across a month end", () => {
    expect(dayBuckets(3, now)).toEqual(["2026-02-27", "2026-02-28", "2026-03-01"]);
    expect(dayBuckets(30, now)).toHaveLength(30);
  });
  it("starts a range at midnight UTC days-1 days ago", () => {
    expect(rangeStart(7, now).toISOString()).toBe("2026-02-23T00:00:00.000Z");
    expect(rangeStart(1, now).toISOString()).toBe("2026-03-01T00:00:00.000Z");
  });
  it("fills missing days with zeros and computes the zero-result rate per day", () => {
    const filled = fillDays([{ day: "2026-02-28", searches: 4, zeroResults: 1 }], 3, now);
    expect(filled).toEqual([
      { day: "2026-02-27", searches: 0, zeroResults: 0, zeroResultRate: 0 },
      { day: "2026-02-28", searches: 4, zeroResults: 1, zeroResultRate: 0.25 },
      { day: "2026-03-01", searches: 0, zeroResults: 0, zeroResultRate: 0 },
    ]);
  });
  it("accepts only the offered ranges", () => {
    expect(parseRange("7")).toBe(7);
    expect(parseRange(["90", "7"])).toBe(90);
    expect(parseRange("31")).toBe(30);
    expect(parseRange(undefined)).toBe(30);
  });
});

describe("what a search log records", () => {
  it("keeps only the filters that are set", () => {
    expect(filtersOf(request)).toEqual({});
    expect(filtersOf({ ...request, categoryPath: "grocery", sellers: ["s"], filters: { ...EMPTY_FILTERS, priceMin: 100, rating: 4, discount: 25 } })).toEqual({
      category: "grocery",
      sellers: ["s"],
      priceMin: 100,
      rating: 4,
      discount: 25,
    });
  });
  it("clips the typed query to 200 characters without splitting an emoji", () => {
    expect(clipQuery("  atta  ")).toBe("atta");
    expect(clipQuery("a".repeat(2000))).toHaveLength(200);
    const clipped = clipQuery("😀".repeat(300));
    expect(Array.from(clipped).every((c) => c === "😀")).toBe(true);
    expect(clipped.length).toBeLessThanOrEqual(200);
  });
  it("keeps the newest form of each distinct recent search, skipping browse-only", () => {
    const rows = [
      { query: "Dal", normalized: "dal" },
      { query: "", normalized: "" },
      { query: "ATTA", normalized: "atta" },
      { query: "dal", normalized: "dal" },
      { query: "atta", normalized: "atta" },
      { query: "rice", normalized: "rice" },
    ];
    expect(distinctRecent(rows)).toEqual(["Dal", "ATTA", "rice"]);
    expect(distinctRecent(rows, 2)).toEqual(["Dal", "ATTA"]);
  });
});

describe("event beacons", () => {
  const ids = { queryId: "6f1c1c1e-4a6b-4c43-8d0f-0a0c7b0b7b01", productId: "6f1c1c1e-4a6b-4c43-8d0f-0a0c7b0b7b02" };
  it("accepts a click with a position and an add-to-cart without", () => {
    expect(searchEventSchema.safeParse({ kind: "click", ...ids, position: 3 }).success).toBe(true);
    expect(searchEventSchema.safeParse({ kind: "add_to_cart", ...ids }).success).toBe(true);
  });
  it("refuses unknown kinds, extra fields and missing positions", () => {
    expect(searchEventSchema.safeParse({ kind: "view", ...ids }).success).toBe(false);
    expect(searchEventSchema.safeParse({ kind: "click", ...ids }).success).toBe(false);
    expect(searchEventSchema.safeParse({ kind: "add_to_cart", ...ids, extra: 1 }).success).toBe(false);
  });
});
