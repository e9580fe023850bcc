"use client";
import { useEffect, useState } from "react";
import { Timer } from "lucide-react";
import { countdownLabel, countdownParts, formatCountdown } from "@/lib/catalog/deals-rules";
import { cn } from "@/lib/ui/cn";

/**
 * Time left on a deal, ticking every second and stopping at zero ("Deal ended"). The ticking digits
 * are hidden from screen readers; they hear a coarse "Ends in 2 days 4 hours" instead. Before
 * the first tick it shows the time left at `serverNow` (when the page was rendered).
 */
export function DealCountdown({ endsAt, serverNow, className }: { endsAt: string; serverNow: string; className?: string }) {
  const endMs = new Date(endsAt).getTime();
  const [now, setNow] = useState(() => new Date(serverNow).getTime());

  useEffect(() => {
    if (Date.now() >= endMs) {
      const done = window.setTimeout(() => setNow(Date.now()), 0);
      return () => window.clearTimeout(done);
    }
    const id = window.setInterval(() => {
      const t = Date.now();
      setNow(t);
      if (t >= endMs) window.clearInterval(id);
    }, 1000);
    return () => window.clearInterval(id);
  }, [endMs]);

  const parts = countdownParts(new Date(endMs), new Date(now));
  const ended = parts.totalSeconds === 0;
  return (
    <p className={cn("inline-flex items-center gap-1.5 text-sm font-semibold", ended ? "text-slate-600" : "text-red-700", className)} suppressHydrationWarning>
      <Timer className="size-4 shrink-0" aria-hidden="true" />
      {ended ? (
        <span>Deal ended</span>
      ) : (
        <>
          <span className="sr-only" suppressHydrationWarning>{countdownLabel(parts)}</span>
          <span aria-hidden="true" className="tabular-nums" suppressHydrationWarning>
            Ends in {formatCountdown(parts)}
          </span>
        </>
      )}
    </p>
  );
}
