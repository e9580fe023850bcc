/**
 * Autocomplete matching of names held in memory (categories, brands) and the mix of suggestion kinds
 * (pure). A name matches when one of its words (or the whole name) starts with the typed text, or —
 * for four letters and more, when too few names start with it — when a word's start is one typo away.
 */
import { normalizeQuery } from "./query-normalize";
import { editDistance } from "./typo-rules";

export interface NamedEntry {
  name: string;
  /** normalizeQuery(name) and its words, computed once. */
  normalized: string;
  words: string[];
  weight: number;
}

/** 0 = the name starts with the text, 1 = a later word does, null = neither. */
export function prefixMatch(entry: Pick<NamedEntry, "normalized" | "words">, q: string): number | null {
  if (!q) return null;
  if (entry.normalized.startsWith(q)) return 0;
  for (let i = 1; i < entry.words.length; i++) {
    if (entry.words[i].startsWith(q[0]) && entry.words.slice(i).join(" ").startsWith(q)) return 1;
  }
  return null;
}

/** Whether a word of the name begins one typo away from the text (four letters and more, one word). */
export function typoMatch(entry: Pick<NamedEntry, "words">, q: string): boolean {
  if (q.length < 4 || q.includes(" ")) return false;
  const allowed = q.length >= 7 ? 2 : 1;
  return entry.words.some((w) => w.length >= 3 && (editDistance(w.slice(0, q.length), q, allowed) <= allowed || editDistance(w, q, allowed) <= allowed));
}

/** The best `limit` entries for `q`: prefix matches first (heavier first), typo matches only to fill up. */
export function bestMatches<T extends NamedEntry>(entries: readonly T[], q: string, limit: number): T[] {
  if (!q) return [];
  const scored: { e: T; m: number }[] = [];
  for (const e of entries) {
    const m = prefixMatch(e, q);
    if (m !== null) scored.push({ e, m });
  }
  const order = (a: { e: T; m: number }, b: { e: T; m: number }) => a.m - b.m || b.e.weight - a.e.weight || a.e.name.localeCompare(b.e.name);
  scored.sort(order);
  if (scored.length < limit) {
    const typos = entries.filter((e) => prefixMatch(e, q) === null && typoMatch(e, q)).map((e) => ({ e, m: 2 }));
    scored.push(...typos.sort(order));
  }
  return scored.slice(0, limit).map((s) => s.e);
}

export function named<T extends { name: string; weight: number }>(entry: T): T & NamedEntry {
  const normalized = normalizeQuery(entry.name);
  return { ...entry, normalized, words: normalized.split(" ") };
}

/** How many of each kind a dropdown of `limit` shows (queries, categories, brands, products). */
export function suggestionQuotas(limit: number) {
  const queries = Math.max(1, Math.round(limit * 0.3));
  const categories = Math.max(1, Math.round(limit * 0.2));
  const brands = Math.max(1, Math.round(limit * 0.2));
  return { queries, categories, brands, products: Math.max(1, limit - queries - categories - brands) };
}
