import Link from "next/link";
import { ANALYTICS_RANGES, type AnalyticsRange } from "@/lib/search/analytics-rules";
import { cn } from "@/lib/ui/cn";

/** 7 / 30 / 90 days as a segmented control of links (the range lives in the URL: shareable, back works). */
export function RangePicker({ value, pathname }: { value: AnalyticsRange; pathname: string }) {
  return (
    <nav aria-label="Date range">
      <ul className="inline-flex rounded-lg border border-slate-200 bg-white p-0.5 shadow-sm">
        {ANALYTICS_RANGES.map((days) => {
          const active = days === value;
          return (
            <li key={days}>
              <Link
                href={`${pathname}?days=${days}`}
                aria-current={active ? "page" : undefined}
                className={cn(
                  "inline-flex min-h-10 items-center rounded-md px-3 text-sm font-semibold whitespace-nowrap transition-colors",
                  active ? "bg-brand-600 text-white" : "text-slate-700 hover:bg-slate-100",
                )}
              >
                {days} days
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
