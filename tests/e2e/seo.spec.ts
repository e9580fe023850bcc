import { expect, test } from "@playwright/test";

test.describe("search engines", () => {
  test("robots.txt keeps crawlers out of private areas and names the sitemaps", async ({ request, baseURL }) => {
    const res = await request.get("/robots.txt");
    expect(res.status()).toBe(200);
    const text = await res.text();
    for (const path of ["/seller", "/admin", "/delivery", "/account", "/api/", "/cart", "/search?"]) expect(text).toContain(`Disallow: ${path}`);
    expect(text).toContain(`Sitemap: ${baseURL}/sitemap/categories.xml`);
    expect(text).toContain(`Sitemap: ${baseURL}/sitemap/products-0.xml`);
  });

  test("the sitemaps list categories and products on sale", async ({ request, baseURL }) => {
    const categories = await (await request.get("/sitemap/categories.xml")).text();
    expect(categories).toContain(`<loc>${baseURL}/c/fashion</loc>`);
    const res = await request.get("/sitemap/products-0.xml");
    expect(res.status()).toBe(200);
    expect(res.headers()["content-type"]).toContain("application/xml");
    const xml = await res.text();
    const urls = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);
    expect(urls.length).toBeGreaterThan(100);
    expect(urls.every((u) => u.startsWith(`${baseURL}/p/`))).toBe(true);
    // A listed product is on sale; a shard past the end does not exist.
    expect((await request.get(urls[0])).status()).toBe(200);
    expect((await request.get("/sitemap/products-999.xml")).status()).toBe(404);
  });

  test("category pages have a canonical URL; filtered ones point to it and are not indexed", async ({ page, baseURL }) => {
    await page.goto("/c/fashion");
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", `${baseURL}/c/fashion`);
    await expect(page.locator('meta[name="robots"]')).toHaveCount(0);
    // Later pages are keyset cursors: each plain one is its own canonical.
    await page.locator('main nav a[rel="next"]').first().click();
    await expect(page).toHaveURL(/cursor=.+page=2/);
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", page.url());
    await expect(page.locator('meta[name="robots"]')).toHaveCount(0);
    await page.goto("/c/fashion?rating=4&sort=price_asc&page=2");
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", `${baseURL}/c/fashion`);
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute("content", /noindex/);
  });

  test("a product page has Product and breadcrumb markup and an Open Graph image that is a picture", async ({ page, request }) => {
    await page.goto("/c/fashion");
    await page.locator('main a[href^="/p/"]').first().click();
    await expect(page).toHaveURL(/\/p\//);
    await expect(page.getByRole("heading", { level: 1 })).not.toHaveText("Fashion");
    const title = ((await page.getByRole("heading", { level: 1 }).textContent()) ?? "").trim();

    const blocks = (await page.locator('script[type="application/ld+json"]').allTextContents()).map((t) => JSON.parse(t) as Record<string, unknown>);
    const product = blocks.find((b) => b["@type"] === "Product");
    expect(product).toMatchObject({ name: title, offers: { priceCurrency: "INR" } });
    expect(String((product?.offers as Record<string, unknown>).availability)).toMatch(/^https:\/\/schema\.org\/(InStock|OutOfStock)$/);
    expect(blocks.some((b) => b["@type"] === "BreadcrumbList")).toBe(true);
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", new RegExp(`/p/[^?]+$`));

    const og = await page.locator('meta[property="og:image"]').getAttribute("content");
    expect(og).toBeTruthy();
    const image = await request.get(og!);
    expect(image.status()).toBe(200);
    expect(image.headers()["content-type"]).toBe("image/png");
    const bytes = await image.body();
    expect(bytes.subarray(1, 4).toString("latin1")).toBe("PNG");
    expect(bytes.length).toBeGreaterThan(10_000);
  });
});
