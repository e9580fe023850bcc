import { formatDate } from "@/components/workspace/format-date";
import type { OrderDetail } from "@/lib/orders/queries";
import { formatMoney } from "@/lib/platform/money";
import { OPTION_LABELS } from "@/lib/shipping/rules";
import { LineThumb } from "./line-thumb";

function promise(part: OrderDetail["parts"][number]): string {
  if (part.status === "cancelled") return "Cancelled";
  if (!part.requiresShipping) return part.status === "delivered" ? "Ready to download below" : "Digital — available once paid";
  const option = part.deliveryOption ? OPTION_LABELS[part.deliveryOption] : "Delivery";
  return part.promisedBy ? `${option} · arriving by ${formatDate(new Date(part.promisedBy))}` : option;
}

/** The order's parts, one per seller, with what each sends and when. */
export function ConfirmationParts({ order }: { order: OrderDetail }) {
  return (
    <ol className="grid gap-3">
      {order.parts.map((part, i) => (
        <li key={part.id} className="rounded-xl border border-slate-200 bg-white shadow-sm">
          <div className="flex flex-wrap items-baseline justify-between gap-x-3 gap-y-1 border-b border-slate-100 px-4 py-3">
            <h2 className="text-sm font-semibold text-slate-900">
              Part {i + 1} of {order.parts.length} · {part.seller.name} <span className="font-normal text-slate-600">({part.number})</span>
            </h2>
            <p className="text-sm font-medium text-brand-800">{promise(part)}</p>
          </div>
          <ul className="divide-y divide-slate-100">
            {part.lines.map((l) => (
              <li key={l.id} className="flex items-center gap-3 px-4 py-2.5 text-sm">
                <LineThumb imageKey={l.imageKey} size="sm" />
                <span className="min-w-0 flex-1 text-slate-800">
                  {l.title} <span className="text-slate-500">× {l.quantity}</span>
                </span>
                <span className="font-medium text-slate-900">{formatMoney(l.totalPaise)}</span>
              </li>
            ))}
          </ul>
        </li>
      ))}
    </ol>
  );
}
