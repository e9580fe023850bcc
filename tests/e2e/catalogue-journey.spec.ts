import { expect, test } from "@playwright/test";
import { signIn, signOut } from "./support/auth";
import { addOption, chooseCategory, priceAllVariants } from "./support/seller";

/**
 * The catalogue end to end: a seller lists a product with a 3 × 3 variant matrix and submits it, an
 * admin approves it, and a customer finds it in its category, picks a variant and compares it.
 */
test("seller lists → admin approves → customer finds, picks a variant and compares", async ({ page }) => {
  const title = `Journey Linen Kurta ${Date.now().toString(36)}`;

  await signIn(page, "seller@quicklocal.test", undefined, "/sign-in?callbackUrl=%2Fseller%2Fproducts%2Fnew");
  await expect(page).toHaveURL(/\/seller\/products\/new$/);
  await page.getByLabel("Title", { exact: true }).fill(title);
  await page.getByLabel("Description", { exact: true }).fill("Breathable handloom linen, straight cut, side pockets.");
  await chooseCategory(page, "t-shirts");
  await addOption(page, 1, "Size", ["S", "M", "L"]);
  await addOption(page, 2, "Colour", ["Ivory", "Indigo", "Olive"]);
  await page.getByRole("button", { name: "Generate variants" }).click();
  await expect(page.getByLabel(/^SKU for /)).toHaveCount(9);
  await priceAllVariants(page, 9, { price: "1299", mrp: "1799", stock: "15" });
  await page.getByRole("button", { name: "Save draft" }).click();
  await expect(page).toHaveURL(/\/seller\/products\/[0-9a-f-]{36}$/);
  await page.getByRole("button", { name: "Submit for review" }).click();
  await expect(page.getByText("Waiting for review", { exact: true })).toBeVisible();
  // Not on the storefront until approved.
  const productUrl = page.url();
  await signOut(page);

  await signIn(page, "admin@quicklocal.test", undefined, "/sign-in?callbackUrl=%2Fadmin%2Fcatalogue%3Fkind%3Dnew");
  await page.getByRole("link", { name: title, exact: true }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
  await page.getByRole("button", { name: "Approve", exact: true }).click();
  await expect(page.getByText(`Approved “${title}”`)).toBeVisible();
  await signOut(page);

  // The seller sees who approved it and when.
  await signIn(page, "seller@quicklocal.test", undefined, `/sign-in?callbackUrl=${encodeURIComponent(new URL(productUrl).pathname)}`);
  await expect(page.getByRole("region", { name: "History" }).getByText(/Approved/).first()).toBeVisible();
  await signOut(page);

  await signIn(page, "customer@quicklocal.test");
  await page.goto("/c/fashion?sort=newest");
  const card = page.locator("main article").filter({ hasText: title });
  await expect(card).toBeVisible();
  await card.getByRole("link", { name: title }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();

  await page.locator("fieldset label").filter({ hasText: /^M\b/ }).first().click();
  await page.locator("fieldset label").filter({ hasText: /^Indigo\b/ }).first().click();
  await expect(page).toHaveURL(/variant=[^&]*-M-INDIGO/i);
  await expect(page.locator("dt:text-is('SKU') + dd").first()).toHaveText(/-M-INDIGO$/i);

  await page.getByRole("button", { name: new RegExp(`^Add to compare\\W+${title}$`) }).click();
  await expect(page.getByRole("button", { name: new RegExp(`^Added\\W+to compare\\W+${title}$`) })).toBeVisible();

  // Another product from the same category, then the comparison.
  await page.goto("/c/fashion?sort=newest");
  const other = page.locator("main article").filter({ hasNotText: /Journey Linen Kurta/ }).first();
  const otherTitle = ((await other.getByRole("heading", { level: 3 }).textContent()) ?? "").trim();
  await other.getByRole("button", { name: /^Add to compare/ }).click();
  await expect(other.getByRole("button", { pressed: true })).toBeVisible();
  const tray = page.getByRole("region", { name: "Products to compare" });
  await expect(tray.getByRole("link", { name: "Compare (2)" })).toHaveAttribute("aria-busy", "false");
  await tray.getByRole("link", { name: "Compare (2)" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Compare products" })).toBeVisible();
  await expect(page.getByRole("link", { name: title, exact: true })).toBeVisible();
  await expect(page.getByRole("link", { name: otherTitle, exact: true })).toBeVisible();
  await expect(page.locator('tbody tr[data-different="true"]').first()).toBeVisible();
});
