import { expect, test } from "@playwright/test";

const LIMIT_MESSAGE = "You can compare up to 4 products — remove one first";

test.describe("product comparison", () => {
  test("add two products from a category, compare, filter differences, remove one; a fifth is refused", async ({ page }) => {
    await page.goto("/c/fashion");
    const cards = page.locator("main article");
    await expect(cards.nth(4)).toBeVisible();
    const titleOf = async (i: number) => ((await cards.nth(i).getByRole("heading", { level: 3 }).textContent()) ?? "").trim();
    const [first, second] = [await titleOf(0), await titleOf(1)];

    for (const i of [0, 1]) {
      await cards.nth(i).getByRole("button", { name: /^Add to compare/ }).click();
      await expect(cards.nth(i).getByRole("button", { pressed: true })).toBeVisible();
    }
    const tray = page.getByRole("region", { name: "Products to compare" });
    await expect(tray.getByRole("link", { name: "Compare (2)" })).toBeVisible();
    // Changes show at once; the link is busy until the server has saved them.
    await expect(tray.getByRole("link", { name: "Compare (2)" })).toHaveAttribute("aria-busy", "false");

    // The list survives a reload (it lives in a cookie).
    await page.reload();
    await expect(cards.nth(1).getByRole("button", { pressed: true })).toBeVisible();
    await tray.getByRole("link", { name: "Compare (2)" }).click();

    await expect(page).toHaveURL(/\/compare$/);
    await expect(page.getByRole("heading", { level: 1, name: "Compare products" })).toBeVisible();
    await expect(page.getByRole("link", { name: first, exact: true })).toBeVisible();
    await expect(page.getByRole("link", { name: second, exact: true })).toBeVisible();
    const differing = page.locator('tbody tr[data-different="true"]');
    await expect(differing.first()).toBeVisible();
    await expect(differing.first().getByText("(differs)")).toHaveCount(1);
    const allRows = await page.locator("tbody tr").count();

    const onlyDiff = page.getByRole("switch", { name: "Show only differences" });
    await expect(onlyDiff).toHaveAttribute("aria-checked", "false");
    await onlyDiff.click();
    await expect(page).toHaveURL(/diff=1/);
    await expect(onlyDiff).toHaveAttribute("aria-checked", "true");
    const diffCount = await differing.count();
    expect(diffCount).toBeGreaterThan(0);
    await expect(page.locator("tbody tr")).toHaveCount(diffCount);
    expect(diffCount).toBeLessThanOrEqual(allRows);

    await page.getByRole("button", { name: `Remove ${second} from compare` }).click();
    await expect(page.getByRole("link", { name: second, exact: true })).toHaveCount(0);
    await expect(page.getByRole("link", { name: first, exact: true })).toBeVisible();
    await expect(page.getByText("1 of 4 products")).toBeVisible();

    // Back on the listing: fill the list to four, then try a fifth.
    await page.goto("/c/fashion");
    await expect(cards.nth(0).getByRole("button", { pressed: true })).toBeVisible();
    for (const i of [1, 2, 3]) {
      await cards.nth(i).getByRole("button", { name: /^Add to compare/ }).click();
      await expect(cards.nth(i).getByRole("button", { pressed: true })).toBeVisible();
    }
    await expect(tray.getByRole("link", { name: "Compare (4)" })).toHaveAttribute("aria-busy", "false");
    await cards.nth(4).getByRole("button", { name: /^Add to compare/ }).click();
    await expect(page.getByText(LIMIT_MESSAGE)).toBeVisible();
    await expect(cards.nth(4).getByRole("button", { pressed: false })).toBeVisible();
    await page.reload();
    await expect(tray.getByRole("link", { name: "Compare (4)" })).toBeVisible();
    await expect(cards.nth(4).getByRole("button", { pressed: false })).toBeVisible();
  });
});
