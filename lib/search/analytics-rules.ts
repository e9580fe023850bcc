/**
 * Pure rules of search analytics: what a logged search records, rates, and day buckets. No I/O, so
 * the unit tests pin them down and the queries, the dashboard and the service share them.
 */
import type { SearchRequest } from "./types";

/** The query text stored "as typed" is cut to this many characters (models/search.ts). */
export const MAX_LOGGED_QUERY = 200;
/** Where a search came from (search_queries.source). */
export const SEARCH_SOURCES = ["page", "api", "suggest-pick", "voice", "visual"] as const;
export type SearchSource = (typeof SEARCH_SOURCES)[number];

/** Dashboard ranges in days. */
export const ANALYTICS_RANGES = [7, 30, 90] as const;
export type AnalyticsRange = (typeof ANALYTICS_RANGES)[number];
export const DEFAULT_RANGE: AnalyticsRange = 30;

/** Recent searches shown to a signed-in user. */
export const RECENT_SEARCHES_LIMIT = 8;

/** Popular-query rollup: the window it reads and the fewest searches a query needs to be kept. */
export const POPULAR_WINDOW_DAYS = 30;
export const POPULAR_MIN_SEARCHES = 2;
/** At most this many popular queries are kept (the most searched). */
export const POPULAR_MAX_ROWS = 5_000;

export function parseRange(raw: string | string[] | undefined): AnalyticsRange {
  const value = Number(Array.isArray(raw) ? raw[0] : raw);
  return (ANALYTICS_RANGES as readonly number[]).includes(value) ? (value as AnalyticsRange) : DEFAULT_RANGE;
}

/** The query as typed, trimmed and cut to MAX_LOGGED_QUERY characters (never splitting a surrogate pair). */
export function clipQuery(q: string): string {
  const trimmed = q.trim();
  if (trimmed.length <= MAX_LOGGED_QUERY) return trimmed;
  return Array.from(trimmed).slice(0, MAX_LOGGED_QUERY).join("").slice(0, MAX_LOGGED_QUERY);
}

/** The filters of a request worth recording: only what is set, so the log stays small and groupable. */
export function filtersOf(request: SearchRequest): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const f = request.filters;
  if (request.categoryPath) out.category = request.categoryPath;
  if (request.sellers.length) out.sellers = request.sellers;
  if (f.brands.length) out.brands = f.brands;
  if (f.priceMin !== null) out.priceMin = f.priceMin;
  if (f.priceMax !== null) out.priceMax = f.priceMax;
  if (f.rating !== null) out.rating = f.rating;
  if (f.inStock) out.inStock = true;
  if (f.discount !== null) out.discount = f.discount;
  if (Object.keys(f.attributes).length) out.attributes = f.attributes;
  return out;
}

/** numerator / denominator, 0 when there is nothing to divide. */
export function rate(numerator: number, denominator: number): number {
  return denominator > 0 ? numerator / denominator : 0;
}

/** A rate as a percentage for display: "12.5%" (one decimal below 10 %, whole above), "—" without data. */
export function formatRate(value: number, hasData = true): string {
  if (!hasData) return "—";
  const pct = value * 100;
  if (pct === 0) return "0%";
  return `${pct < 10 ? pct.toFixed(1) : Math.round(pct).toString()}%`;
}

/** The UTC day ("YYYY-MM-DD") of an instant. */
export function utcDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** Every UTC day of the `days`-day range ending today (oldest first), so charts show empty days as 0. */
export function dayBuckets(days: number, now: Date = new Date()): string[] {
  const end = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  return Array.from({ length: days }, (_, i) => utcDay(new Date(end - (days - 1 - i) * 86_400_000)));
}

/** The start of a range: midnight UTC `days - 1` days before today, so "7 days" is today and the six before. */
export function rangeStart(days: number, now: Date = new Date()): Date {
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()) - (days - 1) * 86_400_000);
}

export interface DayCount {
  day: string;
  searches: number;
  zeroResults: number;
}

export interface DayPoint extends DayCount {
  zeroResultRate: number;
}

/** Fills the missing days of a per-day series with zeros and adds the day's zero-result rate. */
export function fillDays(rows: readonly DayCount[], days: number, now: Date = new Date()): DayPoint[] {
  const byDay = new Map(rows.map((r) => [r.day, r]));
  return dayBuckets(days, now).map((day) => {
    const row = byDay.get(day);
    const searches = row?.searches ?? 0;
    const zeroResults = row?.zeroResults ?? 0;
    return { day, searches, zeroResults, zeroResultRate: rate(zeroResults, searches) };
  });
}

/** The nearest-rank percentile (p in 0–1) of unsorted values; 0 for none. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil(p * sorted.length)));
  return sorted[rank - 1];
}

/** Distinct recent queries, newest first: the first occurrence of each normalised form wins. */
export function distinctRecent(rows: readonly { query: string; normalized: string }[], limit = RECENT_SEARCHES_LIMIT): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const row of rows) {
    if (!row.normalized || seen.has(row.normalized)) continue;
    seen.add(row.normalized);
    out.push(row.query);
    if (out.length === limit) break;
  }
  return out;
}
