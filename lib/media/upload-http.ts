import "server-only";
import { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { fieldErrorsFromIssues, isAppError, RateLimitedError, UnauthenticatedError, ValidationError } from "@/lib/platform/errors";
import { logger } from "@/lib/platform/logger";
import { rateLimit } from "@/lib/platform/rate-limit";
import { MediaRejectedError } from "./errors";
import { tooLarge } from "./file-bytes";
import { resolveUploadSeller } from "./upload-owner";

/** Room for the multipart boundaries and part headers around the file itself. */
const MULTIPART_OVERHEAD = 64 * 1024;
export const UPLOADS_PER_WINDOW = 60;
export const UPLOAD_WINDOW_SECONDS = 600;

const querySchema = z.object({ sellerId: z.uuid({ error: "Unknown store" }).optional() });
const formSchema = z.object({ file: z.file({ error: "Choose a file to upload" }) });

/**
 * Parses a multipart body without reading more than the limit allows: a declared Content-Length over
 * it is refused before any byte is read, and a body without one (chunked) is counted as it streams
 * and cut off once it passes the limit.
 */
export async function readUploadForm(request: Request, maxFileBytes: number, what: string): Promise<FormData> {
  const contentType = request.headers.get("content-type") ?? "";
  if (!/^multipart\/form-data;/i.test(contentType)) throw new MediaRejectedError("malformed", "Send the file as multipart/form-data in a field named “file”.");
  const maxBody = maxFileBytes + MULTIPART_OVERHEAD;
  const declared = Number(request.headers.get("content-length"));
  if (Number.isFinite(declared) && declared > maxBody) throw tooLarge(maxFileBytes, what, Math.max(0, declared - MULTIPART_OVERHEAD));
  if (!request.body) throw new MediaRejectedError("empty", "Choose a file to upload.");

  let seen = 0;
  const counted = request.body.pipeThrough(
    new TransformStream<Uint8Array, Uint8Array>({
      transform(chunk, controller) {
        seen += chunk.byteLength;
        if (seen > maxBody) controller.error(tooLarge(maxFileBytes, what));
        else controller.enqueue(chunk);
      },
    }),
  );
  try {
    return await new Response(counted, { headers: { "content-type": contentType } }).formData();
  } catch {
    if (seen > maxBody) throw tooLarge(maxFileBytes, what);
    throw new MediaRejectedError("malformed", "The upload was cut short or is not valid multipart/form-data. Please try again.");
  }
}

function errorResponse(err: unknown, path: string): Response {
  const headers = { "Cache-Control": "no-store" };
  if (err instanceof MediaRejectedError) return Response.json({ error: err.message, code: err.reason }, { status: err.status, headers });
  if (err instanceof RateLimitedError) {
    return Response.json({ error: err.message, code: err.code }, { status: 429, headers: { ...headers, "Retry-After": String(err.retryAfterSeconds) } });
  }
  if (err instanceof ValidationError) return Response.json({ error: err.message, code: err.code, fieldErrors: err.fieldErrors }, { status: 422, headers });
  if (isAppError(err)) return Response.json({ error: err.message, code: err.code }, { status: err.status, headers });
  logger.error({ err, path }, "upload failed");
  return Response.json({ error: "Something went wrong on our side. Please try again.", code: "internal" }, { status: 500, headers });
}

export interface UploadHandler<T> {
  maxFileBytes: number;
  /** Plural noun for messages: "images", "digital files". */
  what: string;
  store: (actor: Actor | null, input: { file: File; fileName: string; sellerId: string }) => Promise<T>;
}

/**
 * The body of POST /api/uploads/*: authorizes and rate-limits before reading the body, parses the
 * multipart `file` field within the size limit, hands it to the service, answers JSON
 * (201 with the result, or `{ error, code }` with 400/401/403/404/413/415/422/429).
 */
export async function handleUpload<T>(request: Request, actor: Actor | null, handler: UploadHandler<T>): Promise<Response> {
  try {
    const query = querySchema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
    if (!query.success) throw new ValidationError(fieldErrorsFromIssues(query.error.issues));
    if (!actor) throw new UnauthenticatedError();
    const sellerId = await resolveUploadSeller(actor, query.data.sellerId);
    const limit = await rateLimit(`upload:${actor.id}`, UPLOADS_PER_WINDOW, UPLOAD_WINDOW_SECONDS);
    if (!limit.allowed) throw new RateLimitedError(UPLOAD_WINDOW_SECONDS, "You have uploaded a lot of files in a short time. Please wait a few minutes and try again.");

    const form = await readUploadForm(request, handler.maxFileBytes, handler.what);
    const parsed = formSchema.safeParse({ file: form.get("file") ?? undefined });
    if (!parsed.success) throw new ValidationError(fieldErrorsFromIssues(parsed.error.issues), "Choose a file to upload.");
    const { file } = parsed.data;
    const result = await handler.store(actor, { file, fileName: file.name, sellerId });
    return Response.json(result, { status: 201, headers: { "Cache-Control": "no-store" } });
  } catch (err) {
    return errorResponse(err, new URL(request.url).pathname);
  }
}
