import { Package } from "lucide-react";
import { imageUrl } from "@/lib/catalog/image-url";
import { cn } from "@/lib/ui/cn";

/** A small square picture of an ordered item (a placeholder when it has none). */
export function OrderLineThumb({ imageKey, title, className }: { imageKey: string | null; title: string; className?: string }) {
  if (!imageKey) {
    return (
      <span className={cn("grid size-14 shrink-0 place-items-center rounded-lg bg-slate-100 text-slate-400", className)}>
        <Package className="size-6" aria-hidden="true" />
        <span className="sr-only">{title}</span>
      </span>
    );
  }
  return (
    // eslint-disable-next-line @next/next/no-img-element -- pre-sized by the /media route, next/image is unoptimized here
    <img
      src={imageUrl(imageKey, 160)}
      alt={title}
      width={56}
      height={56}
      loading="lazy"
      className={cn("size-14 shrink-0 rounded-lg border border-slate-200 bg-white object-contain", className)}
    />
  );
}
