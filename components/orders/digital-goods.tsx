import { getActor } from "@/lib/auth/session";
import { getOrderDigitalGoods } from "@/lib/orders/digital-queries";
import { DigitalDeliveries } from "./digital-deliveries";

/**
 * The order page's digital goods section (server component): fresh signed download links and licence
 * keys for the signed-in buyer; renders nothing for orders without digital goods or for anyone else.
 */
export async function DigitalGoods({ orderId, headingLevel }: { orderId: string; headingLevel?: 2 | 3 }) {
  const items = await getOrderDigitalGoods(await getActor(), orderId);
  return <DigitalDeliveries items={items} headingLevel={headingLevel} />;
}
