import type { ReviewOutcome } from "@/lib/catalog/product-review";
import { count } from "@/components/workspace/count";

/** How the queue and the review page label the two kinds of item. */
export const REVIEW_KIND_META = {
  new: { label: "New product", tone: "info" },
  change: { label: "Change to live", tone: "brand" },
} as const;

/** The toast after a review decision: what was decided, and why any product was skipped. */
export function outcomeMessage(outcome: ReviewOutcome): { ok: boolean; text: string } {
  const done = outcome.approved.length ? `${count(outcome.approved.length, "product")} approved` : outcome.rejected.length ? `${count(outcome.rejected.length, "product")} rejected` : null;
  const skipped = outcome.skipped.length
    ? `${count(outcome.skipped.length, "product")} skipped: ${[...new Set(outcome.skipped.map((s) => s.reason))].join(" ")}`
    : null;
  return { ok: outcome.skipped.length === 0, text: [done, skipped].filter(Boolean).join(" · ") };
}
