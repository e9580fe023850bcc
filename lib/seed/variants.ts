import type { SizeKind } from "./fashion-types";
import { randomInt } from "./random";
import type { SeedVariant } from "./types";

type Audience = "Men" | "Women" | "Kids" | "Unisex";

const APPAREL = ["S", "M", "L", "XL"];
const KIDS_APPAREL = ["2-3Y", "4-5Y", "6-7Y", "8-9Y", "10-11Y"];
const WAIST: Record<Audience, string[]> = {
  Men: ["30", "32", "34", "36", "38"],
  Women: ["26", "28", "30", "32", "34"],
  Unisex: ["28", "30", "32", "34", "36"],
  Kids: KIDS_APPAREL,
};
const uk = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => `UK ${from + i}`);
const FOOTWEAR: Record<Audience, string[]> = {
  Men: uk(6, 10),
  Women: uk(3, 7),
  Unisex: uk(5, 9),
  Kids: uk(1, 5),
};

/** The sizes a fashion product is sold in; empty when it has no size (bags, jewellery, sarees). */
export function sizesFor(kind: SizeKind, audience: Audience): string[] {
  switch (kind) {
    case "apparel":
      return audience === "Kids" ? KIDS_APPAREL : APPAREL;
    case "waist":
      return WAIST[audience];
    case "footwear":
      return FOOTWEAR[audience];
    case "none":
      return [];
  }
}

/**
 * Stock per size: middle sizes stock deeper, edge sizes sell out more often, and about one product in
 * thirty is sold out in every size.
 */
export function stockPerSize(random: () => number, sizeCount: number): number[] {
  if (random() < 0.035) return Array.from({ length: sizeCount }, () => 0);
  const stock: number[] = Array.from({ length: sizeCount }, (_, i): number => {
    const edge = i === 0 || i === sizeCount - 1;
    if (random() < (edge ? 0.3 : 0.1)) return 0;
    return randomInt(random, edge ? 1 : 3, edge ? 8 : 24);
  });
  if (!stock.some((s) => s > 0)) stock[Math.floor(sizeCount / 2)] = randomInt(random, 2, 10);
  return stock;
}

/** Compact code of a size for SKUs: "UK 8" → "UK8", "4-5Y" → "4-5Y". */
export function sizeCode(size: string): string {
  return size.replace(/\s+/g, "").toUpperCase();
}

/** One variant per size, all at the product's price, each with its own SKU and stock. */
export function sizeVariants(
  skuBase: string,
  sizes: string[],
  pricePaise: number,
  mrpPaise: number,
  random: () => number,
): SeedVariant[] {
  const stock = stockPerSize(random, sizes.length);
  return sizes.map((size, i) => ({
    sku: `${skuBase}-${sizeCode(size)}`,
    title: size,
    optionValues: { Size: size },
    pricePaise,
    mrpPaise,
    stockOnHand: stock[i],
  }));
}

/** The single variant of a product without options. */
export function singleVariant(sku: string, pricePaise: number, mrpPaise: number, stockOnHand: number): SeedVariant {
  return { sku, title: "Standard", optionValues: {}, pricePaise, mrpPaise, stockOnHand };
}
