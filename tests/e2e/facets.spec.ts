import { expect, test, type Page } from "@playwright/test";

/** "Showing 1–24 of 1,234 products" → 1234. */
async function total(page: Page): Promise<number> {
  const text = (await page.getByText(/of [\d,]+ products|^\d[\d,]* products$/).first().textContent()) ?? "";
  return Number(/([\d,]+) products/.exec(text)?.[1].replace(/,/g, "") ?? Number.NaN);
}

const cards = (page: Page) => page.locator("main article");
const rupees = (text: string) => Number(text.replace(/[^\d.]/g, ""));
const countOf = async (label: ReturnType<Page["locator"]>) => Number(((await label.locator("span").last().textContent()) ?? "").replace(/,/g, ""));

test.describe("category filters on a desktop", () => {
  test.use({ viewport: { width: 1280, height: 900 }, isMobile: false, hasTouch: false });

  test("filter by brand and price, remove a chip, sort; the URL keeps the state through reload and Back", async ({ page }) => {
    await page.goto("/c/fashion");
    const sidebar = page.getByRole("complementary", { name: "Filters" });
    await expect(sidebar).toBeVisible();
    const all = await total(page);

    // The brand with the most products, from the sidebar's Brand group.
    const brandGroup = sidebar.getByRole("group", { name: "Brand" });
    const firstBrand = brandGroup.getByRole("checkbox").first();
    const brandLabel = ((await brandGroup.locator("label").first().locator("span").first().textContent()) ?? "").trim();
    const brandCount = await countOf(brandGroup.locator("label").first());
    await firstBrand.check();
    await expect(page).toHaveURL(/[?&]brand=/);
    await expect(firstBrand).toBeChecked();
    await expect.poll(() => total(page)).toBe(brandCount);
    expect(brandCount).toBeLessThan(all);
    for (const brand of await cards(page).locator("p.uppercase").allTextContents()) expect(brand.toLowerCase()).toBe(brandLabel.toLowerCase());

    // A price bucket: every product shown is within it.
    const priceGroup = sidebar.getByRole("group", { name: "Price" });
    const bucket = priceGroup.getByRole("radio", { name: /₹[\d,]+ – ₹[\d,]+/ }).first();
    const range = /₹([\d,]+) – ₹([\d,]+)/.exec((await bucket.locator("xpath=..").textContent()) ?? "");
    const [low, high] = [rupees(range?.[1] ?? ""), rupees(range?.[2] ?? "")];
    await bucket.check();
    await expect(page).toHaveURL(/price_min=\d+.*price_max=\d+/);
    await expect(page.getByRole("group", { name: "Active filters" }).getByRole("button")).toHaveCount(3); // brand, price, "Clear all"
    for (const price of await cards(page).locator("p.flex > span.font-bold").allTextContents()) {
      const value = rupees(price.replace("From", ""));
      expect(value).toBeGreaterThanOrEqual(low);
      expect(value).toBeLessThanOrEqual(high);
    }
    const filtered = await total(page);

    // The state survives a reload.
    const url = page.url();
    await page.reload();
    await expect(page).toHaveURL(url);
    await expect(sidebar.getByRole("group", { name: "Brand" }).getByRole("checkbox").first()).toBeChecked();
    await expect.poll(() => total(page)).toBe(filtered);

    // Removing the brand chip keeps the price.
    await page.getByRole("button", { name: `${brandLabel}, remove this filter` }).click();
    await expect(page).not.toHaveURL(/brand=/);
    await expect(page).toHaveURL(/price_min=/);
    await expect.poll(() => total(page)).toBeGreaterThanOrEqual(filtered);

    // Sorting by price keeps the filter and orders the page.
    await page.getByRole("link", { name: "Sort by Price: low to high" }).click();
    await expect(page).toHaveURL(/sort=price_asc/);
    await expect(page).toHaveURL(/price_min=/);
    const prices = (await cards(page).locator("p.flex > span.font-bold").allTextContents()).map((p) => rupees(p.replace("From", "")));
    expect(prices).toEqual([...prices].sort((a, b) => a - b));

    // Back undoes the sort, then the chip removal.
    await page.goBack();
    await expect(page).not.toHaveURL(/sort=/);
    await page.goBack();
    await expect(page).toHaveURL(/brand=/);

    // Clear all.
    await page.getByRole("group", { name: "Active filters" }).getByRole("button", { name: "Clear all" }).click();
    await expect(page).not.toHaveURL(/brand=|price_/);
    await expect.poll(() => total(page)).toBe(all);
  });

  test("a filter combination that matches nothing offers to clear the filters", async ({ page }) => {
    await page.goto("/c/fashion?price_min=9000000&rating=4");
    await expect(page.getByRole("heading", { name: "No products match these filters" })).toBeVisible();
    await page.getByRole("link", { name: "Clear filters" }).click();
    await expect(page).toHaveURL(/\/c\/fashion$/);
    await expect(cards(page).first()).toBeVisible();
  });

  test("bad filter parameters are ignored, not an error", async ({ page }) => {
    const response = await page.goto("/c/fashion?brand=%3Cscript%3E&price_min=cheap&rating=9&discount=-1&a.colour=Plaid&page=abc&sort=drop");
    expect(response?.status()).toBe(200);
    await expect(cards(page).first()).toBeVisible();
    await expect(page.getByRole("group", { name: "Active filters" })).toHaveCount(0);
  });
});

test.describe("category filters on a phone", () => {
  test("filters open in a sheet whose button shows the number of results", async ({ page }) => {
    await page.goto("/c/fashion");
    await expect(page.getByRole("complementary", { name: "Filters" })).toBeHidden();
    await page.getByRole("button", { name: /^Filters/ }).click();
    const sheet = page.getByRole("dialog", { name: "Filters" });
    await expect(sheet).toBeVisible();

    await sheet.getByRole("group", { name: "Availability" }).getByRole("checkbox", { name: /In stock only/ }).check();
    await expect(page).toHaveURL(/in_stock=1/);
    const label = sheet.getByRole("group", { name: "Brand" }).locator("label").first();
    const count = await countOf(label);
    await label.getByRole("checkbox").check();
    await expect(page).toHaveURL(/brand=/);
    const show = sheet.getByRole("button", { name: /^Show [\d,]+ results?$/ });
    await expect(show).toHaveText(new RegExp(`^Show ${count.toLocaleString("en-IN")} results?$`));
    await show.click();
    await expect(sheet).toBeHidden();
    await expect.poll(() => total(page)).toBe(count);
    await expect(page.getByRole("button", { name: /^Filters/ })).toContainText("2");
    await expect(page.getByRole("button", { name: "In stock, remove this filter" })).toBeVisible();
  });
});
