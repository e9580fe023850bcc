import { Clock, Truck, Zap } from "lucide-react";
import { formatMoney } from "@/lib/platform/money";
import { OPTION_LABELS, type DeliveryOption, type DeliveryQuote } from "@/lib/shipping/rules";
import { cn } from "@/lib/ui/cn";

const ICONS: Record<DeliveryOption, typeof Truck> = { standard: Truck, next_day: Clock, same_day: Zap };

/** "₹40 · free from ₹499", "₹99", "Free". */
export function quoteFee(quote: Pick<DeliveryQuote, "feePaise" | "freeAbovePaise">): string {
  if (quote.feePaise === 0 || quote.freeAbovePaise === 0) return "Free";
  const fee = formatMoney(quote.feePaise, "INR", { compact: true });
  return quote.freeAbovePaise === null ? fee : `${fee} · free from ${formatMoney(quote.freeAbovePaise, "INR", { compact: true })}`;
}

/** Each delivery speed with its promise, fee and cut-off countdown; unavailable ones say why. */
export function DeliveryQuoteList({ quotes, className }: { quotes: readonly DeliveryQuote[]; className?: string }) {
  return (
    <ul className={cn("grid gap-2", className)}>
      {quotes.map((q) => {
        const Icon = ICONS[q.option];
        return (
          <li key={q.option} className="flex items-start gap-2.5 text-sm" data-option={q.option} data-available={q.available}>
            <Icon className={cn("mt-0.5 size-4 shrink-0", q.available ? "text-brand-700" : "text-slate-400")} aria-hidden="true" />
            <div className="min-w-0">
              <p className={q.available ? "text-slate-900" : "text-slate-600"}>
                <span className="font-semibold">{OPTION_LABELS[q.option]}</span>
                {q.available ? (
                  <>
                    {": "}
                    <span className="font-semibold text-green-800">{q.label}</span>
                    <span className="text-slate-600"> · {quoteFee(q)}</span>
                  </>
                ) : (
                  <span>: {q.unavailableReason}</span>
                )}
              </p>
              {q.orderWithin ? <p className="text-xs text-amber-800">{q.orderWithin}</p> : null}
            </div>
          </li>
        );
      })}
    </ul>
  );
}
