import Link from "next/link";
import { ChevronRight } from "lucide-react";
import { cn } from "@/lib/ui/cn";

export type StatTone = "neutral" | "brand" | "success" | "warning" | "danger" | "info";

const ICON_TONES: Record<StatTone, string> = {
  neutral: "bg-slate-100 text-slate-700",
  brand: "bg-brand-50 text-brand-700",
  success: "bg-green-50 text-green-700",
  warning: "bg-amber-50 text-amber-700",
  danger: "bg-red-50 text-red-700",
  info: "bg-sky-50 text-sky-700",
};

/** A headline number with a label, an icon and a hint; the whole card links somewhere when `href` is set. */
export function StatCard({
  label,
  value,
  hint,
  icon,
  tone = "neutral",
  href,
}: {
  label: string;
  value: string;
  hint?: string;
  icon: React.ReactNode;
  tone?: StatTone;
  href?: string;
}) {
  const body = (
    <>
      <div className="flex items-start justify-between gap-2">
        <p className="text-sm font-medium text-slate-600">{label}</p>
        <span aria-hidden="true" className={cn("grid size-9 shrink-0 place-items-center rounded-lg [&_svg]:size-5", ICON_TONES[tone])}>
          {icon}
        </span>
      </div>
      <p className="mt-1 text-2xl font-bold tabular-nums tracking-tight text-slate-900">{value}</p>
      {hint ? (
        <p className="mt-1 flex items-center gap-1 text-xs text-slate-600">
          <span className="min-w-0">{hint}</span>
          {href ? <ChevronRight aria-hidden="true" className="size-3.5 shrink-0" /> : null}
        </p>
      ) : null}
    </>
  );
  const frame = "block h-full rounded-xl border border-slate-200 bg-white p-4 shadow-sm";
  return href ? (
    <Link href={href} className={cn(frame, "transition-colors hover:border-brand-200 hover:bg-brand-50/40")}>
      {body}
    </Link>
  ) : (
    <div className={frame}>{body}</div>
  );
}

/** Responsive grid for stat cards: two per row on phones, four on desktops. */
export function StatGrid({ children, className }: { children: React.ReactNode; className?: string }) {
  return <div className={cn("grid grid-cols-2 gap-3 sm:gap-4 lg:grid-cols-4", className)}>{children}</div>;
}
