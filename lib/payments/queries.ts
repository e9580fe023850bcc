import "server-only";
import { eq } from "drizzle-orm";
import { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/policies";
import { getDb, type Executor } from "@/lib/platform/db";
import { orders, payments, type OrderStatus, type PaymentStatus } from "@/models";
import { paymentProvider } from "./providers";
import type { PaymentMethod } from "@/models";

/** A payment as the pay page shows it (the sandbox page, later gateways' return pages). */
export interface PaymentDto {
  id: string;
  provider: PaymentMethod;
  providerLabel: string;
  sandbox: boolean;
  status: PaymentStatus;
  amountPaise: number;
  orderId: string;
  orderNumber: string;
  orderStatus: OrderStatus;
  /** While the order waits for payment: when its held stock is released. */
  expiresAt: Date | null;
}

/** The signed-in customer's payment; null when it does not exist or is someone else's. */
export async function getPaymentForCustomer(actor: Actor | null, paymentId: unknown, executor?: Executor): Promise<PaymentDto | null> {
  const id = z.uuid().safeParse(paymentId);
  if (!actor || !id.success || !can(actor, "checkout:place")) return null;
  const db = executor ?? (await getDb());
  const [row] = await db
    .select({
      id: payments.id,
      provider: payments.provider,
      status: payments.status,
      amountPaise: payments.amountPaise,
      orderId: orders.id,
      orderNumber: orders.number,
      orderStatus: orders.status,
      expiresAt: orders.reservationExpiresAt,
      customerId: orders.customerId,
    })
    .from(payments)
    .innerJoin(orders, eq(orders.id, payments.orderId))
    .where(eq(payments.id, id.data))
    .limit(1);
  if (!row || row.customerId !== actor.id) return null;
  const provider = paymentProvider(row.provider as PaymentMethod);
  const { customerId: _customer, ...rest } = row;
  return { ...rest, provider: provider.id, providerLabel: provider.label, sandbox: provider.sandbox };
}
