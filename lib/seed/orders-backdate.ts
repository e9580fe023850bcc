import { sql } from "drizzle-orm";
import type { Db } from "@/lib/platform/db";

/**
 * Moves a freshly seeded order `days` into the past so demo histories look real: the order and its parts
 * were created then, each later step of the timeline follows the previous one a few hours on (never past
 * now), and the parts' step timestamps match their timeline.
 */
export async function backdateOrder(db: Db, orderId: string, days: number): Promise<void> {
  if (days <= 0) return;
  const shift = sql`make_interval(days => ${days})`;
  await db.transaction(async (tx) => {
    await tx.execute(sql`
      update orders set created_at = created_at - ${shift}, placed_at = placed_at - ${shift}
      where id = ${orderId}`);
    await tx.execute(sql`
      update order_events e set created_at = o.created_at + r.step * interval '3 hours'
      from orders o, (
        select id, case when from_status is null and to_status in ('placed', 'pending_payment') then 0
                        else count(*) filter (where from_status is not null or to_status not in ('placed', 'pending_payment')) over (order by id) end as step
        from order_events where order_id = ${orderId}
      ) r
      where e.id = r.id and o.id = e.order_id`);
    await tx.execute(sql`
      update sub_orders s set
        created_at = o.created_at,
        promised_by = s.promised_by - ${shift},
        accepted_at = (select max(created_at) from order_events where sub_order_id = s.id and to_status = 'accepted'),
        packed_at = (select max(created_at) from order_events where sub_order_id = s.id and to_status = 'packed'),
        shipped_at = (select max(created_at) from order_events where sub_order_id = s.id and to_status = 'shipped'),
        delivered_at = (select max(created_at) from order_events where sub_order_id = s.id and to_status = 'delivered'),
        cancelled_at = (select max(created_at) from order_events where sub_order_id = s.id and to_status = 'cancelled'),
        updated_at = (select max(created_at) from order_events where sub_order_id = s.id)
      from orders o where o.id = s.order_id and s.order_id = ${orderId}`);
    await tx.execute(sql`
      update orders o set
        cancelled_at = (select max(created_at) from order_events where order_id = o.id and sub_order_id is null and to_status = 'cancelled'),
        updated_at = (select max(created_at) from order_events where order_id = o.id)
      where o.id = ${orderId}`);
  });
}
