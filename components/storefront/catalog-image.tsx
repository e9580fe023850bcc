import { ImageOff } from "lucide-react";
import type { ImageDto } from "@/lib/catalog/types";
import { cn } from "@/lib/ui/cn";

/**
 * A catalogue picture (served from /media, already sized by the media route, so a plain <img> with
 * srcset is used rather than next/image's optimiser). Lazy unless `priority` (the page's LCP image).
 */
export function CatalogImage({
  image,
  sizes,
  priority = false,
  className,
  fallbackLabel,
}: {
  image: ImageDto | null;
  sizes: string;
  priority?: boolean;
  className?: string;
  fallbackLabel?: string;
}) {
  if (!image) {
    return (
      <div className={cn("flex flex-col items-center justify-center gap-1 bg-slate-100 text-slate-500", className)}>
        <ImageOff className="size-8" aria-hidden="true" />
        <span className="sr-only">{fallbackLabel ?? "No picture available"}</span>
      </div>
    );
  }
  return (
    // eslint-disable-next-line @next/next/no-img-element -- images are pre-sized by the /media route (srcset), next/image is unoptimized here
    <img
      src={image.url}
      srcSet={image.srcSet}
      sizes={sizes}
      alt={image.alt}
      width={image.width}
      height={image.height}
      loading={priority ? "eager" : "lazy"}
      fetchPriority={priority ? "high" : undefined}
      decoding="async"
      className={cn("object-contain", className)}
    />
  );
}
