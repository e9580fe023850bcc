/**
 * What the search benchmark asks: ≥ 1,000 distinct GET /api/search URLs and ≥ 1,000 distinct suggest
 * prefixes, generated from the catalogue with a fixed seed (same database + seed → same lists).
 *   search: single words, 2–3 word phrases from titles, brand names, category names, word prefixes,
 *           brand + word, title starts; ~15% with one typo; ~35% with filters (brand, price range, rating,
 *           category) and ~25% sorted; a few category browses without text; deep pages via next_cursor.
 *   suggest: 1–8 character prefixes of words, brands, categories and titles (some two-word).
 * Also a sequential probe that reads the server's own took_ms (and a cache marker when the API shows one).
 */
import { seededRandom } from "@/lib/seed/random";
import { percentile } from "./load";
import { query } from "./database";

interface TitleRow {
  title: string;
  brand_slug: string | null;
  brand_name: string | null;
  category_path: string;
  category_name: string;
  price: number | null;
}

export interface GeneratedQueries {
  searchPaths: string[];
  suggestPaths: string[];
  /** First pages whose next_cursor chain gives the deep pages. */
  deepStarts: string[];
  deepPages: number;
  /** Other URLs (not in the measured lists): the server warms up on them, and their took_ms is the uncached cost. */
  warmupSearch: string[];
  warmupSuggest: string[];
  summary: string;
}

const STOP = new Set(
  "and with for the of in on to from by a an or pack combo set new free pcs pc no kg gm ml ltr g l cm mm x".split(" "),
);
const SORTS = ["price_asc", "price_desc", "rating", "newest", "discount"] as const;
const KEYBOARD = "abcdefghijklmnopqrstuvwxyz";

function wordsOf(text: string): string[] {
  return (text.toLowerCase().match(/[a-z][a-z0-9]+/g) ?? []).filter((w) => w.length >= 3 && !STOP.has(w));
}

/** One edit (drop, swap, replace or insert a letter) in the longest word of at least 4 letters; null when none. */
export function withTypo(q: string, random: () => number): string | null {
  const words = q.split(" ");
  let at = -1;
  for (const [i, w] of words.entries()) if (/^[a-z]{4,}$/.test(w) && (at < 0 || w.length > words[at].length)) at = i;
  if (at < 0) return null;
  const w = words[at];
  // An edit can give the word back (swapping "tt", replacing a letter by itself): try again.
  for (let attempt = 0; attempt < 8; attempt++) {
    const i = 1 + Math.floor(random() * (w.length - 2));
    const letter = KEYBOARD[Math.floor(random() * KEYBOARD.length)];
    const edits = [
      () => w.slice(0, i) + w.slice(i + 1),
      () => w.slice(0, i) + w[i + 1] + w[i] + w.slice(i + 2),
      () => w.slice(0, i) + letter + w.slice(i + 1),
      () => w.slice(0, i) + letter + w.slice(i),
    ];
    const typo = edits[Math.floor(random() * edits.length)]();
    if (typo !== w) {
      words[at] = typo;
      return words.join(" ");
    }
  }
  return null;
}

async function catalogueSample(url: string, seed: string) {
  const titles = await query<TitleRow>(
    url,
    `select p.title, b.slug as brand_slug, b.name as brand_name, c.path as category_path, c.name as category_name,
       (select min(v.price_paise) from product_variants v where v.product_id = p.id and v.is_active) as price
     from products p join categories c on c.id = p.category_id left join brands b on b.id = p.brand_id
     where p.status = 'active' and p.type = 'physical'
     order by md5(p.slug || $1) limit 4000`,
    [seed],
  );
  const brands = await query<{ slug: string; name: string }>(
    url,
    `select b.slug, b.name from brands b join products p on p.brand_id = b.id where p.status = 'active'
     group by b.slug, b.name order by count(*) desc, b.slug limit 600`,
  );
  // Categories holding active products, themselves or below them (leaf paths first, then their ancestors).
  const all = await query<{ path: string; name: string; depth: number; used: boolean }>(
    url,
    `select c.path, c.name, c.depth, exists (select 1 from products p where p.category_id = c.id and p.status = 'active') as used
     from categories c order by c.path`,
  );
  const used = new Set<string>();
  for (const c of all) if (c.used) for (let i = 1, parts = c.path.split("/"); i <= parts.length; i++) used.add(parts.slice(0, i).join("/"));
  const categories = all.filter((c) => used.has(c.path)).map(({ path, name, depth }) => ({ path, name, depth }));
  return { titles, brands, categories };
}

export type Sample = Awaited<ReturnType<typeof catalogueSample>>;

function searchUrl(params: Record<string, string | number | undefined>): string {
  const qs = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined) qs.set(k, String(v));
  return `/api/search?${qs.toString()}`;
}

/** The text of one generated query and the product row it came from (for filters that make sense with it). */
function textQuery(sample: Sample, random: () => number): { q: string; row: TitleRow | null; kind: string } {
  const row = sample.titles[Math.floor(random() * sample.titles.length)];
  const words = wordsOf(row.title);
  const roll = random();
  if (roll < 0.2 && words.length) return { q: words[Math.floor(random() * words.length)], row, kind: "word" };
  if (roll < 0.45 && words.length >= 2) {
    const n = Math.min(words.length, random() < 0.6 ? 2 : 3);
    const start = Math.floor(random() * (words.length - n + 1));
    return { q: words.slice(start, start + n).join(" "), row, kind: "phrase" };
  }
  if (roll < 0.55) {
    const b = sample.brands[Math.floor(random() * sample.brands.length)];
    return { q: b.name.toLowerCase(), row: null, kind: "brand" };
  }
  if (roll < 0.65) {
    const c = sample.categories[Math.floor(random() * sample.categories.length)];
    return { q: c.name.toLowerCase().replace(/[&,]/g, " ").replace(/\s+/g, " ").trim(), row: null, kind: "category" };
  }
  if (roll < 0.72 && words.length) {
    const w = words[Math.floor(random() * words.length)];
    return { q: w.slice(0, Math.min(w.length, 3 + Math.floor(random() * 3))), row, kind: "prefix" };
  }
  if (roll < 0.85 && row.brand_name && words.length) {
    return { q: `${row.brand_name.toLowerCase()} ${words[words.length - 1]}`, row, kind: "brand+word" };
  }
  return { q: words.slice(0, 4).join(" ") || row.title.toLowerCase(), row, kind: "title" };
}

function topPath(path: string, depth: number): string {
  return path.split("/").slice(0, depth + 1).join("/");
}

export function searchPathsFrom(sample: Sample, count: number, random: () => number, kinds: Map<string, number>): string[] {
  const out = new Set<string>();
  for (let tries = 0; out.size < count && tries < count * 20; tries++) {
    // A few category browses without text (the category page's shape).
    if (random() < 0.04) {
      const c = sample.categories[Math.floor(random() * sample.categories.length)];
      const before = out.size;
      out.add(searchUrl({ category: c.path, sort: random() < 0.5 ? SORTS[Math.floor(random() * SORTS.length)] : undefined }));
      if (out.size > before) kinds.set("browse", (kinds.get("browse") ?? 0) + 1);
      continue;
    }
    const { q: text, row, kind } = textQuery(sample, random);
    let q = text;
    let label = kind;
    if (random() < 0.15) {
      const typo = withTypo(q, random);
      if (typo) {
        q = typo;
        label = "typo";
      }
    }
    const params: Record<string, string | number | undefined> = { q };
    if (random() < 0.35) {
      const filters = 1 + Math.floor(random() * 2);
      for (let f = 0; f < filters; f++) {
        const which = random();
        if (which < 0.3 && row?.brand_slug) params.brand = row.brand_slug;
        else if (which < 0.55 && row?.price) {
          params.price_min = Math.floor((row.price / 100) * 0.5);
          params.price_max = Math.ceil((row.price / 100) * 2);
        } else if (which < 0.75) params.rating = random() < 0.5 ? 4 : 3;
        else if (row) params.category = topPath(row.category_path, Math.floor(random() * 2));
        else params.category = sample.categories[Math.floor(random() * sample.categories.length)].path;
      }
      label += "+filters";
    }
    if (random() < 0.25) {
      params.sort = SORTS[Math.floor(random() * SORTS.length)];
      label += "+sort";
    }
    const before = out.size;
    out.add(searchUrl(params));
    if (out.size > before) kinds.set(label.split("+")[0], (kinds.get(label.split("+")[0]) ?? 0) + 1);
  }
  return [...out];
}

export function suggestPathsFrom(sample: Sample, count: number, random: () => number): string[] {
  const out = new Set<string>();
  const lengths = [1, 2, 2, 3, 3, 3, 4, 4, 4, 5, 5, 6, 7, 8];
  for (let tries = 0; out.size < count && tries < count * 30; tries++) {
    const roll = random();
    let source: string;
    if (roll < 0.45) {
      const words = wordsOf(sample.titles[Math.floor(random() * sample.titles.length)].title);
      source = random() < 0.15 && words.length >= 2 ? `${words[0]} ${words[1]}` : (words[Math.floor(random() * words.length)] ?? "");
    } else if (roll < 0.75) source = sample.brands[Math.floor(random() * sample.brands.length)].name.toLowerCase();
    else if (roll < 0.9) source = sample.categories[Math.floor(random() * sample.categories.length)].name.toLowerCase();
    else source = sample.titles[Math.floor(random() * sample.titles.length)].title.toLowerCase();
    const len = lengths[Math.floor(random() * lengths.length)];
    const isTwoWord = source.includes(" ") && roll < 0.45;
    const prefix = (isTwoWord ? source.slice(0, source.indexOf(" ") + 1 + Math.min(len, 4)) : source.slice(0, len)).trim();
    if (prefix) out.add(`/api/search/suggest?q=${encodeURIComponent(prefix)}`);
  }
  return [...out];
}

export async function generateQueries(url: string, opts: { queries: number; prefixes: number; seed: string }): Promise<GeneratedQueries> {
  const sample = await catalogueSample(url, opts.seed);
  if (sample.titles.length === 0) throw new Error("the catalogue has no active products to make queries from");
  const random = seededRandom(opts.seed);
  const kinds = new Map<string, number>();
  const searchPaths = searchPathsFrom(sample, opts.queries, random, kinds);
  const suggestPaths = suggestPathsFrom(sample, opts.prefixes, random);
  const warmRandom = seededRandom(`${opts.seed}:warm-up`);
  const measured = new Set([...searchPaths, ...suggestPaths]);
  const warmupSearch = searchPathsFrom(sample, 200, warmRandom, new Map()).filter((p) => !measured.has(p));
  const warmupSuggest = suggestPathsFrom(sample, 200, warmRandom).filter((p) => !measured.has(p));
  // Deep pages: broad single words and category browses, followed 4 pages down.
  const deepStarts = searchPaths.filter((p) => !p.includes("cursor=") && (/[?&]q=[a-z]+$/.test(p) || p.startsWith("/api/search?category="))).slice(0, 40);
  const summary = [
    `queries: ${searchPaths.length} distinct search URLs (${[...kinds.entries()].sort((a, b) => b[1] - a[1]).map(([k, n]) => `${n} ${k}`).join(", ")};`,
    ` ${searchPaths.filter((p) => /[?&](brand|price_min|rating|category)=/.test(p)).length} filtered, ${searchPaths.filter((p) => p.includes("sort=")).length} sorted)`,
    ` · ${suggestPaths.length} distinct suggest prefixes · from ${sample.titles.length} titles, ${sample.brands.length} brands, ${sample.categories.length} categories (seed ${JSON.stringify(opts.seed)})`,
  ].join("");
  return { searchPaths, suggestPaths, deepStarts, deepPages: 4, warmupSearch, warmupSuggest, summary };
}

interface SearchBody {
  next_cursor?: string | null;
  nextCursor?: string | null;
  took_ms?: number;
  tookMs?: number;
  total?: number;
  hits?: unknown[];
  suggestions?: unknown[];
  cached?: boolean;
  cache?: string;
}

/** Follows next_cursor from each start for up to `pages` more pages; returns the deep-page URLs. */
export async function followCursors(baseUrl: string, starts: readonly string[], pages: number): Promise<string[]> {
  const out: string[] = [];
  for (const start of starts) {
    let path = start;
    for (let page = 0; page < pages; page++) {
      const res = await fetch(`${baseUrl}${path}`, { headers: { accept: "application/json" } });
      if (res.status !== 200) throw new Error(`${path} answered ${res.status}: ${(await res.text()).slice(0, 300)}`);
      const body = (await res.json()) as SearchBody;
      const cursor = body.next_cursor ?? body.nextCursor ?? null;
      if (!cursor) break;
      path = `${start}&cursor=${encodeURIComponent(cursor)}`;
      out.push(path);
    }
  }
  return out;
}

export interface ProbeResult {
  label: string;
  count: number;
  failures: string[];
  clientMs: number[];
  tookMs: number[];
  zeroResults: number;
  /** Responses marked as served from a cache, when the API says so (header or body); null when it never says. */
  cacheHits: number | null;
  slowest: { path: string; tookMs: number }[];
}

function cacheMark(res: Response, body: SearchBody): boolean | null {
  for (const [name, value] of res.headers) {
    if (/cache/i.test(name) && !/^cache-control$/i.test(name)) return /hit/i.test(value);
  }
  if (typeof body.cached === "boolean") return body.cached;
  if (typeof body.cache === "string") return /hit/i.test(body.cache);
  return null;
}

/** Requests each path once, one at a time, and collects the server's took_ms next to the client's latency. */
export async function probe(baseUrl: string, paths: readonly string[], label: string): Promise<ProbeResult> {
  const result: ProbeResult = { label, count: 0, failures: [], clientMs: [], tookMs: [], zeroResults: 0, cacheHits: null, slowest: [] };
  const timed: { path: string; tookMs: number }[] = [];
  for (const path of paths) {
    const started = performance.now();
    const res = await fetch(`${baseUrl}${path}`, { headers: { accept: "application/json" } });
    const text = await res.text();
    result.clientMs.push(performance.now() - started);
    result.count++;
    if (res.status !== 200) {
      result.failures.push(`${res.status} ${path}: ${text.slice(0, 200)}`);
      continue;
    }
    const body = JSON.parse(text) as SearchBody;
    const took = body.took_ms ?? body.tookMs;
    if (typeof took === "number") {
      result.tookMs.push(took);
      timed.push({ path, tookMs: took });
    }
    if ((body.hits && body.total === 0) || (body.suggestions && body.suggestions.length === 0)) result.zeroResults++;
    const mark = cacheMark(res, body);
    if (mark !== null) result.cacheHits = (result.cacheHits ?? 0) + (mark ? 1 : 0);
  }
  result.clientMs.sort((a, b) => a - b);
  result.tookMs.sort((a, b) => a - b);
  result.slowest = timed.sort((a, b) => b.tookMs - a.tookMs).slice(0, 8);
  return result;
}

export function formatProbe(p: ProbeResult): string {
  const dist = (xs: number[]) => `p50 ${percentile(xs, 50).toFixed(1)} · p95 ${percentile(xs, 95).toFixed(1)} · p99 ${percentile(xs, 99).toFixed(1)} · max ${(xs[xs.length - 1] ?? 0).toFixed(1)} ms`;
  const lines = [
    `${p.label}: ${p.count} URLs one at a time`,
    `  server took_ms  ${p.tookMs.length ? dist(p.tookMs) : "not reported by the API"}`,
    `  client latency  ${dist(p.clientMs)}`,
    `  ${p.zeroResults} empty results · cache hits: ${p.cacheHits === null ? "not shown by the API" : `${p.cacheHits}/${p.count}`}${p.failures.length ? ` · ${p.failures.length} failed` : ""}`,
  ];
  for (const f of p.failures.slice(0, 3)) lines.push(`  failed: ${f}`);
  if (p.slowest.length) lines.push(`  slowest took_ms: ${p.slowest.slice(0, 5).map((s) => `${s.tookMs} ms ${decodeURIComponent(s.path)}`).join(" | ")}`);
  return lines.join("\n");
}
