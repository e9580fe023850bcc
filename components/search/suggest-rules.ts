/**
 * The header autocomplete's model (pure): suggestions grouped by kind in a fixed order, each option
 * with a DOM id for aria-activedescendant, and the keyboard's movement through them.
 */
import type { Suggestion, SuggestionKind } from "@/lib/search/types";

export type OptionKind = SuggestionKind | "recent";

export interface ComboOption {
  id: string;
  kind: OptionKind;
  label: string;
  href: string;
  detail?: string;
}

export interface ComboGroup {
  kind: OptionKind;
  heading: string;
  options: ComboOption[];
}

export const GROUP_ORDER: readonly OptionKind[] = ["recent", "query", "category", "brand", "product"];
export const GROUP_HEADINGS: Record<OptionKind, string> = {
  recent: "Recent searches",
  query: "Searches",
  category: "Categories",
  brand: "Brands",
  product: "Products",
};

/** Marks how a search started (logged as its source); the results page leaves it out of its own links. */
export const VIA_PARAM = "via";
export type SearchVia = "suggest" | "voice";

export function searchHref(q: string, via?: SearchVia): string {
  const qs = new URLSearchParams({ q: q.trim() });
  if (via) qs.set(VIA_PARAM, via);
  return `/search?${qs.toString()}`;
}

/** Query suggestions are marked as picked from the dropdown; other hrefs go where the engine says. */
function optionHref(s: Suggestion): string {
  if (s.kind !== "query" || !s.href.startsWith("/search?")) return s.href;
  const url = new URL(s.href, "http://x");
  url.searchParams.set(VIA_PARAM, "suggest");
  return `${url.pathname}${url.search}`;
}

export function groupSuggestions(suggestions: readonly Suggestion[], idPrefix: string): ComboGroup[] {
  let n = 0;
  return GROUP_ORDER.flatMap((kind) => {
    const options = suggestions
      .filter((s) => s.kind === kind)
      .map((s): ComboOption => ({ id: `${idPrefix}-${n++}`, kind, label: s.label, href: optionHref(s), detail: s.detail }));
    return options.length ? [{ kind, heading: GROUP_HEADINGS[kind], options }] : [];
  });
}

export function recentGroup(recent: readonly string[], idPrefix: string): ComboGroup[] {
  const options = recent.map((q, i): ComboOption => ({ id: `${idPrefix}-r${i}`, kind: "recent", label: q, href: searchHref(q, "suggest") }));
  return options.length ? [{ kind: "recent", heading: GROUP_HEADINGS.recent, options }] : [];
}

export const flatOptions = (groups: readonly ComboGroup[]) => groups.flatMap((g) => g.options);

/** ↓/↑ through `count` options; -1 is "none" (the text box itself), and moving past either end wraps through it. */
export function moveActive(active: number, delta: 1 | -1, count: number): number {
  if (count === 0) return -1;
  if (active === -1) return delta === 1 ? 0 : count - 1;
  const next = active + delta;
  return next < 0 || next >= count ? -1 : next;
}

/** Splits a label around the typed prefix so the rest can be shown bold (the usual autocomplete look). */
export function splitTyped(label: string, typed: string): { typed: string; rest: string } | null {
  const t = typed.trim();
  if (!t || !label.toLowerCase().startsWith(t.toLowerCase())) return null;
  return { typed: label.slice(0, t.length), rest: label.slice(t.length) };
}
