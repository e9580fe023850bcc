import { sql } from "drizzle-orm";
import { categoryKey } from "@/lib/catalog/service";
import type { Executor } from "@/lib/platform/db";
import { categoryAttributes, products, type AttributeType, type AttributeValues } from "@/models";
import { FASHION_ROOT, TOYS_ROOT } from "./categories";
import { netQuantityOf, packSizeOf } from "./text";
import type { SeedProduct } from "./types";

/**
 * Category attributes of the demo catalogue (defined on the top-level categories, so every category
 * below inherits them) and their values, read from what the sources really say: quantities and
 * "organic" in grocery names, colour, fit, pattern, fabric and occasion in Myntra names and
 * descriptions, materials, batteries and ages in Amazon toy names. A value the source does not give
 * is left out rather than guessed.
 */

export interface SeedAttributeDef {
  key: string;
  label: string;
  type: AttributeType;
  unit?: string;
  options?: string[];
}

const FOOD_ROOTS = [
  "Fruits & Vegetables",
  "Foodgrains, Oil & Masala",
  "Bakery, Cakes & Dairy",
  "Beverages",
  "Snacks & Branded Foods",
  "Eggs, Meat & Fish",
  "Gourmet & World Food",
];
const HOUSEHOLD_ROOTS = ["Beauty & Hygiene", "Baby Care", "Cleaning & Household", "Kitchen, Garden & Pets"];

const QUANTITY: SeedAttributeDef[] = [
  { key: "net_weight", label: "Net weight", type: "number", unit: "g" },
  { key: "net_volume", label: "Net volume", type: "number", unit: "ml" },
  { key: "pack_of", label: "Pack of", type: "number", unit: "pcs" },
  { key: "organic", label: "Organic", type: "boolean" },
];

export const COLOURS = [
  "Black", "Blue", "Navy", "White", "Grey", "Charcoal", "Red", "Maroon", "Burgundy", "Pink", "Magenta", "Green",
  "Yellow", "Mustard", "Orange", "Peach", "Brown", "Beige", "Khaki", "Purple", "Lavender", "Gold", "Silver",
];
const FABRICS = ["Cotton", "Linen", "Denim", "Silk", "Wool", "Polyester", "Viscose Rayon", "Nylon", "Georgette", "Chiffon", "Crepe", "Satin", "Velvet", "Leather", "Synthetic"];
const FITS = ["Slim Fit", "Regular Fit", "Relaxed Fit", "Skinny Fit", "Straight Fit", "Oversized", "Tapered Fit", "Loose Fit"];
const PATTERNS = ["Printed", "Solid", "Striped", "Checked", "Embroidered", "Self Design", "Colourblocked", "Woven Design", "Washed"];
const OCCASIONS = ["Casual", "Formal", "Party", "Ethnic", "Sports", "Lounge"];
export const AGE_GROUPS = ["0–2 years", "3–5 years", "6–8 years", "9–12 years", "13 years and up"];
const MATERIALS = ["Wood", "Plastic", "Metal", "Plush", "Paper & card", "Latex", "Foam", "Fabric"];

/** Attribute definitions by top-level category name. */
export const SEED_ATTRIBUTES: Record<string, SeedAttributeDef[]> = {
  ...Object.fromEntries(FOOD_ROOTS.map((root) => [root, [{ key: "diet", label: "Veg / Non-veg", type: "select", options: ["Veg", "Non-veg"] }, ...QUANTITY]])),
  ...Object.fromEntries(HOUSEHOLD_ROOTS.map((root) => [root, QUANTITY])),
  [FASHION_ROOT]: [
    { key: "colour", label: "Colour", type: "select", options: COLOURS },
    { key: "fabric", label: "Fabric", type: "select", options: FABRICS },
    { key: "fit", label: "Fit", type: "select", options: FITS },
    { key: "pattern", label: "Pattern", type: "select", options: PATTERNS },
    { key: "occasion", label: "Occasion", type: "select", options: OCCASIONS },
  ],
  [TOYS_ROOT]: [
    { key: "age_group", label: "Age group", type: "select", options: AGE_GROUPS },
    { key: "material", label: "Material", type: "select", options: MATERIALS },
    { key: "battery_required", label: "Battery required", type: "boolean" },
  ],
};

/* ---------------------------------------------------------------- grocery */

const NON_VEG = /\b(chicken|mutton|fish|prawns?|eggs?|meat|pork|lamb|salami|sausages?|bacon|tuna|seafood|keema)\b/i;

function groceryValues(p: SeedProduct): AttributeValues {
  const out: AttributeValues = {};
  const quantity = netQuantityOf(p.title);
  if (quantity) {
    const [amount, unit] = quantity.split(" ");
    const n = Number(amount);
    if (unit === "g" || unit === "kg") out.net_weight = Math.round(unit === "kg" ? n * 1000 : n);
    else if (unit === "ml" || unit === "L") out.net_volume = Math.round(unit === "L" ? n * 1000 : n);
    else if (unit === "pcs") out.pack_of = n;
  }
  const pack = packSizeOf(p.title);
  if (pack) out.pack_of = Number(pack);
  if (/\borganic\b/i.test(p.title) || p.categoryPath.some((c) => /\borganic\b/i.test(c))) out.organic = true;
  if (FOOD_ROOTS.includes(p.categoryPath[0])) out.diet = p.categoryPath[0] === "Eggs, Meat & Fish" || NON_VEG.test(p.title) ? "Non-veg" : "Veg";
  return out;
}

/* ---------------------------------------------------------------- fashion */

const FABRIC_WORDS: [RegExp, string][] = [
  [/\bcotton\b/i, "Cotton"],
  [/\blinen\b/i, "Linen"],
  [/\bdenim\b/i, "Denim"],
  [/\bsilk\b/i, "Silk"],
  [/\bwool(len)?\b/i, "Wool"],
  [/\bpolyester\b/i, "Polyester"],
  [/\b(viscose|rayon)\b/i, "Viscose Rayon"],
  [/\bnylon\b/i, "Nylon"],
  [/\bgeorgette\b/i, "Georgette"],
  [/\bchiffon\b/i, "Chiffon"],
  [/\bcrepe\b/i, "Crepe"],
  [/\bsatin\b/i, "Satin"],
  [/\bvelvet\b/i, "Velvet"],
  [/\bsynthetic\b/i, "Synthetic"],
  [/\bleather\b/i, "Leather"],
];

/** The fabric named first in the text ("…made of pure cotton, lined with polyester" → Cotton). */
export function fabricOf(text: string): string | null {
  let best: { at: number; fabric: string } | null = null;
  for (const [re, fabric] of FABRIC_WORDS) {
    const m = re.exec(text);
    if (m && (!best || m.index < best.at)) best = { at: m.index, fabric };
  }
  return best?.fabric ?? null;
}

const ETHNIC_TYPES = new Set(["Kurtas & Kurtis", "Kurta Sets", "Sarees", "Dupattas & Scarves", "Palazzos & Culottes"]);
const OCCASION_WORDS: [RegExp, string][] = [
  [/\b(party|partywear|cocktail)\b/i, "Party"],
  [/\bformal\b/i, "Formal"],
  [/\b(ethnic|festive|kurta|saree|lehenga|sherwani)\b/i, "Ethnic"],
  [/\b(sports?|running|training|gym|workout)\b/i, "Sports"],
  [/\b(lounge|loungewear|night|sleep)\w*\b/i, "Lounge"],
  [/\bcasual\b/i, "Casual"],
];

function fashionValues(p: SeedProduct): AttributeValues {
  const out: AttributeValues = {};
  const colour = p.specifications.Colour;
  const known = COLOURS.find((c) => c.toLowerCase() === colour?.toLowerCase());
  if (known) out.colour = known;
  const fabric = fabricOf(`${p.title}. ${p.description}`);
  if (fabric) out.fabric = fabric;
  if (p.specifications.Fit && FITS.includes(p.specifications.Fit)) out.fit = p.specifications.Fit;
  if (p.specifications.Pattern && PATTERNS.includes(p.specifications.Pattern)) out.pattern = p.specifications.Pattern;
  const type = p.categoryPath[2];
  const occasion = ETHNIC_TYPES.has(type) ? "Ethnic" : OCCASION_WORDS.find(([re]) => re.test(`${p.title} ${p.description}`))?.[1];
  if (occasion) out.occasion = occasion;
  return out;
}

/* ---------------------------------------------------------------- toys */

/** The age group a toy's name gives ("Ages 3+", "for 6-8 years", "5 yrs"); null when it names none (or nonsense). */
export function ageGroupOf(title: string): string | null {
  const m = title.match(/\bage[sd]?\s*(\d{1,2})\s*(?:\+|-|–|to)?|\b(\d{1,2})\s*\+?\s*(?:-\s*\d{1,2}\s*)?(?:years?|yrs?)\b|\b(\d{1,2})\+/i);
  if (!m) return null;
  const age = Number(m[1] ?? m[2] ?? m[3]);
  if (!Number.isInteger(age) || age > 16) return null;
  if (age <= 2) return AGE_GROUPS[0];
  if (age <= 5) return AGE_GROUPS[1];
  if (age <= 8) return AGE_GROUPS[2];
  if (age <= 12) return AGE_GROUPS[3];
  return AGE_GROUPS[4];
}

const MATERIAL_WORDS: [RegExp, string][] = [
  [/\bwood(en)?\b/i, "Wood"],
  [/\b(die-?cast|metal)\b/i, "Metal"],
  [/\b(plush|soft toy)\b/i, "Plush"],
  [/\b(balloons?|latex)\b/i, "Latex"],
  [/\bfoam\b/i, "Foam"],
  [/\b(felt|fabric|cotton)\b/i, "Fabric"],
  [/\b(jigsaw|cards?|paper|cardboard)\b/i, "Paper & card"],
  [/\bplastic\b/i, "Plastic"],
];
const NO_BATTERIES = /\bno batter(y|ies)\b/i;
const BATTERIES = /\bbatter(y|ies)\b|\bremote control(led)?\b|\belectronic\b|\blight[- ]?up\b|\blights? (and|&) sounds?\b/i;
const RC = /\bRC\b/;
const NEVER_POWERED = new Set(["Jigsaws & Puzzles", "Party Supplies", "Fancy Dress", "Arts & Crafts"]);

function toyValues(p: SeedProduct): AttributeValues {
  const out: AttributeValues = {};
  const department = p.categoryPath[1];
  const age = department === "Baby & Toddler Toys" ? AGE_GROUPS[0] : ageGroupOf(p.title);
  if (age) out.age_group = age;
  const material = MATERIAL_WORDS.find(([re]) => re.test(p.title))?.[1];
  if (material) out.material = material;
  if (NO_BATTERIES.test(p.title)) out.battery_required = false;
  else if (BATTERIES.test(p.title) || RC.test(p.title) || department === "Electronic Toys" || p.categoryPath[2] === "Remote Controlled Devices") out.battery_required = true;
  else if (NEVER_POWERED.has(department)) out.battery_required = false;
  return out;
}

/** A seed product's attribute values (only keys its top category defines). */
export function attributesFor(p: SeedProduct): AttributeValues {
  if (p.domain === "fashion") return fashionValues(p);
  if (p.domain === "toys") return toyValues(p);
  return groceryValues(p);
}

/* ---------------------------------------------------------------- writing */

const CHUNK = 500;

/**
 * Defines the attributes on the top-level categories that exist (existing definitions, which admins may
 * have edited, are kept) and fills the attributes of seeded products that have none yet. Idempotent.
 */
export async function seedAttributes(
  db: Executor,
  categoryIds: ReadonlyMap<string, string>,
  seedProducts: readonly SeedProduct[],
): Promise<{ definitions: number; products: number }> {
  const defs = Object.entries(SEED_ATTRIBUTES).flatMap(([root, list]) => {
    const categoryId = categoryIds.get(categoryKey([root]));
    return categoryId
      ? list.map((d, position) => ({ categoryId, key: d.key, label: d.label, type: d.type, unit: d.unit ?? null, options: d.options ?? [], position }))
      : [];
  });
  const inserted = defs.length ? await db.insert(categoryAttributes).values(defs).onConflictDoNothing().returning({ id: categoryAttributes.id }) : [];

  let filled = 0;
  const rows = seedProducts.map((p) => ({ ref: p.externalRef, values: attributesFor(p) })).filter((r) => Object.keys(r.values).length > 0);
  for (let i = 0; i < rows.length; i += CHUNK) {
    const part = rows.slice(i, i + CHUNK);
    const values = sql.join(
      part.map((r) => sql`(${r.ref}::text, ${JSON.stringify(r.values)}::jsonb)`),
      sql`, `,
    );
    const result = (await db.execute(sql`
      update ${products} p set attributes = v.attrs
      from (values ${values}) as v(ref, attrs)
      where p.external_ref = v.ref and p.attributes = '{}'::jsonb
    `)) as unknown as { rowCount?: number | null; affectedRows?: number };
    filled += Number(result.rowCount ?? result.affectedRows ?? 0);
  }
  return { definitions: inserted.length, products: filled };
}
