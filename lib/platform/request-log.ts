import { headers } from "next/headers";
import { logger, requestLogger } from "./logger";

/** The logger for the current request, carrying the x-request-id that proxy.ts assigned. */
export async function requestLog() {
  const id = (await headers()).get("x-request-id");
  return id ? requestLogger(id) : logger;
}
