import { formatMoney } from "@/lib/platform/money";
import type { PriceDisplay } from "@/lib/catalog/rules";
import { cn } from "@/lib/ui/cn";

const sizes = {
  sm: { price: "text-base", mrp: "text-xs", off: "text-xs" },
  lg: { price: "text-3xl", mrp: "text-base", off: "text-base" },
} as const;

/** Price, struck-through MRP and "N% off"; screen readers hear "MRP" before the struck price. */
export function Price({ display, currency = "INR", size = "sm", className }: { display: PriceDisplay; currency?: string; size?: keyof typeof sizes; className?: string }) {
  const s = sizes[size];
  return (
    <p className={cn("flex flex-wrap items-baseline gap-x-2 gap-y-0.5", className)}>
      <span className={cn("font-bold text-slate-950", s.price)}>
        {display.from && <span className="text-xs font-medium text-slate-700">From </span>}
        {formatMoney(display.pricePaise, currency, { compact: true })}
      </span>
      {display.mrpPaise !== null && (
        <s className={cn("text-slate-600", s.mrp)}>
          <span className="sr-only">MRP </span>
          {formatMoney(display.mrpPaise, currency, { compact: true })}
        </s>
      )}
      {display.discountPercent > 0 && <span className={cn("font-semibold text-brand-700", s.off)}>{display.discountPercent}% off</span>}
    </p>
  );
}
