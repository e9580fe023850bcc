/**
 * Storage key layout for seller uploads (see notes/contracts.md, "Media"). Pure and isomorphic: the
 * domain uses the predicates to refuse keys a seller did not upload, pages use the sibling builders.
 *
 * - product images: `catalog/uploads/<sellerId>/<uploadId>/w<width>.webp` for each of IMAGE_UPLOAD_WIDTHS;
 *   the key saved on a product image is the widest one (w1280).
 * - digital files:  `private/digital/<sellerId>/<uploadId>/<safe-file-name>` — never served by /media.
 */

/** WebP widths written for every uploaded image (never upscaled: a narrower original caps them). */
export const IMAGE_UPLOAD_WIDTHS = [320, 640, 1280] as const;
export type ImageUploadWidth = (typeof IMAGE_UPLOAD_WIDTHS)[number];
export const PRIMARY_IMAGE_WIDTH: ImageUploadWidth = 1280;

/** Prefix of every key that must never be served publicly. */
export const PRIVATE_PREFIX = "private/";

const UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";
const UUID_RE = new RegExp(`^${UUID}$`);
const IMAGE_KEY_RE = new RegExp(`^catalog/uploads/(${UUID})/(${UUID})/w(\\d+)\\.webp$`);
const DIGITAL_KEY_RE = new RegExp(`^private/digital/(${UUID})/(${UUID})/([A-Za-z0-9][A-Za-z0-9._-]{0,119})$`);
const MAX_FILE_NAME = 120;

/** A fresh id for one upload (each upload gets its own folder, so keys never collide or get overwritten). */
export function newUploadId(): string {
  return globalThis.crypto.randomUUID();
}

function assertUuid(value: string, what: string): void {
  if (!UUID_RE.test(value)) throw new Error(`${what} must be a lower-case UUID`);
}

export function imageUploadKey(sellerId: string, uploadId: string, width: ImageUploadWidth): string {
  assertUuid(sellerId, "sellerId");
  assertUuid(uploadId, "uploadId");
  return `catalog/uploads/${sellerId}/${uploadId}/w${width}.webp`;
}

/** The keys of all widths of one uploaded image, widest last. */
export function imageUploadKeys(sellerId: string, uploadId: string): { width: ImageUploadWidth; key: string }[] {
  return IMAGE_UPLOAD_WIDTHS.map((width) => ({ width, key: imageUploadKey(sellerId, uploadId, width) }));
}

/** `{ sellerId, uploadId, width }` of an uploaded-image key at one of the upload widths, else null. */
export function parseImageUploadKey(key: string): { sellerId: string; uploadId: string; width: ImageUploadWidth } | null {
  const match = IMAGE_KEY_RE.exec(key);
  if (!match) return null;
  const width = Number(match[3]);
  if (!(IMAGE_UPLOAD_WIDTHS as readonly number[]).includes(width)) return null;
  return { sellerId: match[1], uploadId: match[2], width: width as ImageUploadWidth };
}

/** True when `key` is the saved (w1280) key of an image uploaded by this seller. */
export function isSellerImageKey(sellerId: string, key: string): boolean {
  const parsed = parseImageUploadKey(key);
  return parsed !== null && parsed.sellerId === sellerId && parsed.width === PRIMARY_IMAGE_WIDTH;
}

/** ASCII letters, digits and single separators, starting and ending with a letter or digit ("" if none). */
function asciiSlug(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^A-Za-z0-9._-]+/g, "-")
    .replace(/([._-])[._-]+/g, "$1")
    .replace(/^[^A-Za-z0-9]+|[^A-Za-z0-9]+$/g, "");
}

/**
 * A file name safe as one storage key segment and in a Content-Disposition header: ASCII letters,
 * digits, dot, dash and underscore, starting with a letter or digit, at most 120 characters with the
 * (lower-cased) extension kept. The stem falls back to "file" when nothing usable is left.
 */
export function safeFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? "";
  const dot = base.lastIndexOf(".");
  const rawExt = dot > 0 ? base.slice(dot + 1) : "";
  const ext = /^[A-Za-z0-9]{1,9}$/.test(rawExt) ? `.${rawExt.toLowerCase()}` : "";
  const stem = asciiSlug(ext ? base.slice(0, dot) : base) || "file";
  return stem.slice(0, MAX_FILE_NAME - ext.length).replace(/[^A-Za-z0-9]+$/, "") + ext;
}

export function digitalFileKey(sellerId: string, uploadId: string, fileName: string): string {
  assertUuid(sellerId, "sellerId");
  assertUuid(uploadId, "uploadId");
  return `private/digital/${sellerId}/${uploadId}/${safeFileName(fileName)}`;
}

/** True when `key` is a digital file uploaded by this seller. */
export function isSellerDigitalKey(sellerId: string, key: string): boolean {
  const match = DIGITAL_KEY_RE.exec(key);
  return match !== null && match[1] === sellerId;
}

/** True for keys the public /media route must never serve. */
export function isPrivateKey(key: string): boolean {
  return key.startsWith(PRIVATE_PREFIX);
}
