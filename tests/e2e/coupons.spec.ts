import { expect, test } from "@playwright/test";
import { signIn } from "./support/auth";

const suffix = () => `${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`.toUpperCase().slice(-8);

test("an admin creates and deactivates a platform coupon; a seller creates a store coupon and cannot open the admin's", async ({ page, browser }) => {
  const adminCode = `E2E-${suffix()}`;
  await signIn(page, "admin@quicklocal.test", undefined, "/sign-in?callbackUrl=%2Fadmin%2Fcoupons%2Fnew");
  await expect(page).toHaveURL(/\/admin\/coupons\/new$/);
  await expect(page.getByRole("heading", { level: 1, name: "New platform coupon" })).toBeVisible();

  // Bad input is explained on its fields and nothing is saved.
  await page.getByLabel("Code").fill("x");
  await page.getByRole("button", { name: "Create coupon" }).click();
  await expect(page.getByText("Use 3–32 letters, digits or dashes, starting with a letter or digit")).toBeVisible();
  await expect(page.getByText("Enter the percentage off")).toBeVisible();
  await expect(page).toHaveURL(/\/admin\/coupons\/new$/);

  await page.getByLabel("Code").fill(adminCode.toLowerCase());
  await page.getByRole("textbox", { name: "Percent off" }).fill("15");
  await page.getByLabel("Maximum discount (₹, optional)").fill("120");
  await page.getByLabel("Minimum order (₹, optional)").fill("399");
  await page.getByRole("button", { name: "Create coupon" }).click();
  await expect(page).toHaveURL(/\/admin\/coupons$/);
  const card = page.getByRole("listitem").filter({ hasText: adminCode });
  await expect(card.getByText("15 % off, up to ₹120")).toBeVisible();
  await expect(card.getByText("Active", { exact: true })).toBeVisible();
  const editHref = (await card.getByRole("link", { name: `Edit ${adminCode}` }).getAttribute("href")) ?? "";
  expect(editHref).toMatch(/^\/admin\/coupons\/[0-9a-f-]{36}$/);

  await card.getByRole("button", { name: `Deactivate ${adminCode}` }).click();
  await page.getByRole("alertdialog").getByRole("button", { name: "Deactivate" }).click();
  await expect(card.getByText("Deactivated", { exact: true })).toBeVisible();
  await expect(card.getByRole("button", { name: `Deactivate ${adminCode}` })).toHaveCount(0);

  // A seller: its own coupon, a taken code refused, and no way into the platform coupon.
  const sellerContext = await browser.newContext();
  const seller = await sellerContext.newPage();
  await signIn(seller, "seller@quicklocal.test", undefined, "/sign-in?callbackUrl=%2Fseller%2Fcoupons%2Fnew");
  await expect(seller).toHaveURL(/\/seller\/coupons\/new$/);
  await expect(seller.getByText("Your store pays for this discount. It applies only to your products.")).toBeVisible();
  await seller.getByLabel("Code").fill(adminCode);
  await seller.getByRole("radio", { name: /Flat amount/ }).check();
  await seller.getByLabel("Amount off (₹)").fill("40");
  await seller.getByRole("button", { name: "Create coupon" }).click();
  await expect(seller.getByText("A coupon with this code already exists. Pick another code.").first()).toBeVisible();

  const sellerCode = `SHOP-${suffix()}`;
  await seller.getByLabel("Code").fill(sellerCode);
  await seller.getByRole("button", { name: "Create coupon" }).click();
  await expect(seller).toHaveURL(/\/seller\/coupons$/);
  const sellerCard = seller.getByRole("listitem").filter({ hasText: sellerCode });
  await expect(sellerCard.getByText("₹40 off")).toBeVisible();
  await expect(sellerCard.getByText(/Your products · store-funded/)).toBeVisible();

  // (The page streams behind a loading skeleton, so the not-found shows as content rather than a 404 status.)
  await seller.goto(editHref.replace("/admin/", "/seller/"));
  await expect(seller.getByRole("heading", { level: 1, name: "We couldn't find that page" })).toBeVisible();
  await expect(seller.getByLabel("Code")).toHaveCount(0);
  await sellerContext.close();

  // The admin sees the store's coupon in its own section.
  await page.reload();
  await expect(page.getByRole("list", { name: "Store coupons" }).getByText(sellerCode)).toBeVisible();
});
