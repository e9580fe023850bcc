import { describe, expect, it } from "vitest";
import { cosine, dctLowFrequencies, hammingDistance, l2Normalize, perceptualHash, topKByGroup } from "@/lib/search/visual/math";
import { similarityPercent } from "@/lib/search/visual/types";

describe("hammingDistance", () => {
  it("counts differing bits of two 64-bit hex hashes", () => {
    expect(hammingDistance("0000000000000000", "0000000000000000")).toBe(0);
    expect(hammingDistance("0000000000000000", "ffffffffffffffff")).toBe(64);
    expect(hammingDistance("0000000000000001", "0000000000000003")).toBe(1);
    expect(hammingDistance("f0f0f0f0f0f0f0f0", "0f0f0f0f0f0f0f0f")).toBe(64);
    expect(hammingDistance("8000000000000000", "0000000000000000")).toBe(1);
    expect(hammingDistance("ABCDEF0123456789", "abcdef0123456789")).toBe(0);
  });

  it("refuses malformed hashes", () => {
    expect(() => hammingDistance("123", "0000000000000000")).toThrow(/16 hex/);
    expect(() => hammingDistance("zzzzzzzzzzzzzzzz", "0000000000000000")).toThrow(/16 hex/);
  });
});

describe("l2Normalize and cosine", () => {
  it("scales a vector to unit length in place", () => {
    const v = new Float32Array([3, 4]);
    expect(l2Normalize(v)).toBe(v);
    expect(Array.from(v)).toEqual([expect.closeTo(0.6, 6), expect.closeTo(0.8, 6)]);
  });

  it("leaves a zero vector at zero", () => {
    expect(Array.from(l2Normalize(new Float64Array(3)))).toEqual([0, 0, 0]);
  });

  it("is 1 for the same direction, 0 for orthogonal, -1 for opposite, 0 with a zero vector", () => {
    expect(cosine([1, 2, 3], [2, 4, 6])).toBeCloseTo(1, 10);
    expect(cosine([1, 0], [0, 5])).toBeCloseTo(0, 10);
    expect(cosine([1, 1], [-2, -2])).toBeCloseTo(-1, 10);
    expect(cosine([0, 0], [1, 1])).toBe(0);
    expect(() => cosine([1], [1, 2])).toThrow(/lengths differ/);
  });
});

describe("perceptual hash", () => {
  const n = 32;
  /** A textured picture: a blob and stripes, so many low frequencies carry energy. */
  const picture = Array.from({ length: n * n }, (_, i) => {
    const x = i % n;
    const y = Math.floor(i / n);
    return 120 + 80 * Math.exp(-((x - 10) ** 2 + (y - 12) ** 2) / 40) + 30 * Math.sin(x / 3 + y / 5);
  });
  it("puts a flat image's energy in the DC term only", () => {
    const dct = dctLowFrequencies(new Array(n * n).fill(100), n, 8);
    expect(dct[0]).toBeCloseTo(100 * n * n, 6);
    for (let i = 1; i < dct.length; i++) expect(Math.abs(dct[i])).toBeLessThan(1e-6);
  });

  it("is 16 hex characters, stable under brightness scaling, and far from a different image", () => {
    const hash = perceptualHash(picture, n);
    expect(hash).toMatch(/^[0-9a-f]{16}$/);
    expect(perceptualHash(picture.map((v) => v * 0.7 + 10), n)).toBe(hash);
    const mirrored = picture.map((_, i) => picture[Math.floor(i / n) * n + (n - 1 - (i % n))]);
    expect(hammingDistance(hash, perceptualHash(mirrored, n))).toBeGreaterThan(10);
  });
});

describe("topKByGroup", () => {
  it("ranks groups by their best row, highest first, each group once", () => {
    const scores = [0.2, 0.9, 0.5, 0.95, 0.1, 0.6];
    const groups = [0, 0, 1, 2, 2, 3];
    const top = topKByGroup(scores, groups, 4, 3);
    expect(top.map((t) => t.group)).toEqual([2, 0, 3]);
    expect(top.map((t) => t.index)).toEqual([3, 1, 5]);
    expect(top[0].score).toBe(0.95);
  });

  it("returns fewer than k when there are fewer groups, nothing for k = 0 or no rows", () => {
    expect(topKByGroup([0.3, 0.4], [0, 0], 1, 5)).toEqual([{ index: 1, group: 0, score: 0.4 }]);
    expect(topKByGroup([0.3], [0], 1, 0)).toEqual([]);
    expect(topKByGroup([], [], 0, 5)).toEqual([]);
  });

  it("agrees with a full sort on random data", () => {
    let seed = 7;
    const random = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
    const rows = 500;
    const groupCount = 120;
    const scores = Array.from({ length: rows }, () => random() * 2 - 1);
    const groups = Array.from({ length: rows }, () => Math.floor(random() * groupCount));
    const best = new Map<number, number>();
    scores.forEach((s, i) => best.set(groups[i], Math.max(best.get(groups[i]) ?? -Infinity, s)));
    const expected = [...best.entries()].sort((a, b) => b[1] - a[1]).slice(0, 10).map(([g]) => g);
    expect(topKByGroup(scores, groups, groupCount, 10).map((t) => t.group)).toEqual(expected);
  });
});

describe("similarityPercent", () => {
  it("rounds to a 0–100 percentage", () => {
    expect(similarityPercent(0.923)).toBe(92);
    expect(similarityPercent(1.2)).toBe(100);
    expect(similarityPercent(-0.1)).toBe(0);
  });
});
