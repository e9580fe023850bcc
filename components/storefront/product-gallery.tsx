"use client";
import { useRef, useState } from "react";
import type { ImageDto } from "@/lib/catalog/types";
import { cn } from "@/lib/ui/cn";
import { CatalogImage } from "./catalog-image";

/**
 * Main picture with thumbnails. Thumbnails are buttons (arrow keys move between them, Home/End jump);
 * the chosen one is marked aria-current and its picture shows above.
 */
export function ProductGallery({ images, title }: { images: ImageDto[]; title: string }) {
  const [index, setIndex] = useState(0);
  const thumbs = useRef<(HTMLButtonElement | null)[]>([]);
  const current = images[Math.min(index, images.length - 1)] ?? null;

  function onKeyDown(event: React.KeyboardEvent<HTMLUListElement>) {
    const last = images.length - 1;
    const next =
      event.key === "ArrowRight" || event.key === "ArrowDown"
        ? Math.min(last, index + 1)
        : event.key === "ArrowLeft" || event.key === "ArrowUp"
          ? Math.max(0, index - 1)
          : event.key === "Home"
            ? 0
            : event.key === "End"
              ? last
              : null;
    if (next === null) return;
    event.preventDefault();
    setIndex(next);
    thumbs.current[next]?.focus();
  }

  return (
    <div className="flex flex-col gap-3 md:flex-row-reverse">
      <div className="relative aspect-[4/3] w-full overflow-hidden rounded-2xl border border-slate-200 bg-white p-3 sm:aspect-square sm:p-4">
        <CatalogImage
          image={current}
          sizes="(min-width: 1024px) 560px, (min-width: 768px) 45vw, 100vw"
          priority
          className="size-full"
          fallbackLabel={`No picture of ${title} yet`}
        />
        {images.length > 1 && (
          <p className="absolute bottom-2 right-2 rounded-full bg-slate-900/75 px-2 py-0.5 text-xs font-medium text-white" aria-live="polite">
            {index + 1} / {images.length}
          </p>
        )}
      </div>
      {images.length > 1 && (
        <ul aria-label="Product pictures" className="relative flex gap-2 overflow-x-auto md:flex-col md:overflow-visible" onKeyDown={onKeyDown}>
          {images.map((img, i) => (
            <li key={img.url} className="shrink-0">
              <button
                ref={(el) => {
                  thumbs.current[i] = el;
                }}
                type="button"
                onClick={() => setIndex(i)}
                aria-current={i === index ? "true" : undefined}
                aria-label={`Show picture ${i + 1} of ${images.length}${img.alt ? `: ${img.alt}` : ""}`}
                tabIndex={i === index ? 0 : -1}
                className={cn(
                  "block size-16 overflow-hidden rounded-lg border-2 bg-white p-1 md:size-20",
                  i === index ? "border-brand-600" : "border-slate-200 hover:border-slate-400",
                )}
              >
                <CatalogImage image={{ ...img, alt: "" }} sizes="80px" className="size-full" />
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
