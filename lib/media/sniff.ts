/**
 * Content sniffing by magic bytes. Neither the file name nor the client's MIME type is trusted:
 * these decide what a file is, the extension only has to agree.
 */
import type { DigitalExtension } from "./limits";

export type SniffedImage = "jpeg" | "png" | "webp" | "gif" | "avif";

function ascii(bytes: Uint8Array, start: number, end: number): string {
  return String.fromCharCode(...bytes.subarray(start, end));
}

function startsWith(bytes: Uint8Array, signature: readonly number[], offset = 0): boolean {
  return bytes.length >= offset + signature.length && signature.every((b, i) => bytes[offset + i] === b);
}

/** The ISO-BMFF ("ftyp") major and compatible brands, or null when the file is not one. */
function ftypBrands(bytes: Uint8Array): string[] | null {
  if (bytes.length < 16 || ascii(bytes, 4, 8) !== "ftyp") return null;
  const boxSize = Math.min(new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).getUint32(0), bytes.length, 4096);
  const brands = [ascii(bytes, 8, 12)];
  for (let i = 16; i + 4 <= boxSize; i += 4) brands.push(ascii(bytes, i, i + 4));
  return brands;
}

const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const JPEG = [0xff, 0xd8, 0xff];
const ZIP = [0x50, 0x4b, 0x03, 0x04];
const EMPTY_ZIP = [0x50, 0x4b, 0x05, 0x06];

/** Which of the accepted image formats the bytes are, or null (SVG, TIFF, HEIC, scripts, anything else). */
export function sniffImage(bytes: Uint8Array): SniffedImage | null {
  if (startsWith(bytes, JPEG)) return "jpeg";
  if (startsWith(bytes, PNG)) return "png";
  if (bytes.length >= 12 && ascii(bytes, 0, 4) === "RIFF" && ascii(bytes, 8, 12) === "WEBP") return "webp";
  if (bytes.length >= 6 && (ascii(bytes, 0, 6) === "GIF87a" || ascii(bytes, 0, 6) === "GIF89a")) return "gif";
  const brands = ftypBrands(bytes);
  if (brands && (brands.includes("avif") || brands.includes("avis"))) return "avif";
  return null;
}

function isUtf8Text(bytes: Uint8Array): boolean {
  if (bytes.includes(0)) return false;
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

const SNIFF_DIGITAL: Record<DigitalExtension, (bytes: Uint8Array) => boolean> = {
  pdf: (b) => b.length >= 5 && ascii(b, 0, 5) === "%PDF-",
  // An EPUB is a ZIP whose first entry is the uncompressed "mimetype" file.
  epub: (b) => startsWith(b, ZIP) && b.length >= 58 && ascii(b, 30, 58) === "mimetypeapplication/epub+zip",
  zip: (b) => startsWith(b, ZIP) || startsWith(b, EMPTY_ZIP),
  mp3: (b) => (b.length >= 3 && ascii(b, 0, 3) === "ID3") || (b.length >= 2 && b[0] === 0xff && (b[1] & 0xe0) === 0xe0),
  m4a: (b) => ftypBrands(b) !== null,
  mp4: (b) => ftypBrands(b) !== null,
  txt: isUtf8Text,
};

/** Whether the bytes really are a file of the kind its extension claims. */
export function contentMatchesExtension(bytes: Uint8Array, ext: DigitalExtension): boolean {
  return bytes.length > 0 && SNIFF_DIGITAL[ext](bytes);
}
