import { z } from "zod";

/** The queue's URL state: which kind of item (all when absent) and the page; bad values fall back. */
const schema = z.object({
  kind: z.enum(["new", "change"]).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(1000).catch(1),
});

export function reviewQueueParams(raw: Record<string, string>) {
  return schema.parse({ kind: raw.kind, page: raw.page ?? 1 });
}
