import { RelativeTime } from "@/components/workspace/relative-time";
import { ROLE_LABELS } from "@/lib/auth/roles";
import type { ProductHistoryEntry } from "@/lib/catalog/product-queries";
import { PRODUCT_EVENT_LABELS } from "@/lib/catalog/product-rules";
import { cn } from "@/lib/ui/cn";
import type { ProductEventKind } from "@/models/catalog";

const TONE: Partial<Record<ProductEventKind, string>> = {
  approved: "bg-green-600",
  change_approved: "bg-green-600",
  rejected: "bg-red-600",
  change_rejected: "bg-red-600",
  submitted: "bg-amber-500",
  change_submitted: "bg-amber-500",
};

/** The product's review history, newest first: what happened, who did it, when and why. */
export function HistoryTimeline({ history }: { history: readonly ProductHistoryEntry[] }) {
  if (history.length === 0) return <p className="text-sm text-slate-600">Nothing has happened to this product yet.</p>;
  return (
    <ol className="relative space-y-4 border-l border-slate-200 pl-5">
      {history.map((entry) => (
        <li key={entry.id} className="relative">
          <span aria-hidden="true" className={cn("absolute -left-[1.6rem] top-1.5 size-2.5 rounded-full ring-4 ring-white", TONE[entry.kind] ?? "bg-slate-400")} />
          <p className="text-sm font-semibold text-slate-900">{PRODUCT_EVENT_LABELS[entry.kind]}</p>
          <p className="text-xs text-slate-600">
            {entry.actorName ? (
              <>
                by {entry.actorName}
                {entry.actorRole ? ` (${ROLE_LABELS[entry.actorRole]})` : null} ·{" "}
              </>
            ) : null}
            <RelativeTime date={new Date(entry.createdAt)} />
          </p>
          {entry.reason ? <blockquote className="mt-1 rounded-md bg-slate-50 px-3 py-2 text-sm text-slate-800">“{entry.reason}”</blockquote> : null}
        </li>
      ))}
    </ol>
  );
}
