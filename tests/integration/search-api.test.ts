/**
 * The public search API (GET /api/search, GET /api/search/suggest): snake_case JSON, keyset paging,
 * 400 naming the parameter, and hostile or huge queries handled safely.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { GET as searchGet } from "@/app/api/search/route";
import { GET as suggestGet } from "@/app/api/search/suggest/route";
import { importSearchCatalogue, type ImportedCatalogue } from "../support/search-catalogue";

const call = async (handler: (r: Request) => Promise<Response>, qs: string) => {
  const res = await handler(new Request(`http://localhost/api/search?${qs}`));
  const text = await res.text();
  return { status: res.status, headers: res.headers, text, body: JSON.parse(text) as Record<string, unknown> };
};

describe("search API", () => {
  let catalogue: ImportedCatalogue;
  beforeAll(async () => {
    catalogue = await importSearchCatalogue(300);
  }, 300_000);

  it("answers with hits, total, facets, next_cursor, took_ms, corrected_query and did_you_mean", async () => {
    const { status, body, headers } = await call(searchGet, "limit=5");
    expect(status).toBe(200);
    expect(Object.keys(body).sort()).toEqual(["corrected_query", "did_you_mean", "facets", "hits", "next_cursor", "took_ms", "total"]);
    expect(body.total).toBe(catalogue.indexed);
    // The first page is logged and carries its own query id, so it is private; later pages are shared.
    expect(headers.get("cache-control")).toMatch(/private/);
    expect(headers.get("x-search-query-id")).toMatch(/^[0-9a-f-]{36}$/);
    const seen = new Set((body.hits as { id: string }[]).map((h) => h.id));
    const next = await call(searchGet, `limit=5&cursor=${body.next_cursor as string}`);
    expect(next.status).toBe(200);
    expect(next.headers.get("cache-control")).toMatch(/public/);
    for (const h of next.body.hits as { id: string }[]) expect(seen.has(h.id)).toBe(false);
  });

  it("corrects a typo and says so", async () => {
    const title = catalogue.products.find((p) => /\b[a-z]{6,}\b/i.test(p.title))?.title as string;
    const word = (title.match(/\b[a-z]{6,}\b/i) as RegExpMatchArray)[0];
    const typo = word.slice(0, 2) + word[3] + word[2] + word.slice(4);
    const { status, body } = await call(searchGet, `q=${encodeURIComponent(typo)}`);
    expect(status).toBe(200);
    expect(body.total).toBeGreaterThan(0);
    expect(body.corrected_query).toBe(word.toLowerCase());
  });

  it.each([
    ["rating=9", "rating"],
    ["price_min=ten", "price_min"],
    ["sort=best", "sort"],
    ["limit=1000", "limit"],
    ["cursor=abc", "cursor"],
    ["brand=%3Cb%3E", "brand"],
    ["category=a//b", "category"],
  ])("%s → 400 naming %s", async (qs, field) => {
    const { status, body } = await call(searchGet, qs);
    expect(status).toBe(400);
    expect(body.error).toBeTruthy();
    expect(Object.keys(body.fieldErrors as object)).toContain(field);
  });

  it("handles a 2,000-character query", async () => {
    const { status, body } = await call(searchGet, `q=${encodeURIComponent("organic tomato ".repeat(150).slice(0, 2000))}`);
    expect(status).toBe(200);
    expect(typeof body.total).toBe("number");
  });

  it.each([
    "'; DROP TABLE search_documents; --",
    "<script>alert(1)</script>",
    "a:* & !b | (c) <-> d \\ ' \"",
    "%' OR 1=1 --",
  ])("handles %s safely", async (q) => {
    const { status, text } = await call(searchGet, `q=${encodeURIComponent(q)}`);
    expect(status).toBe(200);
    expect(text).not.toContain("<script>");
    const again = await call(searchGet, "limit=1");
    expect(again.body.total).toBe(catalogue.indexed);
  });

  it("suggests from the first character and refuses a bad limit", async () => {
    const { status, body } = await call(suggestGet, `q=${encodeURIComponent(catalogue.products[0].title.slice(0, 1))}`);
    expect(status).toBe(200);
    expect((body.suggestions as unknown[]).length).toBeGreaterThan(0);
    expect(typeof body.took_ms).toBe("number");
    const hostile = await call(suggestGet, `q=${encodeURIComponent("<img src=x onerror=alert(1)>")}`);
    expect(hostile.status).toBe(200);
    expect(hostile.text).not.toContain("<img");
    const bad = await call(suggestGet, "q=a&limit=0");
    expect(bad.status).toBe(400);
    expect(Object.keys(bad.body.fieldErrors as object)).toContain("limit");
  });
});
