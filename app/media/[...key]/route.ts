import { createHash } from "node:crypto";
import sharp from "sharp";
import { IMAGE_WIDTHS } from "@/lib/catalog/image-url";
import { isPrivateKey } from "@/lib/media/keys";
import { logger } from "@/lib/platform/logger";
import { getStorage, isValidKey, type StoredObject } from "@/lib/platform/storage";

export const runtime = "nodejs";

const IMMUTABLE = "public, max-age=31536000, immutable";
const RESIZABLE = new Set(["image/webp", "image/png", "image/jpeg"]);

type Context = { params: Promise<{ key: string[] }> };

function etagOf(bytes: Buffer): string {
  return `"${createHash("sha256").update(bytes).digest("base64url").slice(0, 32)}"`;
}

function matches(ifNoneMatch: string | null, etag: string): boolean {
  if (!ifNoneMatch) return false;
  if (ifNoneMatch.trim() === "*") return true;
  return ifNoneMatch.split(",").some((tag) => tag.trim().replace(/^W\//, "") === etag);
}

function notFound(): Response {
  return new Response("Not found", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });
}

/** A stored copy of `original` at most `width` pixels wide, made on first request and kept in storage. */
async function resized(key: string, original: StoredObject, width: number): Promise<StoredObject> {
  const storage = getStorage();
  const derivedKey = `cache/w${width}/${key}`;
  const existing = await storage.get(derivedKey);
  if (existing) return existing;
  try {
    const image = sharp(original.bytes);
    const meta = await image.metadata();
    if (!meta.width || meta.width <= width) return original;
    const bytes = await image.resize({ width }).toFormat(meta.format === "png" ? "png" : meta.format === "jpeg" ? "jpeg" : "webp", { quality: 78 }).toBuffer();
    await storage.put(derivedKey, bytes, original.contentType);
    return { bytes, contentType: original.contentType };
  } catch (err) {
    logger.warn({ err, key, width }, "media resize failed; serving the original");
    return original;
  }
}

async function serve(request: Request, { params }: Context, withBody: boolean): Promise<Response> {
  const { key: segments } = await params;
  const key = (segments ?? []).join("/");
  // Derived copies are reached through ?w=, and private/ (digital products) only through signed downloads.
  if (!isValidKey(key) || key.startsWith("cache/") || isPrivateKey(key)) return notFound();

  const storage = getStorage();
  let object = await storage.get(key);
  if (!object) return notFound();

  const width = Number(new URL(request.url).searchParams.get("w"));
  if ((IMAGE_WIDTHS as readonly number[]).includes(width) && RESIZABLE.has(object.contentType)) {
    object = await resized(key, object, width);
  }

  const etag = etagOf(object.bytes);
  const headers = new Headers({
    "Content-Type": object.contentType,
    "Cache-Control": IMMUTABLE,
    ETag: etag,
    "X-Content-Type-Options": "nosniff",
  });
  // Stored SVGs must never run script in our origin.
  if (object.contentType === "image/svg+xml") headers.set("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; sandbox");
  if (matches(request.headers.get("if-none-match"), etag)) return new Response(null, { status: 304, headers });
  headers.set("Content-Length", String(object.bytes.byteLength));
  return new Response(withBody ? new Uint8Array(object.bytes) : null, { status: 200, headers });
}

export function GET(request: Request, context: Context): Promise<Response> {
  return serve(request, context, true);
}

export function HEAD(request: Request, context: Context): Promise<Response> {
  return serve(request, context, false);
}
