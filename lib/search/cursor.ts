/**
 * Keyset cursors (pure): base64url JSON of the sort, the last hit's sort key and its product id. The
 * next page continues strictly after that hit, however deep, and a cursor is refused (null) when it is
 * malformed or was made for another sort.
 */
import { z } from "zod";
import type { SearchSort } from "@/lib/catalog/rules";

/** Keys of each sort's order, before the product id that breaks ties. */
export const SORT_KEY_COUNT: Record<SearchSort, number> = {
  relevance: 1,
  popular: 1,
  price_asc: 1,
  price_desc: 1,
  rating: 2,
  newest: 1,
  discount: 1,
};

export const MAX_CURSOR_LENGTH = 400;

export interface CursorPosition {
  sort: SearchSort;
  keys: number[];
  id: string;
}

const payload = z.object({
  s: z.string(),
  k: z.array(z.number().refine(Number.isFinite)).max(4),
  i: z.uuid(),
});

export function encodeCursor({ sort, keys, id }: CursorPosition): string {
  return Buffer.from(JSON.stringify({ s: sort, k: keys, i: id }), "utf8").toString("base64url");
}

/** The position a cursor holds, or null when it is not a cursor of this sort. */
export function decodeCursor(cursor: string, sort: SearchSort): CursorPosition | null {
  if (!cursor || cursor.length > MAX_CURSOR_LENGTH || !/^[A-Za-z0-9_-]+$/.test(cursor)) return null;
  let json: unknown;
  try {
    json = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
  } catch {
    return null;
  }
  const parsed = payload.safeParse(json);
  if (!parsed.success || parsed.data.s !== sort || parsed.data.k.length !== SORT_KEY_COUNT[sort]) return null;
  return { sort, keys: parsed.data.k, id: parsed.data.i };
}
