import { formatDateTime } from "@/components/workspace/format-date";
import type { TimelineEntry } from "@/lib/orders/timeline";
import { cn } from "@/lib/ui/cn";

const DOT: Record<TimelineEntry["tone"], string> = {
  neutral: "bg-slate-400",
  info: "bg-sky-500",
  success: "bg-green-600",
  danger: "bg-red-600",
};

/** Everything that happened to the order and its parts, oldest first, with who did it and why. */
export function OrderTimeline({ entries }: { entries: TimelineEntry[] }) {
  if (entries.length === 0) return <p className="text-sm text-slate-600">Nothing has happened yet.</p>;
  return (
    <ol className="relative grid gap-4 border-l border-slate-200 pl-5" aria-label="Order timeline">
      {entries.map((e) => (
        <li key={e.id} className="relative">
          <span className={cn("absolute -left-[1.6rem] top-1.5 size-2.5 rounded-full ring-4 ring-white", DOT[e.tone])} aria-hidden="true" />
          <p className="text-sm font-medium text-slate-900">
            {e.label}
            {e.partNumber ? <span className="font-normal text-slate-600"> · {e.sellerName ?? e.partNumber}</span> : null}
          </p>
          <p className="text-xs text-slate-600">
            <time dateTime={e.at}>{formatDateTime(new Date(e.at))}</time> · {e.by}
          </p>
          {e.note ? <p className="mt-1 text-sm text-slate-700">“{e.note}”</p> : null}
        </li>
      ))}
    </ol>
  );
}
