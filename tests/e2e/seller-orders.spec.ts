import { readFile } from "node:fs/promises";
import { expect, test, type APIRequestContext, type Browser, type Page } from "@playwright/test";
import { signIn, uniqueEmail } from "./support/auth";

/**
 * The fulfilment side of an order on the seeded marketplace: a new customer buys one item from the
 * demo seller (Sharma Kirana Store) with cash on delivery; the seller finds it in the new-orders queue,
 * accepts, packs (packing slip PDF), marks it ready and hands it to a carrier with a tracking number,
 * exports the filtered list as CSV; the delivery partner takes it out and delivers it (cash collected);
 * an admin finds the order by number and reads the timeline.
 */

const PASSWORD = "Secret#2026";
const DEMO_SELLER = "sharma-kirana-store";

async function productOf(request: APIRequestContext, seller: string): Promise<{ slug: string; sellerName: string }> {
  const res = await request.get(`/api/search?seller=${seller}&in_stock=1&limit=60`);
  expect(res.ok()).toBe(true);
  const hits = ((await res.json()) as { hits: { slug: string; available: number; variantCount: number; seller: { name: string } }[] }).hits;
  const hit = hits.find((h) => h.available >= 3 && h.variantCount === 1);
  expect(hit, `an in-stock product of ${seller}`).toBeTruthy();
  return { slug: hit!.slug, sellerName: hit!.seller.name };
}

/** A new customer places a cash-on-delivery order for one item; returns the order number. */
async function placeOrder(browser: Browser, request: APIRequestContext): Promise<string> {
  const { slug, sellerName } = await productOf(request, DEMO_SELLER);
  const context = await browser.newContext();
  const page = await context.newPage();
  const email = uniqueEmail("fulfil");
  await page.goto("/sign-up");
  await page.getByLabel("Full name").fill("Nisha Pillai");
  await page.getByLabel("Email address").fill(email);
  await page.getByLabel("Password", { exact: true }).fill(PASSWORD);
  await page.getByLabel("Confirm password").fill(PASSWORD);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page).toHaveURL(/\/$/);
  await page.goto(`/p/${slug}`);
  await page.getByRole("button", { name: "Add to cart" }).click();
  await expect(page.getByText(/Added to cart/).first()).toBeVisible();
  await page.goto("/checkout");
  await page.getByLabel("Mobile number").fill("9845012345");
  await page.getByLabel("PIN code").fill("302001");
  await page.getByLabel("Town or city").fill("Jaipur");
  await page.getByLabel("Flat, house no., building, street").fill("7 MI Road");
  await page.getByRole("combobox", { name: "State or union territory" }).click();
  await page.getByRole("option", { name: "Rajasthan" }).click();
  await page.getByRole("button", { name: "Save address" }).click();
  await page.getByRole("button", { name: "Deliver here" }).click();
  await page.getByRole("group", { name: new RegExp(`from ${sellerName}`) }).getByRole("radio", { name: /^Standard/ }).check();
  await page.getByRole("button", { name: "Continue to payment" }).click();
  await page.getByRole("radio", { name: /Cash on delivery/ }).check();
  await page.getByRole("button", { name: "Review your order" }).click();
  await page.getByRole("button", { name: "Place order" }).first().click();
  await expect(page).toHaveURL(/\/checkout\/confirmation\//);
  const number = (await page.getByTestId("order-number").textContent())?.trim() ?? "";
  expect(number).toMatch(/^QL\d+$/);
  await context.close();
  return number;
}

async function step(page: Page, button: string, done: RegExp) {
  await page.getByRole("button", { name: button }).first().click();
  await expect(page.getByText(done).first()).toBeVisible();
}

test("a seller accepts, packs, prints the slip, hands over and exports; delivery delivers; admin reads the timeline", async ({ page, browser, request }) => {
  test.setTimeout(180_000);
  const number = await placeOrder(browser, request);
  const part = `${number}-1`;

  await signIn(page, "seller@quicklocal.test", undefined, "/sign-in?callbackUrl=%2Fseller%2Forders");
  await expect(page).toHaveURL(/\/seller\/orders$/);
  await expect(page.getByRole("heading", { level: 1, name: "Orders" })).toBeVisible();
  await expect(page.getByRole("link", { name: /^New/ })).toHaveAttribute("aria-current", "page");
  await page.getByLabel("Search orders").fill(number);
  await page.getByRole("button", { name: "Apply" }).click();
  const card = page.getByRole("listitem").filter({ hasText: part });
  await expect(card).toHaveCount(1);
  await card.getByRole("button", { name: /^Accept/ }).click();
  await expect(page.getByText(`${part} accepted`)).toBeVisible();

  await page.goto(`/seller/orders/${part}`);
  await expect(page.getByRole("heading", { level: 1, name: `Order ${part}` })).toBeVisible();
  await expect(page.getByText("7 MI Road")).toBeVisible();
  const slip = await page.request.get(`/seller/orders/${part}/packing-slip`);
  expect(slip.status()).toBe(200);
  expect(slip.headers()["content-type"]).toBe("application/pdf");
  expect((await slip.body()).subarray(0, 5).toString()).toBe("%PDF-");

  await step(page, "Mark packed", new RegExp(`${part} marked packed`));
  await step(page, "Mark ready to ship", new RegExp(`${part} marked ready to ship`));
  await page.getByRole("button", { name: /^Hand over to carrier/ }).click();
  const dialog = page.getByRole("dialog");
  await dialog.getByRole("button", { name: "Hand over" }).click();
  await expect(dialog.getByText("Enter the carrier's name")).toBeVisible();
  await dialog.getByLabel("Carrier").fill("Delhivery");
  await dialog.getByLabel("Tracking number").fill("DLV-E2E-4471");
  await dialog.getByRole("button", { name: "Hand over" }).click();
  await expect(page.getByText(`${part} handed over to the carrier`)).toBeVisible();
  await expect(page.getByText("DLV-E2E-4471").first()).toBeVisible();

  await page.goto(`/seller/orders?tab=shipped&q=${number}`);
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Export CSV" }).click()]);
  const csv = await readFile((await download.path()) ?? "", "utf8");
  const rows = csv.replace(/^\uFEFF/, "").trim().split("\r\n");
  expect(rows[0]).toContain("Part number,Order number");
  expect(rows).toHaveLength(2);
  expect(rows[1]).toContain(part);
  expect(rows[1]).toContain("DLV-E2E-4471");

  const courierContext = await browser.newContext();
  const courier = await courierContext.newPage();
  await signIn(courier, "delivery@quicklocal.test", undefined, "/sign-in?callbackUrl=%2Fdelivery");
  const task = courier.getByRole("listitem").filter({ hasText: part });
  await expect(task.getByText(/Collect ₹/)).toBeVisible();
  await task.getByRole("button", { name: "Out for delivery" }).click();
  await expect(courier.getByText(`${part} is out for delivery`)).toBeVisible();
  await task.getByRole("button", { name: "Mark delivered" }).click();
  const confirm = courier.getByRole("dialog");
  await expect(confirm.getByRole("button", { name: "Confirm delivery" })).toBeDisabled();
  await confirm.getByLabel(/I collected ₹/).check();
  await confirm.getByRole("button", { name: "Confirm delivery" }).click();
  await expect(courier.getByText(`${part} delivered`)).toBeVisible();
  await courierContext.close();

  const adminContext = await browser.newContext();
  const admin = await adminContext.newPage();
  await signIn(admin, "admin@quicklocal.test", undefined, "/sign-in?callbackUrl=%2Fadmin%2Forders");
  await admin.getByLabel("Search orders").fill(number);
  await admin.getByRole("button", { name: "Apply" }).click();
  await admin.getByRole("link", { name: number, exact: true }).click();
  await expect(admin.getByRole("heading", { level: 1, name: `Order ${number}` })).toBeVisible();
  await expect(admin.getByText("Completed").first()).toBeVisible();
  for (const label of ["Accepted by seller", "Packed", "Ready to ship", "Shipped", "Out for delivery", "Delivered"]) {
    await expect(admin.getByRole("listitem").filter({ hasText: label }).first()).toBeVisible();
  }
  await adminContext.close();
});

test("customers are kept out of the admin order pages, the packing slips and the seller export", async ({ page }) => {
  await signIn(page, "customer@quicklocal.test", undefined, "/sign-in?callbackUrl=%2Fadmin%2Forders");
  await expect(page.getByRole("heading", { level: 1, name: "You don't have access to this page" })).toBeVisible();
  const slip = await page.request.get("/seller/orders/QL100001-1/packing-slip");
  expect(slip.status()).toBe(404);
  const csv = await page.request.get("/seller/orders/export");
  expect(csv.status()).toBe(403);
});
