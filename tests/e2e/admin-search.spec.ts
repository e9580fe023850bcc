import { expect, test } from "@playwright/test";
import { signIn } from "./support/auth";

/**
 * Search analytics (/admin/search): the demo seed logs searches, some for things the marketplace does
 * not sell. An admin goes from a zero-result query to a saved synonym in one click plus the form.
 */
test.describe("admin search analytics", () => {
  test("an admin adds a synonym for a zero-result query straight from the dashboard", async ({ page, isMobile }) => {
    await signIn(page, "admin@quicklocal.test", undefined, "/sign-in?callbackUrl=%2Fadmin%2Fsearch");
    await expect(page).toHaveURL(/\/admin\/search$/);
    await expect(page.getByRole("heading", { level: 1, name: "Search analytics" })).toBeVisible();
    // The admin nav (a menu on phones) marks the section.
    if (!isMobile) await expect(page.getByRole("link", { name: "Search", exact: true })).toHaveAttribute("aria-current", "page");

    // KPIs and the range picker.
    await expect(page.getByText("Zero results", { exact: true })).toBeVisible();
    await page.getByRole("link", { name: "7 days" }).click();
    await expect(page).toHaveURL(/days=7/);
    await expect(page.getByRole("link", { name: "7 days" })).toHaveAttribute("aria-current", "page");

    // A zero-result query: one click opens the synonym form with the query already typed.
    const zero = page.getByRole("table", { name: /Queries that found nothing/ });
    const firstRow = zero.getByRole("row").filter({ has: page.getByRole("link", { name: /^Add a synonym for/ }) }).first();
    const query = ((await firstRow.getByRole("link").first().textContent()) ?? "").trim();
    expect(query).not.toBe("");
    await firstRow.getByRole("link", { name: `Add a synonym for “${query}”` }).click();
    await expect(page).toHaveURL(/\/admin\/search\/synonyms\?add=/);
    const dialog = page.getByRole("dialog", { name: "Add a synonym" });
    const terms = dialog.getByLabel("Words or phrases");
    await expect(terms).toHaveValue(`${query}, `);

    const extra = `demo${Date.now().toString(36)}`;
    await terms.fill(`${query}, ${extra}`);
    await dialog.getByRole("button", { name: "Add synonym" }).click();
    await expect(dialog).toBeHidden();
    await expect(page).toHaveURL(/\/admin\/search\/synonyms$/);
    const row = page.getByTestId("synonym-row").filter({ hasText: extra });
    await expect(row).toHaveCount(1);
    await expect(row).toContainText(query);

    // Back on the dashboard the query is marked as handled.
    await page.goto("/admin/search?days=7");
    await expect(page.getByRole("link", { name: `“${query}” has a synonym — see synonyms` })).toBeVisible();
    await page.goto("/admin/search/synonyms");

    // A rule needs two phrases: the form says so next to the field.
    await page.getByRole("button", { name: "Add synonym" }).click();
    const again = page.getByRole("dialog", { name: "Add a synonym" });
    await again.getByLabel("Words or phrases").fill("lonely");
    await again.getByRole("button", { name: "Add synonym" }).click();
    await expect(again.getByText(/at least two/i)).toBeVisible();
    await again.getByRole("button", { name: "Cancel" }).click();

    // Clean up: delete the rule again.
    await row.getByRole("button", { name: /Actions for/ }).click();
    await page.getByRole("menuitem", { name: "Delete" }).click();
    await page.getByRole("button", { name: "Delete synonym" }).click();
    await expect(page.getByTestId("synonym-row").filter({ hasText: extra })).toHaveCount(0);
  });

  test("a customer is refused /admin/search", async ({ page }) => {
    await signIn(page, "customer@quicklocal.test");
    const response = await page.goto("/admin/search");
    expect(response?.status()).toBe(403);
    await expect(page.getByRole("heading", { name: "Search analytics" })).toHaveCount(0);
  });
});
