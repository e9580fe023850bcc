import { expect, test, type Page } from "@playwright/test";
import { signIn } from "./support/auth";

/** The queue's list of items waiting for review. */
const queue = (page: Page) => page.getByRole("list", { name: "Waiting for review" });

test.describe("admin catalogue", () => {
  test("an admin compares a change with the live product and approves it, then rejects a new product with a reason", async ({ page }) => {
    await signIn(page, "admin@quicklocal.test", undefined, "/sign-in?callbackUrl=%2Fadmin%2Fcatalogue");
    await expect(page).toHaveURL(/\/admin\/catalogue$/);
    await expect(page.getByRole("heading", { level: 1, name: "Review queue" })).toBeVisible();

    // The demo seed has a pending change to a live product: open it and read the diff.
    await page.getByRole("link", { name: /^Changes to live products/ }).click();
    await expect(page).toHaveURL(/kind=change/);
    const change = queue(page).getByRole("link").first();
    const changeTitle = ((await change.textContent()) ?? "").trim();
    expect(changeTitle).not.toBe("");
    await change.click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(changeTitle);
    const changed = page.locator("section").filter({ has: page.getByText("Changed", { exact: true }) });
    await expect(changed.first()).toBeVisible();
    await expect(changed.first().getByText("Live now")).toBeVisible();
    await expect(changed.first().getByText("Proposed")).toBeVisible();
    // Words the change adds are highlighted on the proposed side.
    await expect(page.locator("ins").first()).toBeVisible();
    await expect(page.getByRole("heading", { name: "History" })).toBeVisible();

    await page.getByRole("button", { name: "Approve", exact: true }).click();
    await expect(page.getByText(`Approved “${changeTitle}”`)).toBeVisible();
    // Decided items leave the queue; focus moved on to the next item (or back to the queue).
    await page.goto("/admin/catalogue?kind=change");
    await expect(page.getByRole("heading", { level: 1, name: "Review queue" })).toBeVisible();
    await expect(page.getByRole("link", { name: changeTitle, exact: true })).toHaveCount(0);

    // Reject a new product from the queue: a reason is required and the seller sees it in the history.
    await page.goto("/admin/catalogue?kind=new");
    const row = queue(page).getByRole("listitem").first();
    const link = row.getByRole("link");
    const title = ((await link.textContent()) ?? "").trim();
    const href = await link.getAttribute("href");
    await row.getByRole("checkbox").check();
    await page.getByRole("button", { name: "Reject…" }).click();
    const dialog = page.getByRole("dialog");
    await dialog.getByRole("button", { name: "Reject", exact: true }).click();
    await expect(dialog.getByText(/at least 5 characters/)).toBeVisible();
    const reason = "The photos show a different pack size than the title.";
    await dialog.getByLabel("Reason").fill(reason);
    await dialog.getByRole("button", { name: "Reject", exact: true }).click();
    await expect(page.getByText("1 product rejected")).toBeVisible();
    await expect(page.getByRole("link", { name: title, exact: true })).toHaveCount(0);

    await page.goto(href ?? "/admin/catalogue");
    await expect(page.getByText("Nothing is waiting for review on this product")).toBeVisible();
    await expect(page.getByText(`“${reason}”`)).toBeVisible();
  });

  test("an admin adds a category with an attribute, and deletes it while it is empty", async ({ page }) => {
    const name = `E2E Shelf ${Date.now().toString(36)}`;
    await signIn(page, "admin@quicklocal.test", undefined, "/sign-in?callbackUrl=%2Fadmin%2Fcatalogue%2Fcategories");
    await expect(page.getByRole("heading", { level: 1, name: "Categories" })).toBeVisible();

    await page.getByRole("button", { name: "Add top-level" }).click();
    const dialog = page.getByRole("dialog");
    await dialog.getByLabel("Name").fill(name);
    await dialog.getByRole("button", { name: "Add category" }).click();
    await expect(page.getByText(`“${name}” added`)).toBeVisible();

    await page.getByRole("link", { name, exact: true }).click();
    await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
    await page.getByRole("button", { name: "Add attribute" }).click();
    await dialog.getByLabel("Label").fill("Screen size");
    await dialog.getByLabel("Type").selectOption("number");
    await dialog.getByLabel("Unit (optional)").fill("in");
    await expect(dialog.getByText("Key: screen_size")).toBeVisible();
    await dialog.getByRole("button", { name: "Add attribute" }).click();
    await expect(page.getByRole("list", { name: `Attributes of ${name}` }).getByText("Screen size")).toBeVisible();

    await page.getByRole("link", { name: "Categories", exact: true }).last().click();
    await page.getByLabel("Find a category").fill(name);
    await page.getByRole("button", { name: `Actions for ${name}` }).click();
    await page.getByRole("menuitem", { name: "Delete" }).click();
    await expect(dialog.getByText("Its 1 attribute will be deleted with it.")).toBeVisible();
    await dialog.getByRole("button", { name: "Delete category" }).click();
    await expect(page.getByText(`“${name}” deleted`)).toBeVisible();
    await expect(page.getByRole("link", { name, exact: true })).toHaveCount(0);
  });
});
