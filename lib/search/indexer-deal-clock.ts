/**
 * has_deal depends on the clock: a deal starts and ends without any write. This job re-indexes the
 * products whose deals started or ended since the previous run (with overlap), so search_documents
 * follow; handlers.ts schedules it every DEAL_CLOCK_INTERVAL_MS in the process that consumes jobs.
 */
import { sql } from "drizzle-orm";
import { z } from "zod";
import { getDb, queryRows } from "@/lib/platform/db";
import { defineJob } from "@/lib/platform/jobs";
import { deals, productVariants } from "@/models";
import { indexProducts } from "./indexer";

export const DEAL_CLOCK_JOB = "search.deal-clock";
export const DEAL_CLOCK_INTERVAL_MS = 60_000;
/** Look-back of each run: twice the interval, so a late run still sees every edge. */
const LOOK_BACK_SECONDS = (2 * DEAL_CLOCK_INTERVAL_MS) / 1000;

/** Products with a deal that started or ended in the last `seconds`. */
export async function productIdsWithDealEdges(seconds: number): Promise<string[]> {
  const db = await getDb();
  const rows = await queryRows<{ id: string }>(
    db,
    sql`select distinct ${productVariants.productId} as id from ${deals} join ${productVariants} on ${productVariants.id} = ${deals.variantId}
      where ${deals.startsAt} between now() - make_interval(secs => ${seconds}) and now()
         or ${deals.endsAt} between now() - make_interval(secs => ${seconds}) and now()`,
  );
  return rows.map((r) => r.id);
}

export const dealClockJob = defineJob({
  name: DEAL_CLOCK_JOB,
  schema: z.object({}),
  attempts: 1,
  run: async () => {
    const ids = await productIdsWithDealEdges(LOOK_BACK_SECONDS);
    if (ids.length > 0) await indexProducts(ids);
  },
});
