import { expect, test, type Page } from "@playwright/test";

/** Labels of option values that can be bought (the sr-only note marks the others). */
const inStockChoices = (page: Page) => page.locator("fieldset label").filter({ hasNotText: /\((out of stock|not available)\)/ });

/** Opens products from the category page until one offers at least two sizes in stock. */
async function openProductWithChoices(page: Page, links: string[]) {
  for (const href of links) {
    await page.goto(href);
    if ((await inStockChoices(page).count()) >= 2) return;
  }
  throw new Error("no product with two variants in stock on the first page of the category");
}

test.describe("storefront", () => {
  test("browse home → category → product and switch variants", async ({ page }) => {
    await page.goto("/");
    await expect(page).toHaveTitle(/QuickLocal/);
    await expect(page.getByRole("heading", { name: "Shop by category" })).toBeVisible();

    await page.getByRole("link", { name: "Fashion", exact: true }).first().click();
    await expect(page).toHaveURL(/\/c\/fashion/);
    await expect(page.getByRole("heading", { level: 1, name: "Fashion" })).toBeVisible();
    const cards = page.locator('main a[href^="/p/"]');
    await expect(cards.first()).toBeVisible();

    // Pagination: the next page shows other products.
    const firstOnPage1 = await cards.first().getAttribute("href");
    await page.locator('main nav a[rel="next"]').first().click();
    await expect(page).toHaveURL(/page=2/);
    await expect(cards.first()).not.toHaveAttribute("href", firstOnPage1 ?? "");
    await page.goBack();

    const hrefs = [...new Set(await cards.evaluateAll((as) => as.map((a) => a.getAttribute("href") ?? "")))];
    await openProductWithChoices(page, hrefs);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expect(page.locator("main img").first()).toBeVisible();

    const sku = page.locator("dt:text-is('SKU') + dd").first();
    const before = await sku.textContent();
    const checkedId = await page.locator('fieldset input[type="radio"]:checked').first().getAttribute("id");
    const choice = inStockChoices(page).and(page.locator(`:not([for="${checkedId}"])`)).first();
    const value = (await choice.textContent())?.trim();
    await choice.click();
    await expect(sku).not.toHaveText(before ?? "");
    await expect(page).toHaveURL(/variant=/);
    await expect(page.locator("legend").first()).toContainText(value ?? "");
    await expect(page.getByText(/In stock|Only \d+ left/).first()).toBeVisible();

    // The chosen variant is in the URL: a reload keeps it.
    const after = await sku.textContent();
    await page.reload();
    await expect(sku).toHaveText(after ?? "");
  });

  test("unknown product and category slugs are a 404, not an error", async ({ page }) => {
    for (const path of ["/p/no-such-product-anywhere", "/c/no-such-category", "/c/fashion?page=abc&sort=%3Cscript%3E"]) {
      const response = await page.goto(path);
      if (path.includes("?")) {
        expect(response?.status(), path).toBe(200);
      } else {
        expect(response?.status(), path).toBe(404);
        await expect(page.getByRole("link", { name: /home|shopping/i }).first()).toBeVisible();
      }
    }
  });

  test("the search box finds products", async ({ page }) => {
    await page.goto("/");
    const box = page.getByRole("combobox", { name: "Search products" }).first();
    await box.fill("tea");
    await box.press("Enter");
    await expect(page).toHaveURL(/\/search\?q=tea/);
    await expect(page.locator('main a[href^="/p/"]').first()).toBeVisible();
  });
});
