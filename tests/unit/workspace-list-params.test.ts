import { describe, expect, it } from "vitest";
import { firstValues, hrefWith, pageBounds } from "@/components/workspace/search-params";
import { escapeLike, paginate } from "@/lib/sellers/rules";
import { adminSellerListSchema, sellerProductListSchema } from "@/lib/sellers/schemas";
import { adminUserListSchema } from "@/lib/identity/admin-queries";

describe("firstValues", () => {
  it("keeps the first of repeated parameters and drops undefined", () => {
    expect(firstValues({ q: ["rice", "dal"], status: "active", page: undefined })).toEqual({ q: "rice", status: "active" });
  });
});

describe("hrefWith", () => {
  it("merges changes, drops empty values and page 1, and sorts keys", () => {
    expect(hrefWith("/seller/products", { status: "draft", q: "rice" }, { page: 2 })).toBe("/seller/products?page=2&q=rice&status=draft");
    expect(hrefWith("/seller/products", { status: "draft", q: "" }, { page: 1 })).toBe("/seller/products?status=draft");
    expect(hrefWith("/admin/users", { role: "seller" }, { role: undefined })).toBe("/admin/users");
  });

  it("encodes search text", () => {
    expect(hrefWith("/admin/users", { q: "a&b c" })).toBe("/admin/users?q=a%26b+c");
  });
});

describe("pageBounds", () => {
  it("reports 1-based row positions, capped at the total", () => {
    expect(pageBounds(1, 20, 134)).toEqual({ from: 1, to: 20 });
    expect(pageBounds(7, 20, 134)).toEqual({ from: 121, to: 134 });
    expect(pageBounds(1, 20, 0)).toEqual({ from: 0, to: 0 });
  });
});

describe("paginate", () => {
  it("clamps the page into range and computes the offset", () => {
    expect(paginate(134, 2, 20)).toEqual({ page: 2, pageCount: 7, offset: 20 });
    expect(paginate(134, 99, 20)).toEqual({ page: 7, pageCount: 7, offset: 120 });
    expect(paginate(0, 5, 20)).toEqual({ page: 1, pageCount: 1, offset: 0 });
    expect(paginate(10, 0, 20)).toEqual({ page: 1, pageCount: 1, offset: 0 });
  });
});

describe("escapeLike", () => {
  it("escapes LIKE wildcards and the escape character", () => {
    expect(escapeLike("50%_off\\")).toBe("50\\%\\_off\\\\");
    expect(escapeLike("plain")).toBe("plain");
  });
});

describe("list filter schemas", () => {
  it("parse URL values and fall back to defaults for anything malformed", () => {
    expect(sellerProductListSchema.parse({})).toEqual({ sort: "updated", page: 1, pageSize: 20 });
    expect(sellerProductListSchema.parse({ q: "  Basmati  ", status: "draft", sort: "stock", page: "3" })).toEqual({
      q: "Basmati",
      status: "draft",
      sort: "stock",
      page: 3,
      pageSize: 20,
    });
    expect(sellerProductListSchema.parse({ q: "   ", status: "deleted", sort: "price", page: "-1", pageSize: "1000" })).toEqual({
      q: undefined,
      status: undefined,
      sort: "updated",
      page: 1,
      pageSize: 20,
    });
    expect(sellerProductListSchema.parse({ q: "x".repeat(300) }).q).toHaveLength(100);
    expect(sellerProductListSchema.parse({ status: "pending_change" }).status).toBe("pending_change");
    expect(adminSellerListSchema.parse({ status: "pending", page: "2.5" })).toMatchObject({ status: "pending", page: 1 });
    expect(adminUserListSchema.parse({ role: "admin", q: "meera" })).toMatchObject({ role: "admin", q: "meera", page: 1 });
    expect(adminUserListSchema.parse({ role: "root" }).role).toBeUndefined();
  });
});
