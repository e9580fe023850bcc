import "server-only";
import { getServerSession } from "next-auth";
import { cache } from "react";
import type { Actor } from "./actor";
import { getAuthOptions } from "./options";

export type { Actor } from "./actor";

/**
 * The signed-in user of the current request (from the next-auth JWT session), or null.
 * Role and seller claims are re-read from the database every few minutes, and a disabled or
 * deleted user's session yields null. Memoised per request.
 */
export const getActor = cache(async (): Promise<Actor | null> => {
  const session = await getServerSession(getAuthOptions());
  const user = session?.user;
  if (!user?.id || !user.role) return null;
  return { id: user.id, email: user.email, name: user.name, role: user.role, sellerId: user.sellerId ?? null };
});
