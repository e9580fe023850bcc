/** The three marketplace domains the demo catalogue covers; sellers are matched to products by domain. */
export type SeedDomain = "grocery" | "fashion" | "toys";

/** How a product picture is drawn (see images/shapes.ts). */
export type ImageShape =
  | "bottle"
  | "jar"
  | "pouch"
  | "carton"
  | "box"
  | "tray"
  | "toy-box"
  | "tee"
  | "trousers"
  | "dress"
  | "shoe"
  | "bag"
  | "folded"
  | "trinket";

export interface SeedImageSpec {
  shape: ImageShape;
  /** Lucide glyph name drawn on the picture (see images/glyphs.ts). */
  glyph: string;
  /** Fill colour of the item itself, e.g. a garment's colour; null lets the palette choose. */
  itemColor: string | null;
  /** Short text printed on a package label (usually the brand). */
  labelText: string | null;
  /** How many pictures the product gets (fashion may get a second, close-up view). */
  count: number;
}

export interface SeedVariant {
  sku: string;
  title: string;
  optionValues: Record<string, string>;
  pricePaise: number;
  mrpPaise: number;
  stockOnHand: number;
}

/** A product read from a source and normalised, before it has database ids. */
export interface SeedProduct {
  externalRef: string;
  domain: SeedDomain;
  title: string;
  brand: string | null;
  /** Category names from the root, at least three levels, e.g. ["Fashion", "Men", "T-Shirts"]. */
  categoryPath: string[];
  description: string;
  specifications: Record<string, string>;
  ratingX100: number;
  ratingCount: number;
  options: { name: string; values: string[] }[];
  variants: SeedVariant[];
  image: SeedImageSpec;
}
