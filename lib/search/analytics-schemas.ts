import { z } from "zod";

/** Highest result position a click may report (60 per page × many pages is still far below). */
export const MAX_RESULT_POSITION = 10_000;

const ids = {
  queryId: z.uuid({ error: "Must be the id of a search" }),
  productId: z.uuid({ error: "Must be a product id" }),
};

/** A beacon from the storefront (lib/search/analytics-client.ts) to POST /api/search/events. */
export const searchEventSchema = z.discriminatedUnion(
  "kind",
  [
    z.strictObject({
      kind: z.literal("click"),
      ...ids,
      position: z.int({ error: "Must be a whole number" }).min(1, { error: "Positions start at 1" }).max(MAX_RESULT_POSITION),
    }),
    z.strictObject({ kind: z.literal("add_to_cart"), ...ids }),
  ],
  { error: 'Must be "click" or "add_to_cart"' },
);

export type SearchEvent = z.infer<typeof searchEventSchema>;
