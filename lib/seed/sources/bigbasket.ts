import { z } from "zod";
import { toPaise } from "@/lib/platform/money";
import { groceryCategoryPath, groceryLook } from "../categories";
import { randomInt, seededRandom } from "../random";
import { interleaveByGroup, takeValid } from "../sample";
import { netQuantityOf, packSizeOf, tidyTitle } from "../text";
import type { SeedProduct } from "../types";
import { singleVariant } from "../variants";
import { readJsonl } from "./jsonl";

const Row = z.object({
  index: z.number().int(),
  product: z.string().nullable(),
  category: z.string().nullable(),
  sub_category: z.string().nullable(),
  brand: z.string().nullable(),
  sale_price: z.number().nullable(),
  market_price: z.number().nullable(),
  type: z.string().nullable(),
  rating: z.number().nullable(),
});
type Row = z.infer<typeof Row>;

/** Title as a shop would show it: the brand first, unless the name already starts with it. */
function titleOf(row: Row): string {
  const name = tidyTitle(row.product ?? "");
  const brand = row.brand?.trim();
  if (!brand || name.toLowerCase().startsWith(brand.toLowerCase())) return name;
  return `${brand} ${name}`;
}

const CLOSINGS = [
  "Sourced from trusted distributors and stored the way it should be.",
  "Packed with care by your neighbourhood store and delivered fresh.",
  "Quality-checked at the store before it leaves for your doorstep.",
];

function describe(row: Row, path: string[], quantity: string | null, random: () => number): string {
  const brand = row.brand?.trim();
  const lead = brand ? `${row.product} from ${brand}, from our ${path[1]} range.` : `${row.product}, from our ${path[1]} range.`;
  const detail = quantity ? ` A ${quantity} pack and a popular pick in ${path[2]}.` : ` A popular pick in ${path[2]}.`;
  return `${lead}${detail} ${CLOSINGS[Math.floor(random() * CLOSINGS.length)]}`;
}

export function bigBasketProduct(row: Row): SeedProduct | null {
  const path = groceryCategoryPath(row.category, row.sub_category, row.type);
  const name = row.product?.trim();
  if (!path || !name || row.sale_price === null || !(row.sale_price > 0)) return null;
  const ref = `bigbasket:${row.index}`;
  const random = seededRandom(ref);
  const price = toPaise(row.sale_price);
  const mrp = Math.max(price, toPaise(row.market_price ?? row.sale_price));
  const stock = random() < 0.05 ? 0 : randomInt(random, 4, 60);
  const quantity = netQuantityOf(name);
  const pack = packSizeOf(name);
  const brand = row.brand?.trim() || null;
  const specifications: Record<string, string> = {};
  if (brand) specifications.Brand = brand;
  specifications["Product Type"] = path[2];
  if (quantity) specifications["Net Quantity"] = quantity;
  if (pack) specifications["Pack Size"] = pack;
  specifications["Country of Sale"] = "India";
  const rated = row.rating !== null && row.rating >= 1 && row.rating <= 5;
  const look = groceryLook(path[0], path[1]);
  return {
    externalRef: ref,
    domain: "grocery",
    title: titleOf(row),
    brand,
    categoryPath: path,
    description: describe(row, path, quantity, random),
    specifications,
    ratingX100: rated ? Math.round((row.rating as number) * 100) : 0,
    ratingCount: rated ? 3 + Math.floor(random() ** 2 * 900) : 0,
    options: [],
    variants: [singleVariant(`BB-${String(row.index).padStart(6, "0")}`, price, mrp, stock)],
    image: { shape: look.shape, glyph: look.glyph, itemColor: null, labelText: brand, count: 1 },
  };
}

/** The first `limit` valid BigBasket products, taken round-robin across top categories and, within each, sub-categories. */
export function readBigBasket(file: string, limit: number): SeedProduct[] {
  if (limit <= 0) return [];
  const { rows } = readJsonl(file, Row);
  const bySub = interleaveByGroup(rows, (r) => `${r.category}>${r.sub_category}`);
  return takeValid(interleaveByGroup(bySub, (r) => r.category ?? ""), bigBasketProduct, limit);
}
