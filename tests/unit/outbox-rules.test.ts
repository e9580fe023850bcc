import { describe, expect, it } from "vitest";
import { ERROR_TEXT_MAX, errorText, groupByTopic, uniqueIds } from "@/lib/platform/events/rules";

describe("outbox rules", () => {
  it("groups events per topic, topics in order of their first event, events in id order", () => {
    const events = [
      { id: 5, topic: "category.changed" },
      { id: 1, topic: "product.changed" },
      { id: 3, topic: "category.changed" },
      { id: 2, topic: "product.changed" },
      { id: 4, topic: "seller.changed" },
    ];
    expect(groupByTopic(events).map(([topic, group]) => [topic, group.map((e) => e.id)])).toEqual([
      ["product.changed", [1, 2]],
      ["category.changed", [3, 5]],
      ["seller.changed", [4]],
    ]);
    expect(groupByTopic([])).toEqual([]);
  });

  it("keeps errors short and readable", () => {
    expect(errorText(new TypeError("boom"))).toBe("TypeError: boom");
    expect(errorText("plain")).toBe("plain");
    const long = errorText(new Error("x".repeat(5_000)));
    expect(long).toHaveLength(ERROR_TEXT_MAX);
    expect(long.endsWith("…")).toBe(true);
  });

  it("drops repeated ids, keeping the first order", () => {
    expect(uniqueIds(["b", "a", "b", "c", "a"])).toEqual(["b", "a", "c"]);
  });
});
