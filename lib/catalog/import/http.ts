import "server-only";
import { isAppError } from "@/lib/platform/errors";
import { logger } from "@/lib/platform/logger";

export const NO_STORE = { "Cache-Control": "no-store" };

/** A JSON error answer for the import route handlers: the app error's status and message, or a logged 500. */
export function importErrorResponse(err: unknown, path: string): Response {
  if (isAppError(err)) return Response.json({ error: err.message, code: err.code }, { status: err.status, headers: NO_STORE });
  logger.error({ err, path }, "import request failed");
  return Response.json({ error: "Something went wrong on our side. Please try again.", code: "internal" }, { status: 500, headers: NO_STORE });
}
