import { getActor } from "@/lib/auth/session";
import { importErrorResponse, NO_STORE } from "@/lib/catalog/import/http";
import { getImportErrorReport } from "@/lib/catalog/import/queries";
import { NotFoundError } from "@/lib/platform/errors";

export const runtime = "nodejs";

/** GET → the import's error report as a CSV download, only for the seller who owns the import. */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  try {
    const report = await getImportErrorReport(await getActor(), (await params).id);
    if (!report) throw new NotFoundError("This import has no error report: every row was imported.");
    return new Response(new Uint8Array(report.bytes), {
      headers: {
        ...NO_STORE,
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": `attachment; filename="${report.fileName}"`,
        "X-Content-Type-Options": "nosniff",
      },
    });
  } catch (err) {
    return importErrorResponse(err, new URL(request.url).pathname);
  }
}
