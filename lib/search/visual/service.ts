import "server-only";
import sharp from "sharp";
import { MediaRejectedError } from "@/lib/media/errors";
import { IMAGE_FORMAT_LABEL, MAX_IMAGE_PIXELS } from "@/lib/media/limits";
import { sniffImage } from "@/lib/media/sniff";
import { ValidationError } from "@/lib/platform/errors";
import { computeImageFeatures, UndecodableImageError, type ImageFeatures } from "./features";
import { getVisualIndex, nearestProducts } from "./index";
import { cardsOnSale } from "./queries";
import type { VisualHit } from "./types";

export type { VisualHit };

/** Visual search: "find products that look like this photo" (features are computed by ./backfill.ts). */

export const VISUAL_DEFAULT_LIMIT = 24;
export const VISUAL_MAX_LIMIT = 60;

export interface VisualSearchResult {
  hits: VisualHit[];
  tookMs: number;
}

const undecodable = () =>
  new ValidationError({ image: ["We couldn't read this photo. Try another picture."] }, "We couldn't read this photo. Try another picture.");

/**
 * Checks a query photo like a product image upload (lib/media/image-upload.ts): the content must be a
 * JPEG/PNG/WebP/AVIF/GIF (415), at most 40 megapixels (422, read from the header before decoding), and
 * decodable (422). Nothing is stored.
 */
export async function assertQueryImage(bytes: Buffer): Promise<void> {
  const format = sniffImage(bytes);
  if (!format) throw new MediaRejectedError("not_an_image", `This file is not an image we can read. Use a ${IMAGE_FORMAT_LABEL} photo.`);
  const meta = await sharp(bytes, { limitInputPixels: false, pages: 1 })
    .metadata()
    .catch(() => null);
  if (!meta?.width || !meta.height) throw undecodable();
  if (meta.width * meta.height > MAX_IMAGE_PIXELS) {
    throw new MediaRejectedError(
      "too_many_pixels",
      `This photo is ${meta.width.toLocaleString("en-IN")} × ${meta.height.toLocaleString("en-IN")} pixels: photos can be at most ${MAX_IMAGE_PIXELS / 1_000_000} megapixels.`,
    );
  }
}

/**
 * Products on sale that look like the photo, most similar first, each once (with its most similar
 * image). Throws MediaRejectedError / ValidationError for a file that is not a usable photo.
 */
export async function searchByImage(bytes: Buffer, { limit = VISUAL_DEFAULT_LIMIT }: { limit?: number } = {}): Promise<VisualSearchResult> {
  const started = performance.now();
  await assertQueryImage(bytes);
  let features: ImageFeatures;
  try {
    features = await computeImageFeatures(bytes);
  } catch (err) {
    if (err instanceof UndecodableImageError) throw undecodable();
    throw err;
  }
  const take = Math.min(VISUAL_MAX_LIMIT, Math.max(1, Math.floor(limit)));
  const index = await getVisualIndex();
  // Some matches may be off sale (features outlive a product going off sale): ask for more than needed.
  const matches = nearestProducts(index, features.vector, take * 2 + 10);
  const cards = await cardsOnSale(matches.map((m) => m.productId));
  const hits: VisualHit[] = [];
  for (const match of matches) {
    const card = cards.get(match.productId);
    if (card) hits.push({ ...card, similarity: Math.round(match.similarity * 1000) / 1000 });
    if (hits.length === take) break;
  }
  return { hits, tookMs: Math.round((performance.now() - started) * 10) / 10 };
}
