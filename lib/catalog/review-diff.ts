/**
 * How a reviewer reads a proposed change next to the live product (pure): word-level text diffs,
 * attribute rows added / removed / changed, and images added, removed or moved.
 */
import { diffWords } from "diff";

export type SegmentKind = "same" | "added" | "removed";

export interface TextSegment {
  kind: SegmentKind;
  text: string;
}

/** Word-level diff of two texts (whitespace kept), as the segments each side shows. */
export function textDiff(before: string, after: string): TextSegment[] {
  return diffWords(before, after).map((part) => ({ kind: part.added ? "added" : part.removed ? "removed" : "same", text: part.value }));
}

/** The segments one side renders: the live side shows what goes, the proposed side what comes. */
export function sideSegments(segments: readonly TextSegment[], side: "live" | "proposed"): TextSegment[] {
  const hidden: SegmentKind = side === "live" ? "added" : "removed";
  return segments.filter((s) => s.kind !== hidden);
}

export interface AttributeRow {
  key: string;
  label: string;
  live: string | null;
  proposed: string | null;
  change: "same" | "added" | "removed" | "changed";
}

/** Attribute values of both versions side by side, by key: the proposed order first, then values that go. */
export function attributeRows(
  live: readonly { key: string; label: string; value: string }[],
  proposed: readonly { key: string; label: string; value: string }[],
): AttributeRow[] {
  const before = new Map(live.map((a) => [a.key, a]));
  const after = new Map(proposed.map((a) => [a.key, a]));
  const rows: AttributeRow[] = proposed.map((a) => {
    const old = before.get(a.key);
    return { key: a.key, label: a.label, live: old?.value ?? null, proposed: a.value, change: !old ? "added" : old.value === a.value ? "same" : "changed" };
  });
  for (const a of live) if (!after.has(a.key)) rows.push({ key: a.key, label: a.label, live: a.value, proposed: null, change: "removed" });
  return rows;
}

export type ImageChange = { kind: "same" } | { kind: "added" } | { kind: "removed" } | { kind: "moved"; from: number };

/**
 * Per image, what happened to it: on the proposed side an image is new, or moved when its order among
 * the images both versions keep changed (`from` is its 1-based live position); on the live side an
 * image is removed when the proposal drops it. Removing or adding an image alone moves nothing.
 */
export function imageChanges(live: readonly string[], proposed: readonly string[]): { live: ImageChange[]; proposed: ImageChange[] } {
  const after = new Set(proposed);
  const before = new Set(live);
  const keptLive = live.filter((key) => after.has(key));
  const keptProposed = proposed.filter((key) => before.has(key));
  return {
    live: live.map((key) => (after.has(key) ? { kind: "same" } : { kind: "removed" })),
    proposed: proposed.map((key) => {
      if (!before.has(key)) return { kind: "added" };
      return keptLive.indexOf(key) === keptProposed.indexOf(key) ? { kind: "same" } : { kind: "moved", from: live.indexOf(key) + 1 };
    }),
  };
}
