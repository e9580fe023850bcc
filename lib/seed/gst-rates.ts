import { and, inArray, isNull } from "drizzle-orm";
import type { Executor } from "@/lib/platform/db";
import { categories } from "@/models";
import { FASHION_ROOT, TOYS_ROOT } from "./categories";

/**
 * GST rates of the demo category tree, in basis points (500 = 5 %), after India's GST slabs for the
 * goods in each department: fresh produce exempt, packaged staples 5 %, processed foods 12–18 %,
 * aerated drinks 28 %, apparel 5 % with footwear 12 %, toys 12 % with electronic toys 18 %. A top-level
 * department gets its rate; subcategories (at any depth, matched by name) override where their goods
 * differ. Everything else inherits from its nearest ancestor with a rate (18 % when none has one).
 */

export const GST_ROOT_RATES: Readonly<Record<string, number>> = {
  "Fruits & Vegetables": 0,
  "Foodgrains, Oil & Masala": 500,
  "Bakery, Cakes & Dairy": 500,
  Beverages: 1200,
  "Snacks & Branded Foods": 1200,
  "Eggs, Meat & Fish": 0,
  "Gourmet & World Food": 1200,
  "Beauty & Hygiene": 1800,
  "Baby Care": 1200,
  "Cleaning & Household": 1800,
  "Kitchen, Garden & Pets": 1200,
  [FASHION_ROOT]: 500,
  [TOYS_ROOT]: 1200,
};

const FOOTWEAR = 1200;

/** Root name → subcategory name → rate, where a subcategory's goods sit in another slab than its department's. */
export const GST_OVERRIDES: Readonly<Record<string, Readonly<Record<string, number>>>> = {
  "Foodgrains, Oil & Masala": { "Dry Fruits": 1200 },
  "Bakery, Cakes & Dairy": { "Breads & Buns": 0, "Cakes & Pastries": 1800, "Cookies, Rusk & Khari": 1800, "Ice Creams & Desserts": 1800 },
  Beverages: { Tea: 500, Coffee: 500, "Energy & Soft Drinks": 2800, Water: 1800, "Health Drink, Supplement": 1800 },
  "Snacks & Branded Foods": { "Biscuits & Cookies": 1800, "Chocolates & Candies": 1800, "Breakfast Cereals": 1800, "Indian Mithai": 500 },
  "Eggs, Meat & Fish": { "Sausages, Bacon & Salami": 1200, Marinades: 1200 },
  "Gourmet & World Food": { "Chocolates & Biscuits": 1800, "Drinks & Beverages": 1800 },
  "Beauty & Hygiene": { "Feminine Hygiene": 0, "Health & Medicine": 1200 },
  "Cleaning & Household": { "Pooja Needs": 500, Stationery: 1200 },
  "Kitchen, Garden & Pets": { "Appliances & Electricals": 1800, "Pet Food & Accessories": 1800, "Storage & Accessories": 1800 },
  [FASHION_ROOT]: {
    Sneakers: FOOTWEAR,
    "Casual & Formal Shoes": FOOTWEAR,
    "Sandals & Flip-Flops": FOOTWEAR,
    "Heels & Flats": FOOTWEAR,
    "Jackets & Blazers": 1200,
    "Bags & Backpacks": 1800,
    Wallets: 1800,
    Watches: 1800,
    Sunglasses: 1800,
    "Belts & Accessories": 1200,
    Jewellery: 300,
  },
  [TOYS_ROOT]: { "Electronic Toys": 1800, "Party Supplies": 1800, Hobbies: 1800 },
};

/** The rate the seed gives a category (null: it inherits). `rootName` is its top-level ancestor's name. */
export function seedGstRate(name: string, depth: number, rootName: string): number | null {
  if (depth === 0) return GST_ROOT_RATES[name] ?? null;
  return GST_OVERRIDES[rootName]?.[name] ?? null;
}

/**
 * Gives the seeded categories their GST rates. Idempotent and respectful of admin edits: only
 * categories without a rate of their own are touched. Returns how many got a rate.
 */
export async function seedGstRates(db: Executor): Promise<number> {
  const rows = await db.select({ id: categories.id, name: categories.name, path: categories.path, depth: categories.depth, gstRateBp: categories.gstRateBp }).from(categories);
  const rootNames = new Map(rows.filter((r) => r.depth === 0).map((r) => [r.path, r.name]));
  const byRate = new Map<number, string[]>();
  for (const row of rows) {
    if (row.gstRateBp !== null) continue;
    const rate = seedGstRate(row.name, row.depth, rootNames.get(row.path.split("/")[0]) ?? "");
    if (rate !== null) byRate.set(rate, [...(byRate.get(rate) ?? []), row.id]);
  }
  let updated = 0;
  for (const [rate, ids] of byRate) {
    const done = await db
      .update(categories)
      .set({ gstRateBp: rate })
      .where(and(inArray(categories.id, ids), isNull(categories.gstRateBp)))
      .returning({ id: categories.id });
    updated += done.length;
  }
  return updated;
}
