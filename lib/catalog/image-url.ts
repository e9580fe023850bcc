import { IMAGE_UPLOAD_WIDTHS, imageUploadKey, parseImageUploadKey, PRIMARY_IMAGE_WIDTH } from "@/lib/media/keys";
import type { ImageDto } from "./types";

/** Widths the media route will resize to; anything else is served at its stored size. */
export const IMAGE_WIDTHS = [160, 320, 480] as const;
export type ImageWidth = (typeof IMAGE_WIDTHS)[number];

function mediaPath(storageKey: string): string {
  return `/media/${storageKey.split("/").map(encodeURIComponent).join("/")}`;
}

/**
 * Public URL of a stored image. With `width`, a seller upload is served from its nearest stored
 * rendition at least that wide (w320/w640/w1280); any other image through the media route's
 * downscaled copy (rounded up to the next supported width; the original when it is not wider).
 */
export function imageUrl(storageKey: string, width?: number): string {
  const base = mediaPath(storageKey);
  if (width === undefined) return base;
  const upload = parseImageUploadKey(storageKey);
  if (upload) {
    const rendition = IMAGE_UPLOAD_WIDTHS.find((w) => w >= width) ?? PRIMARY_IMAGE_WIDTH;
    return mediaPath(imageUploadKey(upload.sellerId, upload.uploadId, rendition));
  }
  const target = IMAGE_WIDTHS.find((w) => w >= width);
  return target ? `${base}?w=${target}` : base;
}

/**
 * A stored image as pages render it: URL, srcset over the smaller copies below its own width (a seller
 * upload's stored renditions, or the media route's resize widths), alt, size.
 */
export function imageDto(row: { storageKey: string | null; alt: string | null; width: number | null; height: number | null }): ImageDto | null {
  if (!row.storageKey) return null;
  const key = row.storageKey;
  const width = row.width ?? 600;
  const smaller = parseImageUploadKey(key) ? IMAGE_UPLOAD_WIDTHS : IMAGE_WIDTHS;
  const srcSet = [...smaller.filter((w) => w < width).map((w) => `${imageUrl(key, w)} ${w}w`), `${imageUrl(key)} ${width}w`].join(", ");
  return { url: imageUrl(key), srcSet, alt: row.alt ?? "", width, height: row.height ?? width };
}
