import { describe, expect, it } from "vitest";
import { buildTextPlan } from "@/lib/search/query-plan";
import { isPlainWord, MAX_QUERY_CHARS, normalizeQuery, tokenize } from "@/lib/search/query-normalize";
import { segmentWithSynonyms, buildSynonymIndex } from "@/lib/search/synonym-rules";

describe("normalizeQuery", () => {
  it("lower-cases, unaccents and keeps only words", () => {
    expect(normalizeQuery("  Crème BRÛLÉE   Mix!! ")).toBe("creme brulee mix");
    expect(normalizeQuery("Amul-Butter, 500g")).toBe("amul butter 500g");
  });

  it("treats HTML and SQL-looking input as plain words", () => {
    expect(normalizeQuery("<script>alert('x')</script> milk")).toBe("alert x milk");
    expect(normalizeQuery("'; DROP TABLE products; --")).toBe("drop table products");
    expect(normalizeQuery("tom &amp; jerry")).toBe("tom jerry");
    expect(normalizeQuery("a:* & !b | (c) <-> d")).toBe("a b c d");
  });

  it(`uses only the first ${MAX_QUERY_CHARS} characters of a long query`, () => {
    const long = "milk ".repeat(400);
    expect(long.length).toBe(2000);
    expect(normalizeQuery(long).length).toBeLessThanOrEqual(MAX_QUERY_CHARS);
    expect(tokenize(normalizeQuery(long))).toHaveLength(10);
  });

  it("keeps non-Latin letters with their marks", () => {
    expect(normalizeQuery("चावल 1kg")).toBe("चावल 1kg");
    expect(isPlainWord("चावल")).toBe(true);
    expect(isPlainWord("a:*")).toBe(false);
  });
});

describe("buildTextPlan", () => {
  const none = { known: new Set<string>(), prefixes: new Set<string>(), corrections: new Map<string, string[]>() };

  it("ANDs the words, the last also as a prefix, with corrections OR-ed in", () => {
    const plan = buildTextPlan(segmentWithSynonyms(["amul", "buter"], new Map()), {
      ...none,
      known: new Set(["amul"]),
      corrections: new Map([["buter", ["butter", "bute"]]]),
    });
    expect(plan.all).toBe("amul & (buter:* | butter | bute)");
    expect(plan.any).toBe("amul | (buter:* | butter | bute)");
    expect(plan.corrected).toBe("amul butter");
    expect(plan.highlight.words).toEqual(expect.arrayContaining(["amul", "buter", "butter"]));
  });

  it("expands synonym phrases (multi-word, one-way)", () => {
    const index = buildSynonymIndex([{ id: "1", terms: ["atta", "wheat flour"], oneWay: false }]);
    const plan = buildTextPlan(segmentWithSynonyms(["atta", "5", "kg"], index), { ...none, known: new Set(["atta", "kg"]) });
    expect(plan.all).toBe("(atta | (wheat & flour)) & 5 & kg:*");
    const back = buildTextPlan(segmentWithSynonyms(["wheat", "flour"], index), { ...none, known: new Set(["wheat", "flour"]) });
    expect(back.all).toBe("((wheat & flour) | atta)");
    expect(back.corrected).toBeNull();
  });

  it("does not call a known prefix a correction", () => {
    const plan = buildTextPlan(segmentWithSynonyms(["choc"], new Map()), { ...none, prefixes: new Set(["choc"]) });
    expect(plan.all).toBe("choc:*");
    expect(plan.corrected).toBeNull();
    expect(plan.highlight.prefix).toBe("choc");
  });
});
