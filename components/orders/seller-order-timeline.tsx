import { formatDateTime } from "@/components/workspace/format-date";
import { RelativeTime } from "@/components/workspace/relative-time";
import type { TimelineEntry } from "@/lib/orders/order-detail-queries";
import { SUB_ORDER_STATUS_LABELS } from "@/lib/orders/rules";
import type { ActorKind, SubOrderStatus } from "@/models/orders";

const ACTOR_LABELS: Record<ActorKind, string> = {
  customer: "Customer",
  seller: "Seller",
  admin: "QuickLocal admin",
  delivery: "Delivery partner",
  system: "QuickLocal",
};

/** Statuses by their lifecycle label; other events (e.g. "refund_requested") read as a sentence. */
const label = (status: string) => {
  const known = SUB_ORDER_STATUS_LABELS[status as SubOrderStatus];
  if (known) return known;
  const words = status.replace(/[_.]+/g, " ").trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
};

/** Every status change, oldest first, with who made it and why; `showPart` names the part on each entry. */
export function OrderTimeline({ entries, showPart = false }: { entries: TimelineEntry[]; showPart?: boolean }) {
  if (entries.length === 0) return <p className="text-sm text-slate-600">Nothing has happened on this order yet.</p>;
  return (
    <ol className="relative ml-2 border-l-2 border-slate-200">
      {entries.map((e) => (
        <li key={e.id} className="relative pb-4 pl-5 last:pb-0">
          <span aria-hidden="true" className={`absolute -left-[7px] top-1.5 size-3 rounded-full ring-2 ring-white ${e.to === "cancelled" ? "bg-red-500" : "bg-brand-600"}`} />
          <p className="text-sm font-semibold text-slate-900">
            {label(e.to)}
            {showPart && e.subOrderNumber ? <span className="font-normal text-slate-600"> · {e.subOrderNumber}</span> : null}
          </p>
          <p className="text-xs text-slate-600">
            {ACTOR_LABELS[e.actorKind]} · <RelativeTime date={e.at} /> <span className="sr-only">({formatDateTime(e.at)})</span>
          </p>
          {e.note ? <p className="mt-1 text-sm text-slate-800">“{e.note}”</p> : null}
        </li>
      ))}
    </ol>
  );
}
