import { getActor } from "@/lib/auth/session";
import { renderInvoicesPdf } from "@/lib/documents/invoice-pdf";
import { getOrderDetail } from "@/lib/orders/queries";
import { isAppError } from "@/lib/platform/errors";
import { logger } from "@/lib/platform/logger";

/**
 * GET /account/orders/QL100001/invoice[?part=QL100001-2] — the GST tax invoices of an order as one PDF
 * (one invoice per seller part), or of one part. Only the order's customer (and admins/support, who
 * may read any order) get it; anyone else gets 404, as for the order page.
 */
export async function GET(request: Request, { params }: { params: Promise<{ number: string }> }) {
  const { number } = await params;
  const part = new URL(request.url).searchParams.get("part");
  try {
    const actor = await getActor();
    const order = await getOrderDetail(actor, decodeURIComponent(number));
    if (!order.isCustomer && actor?.role !== "admin" && actor?.role !== "support") {
      return Response.json({ error: "We couldn't find that order." }, { status: 404 });
    }
    const parts = part ? [part.toUpperCase()] : undefined;
    if (!order.parts.some((p) => p.invoiceAvailable && (!parts || parts.includes(p.number)))) {
      return Response.json({ error: "There is no invoice for this yet: invoices are issued once an order is placed, and not for cancelled parts." }, { status: 409 });
    }
    const pdf = await renderInvoicesPdf(order, parts);
    const name = `invoice-${parts ? parts[0] : order.number}.pdf`;
    return new Response(new Uint8Array(pdf), {
      headers: {
        "Content-Type": "application/pdf",
        "Content-Disposition": `attachment; filename="${name}"`,
        "Content-Length": String(pdf.length),
        "Cache-Control": "private, no-store",
      },
    });
  } catch (err) {
    if (isAppError(err)) return Response.json({ error: err.message }, { status: err.status });
    logger.error({ err, number }, "invoice PDF failed");
    return Response.json({ error: "We couldn't make the invoice. Please try again." }, { status: 500 });
  }
}
