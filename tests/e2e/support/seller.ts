import { expect, type Page } from "@playwright/test";

/**
 * Picks the first category the editor's search offers for `query`, then fills the specifications
 * that category requires, if an admin has defined any.
 */
export async function chooseCategory(page: Page, query: string) {
  const category = page.getByRole("combobox", { name: "Category" });
  await category.fill(query);
  await page.getByRole("listbox", { name: "Category" }).getByRole("option").first().click();
  await expect(category).not.toHaveValue(query);
  const specs = page.getByRole("region", { name: "Specifications" });
  await expect(specs.getByText("Loading specifications…")).toHaveCount(0);
  for (const select of await specs.locator('select[aria-required="true"]').all()) await select.selectOption({ index: 1 });
  for (const input of await specs.locator('input[aria-required="true"]').all()) await input.fill((await input.getAttribute("inputmode")) === "decimal" ? "1" : "Standard");
}

/** Adds an option with its values typed as chips ("S, M, L" then Enter gives three chips). */
export async function addOption(page: Page, index: number, name: string, values: string[]) {
  await page.getByRole("button", { name: "Add option" }).click();
  await page.getByLabel(`Option ${index} name`, { exact: true }).fill(name);
  const chips = page.getByLabel(`${name} values`, { exact: true });
  await chips.fill(values.join(", "));
  await chips.press("Enter");
  for (const value of values) await expect(page.getByRole("button", { name: `Remove ${value}`, exact: true })).toBeVisible();
}

/** Selects every variant row and sets price, MRP and stock for all of them at once. */
export async function priceAllVariants(page: Page, count: number, { price, mrp, stock }: { price: string; mrp: string; stock: string }) {
  await page.getByLabel(`Select all ${count} variants`).check();
  const bulk = page.getByRole("region", { name: "Edit selected variants" });
  await bulk.getByLabel("Price (₹)", { exact: true }).fill(price);
  await bulk.getByLabel("MRP (₹)", { exact: true }).fill(mrp);
  await bulk.getByLabel("Stock", { exact: true }).fill(stock);
  await bulk.getByRole("button", { name: `Apply to ${count}` }).click();
}
