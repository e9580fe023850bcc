import type { ImageDto } from "./types";

/** Widths the media route will resize to; anything else is served at its stored size. */
export const IMAGE_WIDTHS = [160, 320, 480] as const;
export type ImageWidth = (typeof IMAGE_WIDTHS)[number];

/**
 * Public URL of a stored image. With `width`, the media route serves a downscaled copy
 * (rounded up to the next supported width; the original when it is not wider).
 */
export function imageUrl(storageKey: string, width?: number): string {
  const encoded = storageKey.split("/").map(encodeURIComponent).join("/");
  const base = `/media/${encoded}`;
  if (width === undefined) return base;
  const target = IMAGE_WIDTHS.find((w) => w >= width);
  return target ? `${base}?w=${target}` : base;
}

/** A stored image as pages render it: URL, srcset over the resize widths below its own width, alt, size. */
export function imageDto(row: { storageKey: string | null; alt: string | null; width: number | null; height: number | null }): ImageDto | null {
  if (!row.storageKey) return null;
  const key = row.storageKey;
  const width = row.width ?? 600;
  const srcSet = [...IMAGE_WIDTHS.filter((w) => w < width).map((w) => `${imageUrl(key, w)} ${w}w`), `${imageUrl(key)} ${width}w`].join(", ");
  return { url: imageUrl(key), srcSet, alt: row.alt ?? "", width, height: row.height ?? width };
}
