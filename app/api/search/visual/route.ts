import { handleVisualSearch } from "@/lib/search/visual/http";

export const dynamic = "force-dynamic";

/** POST /api/search/visual — see lib/search/visual/http.ts (multipart `image`, optional `limit` → { hits, took_ms }). */
export async function POST(request: Request) {
  return handleVisualSearch(request);
}
