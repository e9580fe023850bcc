import { NextResponse } from "next/server";
import { logger } from "@/lib/platform/logger";
import { getSearchEngine } from "@/lib/search";

export const dynamic = "force-dynamic";

const MAX_LIMIT = 20;

/**
 * GET /api/search/suggest?q=&limit= — autocomplete from the first character: popular queries,
 * categories, brands and products → { q, suggestions: [{ kind, label, href, detail? }], took_ms }.
 */
export async function GET(request: Request) {
  const params = new URL(request.url).searchParams;
  const q = params.get("q") ?? "";
  const limitText = params.get("limit");
  if (limitText !== null && !(/^\d+$/.test(limitText) && Number(limitText) >= 1 && Number(limitText) <= MAX_LIMIT)) {
    return NextResponse.json(
      { error: "Invalid suggestion parameters", fieldErrors: { limit: [`Must be a whole number from 1 to ${MAX_LIMIT}`] } },
      { status: 400, headers: { "cache-control": "no-store" } },
    );
  }
  try {
    const result = await getSearchEngine().suggest(q, limitText ? { limit: Number(limitText) } : undefined);
    return NextResponse.json(
      { q: result.q, suggestions: result.suggestions, took_ms: result.tookMs },
      { headers: { "cache-control": "public, max-age=60, stale-while-revalidate=300" } },
    );
  } catch (err) {
    logger.error({ err }, "suggest failed");
    return NextResponse.json({ error: "Suggestions are unavailable right now." }, { status: 500, headers: { "cache-control": "no-store" } });
  }
}
