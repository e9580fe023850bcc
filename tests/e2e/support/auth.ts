import { expect, type Page } from "@playwright/test";

export const DEMO_PASSWORD = "Demo@1234";

/** Signs in through the real form and waits until the app has navigated away from it. */
export async function signIn(page: Page, email: string, password = DEMO_PASSWORD, path = "/sign-in") {
  await page.goto(path);
  await page.getByLabel("Email address").fill(email);
  await page.getByLabel("Password", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(page).not.toHaveURL(/\/sign-in/);
}

/** Signs out through the account menu and waits for the signed-out page to finish loading. */
export async function signOut(page: Page) {
  const menu = page.getByRole("button", { name: /Account menu for/ });
  await menu.click();
  await page.getByRole("menuitem", { name: "Sign out" }).click();
  await expect(menu).toHaveCount(0);
  await page.waitForLoadState("load");
}

export function uniqueEmail(prefix: string) {
  return `${prefix}-${Date.now()}-${Math.floor(Math.random() * 1e6)}@example.test`;
}
