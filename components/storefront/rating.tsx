import { Star } from "lucide-react";
import { cn } from "@/lib/ui/cn";

const count = new Intl.NumberFormat("en-IN");

/** A compact "4.2 ★ (1,234)" badge for cards; "New" when nobody has rated yet. */
export function RatingBadge({ rating, ratingCount, className }: { rating: number; ratingCount: number; className?: string }) {
  if (ratingCount === 0) return <span className={cn("text-xs text-slate-600", className)}>No ratings yet</span>;
  return (
    <span className={cn("inline-flex items-center gap-1.5 text-xs", className)}>
      <span aria-hidden="true" className={cn("inline-flex items-center gap-0.5 rounded px-1.5 py-0.5 font-semibold text-white", rating >= 3 ? "bg-brand-700" : rating >= 2 ? "bg-amber-700" : "bg-red-700")}>
        {rating.toFixed(1)}
        <Star className="size-3 fill-current" />
      </span>
      <span aria-hidden="true" className="text-slate-600">
        ({count.format(ratingCount)})
      </span>
      <span className="sr-only">
        Rated {rating.toFixed(1)} out of 5 from {count.format(ratingCount)} {ratingCount === 1 ? "rating" : "ratings"}
      </span>
    </span>
  );
}

/** Five stars filled to the rating, with the number and count — for the product page. */
export function RatingStars({ rating, ratingCount, className }: { rating: number; ratingCount: number; className?: string }) {
  if (ratingCount === 0) return <p className={cn("text-sm text-slate-600", className)}>No ratings yet</p>;
  const pct = Math.max(0, Math.min(100, (rating / 5) * 100));
  return (
    <p className={cn("flex items-center gap-2 text-sm", className)}>
      <span className="relative inline-flex" aria-hidden="true">
        <span className="flex text-slate-300">
          {Array.from({ length: 5 }, (_, i) => (
            <Star key={i} className="size-4 fill-current" />
          ))}
        </span>
        <span className="absolute inset-0 flex overflow-hidden text-amber-500" style={{ width: `${pct}%` }}>
          {Array.from({ length: 5 }, (_, i) => (
            <Star key={i} className="size-4 shrink-0 fill-current" />
          ))}
        </span>
      </span>
      <span className="font-semibold text-slate-900">{rating.toFixed(1)}</span>
      <span className="text-slate-600">
        ({count.format(ratingCount)} {ratingCount === 1 ? "rating" : "ratings"})
      </span>
      <span className="sr-only">out of 5 stars</span>
    </p>
  );
}
