import { expect, test } from "@playwright/test";
import { signIn } from "./support/auth";
import { addOption, chooseCategory, priceAllVariants } from "./support/seller";

const PRODUCT_URL = /\/seller\/products\/[0-9a-f-]{36}$/;

test("a seller creates a product with 2 options × 3 values, prices it in bulk and submits it for review", async ({ page }) => {
  const title = `E2E Cotton Tee ${Date.now().toString(36)}`;
  await signIn(page, "seller@quicklocal.test", undefined, "/sign-in?callbackUrl=%2Fseller%2Fproducts");
  await expect(page).toHaveURL(/\/seller\/products$/);
  await page.getByRole("link", { name: "Add product" }).first().click();
  await expect(page).toHaveURL(/\/seller\/products\/new$/);

  await page.getByLabel("Title", { exact: true }).fill(title);
  await page.getByLabel("Description", { exact: true }).fill("Soft combed cotton, regular fit. Machine wash cold.");
  await chooseCategory(page, "t-shirts");

  await addOption(page, 1, "Size", ["S", "M", "L"]);
  await addOption(page, 2, "Colour", ["Red", "Blue", "Green"]);
  await page.getByRole("button", { name: "Generate variants" }).click();
  await expect(page.getByRole("heading", { name: "Variants (9)" })).toBeVisible();
  await expect(page.getByLabel(/^SKU for /)).toHaveCount(9);
  await expect(page.getByLabel("SKU for L / Green", { exact: true })).toHaveValue(/-L-GREEN$/);

  // Bulk edit: every variant at once.
  await priceAllVariants(page, 9, { price: "499", mrp: "699", stock: "12" });
  for (const row of ["S / Red", "M / Blue", "L / Green"]) {
    await expect(page.getByLabel(`Price (₹) for ${row}`, { exact: true })).toHaveValue("499");
    await expect(page.getByLabel(`Stock for ${row}`, { exact: true })).toHaveValue("12");
  }

  // The server's own schema refuses an MRP below the price, on that very field, and focuses it.
  const mrp = page.getByLabel("MRP (₹) for M / Blue", { exact: true });
  await mrp.fill("399");
  await page.getByRole("button", { name: "Save draft" }).click();
  await expect(mrp).toHaveAttribute("aria-invalid", "true");
  await expect(mrp).toBeFocused();
  await expect(page.getByText("The MRP cannot be below the price")).toBeVisible();
  await mrp.fill("699");

  await page.getByRole("button", { name: "Save draft" }).click();
  await expect(page).toHaveURL(PRODUCT_URL);
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(page.getByLabel(/^SKU for /)).toHaveCount(9);
  const takenSku = await page.getByLabel("SKU for S / Red", { exact: true }).inputValue();

  await page.getByRole("button", { name: "Submit for review" }).click();
  await expect(page.getByText("Waiting for review", { exact: true })).toBeVisible();
  await expect(page.getByText("Pending review", { exact: true }).first()).toBeVisible();
  await expect(page.getByRole("region", { name: "History" }).getByText("Submitted for review")).toBeVisible();

  // The list shows it with its status and links to the editor.
  await page.goto(`/seller/products?q=${encodeURIComponent(title)}`);
  const row = page.getByRole("link", { name: title }).first();
  await expect(row).toBeVisible();
  await expect(page.getByText("Pending review").first()).toBeVisible();

  // A refusal only the server can make: another product cannot take a SKU in use. The error lands on the field.
  await page.goto("/seller/products/new");
  await page.getByLabel("Title", { exact: true }).fill(`${title} copy`);
  await chooseCategory(page, "t-shirts");
  const sku = page.getByLabel("SKU for Standard", { exact: true });
  await sku.fill(takenSku);
  await page.getByLabel("Price (₹) for Standard", { exact: true }).fill("199");
  await page.getByLabel("MRP (₹) for Standard", { exact: true }).fill("249");
  await page.getByRole("button", { name: "Save draft" }).click();
  await expect(sku).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByText("SKU already used by another product or variant")).toBeVisible();
  await expect(sku).toBeFocused();
  await expect(page).toHaveURL(/\/seller\/products\/new$/);
});
