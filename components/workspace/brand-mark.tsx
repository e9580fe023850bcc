import { cn } from "@/lib/ui/cn";
import { BRAND_MARK as M } from "./brand-mark-paths";

/** The QuickLocal mark (map pin with a "Q") on the brand tile — the same art as the app icons. */
export function BrandMark({ className }: { className?: string }) {
  return (
    <svg viewBox={`0 0 ${M.viewBox} ${M.viewBox}`} aria-hidden="true" focusable="false" className={cn("size-9 shrink-0", className)}>
      <rect width={M.viewBox} height={M.viewBox} rx="112" fill={M.colours.brand} />
      <g transform="translate(256 256) scale(0.82) translate(-256 -260)">
        <path d={M.pin} fill={M.colours.paper} stroke={M.colours.paper} strokeWidth="18" strokeLinejoin="round" />
        <circle cx={M.bowl.cx} cy={M.bowl.cy} r={M.bowl.r} fill="none" stroke={M.colours.brand} strokeWidth={M.bowl.strokeWidth} />
        <path d={M.tail} stroke={M.colours.accent} strokeWidth={M.bowl.strokeWidth} strokeLinecap="round" />
      </g>
    </svg>
  );
}
