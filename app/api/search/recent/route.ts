import { NextResponse } from "next/server";
import { getActor } from "@/lib/auth/session";
import { logger } from "@/lib/platform/logger";
import { clearRecentSearches, listRecentSearches } from "@/lib/search/analytics-service";

export const dynamic = "force-dynamic";

const noStore = { "cache-control": "private, no-store" };

/** The signed-in user's last distinct searches, newest first (at most 8); `[]` for anonymous visitors. */
export async function GET() {
  const actor = await getActor();
  if (!actor) return NextResponse.json({ recent: [] }, { headers: noStore });
  try {
    return NextResponse.json({ recent: await listRecentSearches(actor.id) }, { headers: noStore });
  } catch (err) {
    // Recent searches are a nicety of the autocomplete: never an error the dropdown has to show.
    logger.error({ err }, "recent searches unavailable");
    return NextResponse.json({ recent: [] }, { headers: noStore });
  }
}

/** Clears the signed-in user's recent searches (hidden from this list; analytics keep the log). 401 for anonymous. */
export async function DELETE() {
  const actor = await getActor();
  if (!actor) return NextResponse.json({ error: "Please sign in to continue." }, { status: 401, headers: noStore });
  await clearRecentSearches(actor.id);
  return new NextResponse(null, { status: 204, headers: noStore });
}
