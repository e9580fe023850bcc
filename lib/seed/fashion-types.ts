import type { ImageShape } from "./types";

export type SizeKind = "apparel" | "waist" | "footwear" | "none";

export interface FashionType {
  /** Level-3 category name under Fashion > Men/Women/Kids/Unisex. */
  name: string;
  sizes: SizeKind;
  shape: ImageShape;
  glyph: string;
}

const t = (name: string, sizes: SizeKind, shape: ImageShape, glyph = "shirt"): FashionType => ({ name, sizes, shape, glyph });

const SHIRTS = t("Shirts", "apparel", "tee");
const TSHIRTS = t("T-Shirts", "apparel", "tee");
const TOPS = t("Tops", "apparel", "tee");
const KURTAS = t("Kurtas & Kurtis", "apparel", "dress");
const KURTA_SETS = t("Kurta Sets", "apparel", "dress");
const DRESSES = t("Dresses & Jumpsuits", "apparel", "dress");
const JEANS = t("Jeans", "waist", "trousers");
const TROUSERS = t("Trousers & Chinos", "waist", "trousers");
const PALAZZOS = t("Palazzos & Culottes", "apparel", "trousers");
const TRACK = t("Track Pants & Joggers", "apparel", "trousers");
const SHORTS = t("Shorts", "apparel", "trousers");
const SKIRTS = t("Skirts", "apparel", "dress");
const LEGGINGS = t("Leggings & Tights", "apparel", "trousers");
const JACKETS = t("Jackets & Blazers", "apparel", "tee");
const SWEATERS = t("Sweaters & Sweatshirts", "apparel", "tee");
const NIGHTWEAR = t("Nightwear", "apparel", "tee");
const INNERWEAR = t("Innerwear", "apparel", "folded");
const SAREES = t("Sarees", "none", "folded");
const DUPATTAS = t("Dupattas & Scarves", "none", "folded");
const SNEAKERS = t("Sneakers", "footwear", "shoe", "footprints");
const SHOES = t("Casual & Formal Shoes", "footwear", "shoe", "footprints");
const SANDALS = t("Sandals & Flip-Flops", "footwear", "shoe", "footprints");
const HEELS = t("Heels & Flats", "footwear", "shoe", "footprints");
const BAGS = t("Bags & Backpacks", "none", "bag", "handbag");
const WALLETS = t("Wallets", "none", "bag", "shopping-bag");
const JEWELLERY = t("Jewellery", "none", "trinket", "gem");
const WATCHES = t("Watches", "none", "trinket", "watch");
const SUNGLASSES = t("Sunglasses", "none", "trinket", "glasses");
const ACCESSORIES = t("Belts & Accessories", "none", "trinket", "shopping-bag");

const KEYWORDS: Record<string, FashionType> = {
  shirt: SHIRTS, shirts: SHIRTS,
  "t-shirt": TSHIRTS, "t-shirts": TSHIRTS, tshirt: TSHIRTS, tshirts: TSHIRTS, polo: TSHIRTS,
  top: TOPS, tops: TOPS, tunic: TOPS, tunics: TOPS,
  kurta: KURTAS, kurtas: KURTAS, kurti: KURTAS, kurtis: KURTAS,
  dress: DRESSES, dresses: DRESSES, jumpsuit: DRESSES, playsuit: DRESSES, gown: DRESSES, "co-ords": DRESSES,
  jeans: JEANS, jeggings: JEANS,
  trousers: TROUSERS, trouser: TROUSERS, chinos: TROUSERS, pants: TROUSERS, cargos: TROUSERS,
  palazzos: PALAZZOS, palazzo: PALAZZOS, culottes: PALAZZOS, churidar: PALAZZOS, salwar: PALAZZOS, patiala: PALAZZOS,
  joggers: TRACK, trackpants: TRACK,
  shorts: SHORTS,
  skirt: SKIRTS, skirts: SKIRTS,
  leggings: LEGGINGS, tights: LEGGINGS, treggings: LEGGINGS,
  jacket: JACKETS, jackets: JACKETS, blazer: JACKETS, blazers: JACKETS, bomber: JACKETS, coat: JACKETS, waistcoat: JACKETS,
  sweatshirt: SWEATERS, sweatshirts: SWEATERS, hoodie: SWEATERS, sweater: SWEATERS, sweaters: SWEATERS,
  cardigan: SWEATERS, pullover: SWEATERS, shrug: SWEATERS,
  pyjamas: NIGHTWEAR, pyjama: NIGHTWEAR, nightdress: NIGHTWEAR, "night suit": NIGHTWEAR, lounge: NIGHTWEAR,
  bra: INNERWEAR, bras: INNERWEAR, briefs: INNERWEAR, trunks: INNERWEAR, boxers: INNERWEAR, camisole: INNERWEAR, vest: INNERWEAR,
  saree: SAREES, sarees: SAREES, sari: SAREES,
  dupatta: DUPATTAS, dupattas: DUPATTAS, stole: DUPATTAS, stoles: DUPATTAS, scarf: DUPATTAS, scarves: DUPATTAS, shawl: DUPATTAS,
  sneakers: SNEAKERS,
  shoes: SHOES, derbys: SHOES, loafers: SHOES, brogues: SHOES, boots: SHOES, "slip-ons": SHOES, mules: SHOES,
  oxfords: SHOES, moccasins: SHOES, "running shoes": SHOES,
  sandals: SANDALS, "flip-flops": SANDALS, sliders: SANDALS, floaters: SANDALS, slippers: SANDALS,
  heels: HEELS, flats: HEELS, pumps: HEELS, wedges: HEELS, ballerinas: HEELS, stilettos: HEELS,
  bag: BAGS, bags: BAGS, backpack: BAGS, backpacks: BAGS, handbag: BAGS, clutch: BAGS, tote: BAGS, duffel: BAGS, trolley: BAGS,
  wallet: WALLETS, wallets: WALLETS,
  earrings: JEWELLERY, necklace: JEWELLERY, jhumkas: JEWELLERY, ring: JEWELLERY, bracelet: JEWELLERY, bangles: JEWELLERY,
  studs: JEWELLERY, chandbalis: JEWELLERY, pendant: JEWELLERY, anklet: JEWELLERY, jewellery: JEWELLERY, "maang tikka": JEWELLERY,
  watch: WATCHES, watches: WATCHES,
  sunglasses: SUNGLASSES,
  belt: ACCESSORIES, belts: ACCESSORIES, cufflinks: ACCESSORIES, socks: ACCESSORIES, cap: ACCESSORIES, beanie: ACCESSORIES,
  tie: ACCESSORIES, gloves: ACCESSORIES,
};

/**
 * Reads the product type from a Myntra name ("Roadster Men Navy Slim Fit Jeans" → Jeans): the last known
 * keyword before any " with …" tail. Null for names that are not clothing, footwear or accessories
 * (home décor, cosmetics), which the seed leaves out.
 */
export function fashionTypeOf(productName: string): FashionType | null {
  const name = productName.toLowerCase().split(/\s+with\s+/)[0];
  if (/\bkurta\s+(set\b|&|and\b)/.test(name) || /\bkurta\s+with\b/.test(productName.toLowerCase())) return KURTA_SETS;
  if (/\btrack\s*pants\b/.test(name)) return TRACK;
  const words = name.replace(/[(),/]/g, " ").split(/\s+/).filter(Boolean);
  for (let i = words.length - 1; i >= 0; i--) {
    const pair = i > 0 ? `${words[i - 1]} ${words[i]}` : "";
    if (pair && KEYWORDS[pair]) return KEYWORDS[pair];
    if (KEYWORDS[words[i]]) return KEYWORDS[words[i]];
  }
  return null;
}

/** Level-2 category under Fashion for a Myntra gender value. */
export function fashionAudience(gender: string): "Men" | "Women" | "Kids" | "Unisex" {
  const g = gender.trim().toLowerCase();
  if (g === "men") return "Men";
  if (g === "women") return "Women";
  if (g === "boys" || g === "girls" || g.includes("kids")) return "Kids";
  return "Unisex";
}
