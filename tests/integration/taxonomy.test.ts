import { eq, inArray } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { listBrandOptions, listCategoryOptions } from "@/lib/catalog/editor-queries";
import { slugify } from "@/lib/catalog/slug";
import { createAttribute, deleteAttribute, updateAttribute } from "@/lib/catalog/taxonomy-attribute-service";
import { createBrand, deleteBrand, mergeBrands, renameBrand } from "@/lib/catalog/taxonomy-brand-service";
import { getAdminCategory, getAdminCategoryTree, listAdminBrands } from "@/lib/catalog/taxonomy-queries";
import { createCategory, deleteCategory, moveCategory, renameCategory, reorderCategory } from "@/lib/catalog/taxonomy-service";
import { getDb } from "@/lib/platform/db";
import { ConflictError, ForbiddenError, NotFoundError, UnauthenticatedError, ValidationError } from "@/lib/platform/errors";
import { brands, categories, categoryAttributes, productRevisions, products } from "@/models";
import { makeProduct, makeSeller, makeUser, unique } from "../support/fixtures";

async function category(id: string) {
  const db = await getDb();
  const [row] = await db.select().from(categories).where(eq(categories.id, id));
  return row;
}

let admin: Actor;
let seller: Awaited<ReturnType<typeof makeSeller>>;

beforeAll(async () => {
  admin = await makeUser("admin", "Catalogue admin");
  seller = await makeSeller("Taxonomy store");
});

/** A three-level line root › mid › leaf created through the service. */
async function line(prefix: string) {
  const root = await createCategory(admin, { name: unique(`${prefix} Root`) });
  const mid = await createCategory(admin, { parentId: root.id, name: unique(`${prefix} Mid`) });
  const leaf = await createCategory(admin, { parentId: mid.id, name: unique(`${prefix} Leaf`) });
  return { root, mid, leaf };
}

describe("categories", () => {
  it("creates a subtree with paths, depths and unique slugs", async () => {
    const { root, mid, leaf } = await line("Create");
    const [r, m, l] = await Promise.all([category(root.id), category(mid.id), category(leaf.id)]);
    expect(m.path).toBe(`${r.path}/${m.path.split("/")[1]}`);
    expect(l.path.startsWith(`${m.path}/`)).toBe(true);
    expect([r.depth, m.depth, l.depth]).toEqual([0, 1, 2]);
    // Deep categories are named after their parent, as imports name them.
    expect(l.slug).toBe(`${m.path.split("/")[1]}-${l.path.split("/")[2]}`);
    expect(l.parentId).toBe(mid.id);

    // A sibling with the same name (any case) is refused; the tree is unchanged.
    await expect(createCategory(admin, { parentId: mid.id, name: ` ${l.name.toUpperCase()} ` })).rejects.toBeInstanceOf(ConflictError);
    // Names must have some substance, and the parent must exist.
    await expect(createCategory(admin, { parentId: mid.id, name: " x " })).rejects.toBeInstanceOf(ValidationError);
    await expect(createCategory(admin, { parentId: "00000000-0000-4000-8000-000000000000", name: "Orphan" })).rejects.toBeInstanceOf(ValidationError);
  });

  it("renames in place, and re-slugs the whole subtree only when asked", async () => {
    const { root, mid, leaf } = await line("Rename");
    const before = await category(mid.id);
    const renamed = await renameCategory(admin, { categoryId: mid.id, name: unique("Renamed Mid") });
    expect(renamed.slug).toBe(before.slug);
    expect((await category(mid.id)).path).toBe(before.path);

    const name = unique("Fresh Name");
    const reslugged = await renameCategory(admin, { categoryId: mid.id, name, updateSlug: true });
    const [m, l, r] = await Promise.all([category(mid.id), category(leaf.id), category(root.id)]);
    expect(m.name).toBe(name);
    expect(m.path).toBe(`${r.path}/${slugify(name)}`);
    expect(reslugged.slug).toBe(m.slug);
    expect(l.path).toBe(`${m.path}/${l.path.split("/").at(-1)}`);
  });

  it("moves a subtree under another parent, rewriting paths and depths, and keeps paths unique", async () => {
    const a = await line("MoveA");
    const b = await line("MoveB");
    // mid of line A (with its leaf) goes under leaf of line B: depths 1,2 → 3,4.
    const moved = await moveCategory(admin, { categoryId: a.mid.id, parentId: b.leaf.id });
    const [m, l, target] = await Promise.all([category(a.mid.id), category(a.leaf.id), category(b.leaf.id)]);
    expect(m.parentId).toBe(b.leaf.id);
    expect(m.path).toBe(`${target.path}/${m.path.split("/").at(-1)}`);
    expect(l.path).toBe(`${m.path}/${l.path.split("/").at(-1)}`);
    expect([m.depth, l.depth]).toEqual([3, 4]);
    expect(moved.slug).toBe(m.slug);
    expect(m.slug.startsWith(target.path.split("/").at(-1)!)).toBe(true);

    // To the top level and back: depths follow.
    await moveCategory(admin, { categoryId: a.mid.id, parentId: "" });
    expect((await category(a.mid.id)).depth).toBe(0);
    expect((await category(a.leaf.id)).depth).toBe(1);

    // A category whose segment is taken at the destination gets a free one; its name differs.
    const host = await createCategory(admin, { name: unique("Host") });
    const first = await createCategory(admin, { parentId: host.id, name: "Tea & Coffee" });
    const other = await createCategory(admin, { parentId: a.root.id, name: "Tea and Coffee" });
    await moveCategory(admin, { categoryId: other.id, parentId: host.id });
    const [f, o] = await Promise.all([category(first.id), category(other.id)]);
    expect(o.path).not.toBe(f.path);
    expect(o.path).toBe(`${f.path}-2`);
  });

  it("refuses to move a category under itself or its own subtree", async () => {
    const { root, mid, leaf } = await line("Cycle");
    const before = await category(mid.id);
    await expect(moveCategory(admin, { categoryId: mid.id, parentId: mid.id })).rejects.toBeInstanceOf(ValidationError);
    await expect(moveCategory(admin, { categoryId: root.id, parentId: leaf.id })).rejects.toMatchObject({
      fieldErrors: { parentId: [expect.stringMatching(/own subcategories/)] },
    });
    expect(await category(mid.id)).toEqual(before);
  });

  it("reorders siblings one step at a time", async () => {
    const parent = await createCategory(admin, { name: unique("Order") });
    const kids = [];
    for (const name of ["One", "Two", "Three"]) kids.push(await createCategory(admin, { parentId: parent.id, name }));
    await reorderCategory(admin, { categoryId: kids[2].id, direction: "up" });
    const order = async () => {
      const db = await getDb();
      const rows = await db.select({ id: categories.id, position: categories.position }).from(categories).where(eq(categories.parentId, parent.id));
      return rows.sort((x, y) => x.position - y.position).map((r) => r.id);
    };
    expect(await order()).toEqual([kids[0].id, kids[2].id, kids[1].id]);
    // Already first: nothing moves.
    await reorderCategory(admin, { categoryId: kids[0].id, direction: "up" });
    expect(await order()).toEqual([kids[0].id, kids[2].id, kids[1].id]);
    await expect(reorderCategory(admin, { categoryId: kids[0].id, direction: "sideways" })).rejects.toBeInstanceOf(ValidationError);
  });

  it("deletes only empty categories, with a clear reason otherwise", async () => {
    const { root, mid, leaf } = await line("Delete");
    await expect(deleteCategory(admin, mid.id)).rejects.toThrow(/1 subcategory/);
    const { product } = await makeProduct({ sellerId: seller.seller.id, categoryId: leaf.id });
    await expect(deleteCategory(admin, leaf.id)).rejects.toThrow(/1 product\b/);

    // A pending change proposing the category blocks it too.
    const spare = await createCategory(admin, { parentId: root.id, name: unique("Spare") });
    const db = await getDb();
    await db.insert(productRevisions).values({
      productId: product.id,
      content: { title: "t", description: "", categoryId: spare.id, brandId: null, attributes: {}, seoTitle: null, seoDescription: null, images: [] },
    });
    await expect(deleteCategory(admin, spare.id)).rejects.toBeInstanceOf(ConflictError);
    await db.delete(productRevisions).where(eq(productRevisions.productId, product.id));

    await createAttribute(admin, { categoryId: spare.id, label: "Shelf life", type: "text" });
    await deleteCategory(admin, spare.id);
    expect(await category(spare.id)).toBeUndefined();
    expect(await db.select().from(categoryAttributes).where(eq(categoryAttributes.categoryId, spare.id))).toEqual([]);
    await expect(deleteCategory(admin, spare.id)).rejects.toBeInstanceOf(NotFoundError);
  });

  it("shows the tree with product counts rolled up to ancestors", async () => {
    const { root, mid, leaf } = await line("Counts");
    await makeProduct({ sellerId: seller.seller.id, categoryId: leaf.id });
    await makeProduct({ sellerId: seller.seller.id, categoryId: mid.id, status: "draft" });
    const tree = await getAdminCategoryTree();
    const r = tree.find((n) => n.id === root.id)!;
    expect(r.totalProducts).toBe(2);
    expect(r.ownProducts).toBe(0);
    expect(r.children[0].ownProducts).toBe(1);
    expect(r.children[0].children[0].totalProducts).toBe(1);
  });

  it("invalidates cached taxonomy data on every write", async () => {
    const before = await listCategoryOptions();
    const created = await createCategory(admin, { name: unique("Cached") });
    const after = await listCategoryOptions();
    expect(after.length).toBe(before.length + 1);
    await renameCategory(admin, { categoryId: created.id, name: unique("Cached renamed") });
    expect((await listCategoryOptions()).find((o) => o.id === created.id)?.name).toMatch(/^Cached renamed/);
  });
});

describe("category attributes", () => {
  it("creates attributes with keys from labels and refuses clashes along the category line", async () => {
    const { root, mid, leaf } = await line("Attr");
    const ram = await createAttribute(admin, { categoryId: mid.id, label: "RAM size", type: "number", unit: "GB", position: "1", filterable: true });
    expect(ram).toMatchObject({ key: "ram_size", type: "number", unit: "GB", options: [], filterable: true, required: false, position: 1 });

    // Same key on an ancestor, a descendant or the category itself is refused.
    for (const categoryId of [root.id, leaf.id, mid.id]) {
      await expect(createAttribute(admin, { categoryId, label: "Ram Size", type: "text" })).rejects.toBeInstanceOf(ConflictError);
    }
    // A sibling line may reuse it.
    const sibling = await createCategory(admin, { parentId: root.id, name: unique("Attr sibling") });
    await expect(createAttribute(admin, { categoryId: sibling.id, label: "RAM size", type: "number" })).resolves.toMatchObject({ key: "ram_size" });

    // Shape rules: a select needs two distinct options; a unit is kept only for numbers.
    await expect(createAttribute(admin, { categoryId: leaf.id, label: "Fabric", type: "select", options: "Cotton" })).rejects.toMatchObject({
      fieldErrors: { options: [expect.stringMatching(/at least two/)] },
    });
    await expect(createAttribute(admin, { categoryId: leaf.id, label: "Fabric", type: "select", options: "Cotton\ncotton" })).rejects.toBeInstanceOf(ValidationError);
    await expect(createAttribute(admin, { categoryId: leaf.id, label: "", type: "text" })).rejects.toBeInstanceOf(ValidationError);
    await expect(createAttribute(admin, { categoryId: leaf.id, label: "Kind", type: "colour" })).rejects.toBeInstanceOf(ValidationError);
    const fabric = await createAttribute(admin, { categoryId: leaf.id, label: "Fabric", type: "select", options: "Cotton\n Silk \n\nWool", unit: "m" });
    expect(fabric).toMatchObject({ options: ["Cotton", "Silk", "Wool"], unit: null });

    const detail = await getAdminCategory(leaf.id);
    expect(detail?.attributes.map((a) => a.key)).toEqual(["fabric"]);
    expect(detail?.inherited).toEqual([{ category: { id: mid.id, name: mid.name }, attributes: [expect.objectContaining({ key: "ram_size" })] }]);
  });

  it("reports product values a changed select no longer allows, and keeps them on the products", async () => {
    const { mid, leaf } = await line("Options");
    const size = await createAttribute(admin, { categoryId: mid.id, label: "Size", type: "select", options: "S\nM\nL\nXL" });
    const db = await getDb();
    const made = await Promise.all(
      ["XL", "XL", "M"].map(async (value) => {
        const { product } = await makeProduct({ sellerId: seller.seller.id, categoryId: leaf.id });
        await db.update(products).set({ attributes: { size: value } }).where(eq(products.id, product.id));
        return product.id;
      }),
    );
    const change = await updateAttribute(admin, { attributeId: size.id, label: "Size", type: "select", options: "S\nM\nL" });
    expect(change.attribute.options).toEqual(["S", "M", "L"]);
    expect(change.noLongerAllowed).toEqual([{ value: "XL", products: 2 }]);
    const rows = await db.select({ attributes: products.attributes }).from(products).where(inArray(products.id, made));
    expect(rows.map((r) => r.attributes.size).sort()).toEqual(["M", "XL", "XL"]);

    // The key never changes with the label; bad input changes nothing.
    const relabelled = await updateAttribute(admin, { attributeId: size.id, label: "Garment size", type: "select", options: "S\nM\nL\nXL" });
    expect(relabelled.attribute.key).toBe("size");
    expect(relabelled.noLongerAllowed).toEqual([]);
    await expect(updateAttribute(admin, { attributeId: size.id, label: "Size", type: "select", options: "" })).rejects.toBeInstanceOf(ValidationError);
    await expect(updateAttribute(admin, { attributeId: size.id, label: "Size", type: "number", position: "-1" })).rejects.toBeInstanceOf(ValidationError);
    const [stored] = await db.select().from(categoryAttributes).where(eq(categoryAttributes.id, size.id));
    expect(stored.options).toEqual(["S", "M", "L", "XL"]);

    const removed = await deleteAttribute(admin, size.id);
    expect(removed.productsWithValue).toBe(3);
    await expect(deleteAttribute(admin, size.id)).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe("brands", () => {
  it("creates, renames with a stable slug, and refuses duplicates", async () => {
    const name = unique("Acme Foods");
    const brand = await createBrand(admin, { name });
    expect(brand.slug).toBe(slugify(name));
    await expect(createBrand(admin, { name: name.toUpperCase() })).rejects.toBeInstanceOf(ConflictError);
    await expect(createBrand(admin, { name: "   " })).rejects.toBeInstanceOf(ValidationError);

    const renamed = await renameBrand(admin, { brandId: brand.id, name: unique("Acme Kitchen") });
    expect(renamed.slug).toBe(brand.slug);
    const newName = unique("Acme Pantry");
    const reslugged = await renameBrand(admin, { brandId: brand.id, name: newName, updateSlug: true });
    expect(reslugged.slug).toBe(slugify(newName));

    const listed = await listAdminBrands({ q: newName });
    expect(listed.items).toEqual([expect.objectContaining({ id: brand.id, productCount: 0 })]);
  });

  it("merges one brand into another in one go and deletes only unused brands", async () => {
    const db = await getDb();
    const cat = await createCategory(admin, { name: unique("Brand cat") });
    const [from, into] = [await createBrand(admin, { name: unique("Old Brand") }), await createBrand(admin, { name: unique("New Brand") })];
    const made = [];
    for (let i = 0; i < 3; i++) {
      const { product } = await makeProduct({ sellerId: seller.seller.id, categoryId: cat.id });
      await db.update(products).set({ brandId: from.id }).where(eq(products.id, product.id));
      made.push(product.id);
    }
    await db.insert(productRevisions).values({
      productId: made[0],
      content: { title: "t", description: "", categoryId: cat.id, brandId: from.id, attributes: {}, seoTitle: null, seoDescription: null, images: [] },
    });

    await expect(deleteBrand(admin, from.id)).rejects.toThrow(/3 products use it and 1 pending change proposes it/);
    await expect(mergeBrands(admin, { sourceId: from.id, targetId: from.id })).rejects.toBeInstanceOf(ValidationError);

    const result = await mergeBrands(admin, { sourceId: from.id, targetId: into.id });
    expect(result.movedProducts).toBe(3);
    expect(result.movedRevisions).toBe(1);
    const rows = await db.select({ brandId: products.brandId }).from(products).where(inArray(products.id, made));
    expect(rows.every((r) => r.brandId === into.id)).toBe(true);
    const [revision] = await db.select().from(productRevisions).where(eq(productRevisions.productId, made[0]));
    expect(revision.content.brandId).toBe(into.id);
    expect(await db.select().from(brands).where(eq(brands.id, from.id))).toEqual([]);
    expect((await listBrandOptions()).some((b) => b.id === from.id)).toBe(false);

    await expect(mergeBrands(admin, { sourceId: from.id, targetId: into.id })).rejects.toBeInstanceOf(NotFoundError);
    const spare = await createBrand(admin, { name: unique("Spare Brand") });
    await deleteBrand(admin, spare.id);
    expect(await db.select().from(brands).where(eq(brands.id, spare.id))).toEqual([]);
  });
});

describe("authorization", () => {
  it("refuses every taxonomy write to sellers, customers and support, and to anonymous callers", async () => {
    const { mid } = await line("Guard");
    const brand = await createBrand(admin, { name: unique("Guard Brand") });
    const other = await createBrand(admin, { name: unique("Guard Other") });
    const attribute = await createAttribute(admin, { categoryId: mid.id, label: "Guard attr", type: "boolean" });
    const writes: [string, (actor: Actor | null) => Promise<unknown>][] = [
      ["create category", (a) => createCategory(a, { name: unique("Nope") })],
      ["rename category", (a) => renameCategory(a, { categoryId: mid.id, name: "Nope" })],
      ["move category", (a) => moveCategory(a, { categoryId: mid.id, parentId: "" })],
      ["reorder category", (a) => reorderCategory(a, { categoryId: mid.id, direction: "up" })],
      ["delete category", (a) => deleteCategory(a, mid.id)],
      ["create attribute", (a) => createAttribute(a, { categoryId: mid.id, label: "Nope", type: "text" })],
      ["update attribute", (a) => updateAttribute(a, { attributeId: attribute.id, label: "Nope", type: "text" })],
      ["delete attribute", (a) => deleteAttribute(a, attribute.id)],
      ["create brand", (a) => createBrand(a, { name: unique("Nope") })],
      ["rename brand", (a) => renameBrand(a, { brandId: brand.id, name: "Nope" })],
      ["merge brands", (a) => mergeBrands(a, { sourceId: brand.id, targetId: other.id })],
      ["delete brand", (a) => deleteBrand(a, brand.id)],
    ];
    const refused: Actor[] = [seller.actor, await makeUser("customer"), await makeUser("support")];
    for (const [what, write] of writes) {
      for (const actor of refused) await expect(write(actor), `${actor.role} → ${what}`).rejects.toBeInstanceOf(ForbiddenError);
      await expect(write(null), `anonymous → ${what}`).rejects.toBeInstanceOf(UnauthenticatedError);
    }
    // Nothing changed.
    expect((await category(mid.id)).name).toBe(mid.name);
    const db = await getDb();
    expect(await db.select({ id: brands.id }).from(brands).where(inArray(brands.id, [brand.id, other.id]))).toHaveLength(2);
    expect(await db.select({ id: categoryAttributes.id }).from(categoryAttributes).where(eq(categoryAttributes.id, attribute.id))).toHaveLength(1);
  });
});
