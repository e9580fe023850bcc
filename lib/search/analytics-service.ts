import "server-only";
import { randomUUID } from "node:crypto";
import { and, desc, eq, ne, sql } from "drizzle-orm";
import { cookies } from "next/headers";
import { getDb, queryRows } from "@/lib/platform/db";
import { logger } from "@/lib/platform/logger";
import { searchHistoryClears, searchInteractions, searchQueries, type SearchInteractionKind } from "@/models";
import { clipQuery, distinctRecent, filtersOf, RECENT_SEARCHES_LIMIT, type SearchSource } from "./analytics-rules";
import { SEARCH_SESSION_COOKIE, validSearchSessionId } from "./analytics-session";
import { normalizeQuery } from "./query-normalize";
import { maybeSchedulePopularRollup } from "./popular-queries-job";
import type { SearchRequest } from "./types";

/**
 * Search logging and interactions. `logSearch` is on the hot path of every search, so it only puts a
 * row in an in-process buffer and returns the new query id; the buffer is written with one multi-row
 * INSERT every second (or at FLUSH_ROWS rows), and a failing write is logged, never thrown into the
 * search. What is still buffered when the process ends is written best-effort on `beforeExit`.
 */

export const FLUSH_INTERVAL_MS = 1_000;
export const FLUSH_ROWS = 200;
/** If the database is away, the buffer stops growing here (oldest rows are dropped). */
export const MAX_BUFFERED_ROWS = 10_000;

export interface LogSearchInput {
  request: SearchRequest;
  total: number;
  tookMs: number;
  source: SearchSource;
  userId: string | null;
  sessionId: string | null;
}

type QueryRow = typeof searchQueries.$inferInsert & { id: string };

interface LogBuffer {
  rows: QueryRow[];
  /** Ids written or being written, so an interaction on a buffered query waits for its flush. */
  pendingIds: Set<string>;
  timer: ReturnType<typeof setTimeout> | null;
  flushing: Promise<void> | null;
  exitHookInstalled: boolean;
  /** Rows dropped because the buffer was full since the last report. */
  dropped: number;
}

const globalForLog = globalThis as unknown as { __qlSearchLog?: LogBuffer };

function buffer(): LogBuffer {
  globalForLog.__qlSearchLog ??= { rows: [], pendingIds: new Set(), timer: null, flushing: null, exitHookInstalled: false, dropped: 0 };
  return globalForLog.__qlSearchLog;
}

/**
 * Records a search (call it for the first page only; paging is not a new search) and returns its id
 * at once, for click and add-to-cart attribution. Never throws and never waits for the database.
 */
export function logSearch(input: LogSearchInput): string {
  const id = randomUUID();
  try {
    const query = clipQuery(input.request.q);
    const row: QueryRow = {
      id,
      query,
      normalized: normalizeQuery(query),
      filters: filtersOf(input.request),
      sort: input.request.sort,
      resultCount: Math.max(0, Math.round(input.total)),
      tookMs: Math.max(0, Math.round(input.tookMs)),
      source: input.source,
      userId: input.userId,
      sessionId: input.sessionId ? input.sessionId.slice(0, 64) : null,
      createdAt: new Date(),
    };
    const buf = buffer();
    buf.rows.push(row);
    buf.pendingIds.add(id);
    if (buf.rows.length > MAX_BUFFERED_ROWS) {
      const dropped = buf.rows.splice(0, buf.rows.length - MAX_BUFFERED_ROWS);
      dropped.forEach((r) => buf.pendingIds.delete(r.id));
      // Counted here, reported once by the next flush: a full buffer must not also flood the logs.
      buf.dropped += dropped.length;
    }
    installExitHook(buf);
    if (buf.rows.length >= FLUSH_ROWS) void flushSearchLog();
    else scheduleFlush(buf);
  } catch (err) {
    logger.error({ err }, "search log: could not buffer a search");
  }
  return id;
}

function scheduleFlush(buf: LogBuffer) {
  if (buf.timer) return;
  buf.timer = setTimeout(() => {
    buf.timer = null;
    void flushSearchLog();
  }, FLUSH_INTERVAL_MS);
  buf.timer.unref?.();
}

function installExitHook(buf: LogBuffer) {
  if (buf.exitHookInstalled || typeof process === "undefined" || typeof process.once !== "function") return;
  buf.exitHookInstalled = true;
  // beforeExit fires when the event loop empties (not on a kill): write what is left, best-effort.
  process.once("beforeExit", () => {
    buf.exitHookInstalled = false;
    if (buf.rows.length) void flushSearchLog();
  });
}

async function writeRows(rows: QueryRow[]): Promise<void> {
  const db = await getDb();
  try {
    await db.insert(searchQueries).values(rows);
  } catch (err) {
    if (rows.length === 1) throw err;
    // One bad row (e.g. a user deleted a moment ago) must not sink the batch: write them one by one.
    logger.warn({ err, rows: rows.length }, "search log batch failed; writing rows one by one");
    for (const row of rows) {
      await db
        .insert(searchQueries)
        .values(row)
        .catch((rowErr: unknown) => logger.error({ err: rowErr, id: row.id }, "search log: row dropped"));
    }
  }
}

/** Writes everything buffered now (and waits for a flush already running). Never throws. For tests and shutdown too. */
export async function flushSearchLog(): Promise<void> {
  const buf = buffer();
  while (buf.flushing) await buf.flushing;
  if (buf.timer) {
    clearTimeout(buf.timer);
    buf.timer = null;
  }
  if (buf.dropped) {
    logger.warn({ dropped: buf.dropped }, "search log buffer was full; oldest rows dropped");
    buf.dropped = 0;
  }
  if (buf.rows.length === 0) return;
  const batch = buf.rows.splice(0, buf.rows.length);
  buf.flushing = (async () => {
    try {
      for (let i = 0; i < batch.length; i += FLUSH_ROWS) await writeRows(batch.slice(i, i + FLUSH_ROWS));
      maybeSchedulePopularRollup();
    } catch (err) {
      logger.error({ err, rows: batch.length }, "search log: batch could not be written");
    } finally {
      batch.forEach((r) => buf.pendingIds.delete(r.id));
      buf.flushing = null;
    }
  })();
  await buf.flushing;
  if (buf.rows.length) scheduleFlush(buf);
}

/** Rows waiting in this process's buffer (for tests and health). */
export function bufferedSearchCount(): number {
  return buffer().rows.length;
}

export interface SearchInteractionInput {
  queryId: string;
  kind: SearchInteractionKind;
  productId: string;
  /** 1-based position of a clicked result; null for add-to-cart. */
  position?: number | null;
}

export type InteractionOutcome = "recorded" | "unknown-query";

/**
 * Records a click or an add-to-cart attributed to a logged search (the cart calls this with the
 * query id the client remembered). A query id this database does not know is refused, not thrown.
 */
export async function recordSearchInteraction(input: SearchInteractionInput): Promise<InteractionOutcome> {
  if (buffer().pendingIds.has(input.queryId)) await flushSearchLog();
  const db = await getDb();
  const inserted = await queryRows<{ id: string }>(db, sql`
    insert into ${searchInteractions} (query_id, kind, product_id, position)
    select ${input.queryId}::uuid, ${input.kind}::search_interaction, ${input.productId}::uuid, ${input.position ?? null}::int
    where exists (select 1 from ${searchQueries} where id = ${input.queryId}::uuid)
    returning id`);
  return inserted.length > 0 ? "recorded" : "unknown-query";
}

/** The user's last distinct searches (as typed), newest first; text searches only, none from before they last cleared them. */
export async function listRecentSearches(userId: string, limit = RECENT_SEARCHES_LIMIT): Promise<string[]> {
  // A search made a moment ago may still be buffered: write it first so it shows.
  if (buffer().rows.some((r) => r.userId === userId)) await flushSearchLog();
  const db = await getDb();
  const clearedAt = db.select({ at: searchHistoryClears.clearedAt }).from(searchHistoryClears).where(eq(searchHistoryClears.userId, userId));
  const rows = await db
    .select({ query: searchQueries.query, normalized: searchQueries.normalized })
    .from(searchQueries)
    .where(and(eq(searchQueries.userId, userId), ne(searchQueries.normalized, ""), sql`${searchQueries.createdAt} > coalesce((${clearedAt}), '-infinity'::timestamptz)`))
    .orderBy(desc(searchQueries.createdAt))
    .limit(limit * 6);
  return distinctRecent(rows, limit);
}

/** Hides the user's searches made until now from "recent searches" (the log itself is kept for analytics). */
export async function clearRecentSearches(userId: string, now: Date = new Date()): Promise<void> {
  await flushSearchLog();
  const db = await getDb();
  await db
    .insert(searchHistoryClears)
    .values({ userId, clearedAt: now })
    .onConflictDoUpdate({ target: searchHistoryClears.userId, set: { clearedAt: now } });
}

/** The anonymous search session (the `ql_sid` cookie the proxy sets), for RSC pages and route handlers; null when absent. */
export async function getSearchSessionId(): Promise<string | null> {
  try {
    return validSearchSessionId((await cookies()).get(SEARCH_SESSION_COOKIE)?.value);
  } catch {
    return null;
  }
}
