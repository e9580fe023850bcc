import { z } from "zod";
import { toPaise } from "@/lib/platform/money";
import { FASHION_ROOT } from "../categories";
import { fashionAudience, fashionTypeOf } from "../fashion-types";
import { namedColour } from "../images/palette";
import { mrpFor } from "../pricing";
import { randomInt, seededRandom } from "../random";
import { interleaveByGroup, takeValid } from "../sample";
import { restoreSentences, tidyTitle } from "../text";
import type { SeedProduct } from "../types";
import { singleVariant, sizeVariants, sizesFor } from "../variants";
import { readJsonl } from "./jsonl";

const Row = z.object({
  ProductID: z.union([z.string(), z.number()]).transform(String),
  ProductName: z.string().nullable(),
  ProductBrand: z.string().nullable(),
  Gender: z.string().nullable(),
  "Price (INR)": z.number().nullable(),
  NumImages: z.number().nullable().optional(),
  Description: z.string().nullable(),
  PrimaryColor: z.string().nullable(),
});
type Row = z.infer<typeof Row>;

const FITS = ["Slim Fit", "Regular Fit", "Relaxed Fit", "Skinny Fit", "Straight Fit", "Oversized", "Tapered Fit", "Loose Fit"];
const PATTERNS = ["Printed", "Solid", "Striped", "Checked", "Embroidered", "Self Design", "Colourblocked", "Woven Design", "Washed"];

function firstPhrase(name: string, phrases: string[]): string | null {
  const lower = name.toLowerCase();
  return phrases.find((p) => lower.includes(p.toLowerCase())) ?? null;
}

export function myntraProduct(row: Row): SeedProduct | null {
  const name = row.ProductName?.trim();
  const price = row["Price (INR)"];
  if (!name || price === null || !(price > 0) || !row.Gender) return null;
  const type = fashionTypeOf(name);
  if (!type) return null;
  const audience = fashionAudience(row.Gender);
  const ref = `myntra:${row.ProductID}`;
  const random = seededRandom(ref);
  const pricePaise = toPaise(price);
  const mrpPaise = mrpFor(pricePaise, random, 0.6);
  const brand = row.ProductBrand?.trim() || null;
  const colour = row.PrimaryColor?.trim() || null;
  const sizes = sizesFor(type.sizes, audience);
  const skuBase = `MY-${row.ProductID}`;
  const variants = sizes.length
    ? sizeVariants(skuBase, sizes, pricePaise, mrpPaise, random)
    : [singleVariant(skuBase, pricePaise, mrpPaise, random() < 0.04 ? 0 : randomInt(random, 2, 30))];
  const specifications: Record<string, string> = {};
  if (brand) specifications.Brand = brand;
  specifications.Gender = row.Gender.trim();
  if (colour) specifications.Colour = colour;
  specifications["Product Type"] = type.name;
  const fit = firstPhrase(name, FITS);
  if (fit) specifications.Fit = fit;
  const pattern = firstPhrase(name, PATTERNS);
  if (pattern) specifications.Pattern = pattern;
  const description = row.Description?.trim()
    ? restoreSentences(row.Description, brand)
    : `${name}${colour ? ` in ${colour.toLowerCase()}` : ""}, from ${brand ?? "our partner brands"}.`;
  return {
    externalRef: ref,
    domain: "fashion",
    title: tidyTitle(name),
    brand,
    categoryPath: [FASHION_ROOT, audience, type.name],
    description,
    specifications,
    ratingX100: 0,
    ratingCount: 0,
    options: sizes.length ? [{ name: "Size", values: sizes }] : [],
    variants,
    image: {
      shape: type.shape,
      glyph: type.glyph,
      itemColor: namedColour(colour),
      labelText: brand,
      count: (row.NumImages ?? 0) >= 6 ? 2 : 1,
    },
  };
}

/** The first `limit` usable Myntra products (clothing, footwear, accessories), round-robin across audience × type. */
export function readMyntra(file: string, limit: number): SeedProduct[] {
  if (limit <= 0) return [];
  const { rows } = readJsonl(file, Row);
  const group = (r: Row) => `${fashionAudience(r.Gender ?? "")}>${fashionTypeOf(r.ProductName ?? "")?.name ?? "-"}`;
  const byType = interleaveByGroup(rows, group);
  return takeValid(interleaveByGroup(byType, (r) => fashionAudience(r.Gender ?? "")), myntraProduct, limit);
}
