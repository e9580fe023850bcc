/**
 * Upload limits and accepted types, shared by the server (the authority) and the uploader components
 * (which check early so a seller is told at once). Client-safe: no Node imports.
 */

export const MAX_IMAGE_BYTES = 10 * 1024 * 1024;
/** Decoded size cap (decompression bombs): 40 megapixels, e.g. 8000 × 5000. */
export const MAX_IMAGE_PIXELS = 40_000_000;
export const MIN_IMAGE_SIDE = 100;
export const IMAGE_FORMAT_LABEL = "JPEG, PNG, WebP, AVIF or GIF";
/** For <input accept>: a hint to the file picker, never trusted by the server. */
export const IMAGE_ACCEPT = "image/jpeg,image/png,image/webp,image/avif,image/gif,.jpg,.jpeg,.png,.webp,.avif,.gif";
export const IMAGE_MIME_TYPES: readonly string[] = ["image/jpeg", "image/png", "image/webp", "image/avif", "image/gif"];

export const MAX_DIGITAL_BYTES = 100 * 1024 * 1024;

/** Digital product files by extension, with the content type they are stored and later served as. */
export const DIGITAL_TYPES = {
  pdf: "application/pdf",
  epub: "application/epub+zip",
  zip: "application/zip",
  mp3: "audio/mpeg",
  m4a: "audio/mp4",
  mp4: "video/mp4",
  txt: "text/plain; charset=utf-8",
} as const satisfies Record<string, string>;
export type DigitalExtension = keyof typeof DIGITAL_TYPES;
export const DIGITAL_FORMAT_LABEL = "PDF, EPUB, ZIP, MP3, M4A, MP4 or TXT";
export const DIGITAL_ACCEPT = Object.keys(DIGITAL_TYPES)
  .map((ext) => `.${ext}`)
  .join(",");

/** The lower-case extension of a file name, without the dot ("" when there is none). */
export function extensionOf(fileName: string): string {
  const dot = fileName.lastIndexOf(".");
  return dot > 0 ? fileName.slice(dot + 1).toLowerCase() : "";
}

export function isDigitalExtension(ext: string): ext is DigitalExtension {
  return Object.hasOwn(DIGITAL_TYPES, ext);
}

/** "9.5 MB", "820 KB", "12 bytes" — binary units, as file pickers show them. */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} ${bytes === 1 ? "byte" : "bytes"}`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  const mb = bytes / (1024 * 1024);
  return `${mb < 10 ? mb.toFixed(1) : Math.round(mb)} MB`;
}

const IMAGE_EXTENSIONS = new Set(["jpg", "jpeg", "png", "webp", "avif", "gif"]);

/**
 * The uploader's early check of a picked image (size and apparent type), so an obvious mistake is
 * reported before any upload; null when it may be sent. The server sniffs the content regardless.
 */
export function imageFileProblem(file: { name: string; size: number; type: string }): string | null {
  if (file.size === 0) return "This file is empty.";
  if (file.size > MAX_IMAGE_BYTES) return `This file is ${formatBytes(file.size)}: images can be at most ${formatBytes(MAX_IMAGE_BYTES)}.`;
  if (!IMAGE_MIME_TYPES.includes(file.type) && !IMAGE_EXTENSIONS.has(extensionOf(file.name))) return `This is not a picture we accept. Upload a ${IMAGE_FORMAT_LABEL} picture.`;
  return null;
}

/** The same early check for a digital product file. */
export function digitalFileProblem(file: { name: string; size: number }): string | null {
  if (file.size === 0) return "This file is empty.";
  if (!isDigitalExtension(extensionOf(file.name))) return `Files of this type can't be sold here. Upload a ${DIGITAL_FORMAT_LABEL} file.`;
  if (file.size > MAX_DIGITAL_BYTES) return `This file is ${formatBytes(file.size)}: digital files can be at most ${formatBytes(MAX_DIGITAL_BYTES)}.`;
  return null;
}
