import { describe, expect, it } from "vitest";
import { attributeRows, imageChanges, sideSegments, textDiff } from "@/lib/catalog/review-diff";

describe("review diff", () => {
  it("diffs text by words, each side showing its own part", () => {
    const segments = textDiff("Fresh red apples 1 kg", "Fresh green apples 2 kg");
    expect(segments.filter((s) => s.kind !== "same").map((s) => `${s.kind}:${s.text}`)).toEqual(["removed:red", "added:green", "removed:1", "added:2"]);
    expect(sideSegments(segments, "live").map((s) => s.text).join("")).toBe("Fresh red apples 1 kg");
    expect(sideSegments(segments, "proposed").map((s) => s.text).join("")).toBe("Fresh green apples 2 kg");
    expect(textDiff("same", "same")).toEqual([{ kind: "same", text: "same" }]);
  });

  it("lines attributes up by key", () => {
    const rows = attributeRows(
      [
        { key: "ram", label: "RAM", value: "8 GB" },
        { key: "colour", label: "Colour", value: "Red" },
        { key: "os", label: "OS", value: "Android" },
      ],
      [
        { key: "ram", label: "RAM", value: "12 GB" },
        { key: "os", label: "OS", value: "Android" },
        { key: "weight", label: "Weight", value: "180 g" },
      ],
    );
    expect(rows.map((r) => [r.key, r.change, r.live, r.proposed])).toEqual([
      ["ram", "changed", "8 GB", "12 GB"],
      ["os", "same", "Android", "Android"],
      ["weight", "added", null, "180 g"],
      ["colour", "removed", "Red", null],
    ]);
  });

  it("tells added, removed and reordered images apart", () => {
    expect(imageChanges(["a", "b", "c"], ["b", "a", "d"])).toEqual({
      live: [{ kind: "same" }, { kind: "same" }, { kind: "removed" }],
      proposed: [{ kind: "moved", from: 2 }, { kind: "moved", from: 1 }, { kind: "added" }],
    });
    // Dropping the first image shifts the rest without moving them.
    expect(imageChanges(["a", "b", "c"], ["b", "c"]).proposed).toEqual([{ kind: "same" }, { kind: "same" }]);
    expect(imageChanges([], ["x"]).proposed).toEqual([{ kind: "added" }]);
  });
});
