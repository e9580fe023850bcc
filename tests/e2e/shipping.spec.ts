import { expect, test, type Page } from "@playwright/test";
import { signIn } from "./support/auth";

/** A PIN code in each seeded seller's city (every one is a zone with same-day delivery). */
const CITY_PINS: Record<string, string> = {
  Jaipur: "302004",
  Pune: "411038",
  Bengaluru: "560038",
  Chennai: "600017",
  Ahmedabad: "380009",
  Mumbai: "400050",
  Kolkata: "700019",
  Lucknow: "226001",
  Hyderabad: "500034",
};

async function changePin(page: Page, pincode: string) {
  const promise = page.getByTestId("delivery-promise");
  await promise.getByRole("button", { name: /Change/ }).click();
  await promise.getByLabel("Delivery PIN code").fill(pincode);
  await promise.getByRole("button", { name: "Check" }).click();
  await expect(promise.getByText(`Deliver to ${pincode}`)).toBeVisible();
}

test("the product page promises delivery for the chosen PIN code", async ({ page }) => {
  await page.goto("/c/fashion");
  await page.locator('main a[href^="/p/"]').first().click();
  await expect(page).toHaveURL(/\/p\//);
  const soldBy = (await page.getByText(/^Sold by/).first().textContent()) ?? "";
  const city = Object.keys(CITY_PINS).find((c) => soldBy.includes(c));
  expect(city, soldBy).toBeDefined();

  // The seller's own city: standard, next day and (before the cut-off) same day.
  await changePin(page, CITY_PINS[city as string]);
  const promise = page.getByTestId("delivery-promise");
  await expect(promise.getByText(/^Delivery (today|by)/)).toBeVisible();
  await expect(promise.locator('[data-option="next_day"]')).toContainText(/Tomorrow|By /);
  await expect(promise.locator('[data-option="same_day"]')).toContainText(/Today, by 9 pm|Order before/);
  // The header chip follows the PIN chosen here.
  await expect(page.getByRole("button", { name: new RegExp(`Deliver to ${CITY_PINS[city as string]}`) }).first()).toBeVisible();

  // A remote PIN code: standard only.
  await changePin(page, "744101");
  await expect(promise.locator('[data-option="standard"]')).toContainText(/By \w{3}, \d{1,2} \w{3}/);
  await expect(promise.locator('[data-option="next_day"]')).toContainText("Next-day delivery isn't offered at this PIN code");

  // Not serviceable, and a malformed PIN is refused inline.
  await changePin(page, "999999");
  await expect(promise.getByText("We don't deliver to PIN code 999999 yet.")).toBeVisible();
  await promise.getByRole("button", { name: /Change/ }).click();
  await promise.getByLabel("Delivery PIN code").fill("0123");
  await promise.getByRole("button", { name: "Check" }).click();
  await expect(promise.getByRole("alert")).toContainText(/6-digit|don't start with 0/);
});

test("an admin edits zones and PIN prefixes", async ({ page }) => {
  await signIn(page, "admin@quicklocal.test", undefined, "/sign-in?callbackUrl=%2Fadmin%2Fshipping");
  await expect(page).toHaveURL(/\/admin\/shipping$/);
  await expect(page.getByRole("heading", { name: "Delivery zones" })).toBeVisible();
  await expect(page.getByTestId("zone-row").filter({ hasText: "Bengaluru metro" })).toBeVisible();

  const code = `E2E-${Date.now().toString(36).toUpperCase()}`;
  await page.getByRole("button", { name: "Add zone" }).click();
  const dialog = page.getByRole("dialog");
  await dialog.getByLabel("Code", { exact: true }).fill("x");
  await dialog.getByLabel("Name", { exact: true }).fill("E2E town");
  await dialog.getByRole("button", { name: "Add zone" }).click();
  await expect(dialog.getByText("A code needs at least 2 characters")).toBeVisible();
  await dialog.getByLabel("Code", { exact: true }).fill(code);
  await dialog.getByLabel("Offer next-day delivery").check();
  await dialog.getByRole("button", { name: "Add zone" }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId("zone-row").filter({ hasText: code })).toBeVisible();

  await page.getByRole("link", { name: "PIN codes" }).click();
  await expect(page).toHaveURL(/\/admin\/shipping\/pincodes/);
  await page.getByRole("button", { name: "Add PIN prefix" }).click();
  await dialog.getByLabel("PIN prefix", { exact: true }).fill("0560");
  await dialog.getByLabel("Zone", { exact: true }).selectOption({ label: `E2E town (${code})` });
  await dialog.getByRole("button", { name: "Add prefix" }).click();
  await expect(dialog.getByText("PIN codes don't start with 0")).toBeVisible();
  await dialog.getByLabel("PIN prefix", { exact: true }).fill("560397");
  await dialog.getByRole("button", { name: "Add prefix" }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId("prefix-row").filter({ hasText: "560397" })).toContainText("E2E town");

  await page.getByLabel("PIN code", { exact: true }).fill("560397");
  await page.getByRole("button", { name: "Check" }).click();
  await expect(page.getByTestId("pin-check-result")).toContainText("E2E town");
  await page.getByLabel("PIN code", { exact: true }).fill("560396");
  await page.getByRole("button", { name: "Check" }).click();
  await expect(page.getByTestId("pin-check-result")).toContainText("Bengaluru metro");

  await page.getByRole("button", { name: "Actions for prefix 560397" }).click();
  await page.getByRole("menuitem", { name: "Remove" }).click();
  await dialog.getByRole("button", { name: "Remove prefix" }).click();
  await expect(page.getByTestId("prefix-row").filter({ hasText: "560397" })).toHaveCount(0);
});

test("an admin sets a category's GST rate and can go back to inheriting it", async ({ page }) => {
  await signIn(page, "admin@quicklocal.test", undefined, "/sign-in?callbackUrl=%2Fadmin%2Fcatalogue%2Fcategories");
  await expect(page).toHaveURL(/\/admin\/catalogue\/categories$/);
  await page.getByRole("link", { name: "Beverages", exact: true }).first().click();
  await expect(page.getByRole("heading", { name: "Beverages", level: 1 })).toBeVisible();
  const effective = page.getByTestId("gst-effective");
  await expect(effective).toContainText("12 %, set on this category");

  const select = page.getByLabel("GST rate of this category");
  await select.selectOption("1800");
  await page.getByRole("button", { name: "Save GST rate" }).click();
  await expect(effective).toContainText("18 %, set on this category");

  await select.selectOption("");
  await page.getByRole("button", { name: "Save GST rate" }).click();
  await expect(effective).toContainText("standard 18 %: no category above sets a rate");

  await select.selectOption("1200");
  await page.getByRole("button", { name: "Save GST rate" }).click();
  await expect(effective).toContainText("12 %, set on this category");
});
