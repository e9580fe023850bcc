import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import sharp from "sharp";

interface ApiHit {
  id: string;
  title: string;
  image: { url: string } | null;
}

/** A seeded product with a picture, and a "shopper's photo" of it: cropped, darker, recompressed as JPEG. */
async function photoOfProduct(request: APIRequestContext): Promise<{ title: string; photo: Buffer }> {
  const search = await request.get("/api/search?q=tea&limit=10");
  expect(search.ok()).toBe(true);
  const { hits } = (await search.json()) as { hits: ApiHit[] };
  const product = hits.find((h) => h.image);
  if (!product?.image) throw new Error("the seeded catalogue has no pictured product for “tea”");
  const image = await request.get(product.image.url);
  expect(image.ok()).toBe(true);
  const original = Buffer.from(await image.body());
  const { width = 600, height = 600 } = await sharp(original).metadata();
  const photo = await sharp(original)
    .extract({ left: Math.round(width * 0.04), top: Math.round(height * 0.03), width: Math.round(width * 0.92), height: Math.round(height * 0.94) })
    .resize({ width: 480 })
    .modulate({ brightness: 0.85 })
    .jpeg({ quality: 70 })
    .toBuffer();
  return { title: product.title, photo };
}

async function openPhotoSearch(page: Page) {
  await page.goto("/");
  await page.getByRole("button", { name: "Search with a photo" }).first().click();
  const dialog = page.getByRole("dialog", { name: "Search with a photo" });
  await expect(dialog).toBeVisible();
  return dialog;
}

for (const device of ["desktop", "mobile"] as const) {
  test.describe(`visual search on ${device}`, () => {
    if (device === "desktop") test.use({ viewport: { width: 1280, height: 900 }, isMobile: false, hasTouch: false });

    test("a photo of a product finds that product among similar products", async ({ page, request }) => {
      const { title, photo } = await photoOfProduct(request);
      const dialog = await openPhotoSearch(page);
      await expect(dialog.getByRole("button", { name: "Find similar products" })).toBeDisabled();
      await dialog.getByTestId("visual-file-input").setInputFiles({ name: "shelf-photo.jpg", mimeType: "image/jpeg", buffer: photo });
      await expect(dialog.getByRole("img", { name: "The photo you chose" })).toBeVisible();
      await dialog.getByRole("button", { name: "Find similar products" }).click();

      await expect(page).toHaveURL(/\/search\/visual/);
      await expect(page.getByRole("heading", { name: "Similar products", level: 1 })).toBeVisible();
      await expect(page.getByTestId("visual-query-photo")).toBeVisible();
      const results = page.getByRole("list", { name: "Similar products" });
      await expect(results.locator("article").first()).toBeVisible();
      await expect(results.locator("article").filter({ hasText: title }).first()).toBeVisible();
      await expect(results.getByTestId("similarity").first()).toHaveText(/^\d{1,3}% match$/);

      // Search again re-sends the same photo and keeps the results.
      await page.getByRole("button", { name: "Search again" }).click();
      await expect(results.locator("article").filter({ hasText: title }).first()).toBeVisible();
    });

    test("a file that is not a picture gets a clear error and nothing is searched", async ({ page }) => {
      const dialog = await openPhotoSearch(page);
      await dialog.getByTestId("visual-file-input").setInputFiles({ name: "notes.jpg", mimeType: "image/jpeg", buffer: Buffer.from("just some text, not a photo") });
      await dialog.getByRole("button", { name: "Find similar products" }).click();
      await expect(dialog.getByRole("alert")).toContainText(/not an image/i);
      await expect(page).not.toHaveURL(/\/search\/visual/);
    });
  });
}

test("the results page without a photo invites one", async ({ page }) => {
  await page.goto("/search/visual");
  await expect(page.getByRole("heading", { name: "Search with a photo", level: 1 })).toBeVisible();
  await page.getByRole("button", { name: "Choose a photo" }).click();
  await expect(page.getByRole("dialog", { name: "Search with a photo" })).toBeVisible();
});
