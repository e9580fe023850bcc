import { expect, test } from "@playwright/test";
import { DEMO_PASSWORD, signIn, signOut, uniqueEmail } from "./support/auth";

test.describe("accounts", () => {
  test("a visitor signs up, signs out and signs in again", async ({ page }) => {
    const email = uniqueEmail("shopper");
    await page.goto("/sign-up");
    await page.getByLabel("Full name").fill("Meera Iyer");
    await page.getByLabel("Email address").fill(email);
    await page.getByLabel("Password", { exact: true }).fill("Secret#2026");
    await page.getByLabel("Confirm password").fill("Secret#2026");
    await page.getByRole("button", { name: "Create account" }).click();

    await expect(page).toHaveURL(/\/$/);
    await expect(page.getByRole("button", { name: "Account menu for Meera Iyer" })).toBeVisible();

    await signOut(page);
    await signIn(page, email, "Secret#2026");
    await expect(page.getByRole("button", { name: "Account menu for Meera Iyer" })).toBeVisible();
  });

  test("bad sign-up input gets clear messages and creates nothing", async ({ page }) => {
    await page.goto("/sign-up");
    await page.getByLabel("Full name").fill("Bad Input");
    await page.getByLabel("Email address").fill("not-an-email");
    await page.getByLabel("Password", { exact: true }).fill("abc");
    await page.getByLabel("Confirm password").fill("abc");
    await page.getByRole("button", { name: "Create account" }).click();
    await expect(page.getByText(/valid email/i).first()).toBeVisible();
    await expect(page.getByText(/at least 8 characters/i).first()).toBeVisible();

    // The demo customer exists already: a duplicate, in another case, is refused by the server.
    await page.getByLabel("Email address").fill("Customer@QuickLocal.test");
    await page.getByLabel("Password", { exact: true }).fill("Another#2026");
    await page.getByLabel("Confirm password").fill("Another#2026");
    await page.getByRole("button", { name: "Create account" }).click();
    await expect(page.getByText("An account with this email already exists").first()).toBeVisible();
    await expect(page).toHaveURL(/\/sign-up/);
  });

  test("a wrong password gets a message that does not reveal whether the account exists", async ({ page }) => {
    for (const email of ["customer@quicklocal.test", uniqueEmail("nobody")]) {
      await page.goto("/sign-in");
      await page.getByLabel("Email address").fill(email);
      await page.getByLabel("Password", { exact: true }).fill("Wrong#Password1");
      await page.getByRole("button", { name: "Sign in", exact: true }).click();
      await expect(page.getByText("Email or password is incorrect").first()).toBeVisible();
    }
  });

  test("a forgotten password is reset through the emailed single-use link", async ({ page, browser }) => {
    const email = uniqueEmail("forgetful");
    await page.goto("/sign-up");
    await page.getByLabel("Full name").fill("Forgetful Farhan");
    await page.getByLabel("Email address").fill(email);
    await page.getByLabel("Password", { exact: true }).fill("Original#2026");
    await page.getByLabel("Confirm password").fill("Original#2026");
    await page.getByRole("button", { name: "Create account" }).click();
    await expect(page.getByRole("button", { name: /Account menu for/ })).toBeVisible();
    await signOut(page);

    await page.goto("/forgot-password");
    await page.getByLabel("Email address").fill(email);
    await page.getByRole("button", { name: "Send reset link" }).click();
    await expect(page.getByRole("status").getByText(email)).toBeVisible();

    // No SMTP here: the admin reads the mail in the dev mailbox.
    const admin = await browser.newContext();
    const adminPage = await admin.newPage();
    await signIn(adminPage, "admin@quicklocal.test");
    await adminPage.goto("/admin/mailbox");
    await adminPage.getByRole("link", { name: new RegExp(`Reset your QuickLocal password.*${email.replace(/[.+]/g, "\\$&")}|${email.replace(/[.+]/g, "\\$&")}.*Reset your QuickLocal password`) }).first().click();
    const resetLink = await adminPage.getByRole("link", { name: /reset-password\?token=/ }).first().getAttribute("href");
    expect(resetLink).toBeTruthy();
    await admin.close();

    await page.goto(resetLink!);
    await page.getByLabel("New password", { exact: true }).fill("Renewed#2026");
    await page.getByLabel("Confirm new password").fill("Renewed#2026");
    await page.getByRole("button", { name: "Set new password" }).click();
    await expect(page).toHaveURL(/\/sign-in/);
    await signIn(page, email, "Renewed#2026");
    await expect(page.getByRole("button", { name: "Account menu for Forgetful Farhan" })).toBeVisible();

    // The link works once.
    await page.goto(resetLink!);
    await expect(page.getByRole("heading", { name: "This link was already used" })).toBeVisible();
    await expect(page.getByLabel("New password", { exact: true })).toHaveCount(0);
  });

  test("demo logins reach their workspaces", async ({ page }) => {
    for (const [email, path, heading] of [
      ["seller@quicklocal.test", "/seller", /Sharma Kirana Store|Dashboard/],
      ["admin@quicklocal.test", "/admin", /Marketplace|Dashboard/],
      ["delivery@quicklocal.test", "/delivery", /^Hello, /],
    ] as const) {
      await signIn(page, email, DEMO_PASSWORD, `/sign-in?callbackUrl=${encodeURIComponent(path)}`);
      await expect(page).toHaveURL(new RegExp(`${path}$`));
      await expect(page.getByRole("heading", { name: heading }).first()).toBeVisible();
      await page.context().clearCookies();
    }
  });
});
