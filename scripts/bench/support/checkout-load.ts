/** The two phases of the checkout benchmark: a flash-sale race for the last units, then sustained load. */
import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { OutOfStockError } from "@/lib/inventory";
import { confirmSandboxPayment } from "@/lib/payments/sandbox";
import type { Db } from "@/lib/platform/db";
import { placeOrder, quoteCheckout } from "@/lib/workflows/checkout";
import { productVariants } from "@/models";
import { fillCarts, makeBuyers, type BenchBuyer, type BenchVariant } from "./checkout-world";

export interface RaceResult {
  placed: number;
  outOfStock: number;
  otherErrors: string[];
  seconds: number;
  stock: { onHand: number; reserved: number };
}

const message = (err: unknown) => (err instanceof Error ? `${err.name}: ${err.message}` : String(err));

/** `count` customers with the hot variant in their cart place their orders at the same moment. */
export async function raceForLastUnits(db: Db, hot: BenchVariant, count: number): Promise<RaceResult> {
  const buyers = await makeBuyers(db, count, "race");
  await fillCarts(db, buyers.map((b) => b.id), [{ ...hot, quantity: 1 }]);
  const quote = await quoteCheckout(buyers[0], { addressId: buyers[0].addressId, paymentMethod: "cod" });
  if (!quote.quote || !quote.canPlace) throw new Error(`the race cart cannot be placed: ${quote.problems.map((p) => p.message).join("; ")}`);
  const total = quote.quote.totalPaise;
  const started = performance.now();
  const results = await Promise.allSettled(
    buyers.map((b) => placeOrder(b, { idempotencyKey: randomUUID(), addressId: b.addressId, paymentMethod: "cod", expectedTotalPaise: total })),
  );
  const seconds = (performance.now() - started) / 1000;
  const refused = results.flatMap((r) => (r.status === "rejected" ? [r.reason as unknown] : []));
  const [stock] = await db
    .select({ onHand: productVariants.stockOnHand, reserved: productVariants.stockReserved })
    .from(productVariants)
    .where(eq(productVariants.id, hot.id));
  return {
    placed: results.length - refused.length,
    outOfStock: refused.filter((e) => e instanceof OutOfStockError).length,
    otherErrors: refused.filter((e) => !(e instanceof OutOfStockError)).map(message),
    seconds,
    stock,
  };
}

export interface LoadResult {
  placed: number;
  seconds: number;
  errors: string[];
  /** Sorted latencies in milliseconds. */
  place: number[];
  quote: number[];
  pay: number[];
}

/** A cart of 1–3 items from 1–2 sellers, different for each order (deterministic per buyer and round). */
function cartFor(variants: readonly BenchVariant[], buyer: number, round: number) {
  const count = 1 + ((buyer + round) % 3);
  const start = (buyer * 37 + round * 11) % variants.length;
  return Array.from({ length: count }, (_, i) => ({ ...variants[(start + i * 41) % variants.length], quantity: 1 + (i % 2) }));
}

async function oneOrder(db: Db, buyer: BenchBuyer, items: ReturnType<typeof cartFor>, payment: "cod" | "sandbox", out: LoadResult): Promise<void> {
  await fillCarts(db, [buyer.id], items);
  const t0 = performance.now();
  const quote = await quoteCheckout(buyer, { addressId: buyer.addressId, paymentMethod: payment });
  const t1 = performance.now();
  if (!quote.quote || !quote.canPlace) throw new Error(quote.problems.map((p) => p.message).join("; "));
  const placed = await placeOrder(buyer, { idempotencyKey: randomUUID(), addressId: buyer.addressId, paymentMethod: payment, expectedTotalPaise: quote.quote.totalPaise });
  const t2 = performance.now();
  out.quote.push(t1 - t0);
  out.place.push(t2 - t1);
  if (payment === "sandbox" && placed.paymentRedirectUrl) {
    await confirmSandboxPayment(placed.paymentRedirectUrl.split("/").pop() as string, "approve");
    out.pay.push(performance.now() - t2);
  }
  out.placed += 1;
}

export async function throughput(
  db: Db,
  variants: readonly BenchVariant[],
  { buyers: count, seconds, payment }: { buyers: number; seconds: number; payment: "cod" | "sandbox" },
): Promise<LoadResult> {
  const buyers = await makeBuyers(db, count, "load");
  const out: LoadResult = { placed: 0, seconds: 0, errors: [], place: [], quote: [], pay: [] };
  const started = performance.now();
  const deadline = started + seconds * 1000;
  await Promise.all(
    buyers.map(async (buyer, b) => {
      for (let round = 0; performance.now() < deadline; round++) {
        try {
          await oneOrder(db, buyer, cartFor(variants, b, round), payment, out);
        } catch (err) {
          out.errors.push(message(err));
        }
      }
    }),
  );
  out.seconds = (performance.now() - started) / 1000;
  for (const list of [out.place, out.quote, out.pay]) list.sort((a, b) => a - b);
  return out;
}
