"use server";
import { cookies } from "next/headers";
import {
  addToCompareList,
  COMPARE_COOKIE,
  compareIdSchema,
  parseCompareCookie,
  removeFromCompareList,
  serializeCompareIds,
  type CompareListResult,
} from "./compare-rules";
import { getCompareProducts } from "./compare-queries";

const ONE_YEAR = 60 * 60 * 24 * 365;

/** The ids in the visitor's cookie that are still products on sale. */
async function currentIds(): Promise<string[]> {
  const store = await cookies();
  const ids = parseCompareCookie(store.get(COMPARE_COOKIE)?.value);
  if (ids.length === 0) return [];
  return (await getCompareProducts(ids)).map((p) => p.id);
}

async function save(ids: readonly string[]): Promise<void> {
  const store = await cookies();
  if (ids.length === 0) store.delete(COMPARE_COOKIE);
  else store.set(COMPARE_COOKIE, serializeCompareIds(ids), { path: "/", maxAge: ONE_YEAR, sameSite: "lax", httpOnly: true });
}

/** Adds a product on sale to the visitor's compare list (at most four). */
export async function addToCompare(productId: unknown): Promise<CompareListResult> {
  const ids = await currentIds();
  const parsed = compareIdSchema.safeParse(productId);
  if (!parsed.success) return { ok: false, ids, error: "That product cannot be compared" };
  const [product] = await getCompareProducts([parsed.data]);
  if (!product) return { ok: false, ids, error: "That product is no longer available" };
  const result = addToCompareList(ids, product.id);
  if (result.ok) await save(result.ids);
  return result;
}

/** Takes a product off the visitor's compare list (unknown ids are simply not there). */
export async function removeFromCompare(productId: unknown): Promise<CompareListResult> {
  const ids = await currentIds();
  const parsed = compareIdSchema.safeParse(productId);
  if (!parsed.success) return { ok: false, ids, error: "That product cannot be compared" };
  const next = removeFromCompareList(ids, parsed.data);
  await save(next);
  return { ok: true, ids: next };
}

/** Empties the visitor's compare list. */
export async function clearCompare(): Promise<CompareListResult> {
  await save([]);
  return { ok: true, ids: [] };
}

/** Form version of `removeFromCompare` (works without JavaScript): reads `productId` from the form. */
export async function removeFromCompareForm(formData: FormData): Promise<void> {
  await removeFromCompare(formData.get("productId"));
}

/** Form version of `clearCompare`. */
export async function clearCompareForm(): Promise<void> {
  await clearCompare();
}
