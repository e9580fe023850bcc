import { describe, expect, it } from "vitest";
import { decodeCursor, encodeCursor } from "@/lib/search/cursor";
import { highlightTitle, roughStem } from "@/lib/search/highlight";
import { buildSynonymIndex, parseSynonymTerms, segmentWithSynonyms, synonymVocabulary } from "@/lib/search/synonym-rules";
import { createSynonymSchema } from "@/lib/search/synonym-schemas";
import { chooseCorrections, editDistance, isCorrectable } from "@/lib/search/typo-rules";
import { oneEditVariants } from "@/lib/search/typo-queries";

const ID = "0b9f1c2e-3a4b-4c5d-8e6f-7a8b9c0d1e2f";

describe("cursor", () => {
  it("round-trips a position of the same sort", () => {
    const cursor = encodeCursor({ sort: "price_asc", keys: [12_345], id: ID });
    expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeCursor(cursor, "price_asc")).toEqual({ sort: "price_asc", keys: [12_345], id: ID });
    const rel = encodeCursor({ sort: "relevance", keys: [0.123456789012345], id: ID });
    expect(decodeCursor(rel, "relevance")?.keys[0]).toBe(0.123456789012345);
  });

  it("refuses a cursor of another sort, a wrong shape or garbage", () => {
    const cursor = encodeCursor({ sort: "price_asc", keys: [1], id: ID });
    expect(decodeCursor(cursor, "price_desc")).toBeNull();
    expect(decodeCursor(encodeCursor({ sort: "rating", keys: [1], id: ID }), "rating")).toBeNull();
    expect(decodeCursor(Buffer.from(JSON.stringify({ s: "price_asc", k: [1], i: "nope" })).toString("base64url"), "price_asc")).toBeNull();
    expect(decodeCursor(Buffer.from("not json").toString("base64url"), "price_asc")).toBeNull();
    expect(decodeCursor("%%%", "price_asc")).toBeNull();
    expect(decodeCursor("a".repeat(500), "price_asc")).toBeNull();
    expect(decodeCursor("", "price_asc")).toBeNull();
  });
});

describe("synonym rules", () => {
  it("parses comma-separated phrases, normalised and de-duplicated", () => {
    expect(parseSynonymTerms("TV, Télévision ,tv,, LED  TV")).toEqual(["tv", "television", "led tv"]);
  });

  it("makes an equivalent group find each other and a one-way rule only forwards", () => {
    const index = buildSynonymIndex([
      { id: "1", terms: ["tv", "television"], oneWay: false },
      { id: "2", terms: ["atta", "wheat flour", "chakki atta"], oneWay: true },
    ]);
    expect(index.get("tv")).toEqual(["television"]);
    expect(index.get("television")).toEqual(["tv"]);
    expect(index.get("atta")).toEqual(["wheat flour", "chakki atta"]);
    expect(index.get("wheat flour")).toBeUndefined();
    expect(synonymVocabulary(index)).toEqual(new Set(["tv", "television", "atta", "wheat", "flour", "chakki"]));
  });

  it("segments the longest phrase with synonyms first", () => {
    const index = buildSynonymIndex([
      { id: "1", terms: ["wheat flour", "atta"], oneWay: false },
      { id: "2", terms: ["flour", "maida"], oneWay: false },
    ]);
    expect(segmentWithSynonyms(["organic", "wheat", "flour"], index)).toEqual([
      { words: ["organic"], synonyms: [] },
      { words: ["wheat", "flour"], synonyms: ["atta"] },
    ]);
  });

  it("validates the admin form: two phrases at least", () => {
    expect(createSynonymSchema.safeParse({ terms: "tv" }).success).toBe(false);
    expect(createSynonymSchema.safeParse({ terms: "tv, TV" }).success).toBe(false);
    expect(createSynonymSchema.parse({ terms: "atta, wheat flour", oneWay: "on" })).toEqual({ terms: ["atta", "wheat flour"], oneWay: true });
    expect(createSynonymSchema.parse({ terms: "tv, television" }).oneWay).toBe(false);
  });
});

describe("highlight", () => {
  it("marks matched words, their forms and the prefix", () => {
    const marked = highlightTitle("Fresho Tomatoes - Hybrid, Chocolate", { words: ["tomato", "hybrid"], prefix: "choc" });
    expect(marked).toBe("Fresho \uE000Tomatoes\uE001 - \uE000Hybrid\uE001, \uE000Chocolate\uE001");
    expect(highlightTitle("Crème Fraîche", { words: ["creme"], prefix: null })).toBe("\uE000Crème\uE001 Fraîche");
    expect(highlightTitle("Plain title", { words: [], prefix: null })).toBe("Plain title");
    expect(roughStem("berries")).toBe("berry");
  });
});

describe("typo candidates", () => {
  it("counts a swap, drop, insert or replace as one edit", () => {
    expect(editDistance("butter", "buttre")).toBe(1);
    expect(editDistance("butter", "buter")).toBe(1);
    expect(editDistance("butter", "buttter")).toBe(1);
    expect(editDistance("butter", "bitter")).toBe(1);
    expect(editDistance("butter", "cutlery", 2)).toBeGreaterThan(2);
  });

  it("prefers the closest, then the most common term", () => {
    const candidates = [
      { term: "butter", docCount: 120, similarity: 0.6 },
      { term: "bute", docCount: 2, similarity: 0.5 },
      { term: "buttermilk", docCount: 30, similarity: 0.4 },
      { term: "better", docCount: 500, similarity: 0.3 },
    ];
    expect(chooseCorrections("buter", candidates).map((c) => c.term)).toEqual(["butter", "bute"]);
    expect(chooseCorrections("butte", candidates, { prefix: true }).map((c) => c.term)).toEqual(["butter", "buttermilk", "bute"]);
  });

  it("leaves short words and codes alone and generates one-edit variants", () => {
    expect(isCorrectable("tv")).toBe(false);
    expect(isCorrectable("500g")).toBe(false);
    expect(isCorrectable("milk")).toBe(true);
    const variants = oneEditVariants("milk");
    expect(variants).toEqual(expect.arrayContaining(["mlik", "mik", "silk", "milks"]));
    expect(variants).not.toContain("milk");
  });
});
