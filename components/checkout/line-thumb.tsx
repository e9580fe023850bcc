import { ImageOff } from "lucide-react";
import { imageUrl } from "@/lib/catalog/image-url";

/** A small product picture for checkout lines (decorative: the title is next to it). */
export function LineThumb({ imageKey, size = "md" }: { imageKey: string | null; size?: "sm" | "md" }) {
  const box = size === "sm" ? "size-10" : "size-14";
  if (!imageKey) {
    return (
      <span className={`grid ${box} shrink-0 place-items-center rounded-md bg-slate-100 text-slate-400`}>
        <ImageOff className="size-5" aria-hidden="true" />
      </span>
    );
  }
  // eslint-disable-next-line @next/next/no-img-element -- pre-sized by the /media route
  return <img src={imageUrl(imageKey, 160)} alt="" width={56} height={56} loading="lazy" className={`${box} shrink-0 rounded-md bg-slate-100 object-cover`} />;
}
