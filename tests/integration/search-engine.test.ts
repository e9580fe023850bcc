import { beforeAll, describe, expect, it } from "vitest";
import { EMPTY_FILTERS } from "@/lib/catalog/facets-schemas";
import { getSearchEngine } from "@/lib/search";
import type { SearchRequest } from "@/lib/search/types";
import { HIGHLIGHT_START } from "@/lib/search/types";
import { importSearchCatalogue, type ImportedCatalogue } from "../support/search-catalogue";

const request = (over: Partial<SearchRequest> = {}): SearchRequest => ({
  q: "",
  categoryPath: null,
  sellers: [],
  filters: EMPTY_FILTERS,
  sort: "relevance",
  cursor: null,
  limit: 24,
  withFacets: true,
  ...over,
});

describe("search engine", () => {
  let catalogue: ImportedCatalogue;
  beforeAll(async () => {
    const t = performance.now();
    catalogue = await importSearchCatalogue(600);
    expect(catalogue.indexed).toBeGreaterThan(500);
    expect(performance.now() - t).toBeGreaterThan(0);
  }, 300_000);

  it("finds a product by its title and highlights the words", async () => {
    const p = catalogue.products[5];
    const res = await getSearchEngine().search(request({ q: p.title }));
    expect(res.hits.some((h) => h.title === p.title)).toBe(true);
    expect(res.hits[0].highlightedTitle).toContain(HIGHLIGHT_START);
  });

  it("browses with facets and pages with a cursor", async () => {
    const first = await getSearchEngine().search(request({ limit: 10 }));
    expect(first.total).toBe(catalogue.indexed);
    expect(first.facets?.categories.length).toBeGreaterThan(0);
    expect(first.nextCursor).not.toBeNull();
    const second = await getSearchEngine().search(request({ limit: 10, cursor: first.nextCursor }));
    expect(second.hits.map((h) => h.id)).not.toEqual(expect.arrayContaining(first.hits.map((h) => h.id)));
  });

  it("suggests", async () => {
    const title = catalogue.products[0].title;
    const res = await getSearchEngine().suggest(title.slice(0, 4));
    expect(res.suggestions.length).toBeGreaterThan(0);
    expect(res.suggestions.every((s) => s.href.startsWith("/"))).toBe(true);
  });
});
