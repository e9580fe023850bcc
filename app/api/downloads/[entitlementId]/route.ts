import { getActor } from "@/lib/auth/session";
import { signInUrl } from "@/lib/auth/callback-url";
import { openDownload } from "@/lib/orders/digital-downloads";
import { isAppError, UnauthenticatedError } from "@/lib/platform/errors";
import { logger } from "@/lib/platform/logger";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** ASCII fallback and RFC 5987 UTF-8 name for Content-Disposition. */
function disposition(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]/g, "_").replace(/["\\]/g, "_");
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c] ?? c);
}

/** A small readable page for a refused download (the browser navigated here), with the status code. */
function downloadRefusal(err: unknown): Response {
  const status = isAppError(err) ? err.status : 500;
  const message = isAppError(err) ? err.message : "Something went wrong on our side. Please try again.";
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>Download unavailable · QuickLocal</title><meta name="robots" content="noindex"></head>
<body style="font-family:system-ui,sans-serif;color:#0f172a;max-width:32rem;margin:3rem auto;padding:0 1rem;line-height:1.5">
<h1 style="font-size:1.25rem">Download unavailable</h1><p>${escapeHtml(message)}</p>
<p><a href="/account/orders" style="color:#0f7a37;font-weight:600">Go to your orders</a></p></body></html>`;
  return new Response(html, { status, headers: { "content-type": "text/html; charset=utf-8", "cache-control": "private, no-store" } });
}

/**
 * GET /api/downloads/<entitlementId>?exp=…&sig=… — one download of a purchased file by its buyer.
 * Anonymous → sign-in (and back here); refusals: 403 (someone else's or a forged link), 404, 410
 * (link or download period expired, limit used up, order cancelled), as a short page in the browser.
 */
export async function GET(request: Request, { params }: { params: Promise<{ entitlementId: string }> }): Promise<Response> {
  const url = new URL(request.url);
  const { entitlementId } = await params;
  const actor = await getActor();
  try {
    const file = await openDownload(actor, { entitlementId, exp: url.searchParams.get("exp"), sig: url.searchParams.get("sig") });
    return new Response(new Uint8Array(file.bytes), {
      status: 200,
      headers: {
        "content-type": file.contentType,
        "content-length": String(file.bytes.length),
        "content-disposition": disposition(file.fileName),
        "cache-control": "private, no-store",
        "x-downloads-left": String(file.downloadsLeft),
      },
    });
  } catch (err) {
    if (err instanceof UnauthenticatedError) {
      return new Response(null, { status: 303, headers: { location: signInUrl(`${url.pathname}${url.search}`), "cache-control": "no-store" } });
    }
    if (!isAppError(err)) logger.error({ err, entitlementId }, "download failed");
    return downloadRefusal(err);
  }
}
