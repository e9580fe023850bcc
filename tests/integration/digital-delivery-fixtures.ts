/**
 * Orders for the digital-delivery and notification tests, written through lib/orders/create.ts as the
 * checkout would (prices without GST to keep the sums obvious; the pricing rules are tested elsewhere).
 */
import { randomUUID } from "node:crypto";
import { createOrder } from "@/lib/orders/create";
import { addLicenceKeys, saveDigitalFile, syncDigitalStock } from "@/lib/catalog/digital-service";
import { getDb, type Executor } from "@/lib/platform/db";
import type { DeliveryOption, PaymentMethod } from "@/models";
import { makeCategory, makeProduct, makeSeller, unique, uploadedDigitalFile } from "../support/fixtures";

export interface FixtureLine {
  productId: string;
  variantId: string;
  productType?: "physical" | "digital";
  quantity?: number;
  unitPricePaise?: number;
}

export interface FixturePart {
  sellerId: string;
  requiresShipping?: boolean;
  deliveryOption?: DeliveryOption | null;
  lines: FixtureLine[];
}

export async function makeOrder(
  executor: Executor | null,
  { customerId, parts, status = "placed", paymentMethod = "sandbox" }: { customerId: string; parts: FixturePart[]; status?: "placed" | "pending_payment"; paymentMethod?: PaymentMethod },
) {
  const run = async (tx: Executor) => {
    const built = parts.map((p) => {
      const lines = p.lines.map((l) => {
        const quantity = l.quantity ?? 1;
        const unit = l.unitPricePaise ?? 19_900;
        const total = unit * quantity;
        return {
          productId: l.productId,
          variantId: l.variantId,
          productType: l.productType ?? "digital",
          title: unique("Item"),
          variantTitle: "Standard",
          sku: unique("SKU"),
          imageKey: null,
          quantity,
          unitPricePaise: unit,
          mrpPaise: unit,
          dealId: null,
          components: null,
          money: { lineSubtotalPaise: total, discountPaise: 0, totalPaise: total, gstRateBp: 0, taxableValuePaise: total, cgstPaise: 0, sgstPaise: 0, igstPaise: 0 },
        };
      });
      const subtotal = lines.reduce((s, l) => s + l.money.totalPaise, 0);
      const requiresShipping = p.requiresShipping ?? false;
      return {
        sellerId: p.sellerId,
        sellerState: "Maharashtra",
        requiresShipping,
        deliveryOption: requiresShipping ? (p.deliveryOption ?? "standard") : null,
        promisedBy: requiresShipping ? new Date(Date.now() + 3 * 86_400_000) : null,
        money: { subtotalPaise: subtotal, discountPaise: 0, shippingPaise: 0, taxPaise: 0, cgstPaise: 0, sgstPaise: 0, igstPaise: 0, totalPaise: subtotal },
        lines,
      };
    });
    const total = built.reduce((s, p) => s + p.money.totalPaise, 0);
    return createOrder(tx, {
      customerId,
      idempotencyKey: randomUUID(),
      requestHash: "test",
      paymentMethod,
      status,
      shippingAddress: { fullName: "Asha Rao", phone: "9845012345", line1: "12 MG Road", line2: null, landmark: null, city: "Pune", state: "Maharashtra", pincode: "411001" },
      coupon: null,
      money: { subtotalPaise: total, discountPaise: 0, shippingPaise: 0, taxPaise: 0, totalPaise: total },
      reservationExpiresAt: null,
      parts: built,
    });
  };
  return executor ? run(executor) : (await getDb()).transaction(run);
}

/** A seller with a file-only digital product and a key-only digital product (`keys` in its pool). */
export async function makeDigitalShop(keys: number) {
  const db = await getDb();
  const { seller, actor } = await makeSeller("Digital shop");
  const category = await makeCategory(null, "E-books");
  const withFile = await makeProduct({ sellerId: seller.id, categoryId: category.id, type: "digital", title: "Recipe e-book" });
  const file = await uploadedDigitalFile(seller.id, "recipes.pdf");
  await saveDigitalFile(db, withFile.product.id, file);
  const withKeys = await makeProduct({ sellerId: seller.id, categoryId: category.id, type: "digital", title: "Antivirus 1 year" });
  await addLicenceKeys(db, withKeys.product.id, Array.from({ length: keys }, (_, i) => `KEY-${unique("k")}-${i}`));
  await syncDigitalStock(db, withKeys.product.id);
  return { seller, sellerActor: actor, withFile, withKeys, file };
}
