/** Sampling for search tests (on the seed's deterministic generator, lib/seed/random.ts) and the one-typo generator of acceptance 1. */
import { pick } from "@/lib/seed/random";

/** `count` distinct items chosen at random (all of them, shuffled, when there are fewer). */
export function sample<T>(random: () => number, items: readonly T[], count: number): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [copy[i], copy[j]] = [copy[j], copy[i]];
  }
  return copy.slice(0, count);
}

const LETTERS = "abcdefghijklmnopqrstuvwxyz";

export type TypoKind = "swap" | "drop" | "replace" | "insert";

/** One letter of `word` swapped with its neighbour, dropped, replaced or a letter inserted — always a different word. */
export function typo(random: () => number, word: string, kind: TypoKind): string {
  const lower = word.toLowerCase();
  for (let attempt = 0; attempt < 20; attempt++) {
    const i = Math.floor(random() * word.length);
    let out = word;
    if (kind === "swap" && i < word.length - 1) out = word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2);
    else if (kind === "drop") out = word.slice(0, i) + word.slice(i + 1);
    else if (kind === "replace") out = word.slice(0, i) + pick(random, [...LETTERS]) + word.slice(i + 1);
    else if (kind === "insert") out = word.slice(0, i) + pick(random, [...LETTERS]) + word.slice(i);
    if (out.toLowerCase() !== lower) return out;
  }
  return word.slice(1);
}

/** The name with one typo in one of its words of at least four letters; null when it has none. */
export function withOneTypo(random: () => number, name: string): { query: string; word: string; kind: TypoKind } | null {
  const words = name.split(/\s+/);
  const candidates = words.map((w, i) => ({ w, i })).filter(({ w }) => /^[A-Za-z]{4,}$/.test(w));
  if (!candidates.length) return null;
  const { w, i } = pick(random, candidates);
  const kind = pick(random, ["swap", "drop", "replace", "insert"] as const);
  const changed = typo(random, w, kind);
  return { query: [...words.slice(0, i), changed, ...words.slice(i + 1)].join(" "), word: w, kind };
}
