import { expect, test } from "@playwright/test";
import { signIn } from "./support/auth";

/** "YYYY-MM-DDTHH:mm" in Asia/Kolkata, the value of a datetime-local input. */
function indiaDateTimeLocal(at: Date): string {
  const ist = new Date(at.getTime() + 330 * 60_000);
  return ist.toISOString().slice(0, 16);
}

test("a seller puts a variant on a deal and customers find it on the deals page", async ({ page, browser }) => {
  await signIn(page, "seller@quicklocal.test", undefined, "/sign-in?callbackUrl=%2Fseller%2Fdeals%2Fnew");
  await expect(page).toHaveURL(/\/seller\/deals\/new$/);

  const select = page.getByLabel("Variant");
  const option = select.locator("option").nth(3);
  const text = (await option.textContent()) ?? "";
  // Options read "Product title — Variant · SKU · ₹price"; lists show the product title.
  const title = text.split(" · ")[0].split(" — ")[0];
  const rupees = Number(/₹([\d,]+(?:\.\d+)?)\s*$/.exec(text)?.[1]?.replace(/,/g, ""));
  expect(rupees).toBeGreaterThan(2);
  await select.selectOption({ index: 3 });

  // A deal price at or above the current price is refused with a field message.
  await page.getByLabel("Deal price (₹)").fill(String(rupees + 10));
  await page.getByRole("button", { name: "Create deal" }).click();
  await expect(page.getByText(/below the (variant's )?current price/i).first()).toBeVisible();
  await expect(page).toHaveURL(/\/seller\/deals\/new$/);

  await page.getByLabel("Deal price (₹)").fill(String(Math.floor(rupees * 0.8)));
  await page.getByLabel("Units at the deal price (optional)").fill("3");
  // Starts now (the form suggests the next quarter hour) and ends tomorrow, so it is live and
  // sorts first on the deals page (ending soonest first).
  await page.getByLabel("Starts (India time)").fill(indiaDateTimeLocal(new Date()));
  await page.getByLabel("Ends (India time)").fill(indiaDateTimeLocal(new Date(Date.now() + 24 * 3600_000)));
  await page.getByRole("button", { name: "Create deal" }).click();
  await expect(page).toHaveURL(/\/seller\/deals$/);
  await expect(page.getByText(title.trim()).first()).toBeVisible();

  const customer = await browser.newContext();
  const shopper = await customer.newPage();
  await shopper.goto("/deals");
  await expect(shopper.getByRole("heading", { level: 1, name: /deals/i })).toBeVisible();
  await expect(shopper.getByText(title.trim()).first()).toBeVisible();
  await customer.close();
});
