const STOPWORDS = new Set([
  "the", "and", "of", "for", "with", "a", "an", "in", "to", "by", "on", "or", "from",
  "men", "women", "boys", "girls", "unisex", "kids", "mens", "womens", "pack", "set", "new",
]);

/** Two letters that stand for a product on its picture: first letters of its first two significant words. */
export function initialsOf(title: string): string {
  const words = title
    .normalize("NFKD")
    .replace(/[^A-Za-z\s]/g, " ")
    .split(/\s+/)
    .filter((w) => w.length >= 2 && !STOPWORDS.has(w.toLowerCase()));
  if (words.length === 0) return "Q";
  if (words.length === 1) return words[0][0].toUpperCase();
  return (words[0][0] + words[1][0]).toUpperCase();
}

/** "CLASSIC TOY TRAIN SET" → "Classic Toy Train Set"; names that are not shouted are kept as they are. */
export function tidyTitle(name: string): string {
  const text = name.replace(/\s+/g, " ").trim();
  const letters = text.replace(/[^A-Za-z]/g, "");
  const upper = letters.replace(/[^A-Z]/g, "").length;
  if (letters.length < 8 || upper / letters.length < 0.8) return text;
  return text.toLowerCase().replace(/(^|[\s\-/(&])([a-z])/g, (_, sep: string, ch: string) => sep + ch.toUpperCase());
}

const UNIT_NAMES: Record<string, string> = {
  kg: "kg", g: "g", gm: "g", gms: "g", gram: "g", grams: "g",
  ml: "ml", l: "L", ltr: "L", litre: "L", litres: "L", liter: "L", liters: "L",
  pcs: "pcs", pc: "pcs", pieces: "pcs", piece: "pcs",
  tablets: "tablets", capsules: "capsules", sachets: "sachets", sachet: "sachets",
};

/** A net quantity written in a product name ("Olive Oil 250 ML" → "250 ml"), or null. */
export function netQuantityOf(name: string): string | null {
  const m = name.match(/(?:^|[\s(,-])(\d+(?:\.\d+)?)\s*(kg|gms?|grams?|g|ml|ltr|litres?|liters?|l|pcs|pc|pieces?|tablets|capsules|sachets?)(?=$|[\s),+.-])/i);
  if (!m) return null;
  const unit = UNIT_NAMES[m[2].toLowerCase()];
  return unit ? `${Number(m[1])} ${unit}` : null;
}

/** "Pack of 3" in a name → "3", or null. */
export function packSizeOf(name: string): string | null {
  const m = name.match(/\bpack\s+of\s+(\d+)\b/i);
  return m ? m[1] : null;
}

/**
 * Myntra descriptions lost their line breaks ("…zip closureGrey net dupatta…"): puts the sentence breaks
 * back where a lowercase letter runs into a capitalised word, leaving the brand name alone.
 */
export function restoreSentences(text: string, brand: string | null): string {
  const placeholder = "\u0000";
  let body = text.replace(/\s+/g, " ").trim();
  if (brand) body = body.split(brand).join(placeholder);
  body = body
    .replace(/([a-z0-9)%])([A-Z][a-z])/g, "$1. $2")
    .replace(/:(?=[A-Za-z])/g, ": ")
    .replace(/\.\s*\./g, ".");
  if (brand) body = body.split(placeholder).join(brand);
  return /[.!?]$/.test(body) ? body : `${body}.`;
}

/** Cuts text at a word boundary to at most `max` characters, adding "…" when it had to cut. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(" ");
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,;:.-]+$/, "")}…`;
}

export function seoTitleFor(title: string): string {
  return `${truncate(title, 56)} | QuickLocal`;
}

export function seoDescriptionFor(description: string): string {
  return truncate(description.replace(/\s+/g, " "), 160);
}
