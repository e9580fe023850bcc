import { getActor } from "@/lib/auth/session";
import { csvFileName, sellerOrdersCsv } from "@/lib/orders/csv";
import { exportSellerOrders } from "@/lib/orders/seller-queries";
import { isAppError, UnauthenticatedError } from "@/lib/platform/errors";
import { logger } from "@/lib/platform/logger";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

const NO_STORE = { "Cache-Control": "no-store" };

/** GET /seller/orders/export?tab=&q=&from=&to= → the signed-in seller's filtered orders as CSV. */
export async function GET(request: Request): Promise<Response> {
  try {
    const actor = await getActor();
    if (!actor) throw new UnauthenticatedError();
    const params = Object.fromEntries(new URL(request.url).searchParams);
    const rows = await exportSellerOrders(actor, actor.sellerId ?? "", params);
    return new Response(sellerOrdersCsv(rows), {
      headers: {
        ...NO_STORE,
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": `attachment; filename="${csvFileName("quicklocal-orders")}"`,
        "X-Content-Type-Options": "nosniff",
      },
    });
  } catch (err) {
    if (isAppError(err)) return Response.json({ error: err.message, code: err.code }, { status: err.status, headers: NO_STORE });
    logger.error({ err }, "seller order export failed");
    return Response.json({ error: "Something went wrong on our side. Please try again.", code: "internal" }, { status: 500, headers: NO_STORE });
  }
}
