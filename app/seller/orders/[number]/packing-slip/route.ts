import { getActor } from "@/lib/auth/session";
import { packingSlipAvailable } from "@/components/orders/seller-action-rules";
import { renderPackingSlip } from "./render";
import { getSellerOrderPart } from "@/lib/orders/seller-queries";
import { ConflictError, isAppError } from "@/lib/platform/errors";
import { logger } from "@/lib/platform/logger";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

const NO_STORE = { "Cache-Control": "no-store" };

/** GET → the packing slip of the signed-in seller's part as a PDF (after the part is accepted). */
export async function GET(_request: Request, { params }: { params: Promise<{ number: string }> }): Promise<Response> {
  try {
    const detail = await getSellerOrderPart(await getActor(), decodeURIComponent((await params).number));
    if (!packingSlipAvailable(detail.part)) {
      throw new ConflictError(detail.part.requiresShipping ? "Accept the order first: the packing slip is ready once you accept it." : "Digital items are not packed.");
    }
    const bytes = await renderPackingSlip(detail);
    return new Response(new Uint8Array(bytes), {
      headers: {
        ...NO_STORE,
        "Content-Type": "application/pdf",
        "Content-Disposition": `inline; filename="packing-slip-${detail.part.number}.pdf"`,
        "X-Content-Type-Options": "nosniff",
      },
    });
  } catch (err) {
    if (isAppError(err)) return Response.json({ error: err.message, code: err.code }, { status: err.status, headers: NO_STORE });
    logger.error({ err }, "packing slip failed");
    return Response.json({ error: "Something went wrong on our side. Please try again.", code: "internal" }, { status: 500, headers: NO_STORE });
  }
}
