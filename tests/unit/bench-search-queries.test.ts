import { describe, expect, it } from "vitest";
import { seededRandom } from "@/lib/seed/random";
import { parseSearchApiParams } from "@/lib/search/schemas";
import { searchPathsFrom, suggestPathsFrom, withTypo, type Sample } from "@/scripts/bench/support/search-queries";

/** A small catalogue sample shaped like the one the search benchmark reads from the database. */
const sample: Sample = {
  titles: Array.from({ length: 60 }, (_, i) => ({
    title: [
      `Amul Pure Ghee Pack ${i}`,
      `Roadster Men Navy Blue Checked Casual Shirt ${i}`,
      `Lego Classic Creative Bricks Box ${i}`,
      `Tata Sampann Unpolished Toor Dal ${i}`,
    ][i % 4],
    brand_slug: ["amul", "roadster", "lego", null][i % 4],
    brand_name: ["Amul", "Roadster", "LEGO", null][i % 4],
    category_path: ["grocery/dairy/ghee", "fashion/men/shirts", "toys-and-games/building/blocks", "grocery/staples/dal"][i % 4],
    category_name: ["Ghee", "Shirts", "Blocks", "Dal"][i % 4],
    price: 10_000 + i * 1_350,
  })),
  brands: [
    { slug: "amul", name: "Amul" },
    { slug: "roadster", name: "Roadster" },
    { slug: "lego", name: "LEGO" },
  ],
  categories: [
    { path: "grocery", name: "Grocery", depth: 0 },
    { path: "grocery/dairy", name: "Dairy & Eggs", depth: 1 },
    { path: "fashion/men/shirts", name: "Shirts", depth: 2 },
    { path: "toys-and-games", name: "Toys & Games", depth: 0 },
  ],
};

describe("search benchmark query generator", () => {
  it("makes distinct search URLs the strict API accepts, the same ones for the same seed", () => {
    const first = searchPathsFrom(sample, 300, seededRandom("t"), new Map());
    const again = searchPathsFrom(sample, 300, seededRandom("t"), new Map());
    expect(first).toEqual(again);
    expect(new Set(first).size).toBe(first.length);
    expect(first.length).toBeGreaterThan(200);
    for (const path of first) {
      const url = new URL(path, "http://bench.test");
      expect(url.pathname).toBe("/api/search");
      const parsed = parseSearchApiParams(url.searchParams);
      expect(parsed.ok, `${path}: ${parsed.ok ? "" : JSON.stringify(parsed.fieldErrors)}`).toBe(true);
    }
  });

  it("mixes typos, filters, sorts and text-less category browses", () => {
    const kinds = new Map<string, number>();
    const paths = searchPathsFrom(sample, 300, seededRandom("mix"), kinds);
    expect(kinds.get("typo") ?? 0).toBeGreaterThan(paths.length * 0.05);
    expect(paths.some((p) => /[?&]brand=/.test(p))).toBe(true);
    expect(paths.some((p) => /[?&]price_min=\d+&price_max=\d+/.test(p))).toBe(true);
    expect(paths.some((p) => /[?&]sort=price_(asc|desc)/.test(p))).toBe(true);
    expect(paths.some((p) => p.startsWith("/api/search?category="))).toBe(true);
  });

  it("makes distinct suggest prefixes of 1 to 8 characters (two-word ones a little longer)", () => {
    const paths = suggestPathsFrom(sample, 150, seededRandom("s"));
    expect(new Set(paths).size).toBe(paths.length);
    for (const path of paths) {
      const q = new URL(path, "http://bench.test").searchParams.get("q") ?? "";
      expect(q.length).toBeGreaterThanOrEqual(1);
      expect(q.length).toBeLessThanOrEqual(q.includes(" ") ? 30 : 8);
    }
  });

  it("puts exactly one edit into the longest word of a query", () => {
    const random = seededRandom("typo");
    for (let i = 0; i < 50; i++) {
      const typo = withTypo("amul butter", random);
      expect(typo).not.toBeNull();
      const [a, b] = (typo as string).split(" ");
      expect(a).toBe("amul");
      expect(b).not.toBe("butter");
      expect(Math.abs(b.length - "butter".length)).toBeLessThanOrEqual(1);
    }
    expect(withTypo("tv 4k", random)).toBeNull();
  });
});
