/**
 * Real images for the visual-search acceptance test (acceptance 3 of issue 4): icons and wallpapers
 * shipped by Debian packages, deduplicated, and the "shopper's photo" made from each one by a seeded
 * random crop, resize, rotation, brightness change and JPEG recompression.
 */
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import sharp from "sharp";
import { perceptualHash } from "@/lib/search/visual/math";

export const ICON_DIR = "/usr/share/icons/oxygen/base/256x256";
export const WALLPAPER_DIR = "/usr/share/backgrounds/gnome";
export const IMAGE_PACKAGES = "oxygen-icon-theme (icons) and gnome-backgrounds (wallpapers)";

function walk(dir: string, extensions: readonly string[]): string[] {
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const full = path.join(dir, name);
    const stat = statSync(full);
    if (stat.isDirectory()) out.push(...walk(full, extensions));
    else if (extensions.includes(path.extname(name).toLowerCase())) out.push(full);
  }
  return out;
}

/** Candidate files, icons first (sorted paths, so runs are repeatable). */
export function candidateImageFiles(): string[] {
  return [...walk(ICON_DIR, [".png"]), ...walk(WALLPAPER_DIR, [".webp", ".jpg", ".jpeg", ".png"])];
}

/** Images whose luminance hardly varies (flat textures) are not product photos: skipped. */
const MIN_LUMA_DEVIATION = 6;

export interface SourceImage {
  file: string;
  /** The product photo: the file as a PNG/WebP the app could have stored. */
  bytes: Buffer;
}

/** Luminance spread and 64-bit perceptual hash from one small greyscale decode. */
async function fingerprint(bytes: Buffer): Promise<{ deviation: number; hash: bigint }> {
  const size = 32;
  const { data } = await sharp(bytes).flatten({ background: "#ffffff" }).resize(size, size, { fit: "fill" }).greyscale().raw().toBuffer({ resolveWithObject: true });
  const pixels = Array.from(data);
  const mean = pixels.reduce((a, v) => a + v, 0) / pixels.length;
  const deviation = Math.sqrt(pixels.reduce((a, v) => a + (v - mean) ** 2, 0) / pixels.length);
  return { deviation, hash: BigInt(`0x${perceptualHash(pixels, size)}`) };
}

/**
 * Reads the candidates, renders large wallpapers down to 1024 px, and keeps only distinct images:
 * byte-identical files, flat textures and near-identical pictures (perceptual hashes at most
 * `maxNearDistance` bits apart from one already kept) are dropped.
 */
export async function loadSourceImages(options: { files?: string[]; maxNearDistance?: number; concurrency?: number } = {}): Promise<SourceImage[]> {
  const { files = candidateImageFiles(), maxNearDistance = 4, concurrency = 4 } = options;
  // Decoding is the slow part and independent per file: a few at a time, then deduplicate in file order.
  const prepared: ({ file: string; bytes: Buffer; digest: string; hash: bigint } | null)[] = new Array(files.length).fill(null);
  let next = 0;
  const worker = async () => {
    while (next < files.length) {
      const i = next++;
      const raw = readFileSync(files[i]);
      const digest = createHash("sha256").update(raw).digest("hex");
      const large = files[i].startsWith(ICON_DIR) ? false : ((await sharp(raw).metadata()).width ?? 0) > 1024;
      const bytes = large ? await sharp(raw).resize({ width: 1024 }).webp({ quality: 90 }).toBuffer() : raw;
      const { deviation, hash } = await fingerprint(bytes);
      if (deviation >= MIN_LUMA_DEVIATION) prepared[i] = { file: files[i], bytes, digest, hash };
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));

  const seen = new Set<string>();
  const kept: bigint[] = [];
  const out: SourceImage[] = [];
  for (const image of prepared) {
    if (!image || seen.has(image.digest)) continue;
    seen.add(image.digest);
    if (kept.some((other) => popcount(other ^ image.hash) <= maxNearDistance)) continue;
    kept.push(image.hash);
    out.push({ file: image.file, bytes: image.bytes });
  }
  return out;
}

function popcount(x: bigint): number {
  let n = 0;
  for (let v = x; v; v >>= 1n) n += Number(v & 1n);
  return n;
}

export interface QueryPhotoRecipe {
  crop: { left: number; top: number; width: number; height: number };
  width: number;
  angle: number;
  brightness: number;
  quality: number;
}

/**
 * A shopper's photo of a product picture: crop up to 15% of each axis (split at random between the
 * two sides), resize to 200–520 px wide, rotate by up to ±10° (corners filled with white), brighten
 * or darken by 20–30%, and recompress as JPEG at quality 60–80.
 */
export async function makeQueryPhoto(bytes: Buffer, random: () => number): Promise<{ bytes: Buffer; recipe: QueryPhotoRecipe }> {
  const flat = sharp(bytes).flatten({ background: "#ffffff" });
  const { data: base, info } = await flat.png().toBuffer({ resolveWithObject: true });
  const cutX = Math.floor(info.width * 0.15 * random());
  const cutY = Math.floor(info.height * 0.15 * random());
  const left = Math.floor(cutX * random());
  const top = Math.floor(cutY * random());
  const crop = { left, top, width: info.width - cutX, height: info.height - cutY };
  const width = 200 + Math.floor(random() * 320);
  const angle = (random() * 2 - 1) * 10;
  const brightness = (random() < 0.5 ? -1 : 1) * (0.2 + random() * 0.1) + 1;
  const quality = 60 + Math.floor(random() * 21);
  const out = await sharp(base)
    .extract(crop)
    .resize({ width })
    .rotate(angle, { background: "#ffffff" })
    .modulate({ brightness })
    .jpeg({ quality })
    .toBuffer();
  return { bytes: out, recipe: { crop, width, angle, brightness, quality } };
}
