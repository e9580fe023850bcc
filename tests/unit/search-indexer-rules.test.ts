import { describe, expect, it } from "vitest";
import { chunks } from "@/lib/platform/chunks";
import { popularity } from "@/lib/search/indexer-rules";

describe("search indexer rules", () => {
  it("popularity is 0 without ratings and grows with their number and the rating", () => {
    expect(popularity(0, 0)).toBe(0);
    expect(popularity(450, 0)).toBe(0);
    expect(popularity(500, 100)).toBeGreaterThan(popularity(250, 100));
    expect(popularity(400, 1_000)).toBeGreaterThan(popularity(400, 10));
    expect(popularity(500, 100)).toBeCloseTo(Math.log(101) * 2, 6);
    // Out-of-range inputs are clamped, never negative.
    expect(popularity(-50, -3)).toBe(0);
    expect(popularity(900, 10)).toBe(popularity(500, 10));
  });

  it("splits ids into batches", () => {
    expect(chunks([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]]);
    expect(chunks([], 3)).toEqual([]);
  });
});
