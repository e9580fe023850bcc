import { getActor } from "@/lib/auth/session";
import { importErrorResponse, NO_STORE } from "@/lib/catalog/import/http";
import { getImport } from "@/lib/catalog/import/queries";

export const runtime = "nodejs";

/** GET → the import's status and counters (the progress page polls it), for the seller who owns it. */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  try {
    return Response.json(await getImport(await getActor(), (await params).id), { headers: NO_STORE });
  } catch (err) {
    return importErrorResponse(err, new URL(request.url).pathname);
  }
}
