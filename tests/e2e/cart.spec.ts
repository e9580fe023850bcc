import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { DEMO_PASSWORD } from "./support/auth";

interface Hit {
  slug: string;
  title: string;
  available: number;
  variantCount: number;
  seller: { slug: string };
}

/** Two single-variant products in stock from two different sellers (from the public search API). */
async function twoSellersProducts(request: APIRequestContext): Promise<[Hit, Hit]> {
  for (const q of ["rice", "tea", "oil", "soap", "shirt", "toy", "biscuits", "dal"]) {
    const res = await request.get(`/api/search?q=${q}&limit=40`);
    if (!res.ok()) continue;
    const hits = ((await res.json()) as { hits: Hit[] }).hits.filter((h) => h.available >= 5 && h.variantCount === 1);
    const first = hits[0];
    const second = hits.find((h) => first && h.seller.slug !== first.seller.slug);
    if (first && second) return [first, second];
  }
  throw new Error("no two in-stock products from different sellers in the seeded catalogue");
}

async function addFromProductPage(page: Page, hit: Hit, expectedUnits: number) {
  await page.goto(`/p/${hit.slug}`);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await page.getByRole("button", { name: "Add to cart" }).click();
  await expect(page.getByText(/Added to cart/).first()).toBeVisible();
  await expect(page.getByRole("button", { name: `Cart, ${expectedUnits} ${expectedUnits === 1 ? "item" : "items"}` })).toBeVisible();
}

function line(page: Page, title: string) {
  return page.getByTestId("cart-line").filter({ has: page.getByRole("link", { name: title, exact: true }) });
}

test("a guest fills a cart from two sellers, edits it, and it joins the account cart on sign-in", async ({ page, request }) => {
  const [a, b] = await twoSellersProducts(request);

  await addFromProductPage(page, a, 1);
  await addFromProductPage(page, b, 2);

  // The mini-cart in the header lists both and leads to the cart.
  await page.getByRole("button", { name: "Cart, 2 items" }).click();
  const panel = page.getByRole("dialog", { name: "Your cart" });
  await expect(panel.getByRole("link", { name: a.title })).toBeVisible();
  await expect(panel.getByRole("link", { name: b.title })).toBeVisible();
  await panel.getByRole("link", { name: "View cart" }).click();
  await expect(page).toHaveURL(/\/cart$/);
  await expect(page.getByRole("heading", { level: 1, name: /Shopping cart/ })).toBeVisible();

  // Quantity: the subtotal follows; the picker offers no more than the per-item limit.
  const subtotal = page.getByTestId("cart-subtotal").first();
  const before = await subtotal.textContent();
  const qty = line(page, a.title).getByLabel("Qty");
  expect(await qty.locator("option").count()).toBeLessThanOrEqual(10);
  await qty.selectOption("2");
  await expect(subtotal).not.toHaveText(before ?? "");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("(3 items)");

  // Save for later and back.
  await line(page, b.title).getByRole("button", { name: /Save for later/ }).click();
  await expect(page.getByRole("heading", { name: "Saved for later (1)" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("(2 items)");
  await line(page, b.title).getByRole("button", { name: /Move to cart/ }).click();
  await expect(page.getByRole("heading", { name: /Saved for later/ })).toHaveCount(0);

  // A guest checks out through sign-in; here they sign in from the cart and come back to it merged.
  await page.getByRole("main").getByRole("link", { name: "Sign in", exact: true }).click();
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Fcart/);
  await page.getByLabel("Email address").fill("customer@quicklocal.test");
  await page.getByLabel("Password", { exact: true }).fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(page).toHaveURL(/\/cart$/);
  await expect(line(page, a.title)).toBeVisible();
  await expect(line(page, b.title)).toBeVisible();
  await expect(line(page, a.title).getByLabel("Qty")).toHaveValue("2");
  await expect(page.getByRole("link", { name: "Proceed to checkout" }).first()).toHaveAttribute("href", "/checkout");

  // Leave the demo customer's cart as it was.
  for (const title of [a.title, b.title]) {
    await line(page, title).getByRole("button", { name: /Remove/ }).click();
    await expect(line(page, title)).toHaveCount(0);
  }
});

test("buy now from a product page goes to checkout through sign-in for a guest", async ({ page, request }) => {
  const [a] = await twoSellersProducts(request);
  await page.goto(`/p/${a.slug}`);
  await page.getByRole("button", { name: "Buy now" }).click();
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Fcheckout/);
  const res = await page.request.get("/api/cart");
  expect(((await res.json()) as { unitCount: number }).unitCount).toBe(1);
});
