/**
 * From the shopper's words to what the database matches (pure). Each segment of the query (a word,
 * or a phrase with synonyms) becomes one OR-group — the word itself, its typo corrections, its
 * synonyms; the last word also as a prefix — and the groups are AND-ed (or OR-ed when relaxing).
 * Words are letters and digits only (see query-normalize), so the tsquery text cannot carry operators.
 */
import { isPlainWord } from "./query-normalize";
import type { QuerySegment } from "./synonym-rules";

export interface WordLexicon {
  /** Words found in the lexicon as typed. */
  known: ReadonlySet<string>;
  /** Words that begin some lexicon term (the last word may be unfinished). */
  prefixes: ReadonlySet<string>;
  /** Chosen corrections of unknown words, best first. */
  corrections: ReadonlyMap<string, readonly string[]>;
}

export interface TextPlan {
  /** Every group AND-ed; "" when nothing is searchable. */
  all: string;
  /** Every group OR-ed (the relaxed query); "" when there is only one group. */
  any: string;
  /** The query with unknown words replaced by their best correction, when that changed anything. */
  corrected: string | null;
  /** Words to mark in titles; the last of the query may also match as a prefix. */
  highlight: { words: string[]; prefix: string | null };
  groups: number;
}

const phrase = (words: readonly string[]) => words.filter(isPlainWord);

function alternativesOf(word: string, isLast: boolean, lex: WordLexicon): string[] {
  const alts = [isLast ? `${word}:*` : word];
  for (const c of lex.corrections.get(word) ?? []) if (isPlainWord(c)) alts.push(c);
  return [...new Set(alts)];
}

function groupText(segment: QuerySegment, isLastSegment: boolean, lex: WordLexicon): string | null {
  const words = phrase(segment.words);
  if (!words.length) return null;
  const own = words.map((w, i) => {
    const alts = alternativesOf(w, isLastSegment && i === words.length - 1 && segment.synonyms.length === 0, lex);
    return alts.length > 1 ? `(${alts.join(" | ")})` : alts[0];
  });
  const options = [own.length > 1 ? `(${own.join(" & ")})` : own[0]];
  for (const syn of segment.synonyms) {
    const sw = phrase(syn.split(" "));
    if (sw.length) options.push(sw.length > 1 ? `(${sw.join(" & ")})` : sw[0]);
  }
  return options.length > 1 ? `(${options.join(" | ")})` : options[0];
}

export function buildTextPlan(segments: readonly QuerySegment[], lex: WordLexicon): TextPlan {
  const groups = segments.map((s, i) => groupText(s, i === segments.length - 1, lex)).filter((g): g is string => g !== null);
  const words = segments.flatMap((s) => s.words);
  const correctedWords = words.map((w) => (lex.known.has(w) || lex.prefixes.has(w) ? w : (lex.corrections.get(w)?.[0] ?? w)));
  const corrected = correctedWords.join(" ");
  const highlight = new Set<string>();
  for (const s of segments) {
    for (const w of s.words) {
      highlight.add(w);
      for (const c of lex.corrections.get(w) ?? []) highlight.add(c);
    }
    for (const syn of s.synonyms) for (const w of syn.split(" ")) highlight.add(w);
  }
  const last = segments.at(-1);
  return {
    all: groups.join(" & "),
    any: groups.length > 1 ? groups.join(" | ") : "",
    corrected: corrected !== words.join(" ") ? corrected : null,
    highlight: { words: [...highlight], prefix: last && last.synonyms.length === 0 ? (last.words.at(-1) ?? null) : null },
    groups: groups.length,
  };
}
