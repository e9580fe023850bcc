/** What Next passes as a page's awaited `searchParams`. */
export type RawSearchParams = Record<string, string | string[] | undefined>;

/** Keeps the first value of each parameter (`?q=a&q=b` → `a`), ready for a zod schema. */
export function firstValues(params: RawSearchParams): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(params)) {
    const first = Array.isArray(value) ? value[0] : value;
    if (typeof first === "string") out[key] = first;
  }
  return out;
}

export type ListState = Record<string, string | number | undefined>;

/**
 * The URL of a list with some state changed, e.g. the next page or a new filter. Empty values and
 * page 1 are left out so URLs stay short and canonical.
 */
export function hrefWith(pathname: string, state: ListState, changes: ListState = {}): string {
  const merged = { ...state, ...changes };
  const query = new URLSearchParams();
  for (const key of Object.keys(merged).sort()) {
    const value = merged[key];
    if (value === undefined || value === "") continue;
    if (key === "page" && Number(value) <= 1) continue;
    query.set(key, String(value));
  }
  const qs = query.toString();
  return qs ? `${pathname}?${qs}` : pathname;
}

/** "Showing 21–40 of 134": 1-based positions of the first and last row on a page (0–0 when empty). */
export function pageBounds(page: number, pageSize: number, total: number): { from: number; to: number } {
  if (total <= 0) return { from: 0, to: 0 };
  const from = (page - 1) * pageSize + 1;
  return { from: Math.min(from, total), to: Math.min(page * pageSize, total) };
}
