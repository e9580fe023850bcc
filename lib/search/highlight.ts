/**
 * Marks the words of a title that the query matched (pure): the same word, a typo correction or a
 * synonym, also across simple English endings ("tomatoes" ~ "tomato", "biscuits" ~ "biscuit"), and the
 * query's last word as a prefix ("choc" marks "Chocolate"). Marks are U+E000 … U+E001.
 */
import { HIGHLIGHT_END, HIGHLIGHT_START } from "./types";

function fold(word: string): string {
  return word.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
}

/** A rough English stem, enough to see that two words are forms of one. */
export function roughStem(word: string): string {
  if (word.length <= 3) return word;
  for (const [end, repl] of [
    ["ies", "y"],
    ["es", ""],
    ["s", ""],
    ["ing", ""],
    ["ed", ""],
    ["ly", ""],
  ] as const) {
    if (word.endsWith(end) && word.length - end.length >= 3) return word.slice(0, -end.length) + repl;
  }
  return word;
}

export interface HighlightTerms {
  words: readonly string[];
  prefix: string | null;
}

export function highlightTitle(title: string, { words, prefix }: HighlightTerms): string {
  if (!words.length && !prefix) return title;
  const exact = new Set(words);
  const stems = new Set(words.filter((w) => w.length >= 3).map(roughStem));
  return title.replace(/[\p{L}\p{M}\p{N}]+/gu, (token) => {
    const w = fold(token);
    const hit = exact.has(w) || (w.length >= 3 && stems.has(roughStem(w))) || (prefix !== null && prefix.length > 0 && w.startsWith(prefix));
    return hit ? `${HIGHLIGHT_START}${token}${HIGHLIGHT_END}` : token;
  });
}
