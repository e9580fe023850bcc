import Link from "next/link";
import { cn } from "@/lib/ui/cn";

const BAR_TONES = {
  neutral: "bg-slate-400",
  brand: "bg-brand-600",
  success: "bg-green-600",
  warning: "bg-amber-500",
  danger: "bg-red-600",
  info: "bg-sky-600",
} as const;

export interface BreakdownItem {
  label: string;
  value: number;
  tone: keyof typeof BAR_TONES;
  href?: string;
}

/** Counts per category with proportional bars (a compact, accessible alternative to a pie chart). */
export function BreakdownList({ items, label }: { items: BreakdownItem[]; label: string }) {
  const total = items.reduce((sum, i) => sum + i.value, 0);
  return (
    <ul aria-label={label} className="flex flex-col gap-1">
      {items.map((item) => {
        const share = total > 0 ? Math.round((item.value / total) * 100) : 0;
        const row = (
          <>
            <span className="flex items-center justify-between gap-3 text-sm">
              <span className="font-medium text-slate-800">{item.label}</span>
              <span className="tabular-nums text-slate-700">
                <span className="font-semibold text-slate-900">{item.value.toLocaleString("en-IN")}</span>
                <span className="sr-only">, </span>
                <span className="ml-1 text-xs text-slate-600">{share}%</span>
              </span>
            </span>
            <span aria-hidden="true" className="mt-1.5 block h-1.5 overflow-hidden rounded-full bg-slate-100">
              <span className={cn("block h-full rounded-full", BAR_TONES[item.tone])} style={{ width: `${Math.max(share, item.value > 0 ? 2 : 0)}%` }} />
            </span>
          </>
        );
        return (
          <li key={item.label}>
            {item.href ? (
              <Link href={item.href} className="block min-h-11 rounded-lg px-2 py-1.5 hover:bg-slate-50">
                {row}
              </Link>
            ) : (
              <div className="px-2 py-1.5">{row}</div>
            )}
          </li>
        );
      })}
    </ul>
  );
}
