import { existsSync } from "node:fs";
import path from "node:path";
import { splitTotal } from "./sample";
import { readAmazonToys } from "./sources/amazon-toys";
import { readBigBasket } from "./sources/bigbasket";
import { generatedCatalogue } from "./sources/generated";
import { readMyntra } from "./sources/myntra";
import type { SeedProduct } from "./types";

export const DEFAULT_PRODUCTS = 2400;
export const DEFAULT_GENERATED_PRODUCTS = 300;

export interface LoadedCatalogue {
  source: "shared-data" | "generated";
  products: SeedProduct[];
  notes: string[];
}

const FILES = {
  grocery: "bigbasket-grocery/products.jsonl",
  fashion: "myntra-fashion/products.jsonl",
  toys: "amazon-uk-toys/products.jsonl",
} as const;

/**
 * Reads `total` products from the shared data folder (BigBasket grocery, Myntra fashion, Amazon UK toys in a
 * 10 : 8 : 6 split; a shortfall of toys is made up with fashion, any other shortfall with grocery), or builds a generated catalogue
 * when the folder is missing.
 */
export function loadCatalogue(dataDir: string, total: number | undefined, shownDir = dataDir): LoadedCatalogue {
  const root = path.resolve(process.cwd(), dataDir);
  const present = Object.fromEntries(Object.entries(FILES).map(([k, f]) => [k, existsSync(path.join(root, f))])) as Record<keyof typeof FILES, boolean>;
  if (!existsSync(root) || !Object.values(present).some(Boolean)) {
    const count = total ?? DEFAULT_GENERATED_PRODUCTS;
    return {
      source: "generated",
      products: generatedCatalogue(count),
      notes: [`${shownDir} not found — seeding a smaller generated catalogue (${count} products)`],
    };
  }
  const notes = Object.entries(present)
    .filter(([, ok]) => !ok)
    .map(([k]) => `${path.join(shownDir, FILES[k as keyof typeof FILES])} not found — no ${k} products`);
  const target = total ?? DEFAULT_PRODUCTS;
  const want = splitTotal(target);
  const toys = present.toys ? readAmazonToys(path.join(root, FILES.toys), want.toys) : [];
  const fashion = present.fashion ? readMyntra(path.join(root, FILES.fashion), want.fashion + want.toys - toys.length) : [];
  const grocery = present.grocery ? readBigBasket(path.join(root, FILES.grocery), target - toys.length - fashion.length) : [];
  return { source: "shared-data", products: [...grocery, ...fashion, ...toys], notes };
}
