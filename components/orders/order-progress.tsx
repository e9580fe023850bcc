import { Check } from "lucide-react";
import { FULFILMENT_STEPS, SUB_ORDER_STATUS_LABELS } from "@/lib/orders/rules";
import { cn } from "@/lib/ui/cn";
import type { SubOrderStatus } from "@/models/orders";

const SHORT: Partial<Record<SubOrderStatus, string>> = { accepted: "Accepted", ready_to_ship: "Ready", out_for_delivery: "Out for delivery" };

/** Where a shipping part is on its way from placed to delivered (an ordered list; the current step is marked). */
export function OrderProgress({ status }: { status: SubOrderStatus }) {
  const current = FULFILMENT_STEPS.indexOf(status);
  if (current < 0) return null;
  return (
    <ol className="flex min-w-0 items-start" aria-label="Delivery progress">
      {FULFILMENT_STEPS.map((step, i) => {
        const done = i <= current;
        return (
          <li key={step} className="flex min-w-0 flex-1 flex-col items-center gap-1 text-center" aria-current={i === current ? "step" : undefined}>
            <span className="flex w-full items-center">
              <span className={cn("h-0.5 flex-1", i === 0 ? "bg-transparent" : done ? "bg-brand-600" : "bg-slate-200")} />
              <span
                className={cn(
                  "grid size-6 shrink-0 place-items-center rounded-full border-2 text-white",
                  done ? "border-brand-600 bg-brand-600" : "border-slate-300 bg-white",
                )}
              >
                {done ? <Check className="size-3.5" aria-hidden="true" /> : null}
              </span>
              <span className={cn("h-0.5 flex-1", i === FULFILMENT_STEPS.length - 1 ? "bg-transparent" : i < current ? "bg-brand-600" : "bg-slate-200")} />
            </span>
            <span className={cn("px-0.5 text-[11px] leading-tight break-words", i === current ? "font-semibold text-slate-900" : done ? "text-slate-700" : "text-slate-500")}>
              {SHORT[step] ?? SUB_ORDER_STATUS_LABELS[step]}
              <span className="sr-only">{i < current ? " (done)" : i === current ? " (current)" : " (to come)"}</span>
            </span>
          </li>
        );
      })}
    </ol>
  );
}
