import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { addLicenceKeys, licenceKeyCounts } from "@/lib/catalog/digital-service";
import { getProductForEditor } from "@/lib/catalog/product-queries";
import { UNLIMITED_DIGITAL_STOCK } from "@/lib/catalog/product-rules";
import { createProduct, updateProduct } from "@/lib/catalog/product-service";
import type { ProductEditorInput } from "@/lib/catalog/product-schemas";
import { getDb } from "@/lib/platform/db";
import { ValidationError } from "@/lib/platform/errors";
import { digitalFiles, licenceKeys, productVariants } from "@/models";
import { editorInput, makeCategory, makeSeller, unique, uploadedDigitalFile } from "../support/fixtures";
import { rejectsWith } from "../support/rejects";

let seller: Awaited<ReturnType<typeof makeSeller>>;
let rival: Awaited<ReturnType<typeof makeSeller>>;
let categoryId: string;

beforeAll(async () => {
  [seller, rival] = await Promise.all([makeSeller("E-book Corner"), makeSeller("Other Corner")]);
  categoryId = (await makeCategory(null, "E-books")).id;
});

function digitalInput(over: Partial<ProductEditorInput> = {}): ProductEditorInput {
  return editorInput(categoryId, { type: "digital", title: unique("Festive recipes e-book"), ...over });
}

async function variantOf(productId: string) {
  const db = await getDb();
  const [v] = await db.select().from(productVariants).where(eq(productVariants.productId, productId));
  return v;
}

const rejects = (promise: Promise<unknown>) => rejectsWith(promise, ValidationError);

describe("licence key pool", () => {
  it("adds keys, skips duplicates and counts available and assigned; stock follows the pool", async () => {
    const { id } = await createProduct(seller.actor, digitalInput({ licenceKeys: "AAAA-1111\nBBBB-2222\n AAAA-1111 \n\n" }));
    expect(await licenceKeyCounts(await getDb(), id)).toEqual({ available: 2, assigned: 0 });
    expect((await variantOf(id)).stockOnHand).toBe(2);

    const editor = await getProductForEditor(seller.actor, id);
    expect(editor.values.licenceKeys).toBe("");
    await updateProduct(seller.actor, id, { ...editor.values, licenceKeys: "BBBB-2222\nCCCC-3333" });
    const db = await getDb();
    await db.update(licenceKeys).set({ assignedAt: new Date(), assignedRef: "order-line-1" }).where(eq(licenceKeys.key, "AAAA-1111"));
    expect(await addLicenceKeys(db, id, ["CCCC-3333", "DDDD-4444"])).toBe(1);
    expect((await getProductForEditor(seller.actor, id)).licenceKeyCounts).toEqual({ available: 3, assigned: 1 });

    // Saving again without new keys keeps the product valid (its pool counts) and re-syncs stock.
    await updateProduct(seller.actor, id, (await getProductForEditor(seller.actor, id)).values);
    expect((await variantOf(id)).stockOnHand).toBe(3);
  });

  it("refuses keys on a product with several variants", async () => {
    const options = [{ name: "Edition", values: ["Hindi", "English"] }];
    const err = await rejects(createProduct(seller.actor, digitalInput({ options, licenceKeys: "KEY-1" })));
    expect(err.fieldErrors.options?.[0]).toMatch(/single variant/);
  });

  it("refuses keys and files on a physical product", async () => {
    const err = await rejects(createProduct(seller.actor, editorInput(categoryId, { licenceKeys: "KEY-1" })));
    expect(err.fieldErrors.digitalFile).toEqual(["Only a digital product has a file or licence keys"]);
  });
});

describe("digital file", () => {
  it("a file-only product is always in stock and ships nothing", async () => {
    const file = await uploadedDigitalFile(seller.seller.id);
    const input = digitalInput({ digitalFile: file });
    input.variants[0] = { ...input.variants[0], weightGrams: "250", lengthMm: "200" };
    const { id } = await createProduct(seller.actor, input);
    expect(await variantOf(id)).toMatchObject({ stockOnHand: UNLIMITED_DIGITAL_STOCK, weightGrams: null, lengthMm: null });
    const db = await getDb();
    const [stored] = await db.select().from(digitalFiles).where(eq(digitalFiles.productId, id));
    expect(stored).toMatchObject({ storageKey: file.storageKey, fileName: "guide.pdf", sha256: file.sha256 });
    expect((await getProductForEditor(seller.actor, id)).values.digitalFile).toEqual(file);
  });

  it("needs a file or keys, and only the seller's own upload", async () => {
    const none = await rejects(createProduct(seller.actor, digitalInput()));
    expect(none.fieldErrors.digitalFile).toEqual(["Upload a file or add licence keys for a digital product"]);
    const theirs = await uploadedDigitalFile(rival.seller.id);
    const foreign = await rejects(createProduct(seller.actor, digitalInput({ digitalFile: theirs })));
    expect(foreign.fieldErrors.digitalFile?.[0]).toMatch(/not uploaded for this store/);
  });
});
