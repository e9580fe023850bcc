import { expect, test, type Page } from "@playwright/test";
import { signIn } from "./support/auth";

/** "Showing 1–24 of 1,234 products" / "36 products" → the number of matches. */
async function total(page: Page): Promise<number> {
  const text = (await page.getByRole("status").filter({ hasText: /products?$|No products/ }).first().textContent()) ?? "";
  if (/No products/.test(text)) return 0;
  return Number(/([\d,]+) products?$/.exec(text.trim())?.[1].replace(/,/g, "") ?? Number.NaN);
}

const cards = (page: Page) => page.locator("main article");
const rupees = (text: string) => Number(text.replace(/[^\d.]/g, ""));
const chips = (page: Page) => page.getByRole("group", { name: "Active filters" }).getByRole("button", { name: /remove this filter$/ });
const searchBox = (page: Page) => page.getByRole("combobox", { name: "Search products" });
/** The number at the end of a facet row ("Fruits & Vegetables 27"). */
const countOf = async (row: ReturnType<Page["locator"]>) => Number(((await row.locator("span").last().textContent()) ?? "").replace(/,/g, ""));

test.describe("search on a desktop", () => {
  test.use({ viewport: { width: 1280, height: 900 }, isMobile: false, hasTouch: false });

  test("typo → suggestion → two facets → clear one → sort by price → back: the URL and the page follow every step", async ({ page }) => {
    await page.goto("/");
    const box = searchBox(page);

    // A typo still gets suggestions, from the first characters; the keyboard picks one.
    await box.fill("frsho");
    const listbox = page.getByRole("listbox", { name: "Search suggestions" });
    await expect(listbox).toBeVisible();
    await expect(box).toHaveAttribute("aria-expanded", "true");
    await expect(listbox.getByRole("option").first()).toContainText(/fresho/i);
    await box.press("ArrowDown");
    const first = listbox.getByRole("option").first();
    await expect(first).toHaveAttribute("aria-selected", "true");
    await expect(box).toHaveAttribute("aria-activedescendant", (await first.getAttribute("id")) ?? "");
    await box.press("Enter");
    await expect(page).toHaveURL(/\/search\?(q=fresho|brand=fresho)/);
    const sidebar = page.getByRole("complementary", { name: "Filters" });
    await expect(sidebar).toBeVisible();
    const all = await total(page);
    expect(all).toBeGreaterThan(10);
    const startUrl = page.url();

    // Facet 1: a category, with the count the sidebar promised.
    const categoryLink = sidebar.getByRole("group", { name: "Category" }).getByRole("link").first();
    const categoryName = ((await categoryLink.locator("span").first().textContent()) ?? "").trim();
    const categoryCount = await countOf(categoryLink);
    await categoryLink.click();
    await expect(page).toHaveURL(/[?&]category=/);
    await expect.poll(() => total(page)).toBe(categoryCount);
    await expect(page.getByRole("button", { name: `${categoryName}, remove this filter` })).toBeVisible();
    const categoryUrl = page.url();

    // Facet 2: in stock only.
    const inStock = sidebar.getByRole("group", { name: "Availability" }).getByRole("checkbox", { name: /In stock only/ });
    const inStockCount = await countOf(sidebar.getByRole("group", { name: "Availability" }).locator("label").first());
    await inStock.check();
    await expect(page).toHaveURL(/in_stock=1/);
    await expect(page).toHaveURL(/category=/);
    await expect.poll(() => total(page)).toBe(inStockCount);
    const chipsBefore = await chips(page).count();
    await expect(page.getByRole("button", { name: "In stock, remove this filter" })).toBeVisible();
    const bothUrl = page.url();
    const both = await total(page);

    // Clear one: the category goes, the stock filter stays, and there are at least as many results.
    await page.getByRole("button", { name: `${categoryName}, remove this filter` }).click();
    await expect(page).not.toHaveURL(/category=/);
    await expect(page).toHaveURL(/in_stock=1/);
    await expect(chips(page)).toHaveCount(chipsBefore - 1);
    await expect.poll(() => total(page)).toBeGreaterThanOrEqual(both);
    const stockOnly = await total(page);

    // Sort by price: the filter stays and the page is in price order.
    await page.getByRole("link", { name: "Sort by Price: low to high" }).click();
    await expect(page).toHaveURL(/sort=price_asc/);
    await expect(page).toHaveURL(/in_stock=1/);
    await expect(page.getByRole("link", { name: "Sort by Price: low to high" })).toHaveAttribute("aria-current", "true");
    const prices = (await cards(page).locator("p.flex > span.font-bold").allTextContents()).map((p) => rupees(p.replace("From", "")));
    expect(prices.length).toBeGreaterThan(1);
    expect(prices).toEqual([...prices].sort((a, b) => a - b));
    expect(await total(page)).toBe(stockOnly);

    // Back steps through the same states: unsorted, then both filters, then one, then none.
    await page.goBack();
    await expect(page).not.toHaveURL(/sort=/);
    await expect(page).toHaveURL(/in_stock=1/);
    await expect.poll(() => total(page)).toBe(stockOnly);
    await page.goBack();
    await expect(page).toHaveURL(bothUrl);
    await expect(page.getByRole("button", { name: `${categoryName}, remove this filter` })).toBeVisible();
    await expect(sidebar.getByRole("group", { name: "Availability" }).getByRole("checkbox", { name: /In stock only/ })).toBeChecked();
    await expect.poll(() => total(page)).toBe(both);
    await page.goBack();
    await expect(page).toHaveURL(categoryUrl);
    await expect.poll(() => total(page)).toBe(categoryCount);
    await page.goBack();
    await expect(page).toHaveURL(startUrl);
    await expect.poll(() => total(page)).toBe(all);
    await expect(chips(page).filter({ hasText: categoryName })).toHaveCount(0);
  });

  test("a query with a typo is corrected, matches are highlighted, and the next page is a cursor link", async ({ page }) => {
    await page.goto("/search?q=frsho");
    await expect(page.getByText("Showing results for")).toContainText("fresho");
    await expect(cards(page).first().locator("mark").first()).toHaveText(/fresho/i);
    const next = page.locator('main nav a[rel="next"]');
    await expect(next).toHaveAttribute("href", /cursor=.+&page=2/);
    const firstHref = await cards(page).first().getByRole("link").getAttribute("href");
    await next.click();
    await expect(page).toHaveURL(/cursor=.+page=2/);
    await expect(page.getByRole("status").filter({ hasText: /^Showing 25–/ })).toBeVisible();
    await expect(cards(page).first().getByRole("link")).not.toHaveAttribute("href", firstHref ?? "");
    await page.goBack();
    await expect(cards(page).first().getByRole("link")).toHaveAttribute("href", firstHref ?? "");
  });

  test("nothing found offers next steps; the combobox closes with Escape", async ({ page }) => {
    await page.goto("/search?q=zzqxvwk");
    await expect(page.getByRole("heading", { name: "No products match “zzqxvwk”" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Popular products" })).toBeVisible();
    const box = searchBox(page);
    await box.fill("fresh");
    await expect(page.getByRole("listbox", { name: "Search suggestions" })).toBeVisible();
    for (const group of ["Categories", "Products"]) await expect(page.getByRole("group", { name: group })).toBeVisible();
    await box.press("Escape");
    await expect(box).toHaveAttribute("aria-expanded", "false");
    await expect(page.getByRole("listbox", { name: "Search suggestions" })).toBeHidden();
  });
});

test.describe("search analytics", () => {
  test("a click on a result reports the search and its 1-based position", async ({ page }) => {
    // Beacon bodies are not visible to the test: make the client fall back to its keepalive fetch.
    await page.addInitScript(() => Object.defineProperty(navigator, "sendBeacon", { value: () => false }));
    await page.goto("/search?q=fresho");
    const second = cards(page).nth(1);
    await expect(second).toBeVisible();
    const beacon = page.waitForRequest((r) => r.url().endsWith("/api/search/events") && r.method() === "POST");
    await second.getByRole("link").click();
    const body = JSON.parse((await beacon).postData() ?? "{}") as { kind?: string; position?: number; queryId?: string };
    expect(body).toMatchObject({ kind: "click", position: 2 });
    expect(body.queryId).toMatch(/^[0-9a-f-]{36}$/);
    await expect(page).toHaveURL(/\/p\//);
  });
});

test.describe("recent searches", () => {
  test("a signed-in shopper sees their recent searches in the empty box, and can clear them", async ({ page }) => {
    await signIn(page, "customer@quicklocal.test");
    const term = `kurta ${Date.now() % 100000}`;
    await page.goto(`/search?q=${encodeURIComponent(term)}`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Results for “${term}”`);
    await page.goto("/");
    const box = searchBox(page);
    // The search log is written in the background (about a second).
    await expect(async () => {
      await page.reload();
      await box.focus();
      await expect(page.getByRole("group", { name: "Recent searches" }).getByRole("option", { name: term })).toBeVisible({ timeout: 2_000 });
    }).toPass({ timeout: 20_000 });
    await box.press("ArrowDown");
    await box.press("Enter");
    await expect(page).toHaveURL(new RegExp(`/search\\?q=${encodeURIComponent(term).replace(/%20/g, "\\+")}`));
    await page.goto("/");
    await searchBox(page).focus();
    await page.getByRole("button", { name: "Clear" }).click();
    await expect(page.getByRole("listbox", { name: "Search suggestions" })).toBeHidden();
    await page.reload();
    await searchBox(page).focus();
    await expect(page.getByRole("group", { name: "Recent searches" })).toHaveCount(0);
  });
});

test.describe("voice search", () => {
  test("a stubbed SpeechRecognition fills the box and searches", async ({ page }) => {
    await page.addInitScript(() => {
      class StubRecognition {
        lang = "";
        interimResults = false;
        continuous = false;
        maxAlternatives = 1;
        onresult: ((e: unknown) => void) | null = null;
        onerror: ((e: unknown) => void) | null = null;
        onend: (() => void) | null = null;
        onstart: (() => void) | null = null;
        start() {
          (window as unknown as { lastVoiceLang: string }).lastVoiceLang = this.lang;
          const result = (text: string, isFinal: boolean) => ({ resultIndex: 0, results: { length: 1, 0: { isFinal, length: 1, 0: { transcript: text } } } });
          setTimeout(() => this.onresult?.(result("basmati", false)), 300);
          setTimeout(() => this.onresult?.(result("basmati rice", true)), 900);
          setTimeout(() => this.onend?.(), 950);
        }
        stop() {}
        abort() {}
      }
      Object.assign(window, { SpeechRecognition: StubRecognition });
    });
    await page.goto("/");
    await page.getByRole("button", { name: "Search by voice" }).click();
    const panel = page.getByRole("dialog", { name: "Voice search" });
    await expect(panel.getByText("Listening…")).toBeVisible();
    await expect(panel.getByText("Heard “basmati”")).toBeVisible();
    await expect(page).toHaveURL(/\/search\?q=basmati\+rice/);
    await expect(searchBox(page)).toHaveValue("basmati rice");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Results for “basmati rice”");
    await expect(cards(page).first()).toBeVisible();
    expect(await page.evaluate(() => (window as unknown as { lastVoiceLang: string }).lastVoiceLang)).toBe("en-IN");
  });

  test("a refused microphone is explained, and Hindi can be chosen", async ({ page }) => {
    await page.addInitScript(() => {
      class DeniedRecognition {
        lang = "";
        onerror: ((e: { error: string }) => void) | null = null;
        onend: (() => void) | null = null;
        start() {
          (window as unknown as { langs: string[] }).langs = [...((window as unknown as { langs?: string[] }).langs ?? []), this.lang];
          setTimeout(() => this.onerror?.({ error: "not-allowed" }), 100);
          setTimeout(() => this.onend?.(), 120);
        }
        stop() {}
        abort() {}
      }
      Object.assign(window, { SpeechRecognition: DeniedRecognition });
    });
    await page.goto("/");
    await page.getByRole("button", { name: "Search by voice" }).click();
    const panel = page.getByRole("dialog", { name: "Voice search" });
    await expect(panel.getByText(/Microphone access is blocked/)).toBeVisible();
    await panel.getByRole("button", { name: /Hindi/ }).click();
    await expect(panel.getByRole("button", { name: /Hindi/ })).toHaveAttribute("aria-pressed", "true");
    await panel.getByRole("button", { name: "Try again" }).click();
    await expect.poll(() => page.evaluate(() => (window as unknown as { langs: string[] }).langs.at(-1))).toBe("hi-IN");
    await panel.getByRole("button", { name: "Close voice search" }).click();
    await expect(panel).toBeHidden();
  });

  test("no mic button where the browser cannot recognise speech", async ({ page }) => {
    await page.addInitScript(() => {
      for (const name of ["SpeechRecognition", "webkitSpeechRecognition"]) {
        Object.defineProperty(window, name, { value: undefined, configurable: true, writable: true });
      }
    });
    await page.goto("/");
    await expect(searchBox(page)).toBeVisible();
    await expect(page.getByRole("button", { name: "Search by voice" })).toHaveCount(0);
  });
});
