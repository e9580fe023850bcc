import { expect, test } from "@playwright/test";
import { signIn } from "./support/auth";

test.describe("role guards", () => {
  test("anonymous visitors are sent to sign in and brought back afterwards", async ({ page }) => {
    await page.goto("/seller/products?status=active");
    await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Fseller%2Fproducts%3Fstatus%3Dactive/);
    await page.getByLabel("Email address").fill("seller@quicklocal.test");
    await page.getByLabel("Password", { exact: true }).fill("Demo@1234");
    await page.getByRole("button", { name: "Sign in", exact: true }).click();
    await expect(page).toHaveURL(/\/seller\/products\?status=active$/);
  });

  test("a customer is refused at /admin, /seller and /delivery with a clear 403", async ({ page }) => {
    await signIn(page, "customer@quicklocal.test");
    for (const path of ["/admin", "/admin/users", "/seller", "/delivery"]) {
      const response = await page.goto(path);
      await expect(page.getByRole("heading", { name: "You don't have access to this page" })).toBeVisible();
      expect(response?.status(), path).toBe(403);
    }
  });

  test("a seller cannot open the admin area", async ({ page }) => {
    await signIn(page, "seller@quicklocal.test");
    await page.goto("/admin/sellers");
    await expect(page.getByRole("heading", { name: "You don't have access to this page" })).toBeVisible();
  });
});
