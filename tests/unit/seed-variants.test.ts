import { describe, expect, it } from "vitest";
import { seededRandom } from "@/lib/seed/random";
import { singleVariant, sizeCode, sizesFor, sizeVariants, stockPerSize } from "@/lib/seed/variants";

describe("sizes", () => {
  it("gives apparel S–XL, kids ages, waists and UK shoe sizes", () => {
    expect(sizesFor("apparel", "Men")).toEqual(["S", "M", "L", "XL"]);
    expect(sizesFor("apparel", "Kids")[0]).toBe("2-3Y");
    expect(sizesFor("waist", "Men")).toEqual(["30", "32", "34", "36", "38"]);
    expect(sizesFor("footwear", "Men")).toEqual(["UK 6", "UK 7", "UK 8", "UK 9", "UK 10"]);
    expect(sizesFor("footwear", "Women")).toEqual(["UK 3", "UK 4", "UK 5", "UK 6", "UK 7"]);
    expect(sizesFor("none", "Women")).toEqual([]);
  });

  it("makes compact SKU codes", () => {
    expect(sizeCode("UK 8")).toBe("UK8");
    expect(sizeCode("4-5Y")).toBe("4-5Y");
  });
});

describe("size variants", () => {
  it("creates one variant per size with unique SKUs, the same price and non-negative stock", () => {
    const variants = sizeVariants("MY-1001", ["S", "M", "L", "XL"], 79_900, 99_900, seededRandom("MY-1001"));
    expect(variants.map((v) => v.sku)).toEqual(["MY-1001-S", "MY-1001-M", "MY-1001-L", "MY-1001-XL"]);
    expect(variants.map((v) => v.optionValues)).toEqual([{ Size: "S" }, { Size: "M" }, { Size: "L" }, { Size: "XL" }]);
    for (const v of variants) {
      expect(v.pricePaise).toBe(79_900);
      expect(v.mrpPaise).toBe(99_900);
      expect(Number.isInteger(v.stockOnHand) && v.stockOnHand >= 0).toBe(true);
    }
  });

  it("is deterministic and leaves some sizes, but rarely every size, out of stock", () => {
    expect(stockPerSize(seededRandom("a"), 5)).toEqual(stockPerSize(seededRandom("a"), 5));
    let someOut = 0;
    let allOut = 0;
    for (let i = 0; i < 1_000; i++) {
      const stock = stockPerSize(seededRandom(`p${i}`), 5);
      if (stock.some((s) => s === 0)) someOut++;
      if (stock.every((s) => s === 0)) allOut++;
    }
    expect(someOut).toBeGreaterThan(200);
    expect(allOut).toBeLessThan(80);
    expect(allOut).toBeGreaterThan(0);
  });

  it("has a single standard variant for products without options", () => {
    expect(singleVariant("BB-000001", 22_000, 25_000, 7)).toEqual({
      sku: "BB-000001",
      title: "Standard",
      optionValues: {},
      pricePaise: 22_000,
      mrpPaise: 25_000,
      stockOnHand: 7,
    });
  });
});
