import "server-only";
import { z } from "zod";
import { clientIp } from "@/lib/auth/client-ip";
import { MediaRejectedError } from "@/lib/media/errors";
import { fileBytes } from "@/lib/media/file-bytes";
import { MAX_IMAGE_BYTES } from "@/lib/media/limits";
import { readUploadForm } from "@/lib/media/upload-http";
import { fieldErrorsFromIssues, isAppError, RateLimitedError, ValidationError } from "@/lib/platform/errors";
import { logger } from "@/lib/platform/logger";
import { rateLimit } from "@/lib/platform/rate-limit";
import { searchByImage, VISUAL_DEFAULT_LIMIT, VISUAL_MAX_LIMIT } from "./service";

/** Searches per client IP and window: each one decodes a photo and scans the whole index. */
export const VISUAL_SEARCHES_PER_WINDOW = 30;
export const VISUAL_WINDOW_SECONDS = 60;

const formSchema = z.object({
  image: z.file({ error: "Choose a photo to search with" }),
  limit: z.coerce
    .number({ error: "limit must be a number" })
    .int({ error: "limit must be a whole number" })
    .min(1, { error: "limit must be at least 1" })
    .max(VISUAL_MAX_LIMIT, { error: `limit can be at most ${VISUAL_MAX_LIMIT}` })
    .default(VISUAL_DEFAULT_LIMIT),
});

const NO_STORE = { "Cache-Control": "no-store" };

function errorResponse(err: unknown): Response {
  if (err instanceof MediaRejectedError) return Response.json({ error: err.message, code: err.reason }, { status: err.status, headers: NO_STORE });
  if (err instanceof RateLimitedError) {
    return Response.json({ error: err.message, code: err.code }, { status: 429, headers: { ...NO_STORE, "Retry-After": String(err.retryAfterSeconds) } });
  }
  if (err instanceof ValidationError) {
    const status = err.fieldErrors.image || !err.fieldErrors.limit ? err.status : 400;
    return Response.json({ error: err.message, code: err.code, fieldErrors: err.fieldErrors }, { status, headers: NO_STORE });
  }
  if (isAppError(err)) return Response.json({ error: err.message, code: err.code }, { status: err.status, headers: NO_STORE });
  logger.error({ err }, "visual search failed");
  return Response.json({ error: "Visual search is unavailable right now. Please try again.", code: "internal" }, { status: 500, headers: NO_STORE });
}

/**
 * POST /api/search/visual — multipart `image` (JPEG, PNG, WebP, AVIF or GIF, at most 10 MB and 40
 * megapixels) and optional `limit` (1–60, default 24) → `{ hits, took_ms }`: products on sale that look
 * like the photo, each hit a product card plus `similarity`. Refusals: 400 (bad limit / not multipart),
 * 413 (too large), 415 (not an image), 422 (no image, undecodable, too many pixels), 429 (rate limit).
 * The photo is never stored.
 */
export async function handleVisualSearch(request: Request): Promise<Response> {
  try {
    const limited = await rateLimit(`visual-search:${clientIp(request.headers)}`, VISUAL_SEARCHES_PER_WINDOW, VISUAL_WINDOW_SECONDS);
    if (!limited.allowed) throw new RateLimitedError(VISUAL_WINDOW_SECONDS, "Too many photo searches. Please wait a minute and try again.");
    const contentType = request.headers.get("content-type") ?? "";
    if (!/^multipart\/form-data;/i.test(contentType)) {
      throw new MediaRejectedError("malformed", "Send the photo as multipart/form-data in a field named “image”.");
    }
    const form = await readUploadForm(request, MAX_IMAGE_BYTES, "photos");
    const parsed = formSchema.safeParse({ image: form.get("image") ?? undefined, limit: form.get("limit") ?? undefined });
    if (!parsed.success) throw new ValidationError(fieldErrorsFromIssues(parsed.error.issues));
    const bytes = await fileBytes(parsed.data.image, MAX_IMAGE_BYTES, "photos");
    const result = await searchByImage(bytes, { limit: parsed.data.limit });
    return Response.json({ hits: result.hits, took_ms: result.tookMs }, { headers: NO_STORE });
  } catch (err) {
    return errorResponse(err);
  }
}
