import { chromium } from "@playwright/test";
const [,, url, out, w = "390", h = "844", login] = process.argv;
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox","--disable-gpu","--disable-quic","--no-first-run","--disable-background-networking","--disable-component-update","--disable-sync"] });
const page = await browser.newPage({ viewport: { width: +w, height: +h } });
if (login) {
  await page.goto("http://localhost:3000/sign-in");
  await page.getByLabel("Email").fill(login);
  await page.getByLabel("Password", { exact: true }).fill("Demo@1234");
  await page.getByRole("button", { name: /sign in/i }).click();
  await page.waitForURL((u) => !u.pathname.startsWith("/sign-in"));
}
await page.goto(url, { waitUntil: "load" });
await page.screenshot({ path: out, fullPage: process.env.FULL === "1" });
console.log(page.url(), await page.title());
await browser.close();
