import sharp from "sharp";
import { MAX_IMAGE_PIXELS } from "@/lib/media/limits";
import { l2Normalize, perceptualHash } from "./math";

/**
 * Visual features of a product photo, computed with sharp and plain arithmetic (no model weights),
 * built to survive what happens between a catalogue image and a shopper's photo of the product: a
 * crop, a resize, a slight rotation, a brightness change and JPEG recompression.
 *
 * The vector concatenates L2-normalised, weighted parts, so the cosine of two vectors is a weighted
 * blend of each part's cosine:
 * - colour: a hue × saturation histogram with a brightness-normalised grey scale (centre-weighted,
 *   soft-binned, square-rooted);
 * - chroma layout: a coarse grid of normalised chromaticity (r, b over r+g+b) — where the colours are;
 * - layout: a small grayscale thumbnail, mean/variance-normalised and centre-weighted;
 * - edges: gradient-orientation histograms over a coarse grid plus the whole image.
 * The 64-bit DCT perceptual hash is kept beside the vector (product_image_features.hash) for
 * near-duplicate checks. Transparent images (icons) are flattened onto white, like a product photo.
 */

/** Bump when the features change: rows of another version are recomputed. */
export const FEATURE_VERSION = 1;

/** Side of the working square every image is resized to. */
const SIZE = 64;
const HUE_BINS = 12;
const SAT_BINS = 3;
const GREY_BINS = 5;
const CHROMA_GRID = 4;
const LAYOUT_GRID = 8;
const EDGE_GRID = 5;
const EDGE_BINS = 8;
const PHASH_SIZE = 32;

/** Relative weight of each part in the cosine (tuned on tests/integration/visual-search.test.ts). */
export const DEFAULT_WEIGHTS = { colour: 3, chroma: 0.5, layout: 1, edges: 3 } as const;
export type FeatureWeights = { [K in keyof typeof DEFAULT_WEIGHTS]: number };
type Part = keyof FeatureWeights;
const PARTS: readonly Part[] = ["colour", "chroma", "layout", "edges"];

export interface ImageFeatures {
  /** 64-bit DCT perceptual hash, 16 hex characters. */
  hash: string;
  /** Unit-length feature vector (FEATURE_DIMENSIONS floats). */
  vector: Float32Array;
}

export class UndecodableImageError extends Error {
  constructor(cause?: unknown) {
    super("The image could not be decoded.", { cause });
    this.name = "UndecodableImageError";
  }
}

/** RGB pixels of the working square, 0–255, row-major. */
export interface Pixels {
  rgb: Uint8Array;
  size: number;
}

/** Decodes (first frame, upright, alpha flattened onto white) and resizes to SIZE × SIZE. */
export async function decodeForFeatures(bytes: Buffer): Promise<Pixels> {
  try {
    const { data, info } = await sharp(bytes, { limitInputPixels: MAX_IMAGE_PIXELS, pages: 1 })
      .autoOrient()
      .flatten({ background: "#ffffff" })
      .resize(SIZE, SIZE, { fit: "fill" })
      .removeAlpha()
      .toColourspace("srgb")
      .raw()
      .toBuffer({ resolveWithObject: true });
    if (info.width !== SIZE || info.height !== SIZE || info.channels !== 3) throw new Error(`unexpected raw shape ${info.width}x${info.height}x${info.channels}`);
    return { rgb: new Uint8Array(data.buffer, data.byteOffset, data.byteLength), size: SIZE };
  } catch (err) {
    throw new UndecodableImageError(err);
  }
}

/** Gaussian centre weight per pixel: crops cut the border, so the centre counts more. */
const centreWeights = (() => {
  const w = new Float64Array(SIZE * SIZE);
  const c = (SIZE - 1) / 2;
  const sigma = SIZE * 0.4;
  for (let y = 0; y < SIZE; y++) for (let x = 0; x < SIZE; x++) w[y * SIZE + x] = Math.exp(-((x - c) ** 2 + (y - c) ** 2) / (2 * sigma * sigma));
  return w;
})();

function luminance(rgb: Uint8Array): Float64Array {
  const n = rgb.length / 3;
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) out[i] = 0.299 * rgb[i * 3] + 0.587 * rgb[i * 3 + 1] + 0.114 * rgb[i * 3 + 2];
  return out;
}

/** Adds `weight` to a circular histogram split linearly between the two nearest bins. */
function softCircular(hist: Float64Array, offset: number, bins: number, position: number, weight: number): void {
  const p = position - 0.5;
  const lo = Math.floor(p);
  const frac = p - lo;
  hist[offset + (((lo % bins) + bins) % bins)] += weight * (1 - frac);
  hist[offset + ((((lo + 1) % bins) + bins) % bins)] += weight * frac;
}

/** Adds `weight` split linearly between the two nearest bins of a linear histogram (clamped). */
function softLinear(hist: Float64Array, offset: number, bins: number, position: number, weight: number): void {
  const p = Math.min(bins - 0.5, Math.max(0.5, position)) - 0.5;
  const lo = Math.floor(p);
  const frac = p - lo;
  hist[offset + lo] += weight * (1 - frac);
  if (frac > 0) hist[offset + lo + 1] += weight * frac;
}

function sqrtInPlace(v: Float64Array): Float64Array {
  for (let i = 0; i < v.length; i++) v[i] = Math.sqrt(Math.max(0, v[i]));
  return v;
}

function colourPart(rgb: Uint8Array, luma: Float64Array): Float64Array {
  const hist = new Float64Array(HUE_BINS * SAT_BINS + GREY_BINS);
  // Brightness normalisation for the grey scale: values relative to the bright end of the image.
  const sorted = Float64Array.from(luma).sort();
  const bright = Math.max(1, sorted[Math.floor(sorted.length * 0.98)]);
  for (let i = 0; i < luma.length; i++) {
    const r = rgb[i * 3] / 255;
    const g = rgb[i * 3 + 1] / 255;
    const b = rgb[i * 3 + 2] / 255;
    const max = Math.max(r, g, b);
    const min = Math.min(r, g, b);
    const chroma = max - min;
    const sat = max > 0 ? chroma / max : 0;
    const w = centreWeights[i];
    // Chromatic share grows with saturation and fades out for very dark pixels (noisy hue).
    const chromatic = Math.min(1, Math.max(0, (sat - 0.12) / 0.2)) * Math.min(1, max / 0.15);
    if (chromatic > 0) {
      let hue: number;
      if (max === r) hue = ((g - b) / chroma + 6) % 6;
      else if (max === g) hue = (b - r) / chroma + 2;
      else hue = (r - g) / chroma + 4;
      const satBin = Math.min(SAT_BINS - 1e-9, ((sat - 0.12) / 0.88) * SAT_BINS);
      const s = Math.floor(Math.max(0, satBin));
      softCircular(hist, s * HUE_BINS, HUE_BINS, (hue / 6) * HUE_BINS, w * chromatic);
    }
    if (chromatic < 1) softLinear(hist, HUE_BINS * SAT_BINS, GREY_BINS, Math.min(1, luma[i] / bright) * GREY_BINS, w * (1 - chromatic));
  }
  return sqrtInPlace(hist);
}

function chromaPart(rgb: Uint8Array): Float64Array {
  const cell = SIZE / CHROMA_GRID;
  const sums = new Float64Array(CHROMA_GRID * CHROMA_GRID * 3);
  for (let y = 0; y < SIZE; y++) {
    for (let x = 0; x < SIZE; x++) {
      const i = y * SIZE + x;
      const c = (Math.min(CHROMA_GRID - 1, Math.floor(y / cell)) * CHROMA_GRID + Math.min(CHROMA_GRID - 1, Math.floor(x / cell))) * 3;
      sums[c] += rgb[i * 3];
      sums[c + 1] += rgb[i * 3 + 1];
      sums[c + 2] += rgb[i * 3 + 2];
    }
  }
  const out = new Float64Array(CHROMA_GRID * CHROMA_GRID * 2);
  for (let c = 0; c < CHROMA_GRID * CHROMA_GRID; c++) {
    const total = sums[c * 3] + sums[c * 3 + 1] + sums[c * 3 + 2] + 1e-6;
    out[c * 2] = sums[c * 3] / total - 1 / 3;
    out[c * 2 + 1] = sums[c * 3 + 2] / total - 1 / 3;
  }
  return out;
}

/** Mean of `factor` × `factor` blocks of a SIZE × SIZE plane. */
function downsample(plane: Float64Array, size: number, factor: number): Float64Array {
  const n = size / factor;
  const out = new Float64Array(n * n);
  for (let y = 0; y < size; y++) for (let x = 0; x < size; x++) out[Math.floor(y / factor) * n + Math.floor(x / factor)] += plane[y * size + x];
  for (let i = 0; i < out.length; i++) out[i] /= factor * factor;
  return out;
}

function layoutPart(luma: Float64Array): Float64Array {
  const thumb = downsample(luma, SIZE, SIZE / LAYOUT_GRID);
  let mean = 0;
  for (const v of thumb) mean += v;
  mean /= thumb.length;
  let variance = 0;
  for (const v of thumb) variance += (v - mean) ** 2;
  const sd = Math.sqrt(variance / thumb.length) || 1;
  const c = (LAYOUT_GRID - 1) / 2;
  const sigma = LAYOUT_GRID * 0.4;
  for (let y = 0; y < LAYOUT_GRID; y++) {
    for (let x = 0; x < LAYOUT_GRID; x++) {
      const w = Math.exp(-((x - c) ** 2 + (y - c) ** 2) / (2 * sigma * sigma));
      thumb[y * LAYOUT_GRID + x] = ((thumb[y * LAYOUT_GRID + x] - mean) / sd) * w;
    }
  }
  return thumb;
}

/** Bilinear split of coordinate `p` (0…SIZE) over `grid` cells whose centres are evenly spaced. */
function cellSplit(p: number, grid: number): [number, number, number] {
  const t = Math.min(grid - 1, Math.max(0, (p / SIZE) * grid - 0.5));
  const lo = Math.min(grid - 2, Math.floor(t));
  const frac = t - lo;
  return [lo, 1 - frac, frac];
}

function edgesPart(luma: Float64Array): Float64Array {
  const cells = EDGE_GRID * EDGE_GRID;
  const hist = new Float64Array((cells + 1) * EDGE_BINS);
  for (let y = 1; y < SIZE - 1; y++) {
    const [cy, wy0, wy1] = cellSplit(y + 0.5, EDGE_GRID);
    for (let x = 1; x < SIZE - 1; x++) {
      const at = (dy: number, dx: number) => luma[(y + dy) * SIZE + x + dx];
      const gx = at(-1, 1) + 2 * at(0, 1) + at(1, 1) - at(-1, -1) - 2 * at(0, -1) - at(1, -1);
      const gy = at(1, -1) + 2 * at(1, 0) + at(1, 1) - at(-1, -1) - 2 * at(-1, 0) - at(-1, 1);
      const magnitude = Math.hypot(gx, gy);
      if (magnitude < 1e-6) continue;
      const w = Math.sqrt(magnitude) * centreWeights[y * SIZE + x];
      const position = ((Math.atan2(gy, gx) + Math.PI) / (2 * Math.PI)) * EDGE_BINS;
      const [cx, wx0, wx1] = cellSplit(x + 0.5, EDGE_GRID);
      softCircular(hist, (cy * EDGE_GRID + cx) * EDGE_BINS, EDGE_BINS, position, w * wy0 * wx0);
      softCircular(hist, (cy * EDGE_GRID + cx + 1) * EDGE_BINS, EDGE_BINS, position, w * wy0 * wx1);
      softCircular(hist, ((cy + 1) * EDGE_GRID + cx) * EDGE_BINS, EDGE_BINS, position, w * wy1 * wx0);
      softCircular(hist, ((cy + 1) * EDGE_GRID + cx + 1) * EDGE_BINS, EDGE_BINS, position, w * wy1 * wx1);
      softCircular(hist, cells * EDGE_BINS, EDGE_BINS, position, w * 0.5);
    }
  }
  return sqrtInPlace(hist);
}

export const FEATURE_DIMENSIONS =
  HUE_BINS * SAT_BINS + GREY_BINS + CHROMA_GRID * CHROMA_GRID * 2 + LAYOUT_GRID * LAYOUT_GRID + (EDGE_GRID * EDGE_GRID + 1) * EDGE_BINS;

/** Each part unit-length, unweighted, in PARTS order (exported for weight tuning). */
export function featureParts(pixels: Pixels): Record<Part, Float64Array> {
  const luma = luminance(pixels.rgb);
  return {
    colour: l2Normalize(colourPart(pixels.rgb, luma)),
    chroma: l2Normalize(chromaPart(pixels.rgb)),
    layout: l2Normalize(layoutPart(luma)),
    edges: l2Normalize(edgesPart(luma)),
  };
}

/** Concatenates the parts scaled by √weight (so the cosine blends part cosines by weight), unit-length. */
export function combineParts(parts: Record<Part, Float64Array>, weights: FeatureWeights = DEFAULT_WEIGHTS): Float32Array {
  const out = new Float32Array(FEATURE_DIMENSIONS);
  let offset = 0;
  for (const part of PARTS) {
    const scale = Math.sqrt(Math.max(0, weights[part]));
    const values = parts[part];
    for (let i = 0; i < values.length; i++) out[offset + i] = values[i] * scale;
    offset += values.length;
  }
  return l2Normalize(out);
}

function hashOf(pixels: Pixels): string {
  const luma = luminance(pixels.rgb);
  return perceptualHash(downsample(luma, SIZE, SIZE / PHASH_SIZE), PHASH_SIZE);
}

/** Features of an image file (JPEG, PNG, WebP, AVIF, GIF…); throws UndecodableImageError. */
export async function computeImageFeatures(bytes: Buffer, weights: FeatureWeights = DEFAULT_WEIGHTS): Promise<ImageFeatures> {
  const pixels = await decodeForFeatures(bytes);
  return { hash: hashOf(pixels), vector: combineParts(featureParts(pixels), weights) };
}

/** Float32 vector ↔ bytea (little-endian, as Float32Array stores it on every platform we run on). */
export function vectorToBytes(vector: Float32Array): Buffer {
  return Buffer.from(vector.buffer, vector.byteOffset, vector.byteLength);
}

export function vectorFromBytes(bytes: Uint8Array): Float32Array {
  const copy = new Uint8Array(bytes.byteLength);
  copy.set(bytes);
  return new Float32Array(copy.buffer);
}
