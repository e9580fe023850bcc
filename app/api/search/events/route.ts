import { NextResponse } from "next/server";
import { clientIp } from "@/lib/auth/client-ip";
import { fieldErrorsByPath } from "@/lib/platform/errors";
import { logger } from "@/lib/platform/logger";
import { rateLimit } from "@/lib/platform/rate-limit";
import { searchEventSchema } from "@/lib/search/analytics-schemas";
import { recordSearchInteraction } from "@/lib/search/analytics-service";

export const dynamic = "force-dynamic";

/** Beacons are tiny; anything bigger is not one. */
const MAX_BODY_BYTES = 2_048;
/** Per client IP and minute: generous for a shopper, useless for flooding the log. */
const EVENTS_PER_MINUTE = 120;

const noStore = { "cache-control": "no-store" };

/**
 * Click and add-to-cart beacons after a search (navigator.sendBeacon from lib/search/analytics-client.ts).
 * 204 when recorded; 400 naming the field for bad input; 404 for a search id that was never logged;
 * 403 for a beacon another site made a browser send; 413 for an oversized body; 429 when a client sends too many.
 */
export async function POST(request: Request) {
  // Browsers label cross-site requests; another site must not be able to fill our analytics.
  if (request.headers.get("sec-fetch-site") === "cross-site") return NextResponse.json({ error: "Cross-site events are not accepted" }, { status: 403, headers: noStore });
  const limit = await rateLimit(`search-events:${clientIp(request.headers)}`, EVENTS_PER_MINUTE, 60);
  if (!limit.allowed) return NextResponse.json({ error: "Too many events" }, { status: 429, headers: { ...noStore, "retry-after": "60" } });

  const text = await request.text();
  if (text.length > MAX_BODY_BYTES) return NextResponse.json({ error: "Body too large" }, { status: 413, headers: noStore });
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return NextResponse.json({ error: "Body must be JSON", fieldErrors: { _form: ["Body must be JSON"] } }, { status: 400, headers: noStore });
  }
  const parsed = searchEventSchema.safeParse(body);
  if (!parsed.success) {
    return NextResponse.json({ error: "Invalid event", fieldErrors: fieldErrorsByPath(parsed.error.issues) }, { status: 400, headers: noStore });
  }
  const event = parsed.data;
  try {
    const outcome = await recordSearchInteraction({
      queryId: event.queryId,
      kind: event.kind,
      productId: event.productId,
      position: event.kind === "click" ? event.position : null,
    });
    if (outcome === "unknown-query") return NextResponse.json({ error: "Unknown search", fieldErrors: { queryId: ["No such search"] } }, { status: 404, headers: noStore });
  } catch (err) {
    logger.error({ err }, "search event could not be recorded");
    return NextResponse.json({ error: "Could not record the event" }, { status: 500, headers: noStore });
  }
  return new NextResponse(null, { status: 204, headers: noStore });
}
