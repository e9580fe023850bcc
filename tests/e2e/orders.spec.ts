import { readFileSync } from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { signIn, signOut } from "./support/auth";

/**
 * The customer's orders on the demo data (lib/seed/orders.ts gives customer@quicklocal.test a delivered
 * two-seller order, one with a part the seller rejected, one on its way, one cancelled and a new one).
 */

const orderCards = (page: Page) => page.getByRole("list", { name: "Your orders" }).getByRole("listitem").filter({ has: page.getByRole("heading", { level: 2 }) });

async function openOrder(page: Page, card: ReturnType<typeof orderCards>) {
  const heading = (await card.getByRole("heading", { level: 2 }).textContent()) ?? "";
  const number = /QL\d+/.exec(heading)?.[0] ?? "";
  await card.getByRole("link", { name: `View order ${number}` }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Order ${number}` })).toBeVisible();
  return number;
}

test("a customer tracks an order, downloads its GST invoice and buys again", async ({ page }) => {
  await signIn(page, "customer@quicklocal.test", undefined, "/sign-in?callbackUrl=%2Faccount%2Forders");
  await expect(page).toHaveURL(/\/account\/orders$/);
  const completed = orderCards(page).filter({ hasText: "Completed" }).filter({ hasText: "Delivered" }).first();
  await expect(completed).toBeVisible();
  await openOrder(page, completed);

  await expect(page.getByText(/Part 1 of \d/)).toBeVisible();
  const timeline = page.getByRole("list", { name: "Order timeline" });
  await expect(timeline.getByText("Order placed", { exact: true })).toBeVisible();
  await expect(timeline.getByText("Delivered").first()).toBeVisible();
  await expect(page.getByRole("button", { name: "Cancel order" })).toHaveCount(0);

  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Download invoice" }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^invoice-QL\d+\.pdf$/);
  const bytes = readFileSync((await file.path()) as string);
  expect(bytes.subarray(0, 5).toString()).toBe("%PDF-");
  expect(bytes.length).toBeGreaterThan(5_000);

  await page.getByRole("button", { name: "Buy again" }).click();
  await expect(page.getByText(/added to your cart|Nothing could be added/)).toBeVisible();
});

test("a customer cancels an order with a reason, and nobody else can see it", async ({ page }) => {
  await signIn(page, "customer@quicklocal.test", undefined, "/sign-in?callbackUrl=%2Faccount%2Forders");
  const cards = orderCards(page).filter({ hasText: "In progress" });
  await expect(cards.first()).toBeVisible();
  const count = await cards.count();
  let number = "";
  for (let i = 0; i < count && !number; i++) {
    await page.goto("/account/orders");
    const candidate = await openOrder(page, cards.nth(i));
    if (await page.getByRole("button", { name: "Cancel order" }).isVisible()) number = candidate;
  }
  expect(number, "an order that can still be cancelled").not.toBe("");

  await page.getByRole("button", { name: "Cancel order" }).click();
  const dialog = page.getByRole("dialog", { name: /Cancel order/ });
  await dialog.getByLabel("Other").check();
  await dialog.getByRole("button", { name: "Cancel order" }).click();
  await expect(dialog.getByRole("alert")).toContainText("Tell us why");
  await dialog.getByLabel("Tell us why").fill("Bought it at the shop next door");
  await dialog.getByRole("button", { name: "Cancel order" }).click();
  await expect(page.getByText(`Order ${number} is cancelled.`)).toBeVisible();
  await expect(page.getByRole("heading", { level: 1, name: `Order ${number}` }).locator("..").getByText("Cancelled")).toBeVisible();
  await expect(page.getByRole("list", { name: "Order timeline" }).getByText("“Bought it at the shop next door”").first()).toBeVisible();
  await expect(page.getByRole("button", { name: "Cancel order" })).toHaveCount(0);

  // Another account gets "not found" for the page (streamed, so the page itself answers 200) and a 404 for the invoice.
  await signOut(page);
  await signIn(page, "delivery@quicklocal.test");
  await page.goto(`/account/orders/${number}`);
  await expect(page.getByRole("heading", { name: "We couldn't find that order" })).toBeVisible();
  const invoice = await page.request.get(`/account/orders/${number}/invoice`);
  expect(invoice.status()).toBe(404);
});
