import { describe, expect, it } from "vitest";
import { transcriptOf, voiceErrorMessage, isVoiceLanguage, VOICE_LANGUAGES } from "@/components/search/speech";
import { flatOptions, groupSuggestions, moveActive, recentGroup, searchHref, splitTyped } from "@/components/search/suggest-rules";
import type { Suggestion } from "@/lib/search/types";

const suggestions: Suggestion[] = [
  { kind: "product", label: "Amul Butter", href: "/p/amul-butter" },
  { kind: "brand", label: "Amul", href: "/search?brand=amul", detail: "12 products" },
  { kind: "query", label: "amul butter", href: "/search?q=amul+butter" },
  { kind: "category", label: "Butter", href: "/c/butter", detail: "Dairy" },
  { kind: "query", label: "amul ghee", href: "/search?q=amul+ghee" },
];

describe("autocomplete groups", () => {
  it("groups by kind in a fixed order with unique option ids", () => {
    const groups = groupSuggestions(suggestions, "s");
    expect(groups.map((g) => g.heading)).toEqual(["Searches", "Categories", "Brands", "Products"]);
    const options = flatOptions(groups);
    expect(options.map((o) => o.label)).toEqual(["amul butter", "amul ghee", "Butter", "Amul", "Amul Butter"]);
    expect(new Set(options.map((o) => o.id)).size).toBe(5);
    expect(options[3].detail).toBe("12 products");
  });

  it("marks picked query suggestions as such, leaving other links alone", () => {
    const options = flatOptions(groupSuggestions(suggestions, "s"));
    expect(options[0].href).toBe("/search?q=amul+butter&via=suggest");
    expect(options[2].href).toBe("/c/butter");
    expect(options[3].href).toBe("/search?brand=amul");
  });

  it("recent searches become options; none means no group", () => {
    expect(recentGroup([], "s")).toEqual([]);
    const [group] = recentGroup(["atta 5kg", "tea"], "s");
    expect(group.heading).toBe("Recent searches");
    expect(group.options.map((o) => o.href)).toEqual(["/search?q=atta+5kg&via=suggest", "/search?q=tea&via=suggest"]);
    expect(searchHref("  basmati rice ", "voice")).toBe("/search?q=basmati+rice&via=voice");
  });

  it("arrow keys move through the options and wrap through the text box", () => {
    expect(moveActive(-1, 1, 3)).toBe(0);
    expect(moveActive(0, 1, 3)).toBe(1);
    expect(moveActive(2, 1, 3)).toBe(-1);
    expect(moveActive(-1, -1, 3)).toBe(2);
    expect(moveActive(0, -1, 3)).toBe(-1);
    expect(moveActive(-1, 1, 0)).toBe(-1);
  });

  it("splits a label around what was typed", () => {
    expect(splitTyped("amul butter", "Amul")).toEqual({ typed: "amul", rest: " butter" });
    expect(splitTyped("butter", "amul")).toBeNull();
    expect(splitTyped("butter", " ")).toBeNull();
  });
});

describe("voice search", () => {
  const event = (...parts: [string, boolean][]) => ({
    resultIndex: 0,
    results: Object.assign(
      parts.map(([transcript, isFinal]) => Object.assign([{ transcript }], { isFinal })),
      { length: parts.length },
    ),
  });

  it("joins the transcript so far and knows when it is final", () => {
    expect(transcriptOf(event(["basmati", false]))).toEqual({ text: "basmati", final: false });
    expect(transcriptOf(event(["basmati ", true], [" rice", true]))).toEqual({ text: "basmati rice", final: true });
    expect(transcriptOf(event(["a", true], ["b", false])).final).toBe(false);
  });

  it("explains errors to the shopper; an abort says nothing", () => {
    expect(voiceErrorMessage("not-allowed")).toMatch(/Microphone access is blocked/);
    expect(voiceErrorMessage("service-not-allowed")).toMatch(/Microphone access is blocked/);
    expect(voiceErrorMessage("no-speech")).toMatch(/didn't hear/);
    expect(voiceErrorMessage("aborted")).toBeNull();
    expect(voiceErrorMessage("weird")).toMatch(/Try again/);
  });

  it("offers English and Hindi (India)", () => {
    expect(VOICE_LANGUAGES.map((l) => l.code)).toEqual(["en-IN", "hi-IN"]);
    expect(isVoiceLanguage("hi-IN")).toBe(true);
    expect(isVoiceLanguage("fr-FR")).toBe(false);
  });
});
