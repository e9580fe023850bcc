import "server-only";
import { logger } from "@/lib/platform/logger";
import { FEATURE_DIMENSIONS, vectorFromBytes } from "./features";
import { topKByGroup } from "./math";
import { allFeatureRows, featuresStamp, readFeaturesCacheStamp } from "./store";

/**
 * The in-memory visual index: every stored feature vector in one Float32Array matrix (row-major,
 * FEATURE_DIMENSIONS per image, rows of a product adjacent) with the image and product ids beside it,
 * searched by brute-force cosine (vectors are unit-length, so a dot product).
 *
 * Loaded lazily on the first search and reloaded when the stored features change: writers bump a
 * counter in the shared cache (every process sees it at the next search), and a cheap count +
 * max(computed_at) check every CHECK_INTERVAL_MS catches writes that bypassed it.
 */

const CHECK_INTERVAL_MS = 30_000;

export interface VisualIndex {
  matrix: Float32Array;
  rows: number;
  imageIds: string[];
  /** Product (group) number of each row, 0…productIds.length−1. */
  groupOfRow: Int32Array;
  productIds: string[];
  /** Shared-cache counter and database fingerprint the index was loaded at. */
  cacheStamp: string | null;
  dbStamp: string;
  loadedAt: number;
  checkedAt: number;
}

export interface VisualMatch {
  productId: string;
  imageId: string;
  similarity: number;
}

let current: VisualIndex | null = null;
let loading: Promise<VisualIndex> | null = null;

async function load(cacheStamp: string | null, dbStamp: string): Promise<VisualIndex> {
  const started = performance.now();
  const chunks: Float32Array[] = [];
  const imageIds: string[] = [];
  const productIds: string[] = [];
  const groups: number[] = [];
  for await (const page of allFeatureRows()) {
    for (const row of page) {
      const vector = vectorFromBytes(row.vector);
      if (vector.length !== FEATURE_DIMENSIONS) continue;
      if (productIds[productIds.length - 1] !== row.productId) productIds.push(row.productId);
      groups.push(productIds.length - 1);
      imageIds.push(row.imageId);
      chunks.push(vector);
    }
  }
  const matrix = new Float32Array(chunks.length * FEATURE_DIMENSIONS);
  chunks.forEach((v, i) => matrix.set(v, i * FEATURE_DIMENSIONS));
  const now = Date.now();
  logger.info({ images: imageIds.length, products: productIds.length, ms: Math.round(performance.now() - started) }, "visual index loaded");
  return { matrix, rows: imageIds.length, imageIds, groupOfRow: Int32Array.from(groups), productIds, cacheStamp, dbStamp, loadedAt: now, checkedAt: now };
}

/** The index, loading or reloading it when the stored features changed. Concurrent callers share one load. */
export async function getVisualIndex(): Promise<VisualIndex> {
  if (loading) return loading;
  const cacheStamp = await readFeaturesCacheStamp();
  const index = current;
  if (index && index.cacheStamp === cacheStamp && Date.now() - index.checkedAt < CHECK_INTERVAL_MS) return index;
  loading = (async () => {
    const dbStamp = await featuresStamp();
    if (index && index.dbStamp === dbStamp) {
      index.cacheStamp = cacheStamp;
      index.checkedAt = Date.now();
      return index;
    }
    current = await load(cacheStamp, dbStamp);
    return current;
  })().finally(() => {
    loading = null;
  });
  return loading;
}

/** Forgets the loaded index (tests). */
export function resetVisualIndex(): void {
  current = null;
}

/** Cosine similarity of `query` (unit-length) with every row (dot products, unrolled by 4 for the JIT). */
export function scoreAll(index: VisualIndex, query: Float32Array): Float32Array {
  const d = FEATURE_DIMENSIONS;
  if (query.length !== d) throw new Error(`query vector has ${query.length} dimensions, expected ${d}`);
  const { matrix, rows } = index;
  const scores = new Float32Array(rows);
  const tail = d - (d % 4);
  for (let r = 0, offset = 0; r < rows; r++, offset += d) {
    let s0 = 0;
    let s1 = 0;
    let s2 = 0;
    let s3 = 0;
    let i = 0;
    for (; i < tail; i += 4) {
      s0 += matrix[offset + i] * query[i];
      s1 += matrix[offset + i + 1] * query[i + 1];
      s2 += matrix[offset + i + 2] * query[i + 2];
      s3 += matrix[offset + i + 3] * query[i + 3];
    }
    for (; i < d; i++) s0 += matrix[offset + i] * query[i];
    scores[r] = s0 + s1 + s2 + s3;
  }
  return scores;
}

/** The `k` most similar products (each with its most similar image), best first. */
export function nearestProducts(index: VisualIndex, query: Float32Array, k: number): VisualMatch[] {
  const scores = scoreAll(index, query);
  return topKByGroup(scores, index.groupOfRow, index.productIds.length, k).map((s) => ({
    productId: index.productIds[s.group],
    imageId: index.imageIds[s.index],
    similarity: s.score,
  }));
}
