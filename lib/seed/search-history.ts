import { count, eq, sql } from "drizzle-orm";
import { randomUUID } from "node:crypto";
import { queryRows, type Executor } from "@/lib/platform/db";
import { normalizeQuery } from "@/lib/search/query-normalize";
import { rollupPopularQueries } from "@/lib/search/popular-queries";
import { searchInteractions, searchQueries, users } from "@/models";
import { randomInt, seededRandom, pick } from "./random";

/**
 * Demo search history, so /admin/search and autocomplete's popular searches are not empty on a fresh
 * demo: `days` days of searches (more on recent days) over queries taken from the seeded catalogue —
 * brand names, category names and title words, some typed with a typo — plus a few things the
 * marketplace does not sell (zero results). Result counts and clicked products come from the search
 * documents; about a third of searches get a click (near the top), a quarter of those an add-to-cart.
 * The demo customer made some of them, so their recent searches show. Idempotent: skipped when any
 * search is already logged. Deterministic for a given catalogue.
 */

const DAY = 86_400_000;
/** Searches the marketplace has nothing for: the dashboard's zero-result table. */
const UNSOLD = ["ps5 console", "car tyres", "gold coin", "petrol generator", "sofa cum bed", "washing machine stand", "iphone 17 pro max", "baby stroller"];

interface Candidate {
  q: string;
  total: number;
  products: string[];
}

async function matchOf(db: Executor, q: string): Promise<Candidate> {
  const [row] = await queryRows<{ total: number; products: string[] | null }>(
    db,
    sql`select count(*)::int as total, (array_agg(product_id order by popularity desc))[1:8] as products
        from search_documents where document @@ websearch_to_tsquery('ql_search', ${q})`,
  );
  return { q, total: Number(row?.total ?? 0), products: row?.products ?? [] };
}

/** "basmati" → "basmti": one letter dropped from the middle (the engine's typo tolerance finds it). */
function typo(word: string, random: () => number): string {
  if (word.length < 5) return word;
  const at = randomInt(random, 1, word.length - 2);
  return word.slice(0, at) + word.slice(at + 1);
}

async function candidates(db: Executor, random: () => number): Promise<{ found: Candidate[]; typos: Map<string, Candidate>; unsold: Candidate[] }> {
  const brandRows = await queryRows<{ name: string }>(
    db,
    sql`select brand_name as name from search_documents where brand_name is not null group by brand_name order by count(*) desc limit 25`,
  );
  const categoryRows = await queryRows<{ name: string }>(
    db,
    sql`select c.name from categories c where c.depth between 1 and 2 and exists (select 1 from search_documents d where d.category_id = c.id) order by c.name limit 40`,
  );
  const wordRows = await queryRows<{ words: string }>(
    db,
    sql`select lower(split_part(title, ' ', 1) || ' ' || split_part(title, ' ', 2)) as words from search_documents order by popularity desc limit 60`,
  );
  const texts = [...new Set([...brandRows.map((r) => r.name), ...categoryRows.map((r) => r.name), ...wordRows.map((r) => r.words)].map((t) => normalizeQuery(t)).filter(Boolean))];
  const found: Candidate[] = [];
  for (const q of texts) {
    const match = await matchOf(db, q);
    if (match.total > 0) found.push(match);
  }
  const typos = new Map<string, Candidate>();
  for (const base of found.slice(0, 12)) {
    const words = base.q.split(" ");
    const i = words.findIndex((w) => w.length >= 5);
    if (i >= 0) typos.set([...words.slice(0, i), typo(words[i], random), ...words.slice(i + 1)].join(" "), base);
  }
  const unsold: Candidate[] = [];
  for (const q of UNSOLD) {
    const match = await matchOf(db, q);
    if (match.total === 0) unsold.push(match);
  }
  return { found, typos, unsold };
}

export interface SearchHistoryResult {
  searches: number;
  interactions: number;
  popular: number;
}

export async function seedSearchHistory(db: Executor, { days = 90, now = new Date() }: { days?: number; now?: Date } = {}): Promise<SearchHistoryResult> {
  const [{ n }] = await db.select({ n: count() }).from(searchQueries);
  if (n > 0) return { searches: 0, interactions: 0, popular: 0 };
  const random = seededRandom("search-history");
  const { found, typos, unsold } = await candidates(db, random);
  if (found.length === 0) return { searches: 0, interactions: 0, popular: 0 };
  const [customer] = await db.select({ id: users.id }).from(users).where(eq(users.email, "customer@quicklocal.test"));
  const sessions = Array.from({ length: 1_500 }, (_, i) => `demo-${i.toString(36).padStart(4, "0")}`);
  const typoEntries = [...typos.entries()];

  const queryRowsOut: (typeof searchQueries.$inferInsert & { id: string })[] = [];
  const interactionRows: (typeof searchInteractions.$inferInsert)[] = [];
  for (let d = days - 1; d >= 0; d--) {
    // Traffic grows towards today, with a weekend bump.
    const dayStart = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()) - d * DAY;
    const weekend = [0, 6].includes(new Date(dayStart).getUTCDay());
    const perDay = Math.round((25 + (days - d) * 0.6) * (weekend ? 1.3 : 1) * (0.8 + random() * 0.4));
    for (let s = 0; s < perDay; s++) {
      const createdAt = new Date(dayStart + Math.floor(random() * Math.min(DAY, now.getTime() - dayStart - 60_000)));
      const roll = random();
      let typed: string;
      let match: Candidate;
      if (roll < 0.06 && unsold.length) {
        match = pick(random, unsold);
        typed = match.q;
      } else if (roll < 0.09 && typoEntries.length) {
        const [text, base] = pick(random, typoEntries);
        typed = text;
        match = base;
      } else {
        // Zipf-like: the first candidates are searched far more often.
        match = found[Math.floor(found.length * random() ** 2.2)];
        typed = match.q;
      }
      const tookMs = Math.round(Math.min(900, 6 + -Math.log(1 - random()) * (match.total > 200 ? 22 : 12) + (random() < 0.02 ? 150 : 0)));
      const byCustomer = customer && random() < 0.04;
      const id = randomUUID();
      queryRowsOut.push({
        id,
        query: typed,
        normalized: normalizeQuery(typed),
        filters: {},
        sort: "relevance",
        resultCount: match.total,
        tookMs,
        source: random() < 0.15 ? "suggest-pick" : "page",
        userId: byCustomer ? customer.id : null,
        sessionId: byCustomer ? "demo-customer" : pick(random, sessions),
        createdAt,
      });
      if (match.total === 0 || match.products.length === 0 || random() > 0.36) continue;
      const position = Math.min(match.products.length, 1 + Math.floor(random() ** 2.5 * 8));
      const productId = match.products[position - 1];
      interactionRows.push({ queryId: id, kind: "click", productId, position, createdAt: new Date(createdAt.getTime() + 8_000) });
      if (random() < 0.25) interactionRows.push({ queryId: id, kind: "add_to_cart", productId, createdAt: new Date(createdAt.getTime() + 60_000) });
    }
  }
  for (let i = 0; i < queryRowsOut.length; i += 500) await db.insert(searchQueries).values(queryRowsOut.slice(i, i + 500));
  for (let i = 0; i < interactionRows.length; i += 500) await db.insert(searchInteractions).values(interactionRows.slice(i, i + 500));
  const popular = await rollupPopularQueries(db, now);
  return { searches: queryRowsOut.length, interactions: interactionRows.length, popular: popular.kept };
}
