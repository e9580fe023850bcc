import { imageUploadKey, parseImageUploadKey } from "@/lib/media/keys";
import { logger } from "@/lib/platform/logger";
import { getStorage } from "@/lib/platform/storage";
import { computeImageFeatures, type ImageFeatures } from "./features";
import { imagesWithoutFeatures, markFeaturesChanged, saveFeatures, type ImageToProcess } from "./store";

/**
 * Computing and storing the features of catalogue images: for products that changed (the
 * "product.changed" subscriber) and for the whole catalogue (seed, feature-version bump). No
 * "server-only": the seed script imports it.
 */

/** Images processed per batch (read, featurised, written in one insert). */
const BATCH = 100;
/** Rendition of a seller upload to featurise (features work on 64 px; w1280 would only cost decoding time). */
const FEATURE_RENDITION = 320;

/** The stored object to read for an image: a smaller rendition of a seller upload, else the key itself. */
export function featureSourceKey(storageKey: string): string {
  const upload = parseImageUploadKey(storageKey);
  return upload ? imageUploadKey(upload.sellerId, upload.uploadId, FEATURE_RENDITION) : storageKey;
}

async function featuresOf(image: ImageToProcess): Promise<ImageFeatures | null> {
  const storage = getStorage();
  const object = (await storage.get(featureSourceKey(image.storageKey))) ?? (await storage.get(image.storageKey));
  if (!object) {
    logger.warn({ imageId: image.imageId, key: image.storageKey }, "visual features: image not in storage");
    return null;
  }
  try {
    return await computeImageFeatures(object.bytes);
  } catch (err) {
    logger.warn({ err, imageId: image.imageId, key: image.storageKey }, "visual features: image could not be decoded");
    return null;
  }
}

/** Featurises and stores a batch, two images at a time (sharp works off the main thread). */
async function processBatch(images: readonly ImageToProcess[]): Promise<number> {
  const done: { imageId: string; productId: string; features: ImageFeatures }[] = [];
  for (let i = 0; i < images.length; i += 2) {
    const pair = images.slice(i, i + 2);
    const features = await Promise.all(pair.map(featuresOf));
    pair.forEach((image, j) => {
      const f = features[j];
      if (f) done.push({ imageId: image.imageId, productId: image.productId, features: f });
    });
  }
  await saveFeatures(done);
  return done.length;
}

/**
 * Computes the features of these products' images that have none of the current version (new
 * images, a feature-version bump). Idempotent: images that already have features are skipped.
 */
export async function computeFeaturesForProducts(productIds: readonly string[]): Promise<{ computed: number }> {
  let computed = 0;
  const unique = [...new Set(productIds)];
  for (let i = 0; i < unique.length; i += BATCH) {
    const images = await imagesWithoutFeatures(unique.slice(i, i + BATCH), BATCH * 20);
    for (let j = 0; j < images.length; j += BATCH) computed += await processBatch(images.slice(j, j + BATCH));
  }
  if (computed > 0) await markFeaturesChanged();
  return { computed };
}

/**
 * Features for every catalogue image that has none (after seeding, after a feature-version bump).
 * Images that cannot be read are skipped (and logged), never retried in a loop.
 */
export async function backfillImageFeatures(onProgress?: (done: number) => void): Promise<{ computed: number; skipped: number }> {
  let computed = 0;
  let skipped = 0;
  let after: string | null = null;
  for (;;) {
    const images = await imagesWithoutFeatures(null, BATCH, undefined, after);
    if (images.length === 0) break;
    const n = await processBatch(images);
    computed += n;
    skipped += images.length - n;
    after = images[images.length - 1].imageId;
    onProgress?.(computed);
  }
  if (computed > 0) await markFeaturesChanged();
  return { computed, skipped };
}

