import { sql } from "drizzle-orm";
import { getDb, queryRows, type Executor } from "@/lib/platform/db";
import { searchPopularQueries, searchQueries, searchSynonyms, searchTerms } from "@/models";
import { POPULAR_MAX_ROWS, POPULAR_MIN_SEARCHES, POPULAR_WINDOW_DAYS } from "./analytics-rules";

export interface RollupResult {
  /** Popular queries kept after this run. */
  kept: number;
  /** Rows removed (fell out of the window, became rare, or now find nothing). */
  pruned: number;
}

/**
 * Rebuilds search_popular_queries (autocomplete's "popular searches") from the last
 * POPULAR_WINDOW_DAYS days of search_queries in one statement: queries that found something,
 * searched at least POPULAR_MIN_SEARCHES times by as many different people (one person's repeated
 * private query never becomes everyone's suggestion), every word spelled as the catalogue (search_terms)
 * or a synonym spells it (a misspelling the engine corrected is not suggested to others), the
 * POPULAR_MAX_ROWS most searched. Rows not in that set any more are deleted. Idempotent; safe to run concurrently.
 */
export async function rollupPopularQueries(executor?: Executor, now: Date = new Date()): Promise<RollupResult> {
  const db = executor ?? (await getDb());
  const since = new Date(now.getTime() - POPULAR_WINDOW_DAYS * 86_400_000);
  const rows = await queryRows<{ kept: number; pruned: number }>(db, sql`
    with grouped as (
      select normalized,
             count(*)::int as searches,
             (array_agg(result_count order by created_at desc))[1] as last_result_count,
             max(created_at) as last_searched_at
      from ${searchQueries}
      where created_at >= ${since.toISOString()}::timestamptz and result_count > 0 and normalized <> ''
      group by normalized
      having count(*) >= ${POPULAR_MIN_SEARCHES}
         and count(distinct coalesce(user_id::text, session_id, id::text)) >= ${POPULAR_MIN_SEARCHES}
    ),
    -- Words of those queries the catalogue (search_terms) and the synonyms do not know: set operations,
    -- so the check stays a few hash joins however many queries and terms there are.
    words as (
      select g.normalized, w.word
      from grouped g, unnest(string_to_array(g.normalized, ' ')) as w(word)
      where length(w.word) >= 2
    ),
    unknown as (
      select word from words
      except select term from ${searchTerms}
      except select unnest(string_to_array(st.phrase, ' ')) from ${searchSynonyms} s, unnest(s.terms) as st(phrase)
    ),
    misspelt as (
      select distinct w.normalized from words w join unknown u on u.word = w.word
    ),
    fresh as (
      select g.* from grouped g
      where not exists (select 1 from misspelt m where m.normalized = g.normalized)
      order by g.searches desc, g.normalized
      limit ${POPULAR_MAX_ROWS}
    ),
    upserted as (
      insert into ${searchPopularQueries} (normalized, searches, last_result_count, last_searched_at)
      select normalized, searches, last_result_count, last_searched_at from fresh
      on conflict (normalized) do update set
        searches = excluded.searches,
        last_result_count = excluded.last_result_count,
        last_searched_at = excluded.last_searched_at
      returning 1
    ),
    pruned as (
      delete from ${searchPopularQueries} p
      where not exists (select 1 from fresh f where f.normalized = p.normalized)
      returning 1
    )
    select (select count(*) from upserted)::int as kept, (select count(*) from pruned)::int as pruned`);
  const row = rows[0] ?? { kept: 0, pruned: 0 };
  return { kept: Number(row.kept), pruned: Number(row.pruned) };
}
