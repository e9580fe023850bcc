import "server-only";
import sharp, { type SharpOptions } from "sharp";
import type { Actor } from "@/lib/auth/actor";
import { getStorage, type Storage } from "@/lib/platform/storage";
import { MediaRejectedError } from "./errors";
import { fileBytes } from "./file-bytes";
import { IMAGE_UPLOAD_WIDTHS, imageUploadKey, newUploadId, PRIMARY_IMAGE_WIDTH, type ImageUploadWidth } from "./keys";
import { IMAGE_FORMAT_LABEL, MAX_IMAGE_BYTES, MAX_IMAGE_PIXELS, MIN_IMAGE_SIDE } from "./limits";
import { sniffImage, type SniffedImage } from "./sniff";
import { resolveUploadSeller } from "./upload-owner";

export interface UploadedImage {
  /** The w1280 key: what a product image saves. */
  storageKey: string;
  width: number;
  height: number;
}

export interface ImageUploadInput {
  file: Blob;
  /** Only for an admin uploading into a seller's folder; a seller always uploads into its own. */
  sellerId?: string | null;
}

/** Sharp's decoder name for each accepted format (AVIF is decoded by libheif). */
const DECODER: Record<SniffedImage, string> = { jpeg: "jpeg", png: "png", webp: "webp", gif: "gif", avif: "heif" };
/** First frame only (animated GIF/WebP), pixel cap as a second guard, abort on any decoder warning. */
const DECODE: SharpOptions = { limitInputPixels: MAX_IMAGE_PIXELS, pages: 1, failOn: "warning" };
const WEBP_QUALITY = 80;

const notAnImage = () =>
  new MediaRejectedError("not_an_image", `This file is not an image we can read. Upload a ${IMAGE_FORMAT_LABEL} picture.`);

interface Rendition {
  width: ImageUploadWidth;
  bytes: Buffer;
  outWidth: number;
  outHeight: number;
}

/**
 * Checks that `bytes` are a decodable JPEG/PNG/WebP/AVIF/GIF of sane dimensions, then renders the
 * upload widths as WebP: turned upright by its EXIF orientation, all metadata (EXIF, GPS, XMP, ICC)
 * dropped, never enlarged. Throws MediaRejectedError when the file is refused.
 */
export async function renderImage(bytes: Buffer): Promise<Rendition[]> {
  const format = sniffImage(bytes);
  if (!format) throw notAnImage();
  // Reading the header decodes no pixels, so a decompression bomb is safe to measure here.
  const meta = await sharp(bytes, { ...DECODE, limitInputPixels: false })
    .metadata()
    .catch(() => null);
  if (!meta || meta.format !== DECODER[format] || (format === "avif" && meta.compression !== "av1")) throw notAnImage();
  const { width, height } = meta.autoOrient;
  if (width * height > MAX_IMAGE_PIXELS) {
    throw new MediaRejectedError(
      "too_many_pixels",
      `This image is ${width.toLocaleString("en-IN")} × ${height.toLocaleString("en-IN")} pixels: images can be at most ${MAX_IMAGE_PIXELS / 1_000_000} megapixels (for example 8000 × 5000).`,
    );
  }
  if (Math.min(width, height) < MIN_IMAGE_SIDE) {
    throw new MediaRejectedError("too_small", `This image is ${width} × ${height} pixels: it needs to be at least ${MIN_IMAGE_SIDE} pixels on each side.`);
  }

  const upright = sharp(bytes, DECODE).autoOrient();
  try {
    return await Promise.all(
      IMAGE_UPLOAD_WIDTHS.map(async (w) => {
        const { data, info } = await upright
          .clone()
          .resize({ width: w, withoutEnlargement: true })
          .webp({ quality: WEBP_QUALITY })
          .toBuffer({ resolveWithObject: true });
        return { width: w, bytes: data, outWidth: info.width, outHeight: info.height };
      }),
    );
  } catch {
    // The header was fine but the pixel data is damaged or truncated.
    throw notAnImage();
  }
}

/** Writes every object, or none: when one write fails, those already written are deleted. */
async function storeAll(storage: Storage, objects: { key: string; bytes: Uint8Array; contentType: string }[]): Promise<void> {
  const written: string[] = [];
  try {
    for (const object of objects) {
      await storage.put(object.key, object.bytes, object.contentType);
      written.push(object.key);
    }
  } catch (err) {
    await Promise.allSettled(written.map((key) => storage.delete(key)));
    throw err;
  }
}

/**
 * A product image upload: refuses files over 10 MB, anything that is not a real image, and absurd
 * dimensions — storing nothing — then writes the WebP renditions under
 * `catalog/uploads/<sellerId>/<uploadId>/w<width>.webp` and returns the w1280 key and its size.
 */
export async function uploadProductImage(actor: Actor | null, input: ImageUploadInput): Promise<UploadedImage> {
  const sellerId = await resolveUploadSeller(actor, input.sellerId);
  const bytes = await fileBytes(input.file, MAX_IMAGE_BYTES, "images");
  const renditions = await renderImage(bytes);
  const uploadId = newUploadId();
  await storeAll(
    getStorage(),
    renditions.map((r) => ({ key: imageUploadKey(sellerId, uploadId, r.width), bytes: r.bytes, contentType: "image/webp" })),
  );
  const primary = renditions.find((r) => r.width === PRIMARY_IMAGE_WIDTH) as Rendition;
  return { storageKey: imageUploadKey(sellerId, uploadId, PRIMARY_IMAGE_WIDTH), width: primary.outWidth, height: primary.outHeight };
}
