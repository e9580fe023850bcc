import { CircleAlert, TrendingDown, TrendingUp, XCircle } from "lucide-react";
import type { LineNotice } from "@/lib/cart/types";
import { cn } from "@/lib/ui/cn";

const look = {
  unavailable: { icon: XCircle, className: "bg-red-50 text-red-800" },
  out_of_stock: { icon: XCircle, className: "bg-red-50 text-red-800" },
  low_stock: { icon: CircleAlert, className: "bg-amber-50 text-amber-900" },
  price_up: { icon: TrendingUp, className: "bg-amber-50 text-amber-900" },
  price_down: { icon: TrendingDown, className: "bg-brand-50 text-brand-800" },
} as const;

/** What changed about a line since it was added; a price change carries the button that accepts it. */
export function LineNotices({ notices, onAcceptPrice, accepting }: { notices: LineNotice[]; onAcceptPrice?: () => void; accepting?: boolean }) {
  if (notices.length === 0) return null;
  return (
    <ul className="grid gap-1.5">
      {notices.map((n) => {
        const { icon: Icon, className } = look[n.kind];
        const price = n.kind === "price_up" || n.kind === "price_down";
        return (
          <li key={n.kind} className={cn("flex flex-wrap items-center gap-x-2 gap-y-1 rounded-lg px-2.5 py-1.5 text-sm", className)}>
            <Icon className="size-4 shrink-0" aria-hidden="true" />
            <span className="min-w-0 flex-1">{n.message}</span>
            {price && onAcceptPrice && (
              <button
                type="button"
                onClick={onAcceptPrice}
                disabled={accepting}
                className="min-h-9 rounded-md border border-current bg-white px-2.5 text-xs font-semibold disabled:opacity-60 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600"
              >
                {accepting ? "Accepting…" : "Accept new price"}
              </button>
            )}
          </li>
        );
      })}
    </ul>
  );
}
