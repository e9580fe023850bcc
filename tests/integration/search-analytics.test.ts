import { randomUUID } from "node:crypto";
import { eq, inArray, like, sql } from "drizzle-orm";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { EMPTY_FILTERS } from "@/lib/catalog/facets-schemas";
import { getDb } from "@/lib/platform/db";
import { getSearchOverview, listSlowestQueries, listTopQueries, listZeroResultQueries } from "@/lib/search/analytics-queries";
import {
  bufferedSearchCount,
  clearRecentSearches,
  FLUSH_ROWS,
  flushSearchLog,
  MAX_BUFFERED_ROWS,
  listRecentSearches,
  logSearch,
  recordSearchInteraction,
} from "@/lib/search/analytics-service";
import { rollupPopularQueries } from "@/lib/search/popular-queries";
import type { SearchRequest } from "@/lib/search/types";
import { searchInteractions, searchPopularQueries, searchQueries, searchSynonyms, searchTerms } from "@/models";
import { makeUser } from "../support/fixtures";

const actorRef: { current: Actor | null } = { current: null };
vi.mock("@/lib/auth/session", () => ({ getActor: async () => actorRef.current }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined, revalidateTag: () => undefined }));

const tag = randomUUID().slice(0, 8);
const request = (q: string, extra: Partial<SearchRequest> = {}): SearchRequest => ({
  q,
  categoryPath: null,
  sellers: [],
  filters: EMPTY_FILTERS,
  sort: "relevance",
  cursor: null,
  limit: 24,
  withFacets: true,
  ...extra,
});

let alice: Actor;
let bob: Actor;
let carol: Actor;

beforeAll(async () => {
  alice = await makeUser("customer", "Alice");
  bob = await makeUser("customer", "Bob");
  carol = await makeUser("customer", "Carol");
});

afterEach(() => {
  actorRef.current = null;
});

describe("logSearch", () => {
  it("returns an id at once, buffers, and writes the batch on flush with the normalised query and filters", async () => {
    const id = logSearch({
      request: request(`  Crème   BRÛLÉE ${tag} `, { categoryPath: "grocery/sweets", filters: { ...EMPTY_FILTERS, brands: ["amul"], inStock: true } }),
      total: 7,
      tookMs: 12.6,
      source: "page",
      userId: alice.id,
      sessionId: "sess-12345678",
    });
    // Synchronous: the id, not a promise — the search never waits for the log.
    expect(typeof id).toBe("string");
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    expect(bufferedSearchCount()).toBeGreaterThan(0);

    const db = await getDb();
    expect(await db.select().from(searchQueries).where(eq(searchQueries.id, id))).toHaveLength(0);
    await flushSearchLog();
    expect(bufferedSearchCount()).toBe(0);
    const [row] = await db.select().from(searchQueries).where(eq(searchQueries.id, id));
    expect(row).toMatchObject({
      query: `Crème   BRÛLÉE ${tag}`,
      normalized: `creme brulee ${tag}`,
      resultCount: 7,
      tookMs: 13,
      source: "page",
      userId: alice.id,
      sessionId: "sess-12345678",
      sort: "relevance",
      filters: { category: "grocery/sweets", brands: ["amul"], inStock: true },
    });
  });

  it("flushes by itself after about a second, and at once when the batch is full", async () => {
    const db = await getDb();
    const id = logSearch({ request: request(`timer ${tag}`), total: 1, tookMs: 1, source: "api", userId: null, sessionId: null });
    await vi.waitFor(async () => expect(await db.select().from(searchQueries).where(eq(searchQueries.id, id))).toHaveLength(1), { timeout: 5_000, interval: 100 });

    const ids = Array.from({ length: FLUSH_ROWS }, (_, i) => logSearch({ request: request(`bulk ${tag} ${i}`), total: i, tookMs: 2, source: "api", userId: null, sessionId: null }));
    await vi.waitFor(async () => expect(await db.select({ id: searchQueries.id }).from(searchQueries).where(inArray(searchQueries.id, ids))).toHaveLength(FLUSH_ROWS), {
      timeout: 5_000,
      interval: 50,
    });
  });

  it("never throws into the search, even for a row the database refuses", async () => {
    const ghostUser = randomUUID();
    const good = logSearch({ request: request(`good ${tag}`), total: 1, tookMs: 1, source: "page", userId: alice.id, sessionId: null });
    const bad = logSearch({ request: request(`bad ${tag}`), total: 1, tookMs: 1, source: "page", userId: ghostUser, sessionId: null });
    await expect(flushSearchLog()).resolves.toBeUndefined();
    const db = await getDb();
    const rows = await db.select({ id: searchQueries.id }).from(searchQueries).where(inArray(searchQueries.id, [good, bad]));
    // The batch failed on the unknown user; the good row was still written on its own.
    expect(rows.map((r) => r.id)).toEqual([good]);
  });

  it("stops growing at MAX_BUFFERED_ROWS when writes cannot keep up, dropping the oldest rows", async () => {
    // A synchronous burst: the flush started at FLUSH_ROWS cannot run until the loop yields.
    const ids = Array.from({ length: MAX_BUFFERED_ROWS + FLUSH_ROWS + 50 }, (_, i) =>
      logSearch({ request: request(`burst ${tag} ${i}`), total: 1, tookMs: 1, source: "api", userId: null, sessionId: null }),
    );
    expect(bufferedSearchCount()).toBe(MAX_BUFFERED_ROWS);
    await flushSearchLog();
    const db = await getDb();
    const [{ n }] = await db.select({ n: sql<number>`count(*)::int` }).from(searchQueries).where(like(searchQueries.normalized, `burst ${tag} %`));
    expect(n).toBe(MAX_BUFFERED_ROWS + FLUSH_ROWS);
    // The first FLUSH_ROWS went out at once; the 50 after them were the oldest in the full buffer.
    expect(await db.select().from(searchQueries).where(eq(searchQueries.id, ids[FLUSH_ROWS]))).toHaveLength(0);
    expect(await db.select().from(searchQueries).where(eq(searchQueries.id, ids.at(-1) ?? ""))).toHaveLength(1);
  });

  it("cuts a 2,000-character query to 200 characters", async () => {
    const id = logSearch({ request: request(`${tag} ${"x".repeat(2_000)}`), total: 0, tookMs: 1, source: "api", userId: null, sessionId: null });
    await flushSearchLog();
    const db = await getDb();
    const [row] = await db.select().from(searchQueries).where(eq(searchQueries.id, id));
    expect(row.query).toHaveLength(200);
  });
});

describe("interactions", () => {
  it("records a click on a search still in the buffer, and refuses an unknown search id", async () => {
    const productId = randomUUID();
    const id = logSearch({ request: request(`click ${tag}`), total: 3, tookMs: 4, source: "page", userId: null, sessionId: null });
    await expect(recordSearchInteraction({ queryId: id, kind: "click", productId, position: 2 })).resolves.toBe("recorded");
    await expect(recordSearchInteraction({ queryId: randomUUID(), kind: "click", productId, position: 1 })).resolves.toBe("unknown-query");
    const db = await getDb();
    const rows = await db.select().from(searchInteractions).where(eq(searchInteractions.queryId, id));
    expect(rows).toMatchObject([{ kind: "click", productId, position: 2 }]);
  });
});

/** A known log in a past window no other test writes to: aggregates are checked exactly. */
describe("dashboard aggregates on a known log", () => {
  const now = new Date("2001-03-10T12:00:00Z");
  const at = (daysAgo: number, hour = 10) => new Date(Date.UTC(2001, 2, 10 - daysAgo, hour));

  beforeAll(async () => {
    const db = await getDb();
    const rows: (typeof searchQueries.$inferInsert)[] = [];
    const add = (normalized: string, resultCount: number, tookMs: number, createdAt: Date, sessionId: string) => {
      const id = randomUUID();
      rows.push({ id, query: normalized, normalized, resultCount, tookMs, createdAt, sort: "relevance", sessionId, filters: {} });
      return id;
    };
    // "atta": 4 searches (2 clicked, 1 of them also added to cart), 10 and 20 results.
    const atta = [add("atta", 10, 10, at(0), "s1"), add("atta", 20, 20, at(0), "s2"), add("atta", 10, 30, at(1), "s3"), add("atta", 20, 40, at(2), "s4")];
    // "tv": 2 searches, 1 clicked.
    const tv = [add("tv", 5, 50, at(1), "s1"), add("tv", 5, 900, at(3), "s2")];
    // "mobail": 3 zero-result searches; "" browse: 1 search (counted in KPIs, not in query tables).
    add("mobail", 0, 60, at(0), "s5");
    add("mobail", 0, 70, at(1), "s6");
    add("mobail", 0, 80, at(5), "s6");
    add("", 50, 5, at(2), "s7");
    // Outside the 7-day range: ignored.
    add("atta", 10, 10_000, at(9), "s8");
    await db.insert(searchQueries).values(rows);
    const product = randomUUID();
    await db.insert(searchInteractions).values([
      { queryId: atta[0], kind: "click", productId: product, position: 1, createdAt: at(0, 11) },
      { queryId: atta[0], kind: "click", productId: product, position: 3, createdAt: at(0, 11) },
      { queryId: atta[0], kind: "add_to_cart", productId: product, createdAt: at(0, 12) },
      { queryId: atta[2], kind: "click", productId: product, position: 2, createdAt: at(1, 11) },
      { queryId: tv[1], kind: "click", productId: product, position: 1, createdAt: at(3, 11) },
    ]);
  });

  it("computes the KPIs: searches, zero-result rate, CTR, conversion, p95 latency", async () => {
    const { kpis } = await getSearchOverview({ days: 7, now });
    expect(kpis).toMatchObject({ searches: 10, zeroResults: 3, clicked: 3, converted: 1, searchers: 7 });
    expect(kpis.zeroResultRate).toBeCloseTo(0.3);
    expect(kpis.ctr).toBeCloseTo(0.3);
    expect(kpis.conversion).toBeCloseTo(0.1);
    // Latencies 5,10,20,30,40,50,60,70,80,900: nearest-rank p95 = the 10th.
    expect(kpis.p95Ms).toBe(900);
  });

  it("buckets searches and zero results per UTC day, empty days as zero", async () => {
    const { trend } = await getSearchOverview({ days: 7, now });
    expect(trend.map((d) => d.day)).toEqual(["2001-03-04", "2001-03-05", "2001-03-06", "2001-03-07", "2001-03-08", "2001-03-09", "2001-03-10"]);
    expect(trend.map((d) => d.searches)).toEqual([0, 1, 0, 1, 2, 3, 3]);
    expect(trend.map((d) => d.zeroResults)).toEqual([0, 1, 0, 0, 0, 1, 1]);
    expect(trend[6].zeroResultRate).toBeCloseTo(1 / 3);
  });

  it("lists top queries with average results, CTR and conversion", async () => {
    const top = await listTopQueries({ days: 7, now });
    expect(top.map((r) => r.query)).toEqual(["atta", "mobail", "tv"]);
    expect(top[0]).toEqual({ query: "atta", searches: 4, avgResults: 15, ctr: 0.5, conversion: 0.25 });
    expect(top[2]).toEqual({ query: "tv", searches: 2, avgResults: 5, ctr: 0.5, conversion: 0 });
  });

  it("lists zero-result queries and the slowest queries", async () => {
    const zero = await listZeroResultQueries({ days: 7, now });
    expect(zero).toEqual([{ query: "mobail", searches: 3, lastSearchedAt: at(0), hasSynonym: false }]);
    const slow = await listSlowestQueries({ days: 7, now });
    expect(slow[0]).toMatchObject({ query: "tv", searches: 2, p95Ms: 900, maxMs: 900, avgMs: 475 });
    expect(slow.map((r) => r.query)).toEqual(["tv", "mobail", "atta"]);
  });

  it("a longer range takes in the older search", async () => {
    const { kpis } = await getSearchOverview({ days: 30, now });
    expect(kpis.searches).toBe(11);
  });
});

describe("zero-result queries that already have a synonym", () => {
  it("are marked, so the dashboard offers no second one", async () => {
    const db = await getDb();
    const now = new Date("1999-06-10T12:00:00Z");
    const term = `zilch${tag}`;
    await db.insert(searchQueries).values([
      { query: term, normalized: term, resultCount: 0, tookMs: 3, sort: "relevance", filters: {}, createdAt: new Date("1999-06-10T08:00:00Z") },
      { query: "other", normalized: `other${tag}`, resultCount: 0, tookMs: 3, sort: "relevance", filters: {}, createdAt: new Date("1999-06-10T09:00:00Z") },
    ]);
    const [rule] = await db.insert(searchSynonyms).values({ terms: [term, `something${tag}`] }).returning();
    const rows = await listZeroResultQueries({ days: 7, now });
    await db.delete(searchSynonyms).where(eq(searchSynonyms.id, rule.id));
    expect(rows.map((r) => [r.query, r.hasSynonym])).toEqual([
      [`other${tag}`, false],
      [term, true],
    ]);
  });
});

describe("popular-query rollup", () => {
  it("keeps queries that found something, spelled as the catalogue, searched by at least two people, and prunes the rest", async () => {
    const db = await getDb();
    // The words the catalogue has (search_terms is the indexer's lexicon); "ryce" is not one of them.
    const added = await db
      .insert(searchTerms)
      .values(["rice", "secret", "nothing", "old", "stale", tag].map((term) => ({ term, docCount: 1 })))
      .onConflictDoNothing()
      .returning({ term: searchTerms.term });
    const q = (s: string) => `${s} ${tag}`;
    const now = new Date();
    const recent = (minutesAgo: number) => new Date(now.getTime() - minutesAgo * 60_000);
    const base = { sort: "relevance", filters: {} };
    await db.insert(searchQueries).values([
      { ...base, query: q("rice"), normalized: q("rice"), resultCount: 12, tookMs: 5, sessionId: "a", createdAt: recent(30) },
      { ...base, query: q("rice"), normalized: q("rice"), resultCount: 14, tookMs: 5, sessionId: "b", createdAt: recent(10) },
      // One person searching three times is not popular.
      ...[1, 2, 3].map((m) => ({ ...base, query: q("secret"), normalized: q("secret"), resultCount: 3, tookMs: 5, sessionId: "c", createdAt: recent(m) })),
      // A misspelling the engine corrected is not suggested to others.
      { ...base, query: q("ryce"), normalized: q("ryce"), resultCount: 12, tookMs: 5, sessionId: "a", createdAt: recent(7) },
      { ...base, query: q("ryce"), normalized: q("ryce"), resultCount: 12, tookMs: 5, sessionId: "b", createdAt: recent(8) },
      // Zero results never become suggestions.
      { ...base, query: q("nothing"), normalized: q("nothing"), resultCount: 0, tookMs: 5, sessionId: "a", createdAt: recent(5) },
      { ...base, query: q("nothing"), normalized: q("nothing"), resultCount: 0, tookMs: 5, sessionId: "b", createdAt: recent(5) },
      // Older than the 30-day window.
      { ...base, query: q("old"), normalized: q("old"), resultCount: 3, tookMs: 5, sessionId: "a", createdAt: recent(31 * 1440) },
      { ...base, query: q("old"), normalized: q("old"), resultCount: 3, tookMs: 5, sessionId: "b", createdAt: recent(32 * 1440) },
    ]);
    await db.insert(searchPopularQueries).values({ normalized: q("stale"), searches: 99, lastResultCount: 1, lastSearchedAt: recent(60) });

    const result = await rollupPopularQueries(undefined, now);
    expect(result.pruned).toBeGreaterThanOrEqual(1);
    const rows = await db.select().from(searchPopularQueries).where(like(searchPopularQueries.normalized, `% ${tag}`));
    expect(rows).toEqual([{ normalized: q("rice"), searches: 2, lastResultCount: 14, lastSearchedAt: recent(10) }]);

    // Idempotent.
    await rollupPopularQueries(undefined, now);
    expect(await db.select().from(searchPopularQueries).where(like(searchPopularQueries.normalized, `% ${tag}`))).toHaveLength(1);
    await db.delete(searchTerms).where(inArray(searchTerms.term, added.map((a) => a.term)));
  });
});

describe("refresh popular searches now (admin action)", () => {
  it("runs the rollup for an admin and refuses anyone else", async () => {
    const { refreshPopularQueriesAction } = await import("@/lib/search/analytics-actions");
    actorRef.current = null;
    expect(await refreshPopularQueriesAction()).toMatchObject({ ok: false, code: "unauthenticated" });
    actorRef.current = alice;
    expect(await refreshPopularQueriesAction()).toMatchObject({ ok: false, code: "forbidden" });
    actorRef.current = await makeUser("admin", "Admin");
    const result = await refreshPopularQueriesAction();
    expect(result.ok).toBe(true);
  });
});

describe("recent searches", () => {
  it("lists the user's own distinct searches newest first, never another user's, and clears them", async () => {
    const log = (userId: string, q: string) => logSearch({ request: request(q), total: 1, tookMs: 1, source: "page", userId, sessionId: null });
    for (const q of ["Atta", "rice", "ATTA", "", "dal"]) {
      log(carol.id, q);
      await new Promise((r) => setTimeout(r, 5));
    }
    log(bob.id, "bob's secret");
    await flushSearchLog();

    expect(await listRecentSearches(carol.id)).toEqual(["dal", "ATTA", "rice"]);
    expect(await listRecentSearches(bob.id)).toEqual(["bob's secret"]);

    await clearRecentSearches(carol.id);
    expect(await listRecentSearches(carol.id)).toEqual([]);
    await new Promise((r) => setTimeout(r, 5));
    log(carol.id, "after clearing");
    // Not flushed yet: the list writes the user's buffered searches first.
    expect(await listRecentSearches(carol.id)).toEqual(["after clearing"]);
    expect(await listRecentSearches(bob.id)).toEqual(["bob's secret"]);
  });

  it("GET /api/search/recent answers [] to anonymous visitors and the user's own list to a signed-in one; DELETE needs sign-in", async () => {
    const { GET, DELETE } = await import("@/app/api/search/recent/route");
    actorRef.current = null;
    expect(await (await GET()).json()).toEqual({ recent: [] });
    expect((await DELETE()).status).toBe(401);

    actorRef.current = bob;
    expect(await (await GET()).json()).toEqual({ recent: ["bob's secret"] });
    expect((await DELETE()).status).toBe(204);
    expect(await (await GET()).json()).toEqual({ recent: [] });
  });
});

describe("POST /api/search/events", () => {
  const post = async (body: unknown, ip = `10.0.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`, extraHeaders: Record<string, string> = {}) => {
    const { POST } = await import("@/app/api/search/events/route");
    return POST(
      new Request("http://localhost/api/search/events", {
        method: "POST",
        headers: { "content-type": "application/json", "x-forwarded-for": ip, ...extraHeaders },
        body: typeof body === "string" ? body : JSON.stringify(body),
      }),
    );
  };

  it("records a click and an add-to-cart", async () => {
    const queryId = logSearch({ request: request(`events ${tag}`), total: 3, tookMs: 4, source: "page", userId: null, sessionId: null });
    const productId = randomUUID();
    expect((await post({ kind: "click", queryId, productId, position: 1 })).status).toBe(204);
    expect((await post({ kind: "add_to_cart", queryId, productId })).status).toBe(204);
    const db = await getDb();
    const kinds = (await db.select().from(searchInteractions).where(eq(searchInteractions.queryId, queryId))).map((r) => r.kind).sort();
    expect(kinds).toEqual(["add_to_cart", "click"]);
  });

  it("refuses bad input with a 400 naming the field", async () => {
    const queryId = randomUUID();
    const productId = randomUUID();
    const cases: Array<[unknown, string]> = [
      [{ kind: "click", queryId: "nope", productId, position: 1 }, "queryId"],
      [{ kind: "click", queryId, productId: "<script>", position: 1 }, "productId"],
      [{ kind: "click", queryId, productId, position: 0 }, "position"],
      [{ kind: "click", queryId, productId, position: 1.5 }, "position"],
      [{ kind: "view", queryId, productId }, "kind"],
      ["not json", "_form"],
    ];
    for (const [body, field] of cases) {
      const res = await post(body);
      expect(res.status, JSON.stringify(body)).toBe(400);
      const json = (await res.json()) as { fieldErrors: Record<string, string[]> };
      expect(Object.keys(json.fieldErrors)).toContain(field);
    }
  });

  it("refuses a beacon another site made the browser send", async () => {
    const queryId = logSearch({ request: request(`xsite ${tag}`), total: 3, tookMs: 4, source: "page", userId: null, sessionId: null });
    const productId = randomUUID();
    expect((await post({ kind: "click", queryId, productId, position: 1 }, undefined, { "sec-fetch-site": "cross-site" })).status).toBe(403);
    expect((await post({ kind: "click", queryId, productId, position: 1 }, undefined, { "sec-fetch-site": "same-origin" })).status).toBe(204);
  });

  it("answers 404 for a search that was never logged, 413 for an oversized body", async () => {
    const res = await post({ kind: "click", queryId: randomUUID(), productId: randomUUID(), position: 1 });
    expect(res.status).toBe(404);
    expect((await post({ kind: "click", pad: "x".repeat(5_000) })).status).toBe(413);
  });

  it("rate-limits a client that sends too many events", async () => {
    const statuses: number[] = [];
    const ip = `10.200.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`;
    for (let i = 0; i < 125; i++) statuses.push((await post("{}", ip)).status);
    expect(statuses.slice(0, 120).every((s) => s === 400)).toBe(true);
    expect(statuses.at(-1)).toBe(429);
  });
});
