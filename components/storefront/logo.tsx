import Link from "next/link";
import { BRAND_MARK } from "@/components/workspace/brand-mark-paths";
import { cn } from "@/lib/ui/cn";

/** The QuickLocal pin mark, drawn from the same geometry as the app icon. */
export function BrandMark({ className }: { className?: string }) {
  const { box, pin, bowl, tail, colours } = BRAND_MARK;
  return (
    <svg viewBox={`${box.x - 20} ${box.y - 10} ${box.width + 40} ${box.height + 20}`} className={className} aria-hidden="true" focusable="false">
      <path d={pin} fill={colours.brand} />
      <circle cx={bowl.cx} cy={bowl.cy} r={bowl.r} fill="none" stroke={colours.paper} strokeWidth={bowl.strokeWidth} />
      <path d={tail} stroke={colours.accent} strokeWidth={bowl.strokeWidth} strokeLinecap="round" />
    </svg>
  );
}

export function Logo({ className }: { className?: string }) {
  return (
    <Link href="/" className={cn("inline-flex min-h-11 shrink-0 items-center gap-1.5 rounded-lg pr-1", className)}>
      <BrandMark className="h-8 w-7" />
      <span className="text-xl font-extrabold tracking-tight text-slate-900">
        Quick<span className="text-brand-600">Local</span>
      </span>
      <span className="sr-only">, home</span>
    </Link>
  );
}
