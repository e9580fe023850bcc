import "server-only";
import { desc, sql, type SQL } from "drizzle-orm";
import { getDb, queryRows } from "@/lib/platform/db";
import { searchInteractions, searchPopularQueries, searchQueries, searchSynonyms } from "@/models";
import { fillDays, rangeStart, rate, type DayCount, type DayPoint } from "./analytics-rules";

/**
 * Read side of search analytics for /admin/search: every figure is one SQL aggregate over
 * search_queries (and search_interactions) in the chosen range. A search "clicked" or "converted"
 * when at least one click / add-to-cart was recorded for it; CTR and conversion are shares of
 * searches, zero-result rate the share of searches that found nothing.
 */

export interface AnalyticsRangeInput {
  days: number;
  /** The end of the range (default now); tests pin it. */
  now?: Date;
}

export interface SearchKpis {
  searches: number;
  zeroResults: number;
  zeroResultRate: number;
  clicked: number;
  ctr: number;
  converted: number;
  conversion: number;
  /** 95th percentile of search latency in ms (nearest rank). */
  p95Ms: number;
  /** Distinct signed-in users or anonymous sessions that searched. */
  searchers: number;
}

export interface SearchOverview {
  kpis: SearchKpis;
  trend: DayPoint[];
}

export interface TopQueryRow {
  query: string;
  searches: number;
  avgResults: number;
  ctr: number;
  conversion: number;
}

export interface ZeroResultRow {
  query: string;
  searches: number;
  lastSearchedAt: Date;
  /** A synonym rule already names this query (added since those searches, or one-way the other way). */
  hasSynonym: boolean;
}

export interface SlowQueryRow {
  query: string;
  searches: number;
  avgMs: number;
  p95Ms: number;
  maxMs: number;
}

const num = (v: unknown) => Number(v ?? 0);
const date = (v: unknown) => (v instanceof Date ? v : new Date(String(v)));

function bounds({ days, now = new Date() }: AnalyticsRangeInput): { from: string; to: string } {
  return { from: rangeStart(days, now).toISOString(), to: now.toISOString() };
}

/** Searches of the range as `q`, each with whether it was clicked / led to an add-to-cart. */
function searchesWithOutcome(range: AnalyticsRangeInput, extra?: SQL): SQL {
  const { from, to } = bounds(range);
  return sql`
    select q.id, q.normalized, q.result_count, q.took_ms, q.created_at, q.user_id, q.session_id,
           coalesce(i.clicked, false) as clicked, coalesce(i.converted, false) as converted
    from ${searchQueries} q
    left join (
      select query_id, bool_or(kind = 'click') as clicked, bool_or(kind = 'add_to_cart') as converted
      from ${searchInteractions}
      where created_at >= ${from}::timestamptz
      group by query_id
    ) i on i.query_id = q.id
    where q.created_at >= ${from}::timestamptz and q.created_at <= ${to}::timestamptz ${extra ? sql`and ${extra}` : sql``}`;
}

/** KPIs and the per-day trend of the range. */
export async function getSearchOverview(range: AnalyticsRangeInput): Promise<SearchOverview> {
  const db = await getDb();
  const base = searchesWithOutcome(range);
  const [totals] = await queryRows<Record<string, unknown>>(
    db,
    sql`
      select count(*)::int as searches,
             count(*) filter (where result_count = 0)::int as zero_results,
             count(*) filter (where clicked)::int as clicked,
             count(*) filter (where converted)::int as converted,
             coalesce(percentile_disc(0.95) within group (order by took_ms), 0)::int as p95_ms,
             count(distinct coalesce(user_id::text, session_id))::int as searchers
      from (${base}) s`,
  );
  const days = await queryRows<Record<string, unknown>>(
    db,
    sql`
      select to_char(created_at at time zone 'UTC', 'YYYY-MM-DD') as day,
             count(*)::int as searches,
             count(*) filter (where result_count = 0)::int as zero_results
      from (${base}) s
      group by 1
      order by 1`,
  );
  const searches = num(totals?.searches);
  const zeroResults = num(totals?.zero_results);
  const clicked = num(totals?.clicked);
  const converted = num(totals?.converted);
  const kpis: SearchKpis = {
    searches,
    zeroResults,
    zeroResultRate: rate(zeroResults, searches),
    clicked,
    ctr: rate(clicked, searches),
    converted,
    conversion: rate(converted, searches),
    p95Ms: num(totals?.p95_ms),
    searchers: num(totals?.searchers),
  };
  const perDay: DayCount[] = days.map((d) => ({ day: String(d.day), searches: num(d.searches), zeroResults: num(d.zero_results) }));
  return { kpis, trend: fillDays(perDay, range.days, range.now) };
}

/** The most searched text queries with their average result count, CTR and add-to-cart conversion. */
export async function listTopQueries(range: AnalyticsRangeInput, limit = 20): Promise<TopQueryRow[]> {
  const db = await getDb();
  const rows = await queryRows<Record<string, unknown>>(
    db,
    sql`
      select normalized, count(*)::int as searches, avg(result_count)::float8 as avg_results,
             count(*) filter (where clicked)::int as clicked, count(*) filter (where converted)::int as converted
      from (${searchesWithOutcome(range, sql`q.normalized <> ''`)}) s
      group by normalized
      order by count(*) desc, normalized
      limit ${limit}`,
  );
  return rows.map((r) => {
    const searches = num(r.searches);
    return {
      query: String(r.normalized),
      searches,
      avgResults: num(r.avg_results),
      ctr: rate(num(r.clicked), searches),
      conversion: rate(num(r.converted), searches),
    };
  });
}

/** Text queries that found nothing, most frequent first — candidates for a synonym. */
export async function listZeroResultQueries(range: AnalyticsRangeInput, limit = 20): Promise<ZeroResultRow[]> {
  const db = await getDb();
  const { from, to } = bounds(range);
  const rows = await queryRows<Record<string, unknown>>(
    db,
    sql`
      select z.*, exists (select 1 from ${searchSynonyms} s where z.normalized = any(s.terms)) as has_synonym
      from (
        select normalized, count(*)::int as searches, max(created_at) as last_at
        from ${searchQueries}
        where created_at >= ${from}::timestamptz and created_at <= ${to}::timestamptz and result_count = 0 and normalized <> ''
        group by normalized
        order by count(*) desc, max(created_at) desc
        limit ${limit}
      ) z
      order by z.searches desc, z.last_at desc`,
  );
  return rows.map((r) => ({ query: String(r.normalized), searches: num(r.searches), lastSearchedAt: date(r.last_at), hasSynonym: r.has_synonym === true }));
}

/** Queries by their 95th-percentile latency, slowest first. */
export async function listSlowestQueries(range: AnalyticsRangeInput, limit = 10): Promise<SlowQueryRow[]> {
  const db = await getDb();
  const { from, to } = bounds(range);
  const rows = await queryRows<Record<string, unknown>>(
    db,
    sql`
      select normalized, count(*)::int as searches, avg(took_ms)::float8 as avg_ms,
             percentile_disc(0.95) within group (order by took_ms)::int as p95_ms, max(took_ms)::int as max_ms
      from ${searchQueries}
      where created_at >= ${from}::timestamptz and created_at <= ${to}::timestamptz and normalized <> ''
      group by normalized
      order by 4 desc, 5 desc, normalized
      limit ${limit}`,
  );
  return rows.map((r) => ({ query: String(r.normalized), searches: num(r.searches), avgMs: num(r.avg_ms), p95Ms: num(r.p95_ms), maxMs: num(r.max_ms) }));
}

export interface PopularQueriesSummary {
  /** Rows autocomplete can suggest from. */
  total: number;
  top: { query: string; searches: number }[];
}

/** What autocomplete's "popular searches" currently holds (search_popular_queries, kept by the rollup). */
export async function getPopularQueriesSummary(limit = 12): Promise<PopularQueriesSummary> {
  const db = await getDb();
  const [totals] = await queryRows<{ total: number }>(db, sql`select count(*)::int as total from ${searchPopularQueries}`);
  const top = await db
    .select({ query: searchPopularQueries.normalized, searches: searchPopularQueries.searches })
    .from(searchPopularQueries)
    .orderBy(desc(searchPopularQueries.searches), searchPopularQueries.normalized)
    .limit(limit);
  return { total: num(totals?.total), top };
}
