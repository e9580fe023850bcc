import { z } from "zod";
import { toyCategoryPath, toyGlyph } from "../categories";
import { gbpToInrPaise, mrpFor } from "../pricing";
import { randomInt, seededRandom } from "../random";
import { interleaveByGroup, takeValid } from "../sample";
import { tidyTitle } from "../text";
import type { SeedProduct } from "../types";
import { singleVariant } from "../variants";
import { readJsonl } from "./jsonl";

const Row = z.object({
  uniq_id: z.string().min(8),
  product_name: z.string().nullable(),
  amazon_category_and_sub_category: z.string().nullable(),
  manufacturer: z.string().nullable(),
  price: z.number().nullable(),
  number_available_in_stock: z.string().nullable(),
  number_of_reviews: z.number().nullable(),
  average_rating: z.number().nullable(),
});
type Row = z.infer<typeof Row>;

/** Prices under this many pounds are data errors in the sample (e.g. £0.01) and are skipped. */
const MIN_GBP = 0.5;

/** "5 new" → 5; "1 used" → 0 (we sell new stock only); missing → a small deterministic number. */
export function stockFromAvailability(text: string | null, random: () => number): number {
  if (text) {
    const m = text.match(/(\d+)\s*new/i);
    if (m) return Number(m[1]);
    if (/used|collectible/i.test(text)) return 0;
  }
  return randomInt(random, 2, 20);
}

export function amazonToyProduct(row: Row): SeedProduct | null {
  const name = row.product_name?.trim();
  const path = toyCategoryPath(row.amazon_category_and_sub_category);
  if (!name || !path || row.price === null || !(row.price >= MIN_GBP)) return null;
  const ref = `amazon-uk:${row.uniq_id}`;
  const random = seededRandom(ref);
  const price = gbpToInrPaise(row.price);
  const mrp = mrpFor(price, random, 0.35);
  const maker = row.manufacturer?.trim() || null;
  const reviews = Math.max(0, Math.floor(row.number_of_reviews ?? 0));
  const rated = reviews > 0 && row.average_rating !== null && row.average_rating >= 1 && row.average_rating <= 5;
  const title = tidyTitle(name);
  const specifications: Record<string, string> = {};
  if (maker) specifications.Manufacturer = maker;
  specifications.Department = path[1];
  specifications.Category = path[2];
  specifications["Imported From"] = "United Kingdom";
  const ratingLine = rated ? ` Rated ${row.average_rating}/5 by ${reviews} ${reviews === 1 ? "shopper" : "shoppers"}.` : "";
  const description =
    `${title}${maker ? ` by ${maker}` : ""}, from the ${path[2]} range of our ${path[1]} shelf.${ratingLine} ` +
    "Imported from the UK and sold by a toy store in your city.";
  return {
    externalRef: ref,
    domain: "toys",
    title,
    brand: maker,
    categoryPath: path,
    description,
    specifications,
    ratingX100: rated ? Math.round((row.average_rating as number) * 100) : 0,
    ratingCount: rated ? reviews : 0,
    options: [],
    variants: [singleVariant(`AZ-${row.uniq_id.slice(0, 10).toUpperCase()}`, price, mrp, stockFromAvailability(row.number_available_in_stock, random))],
    image: { shape: "toy-box", glyph: toyGlyph(path[1], path[2]), itemColor: null, labelText: maker, count: 1 },
  };
}

/** The first `limit` valid toys, round-robin across departments and, within each, their sub-levels. */
export function readAmazonToys(file: string, limit: number): SeedProduct[] {
  if (limit <= 0) return [];
  const { rows } = readJsonl(file, Row);
  const group = (r: Row) => toyCategoryPath(r.amazon_category_and_sub_category)?.join(">") ?? "-";
  const bySub = interleaveByGroup(rows, group);
  return takeValid(interleaveByGroup(bySub, (r) => toyCategoryPath(r.amazon_category_and_sub_category)?.[1] ?? "-"), amazonToyProduct, limit);
}
