/**
 * Pure rules of the product workflow: which status moves are legal, which editor fields go through
 * review on a live product and which apply at once, the reviewed content (ProductContent) of a
 * product and the difference between two versions of it. No I/O: unit-tested, shared by the
 * service, the queries and the seller/admin screens.
 */
import type { AttributeValues, ProductContent, ProductEventKind, ProductStatus } from "@/models/catalog";
import type { ProductEditorValues } from "./product-schemas";

/* ------------------------------------------------------------------ status machine */

export const PRODUCT_ACTIONS = ["submit", "approve", "reject", "archive", "restore"] as const;
export type ProductAction = (typeof PRODUCT_ACTIONS)[number];

/**
 * draft → pending_review (submit) → active (approve) | rejected (reject); rejected → pending_review
 * (resubmit); active → archived (archive) → active (restore: it was approved before and its reviewed
 * content cannot change while archived).
 */
const TRANSITIONS: Record<ProductAction, { from: readonly ProductStatus[]; to: ProductStatus }> = {
  submit: { from: ["draft", "rejected"], to: "pending_review" },
  approve: { from: ["pending_review"], to: "active" },
  reject: { from: ["pending_review"], to: "rejected" },
  archive: { from: ["active"], to: "archived" },
  restore: { from: ["archived"], to: "active" },
};

/** The status `action` moves a product in status `from` to, or null when the move is illegal. */
export function nextStatus(action: ProductAction, from: ProductStatus): ProductStatus | null {
  const t = TRANSITIONS[action];
  return t.from.includes(from) ? t.to : null;
}

const STATUS_PHRASE: Record<ProductStatus, string> = {
  draft: "is a draft",
  pending_review: "is already waiting for review",
  active: "is live",
  rejected: "was rejected and has not been resubmitted",
  archived: "is archived",
};

const ACTION_PHRASE: Record<ProductAction, string> = {
  submit: "submitted for review",
  approve: "approved",
  reject: "rejected",
  archive: "archived",
  restore: "restored",
};

/** Why `action` is refused in status `from`, in words the seller or admin can act on. */
export function transitionRefusal(action: ProductAction, from: ProductStatus): string {
  return `This product ${STATUS_PHRASE[from]}, so it cannot be ${ACTION_PHRASE[action]}.`;
}

/**
 * How a save applies in each status: draft, rejected and pending_review products are edited in place
 * (nothing is live yet); a live product's reviewed content goes to a pending revision; an archived
 * product is locked (restoring puts it live without review, so it must not change meanwhile).
 */
export type EditMode = "in_place" | "revision" | "locked";

export function editMode(status: ProductStatus): EditMode {
  if (status === "active") return "revision";
  if (status === "archived") return "locked";
  return "in_place";
}

export const ARCHIVED_EDIT_MESSAGE = "Restore this product before editing it.";

/* ------------------------------------------------------------------ reviewed vs immediate fields */

export type FieldReview = "reviewed" | "immediate";

/**
 * Every editor field but the (fixed) type, classified: what shoppers read about the product is
 * reviewed; variants (prices, MRP, stock, low-stock thresholds, weight and dimensions), options,
 * bundle items, the digital file and licence keys apply at once.
 */
export const FIELD_REVIEW: Record<Exclude<keyof ProductEditorValues, "type">, FieldReview> = {
  title: "reviewed",
  description: "reviewed",
  categoryId: "reviewed",
  brandId: "reviewed",
  attributes: "reviewed",
  seoTitle: "reviewed",
  seoDescription: "reviewed",
  images: "reviewed",
  options: "immediate",
  variants: "immediate",
  bundleItems: "immediate",
  digitalFile: "immediate",
  licenceKeys: "immediate",
};

export function isReviewedField(field: string): boolean {
  return (FIELD_REVIEW as Record<string, FieldReview | undefined>)[field] === "reviewed";
}

export type ContentField = keyof ProductContent;

export const CONTENT_FIELDS = ["title", "description", "categoryId", "brandId", "attributes", "seoTitle", "seoDescription", "images"] as const satisfies readonly ContentField[];

export const CONTENT_FIELD_LABELS: Record<ContentField, string> = {
  title: "Title",
  description: "Description",
  categoryId: "Category",
  brandId: "Brand",
  attributes: "Attributes",
  seoTitle: "SEO title",
  seoDescription: "SEO description",
  images: "Images",
};

/* ------------------------------------------------------------------ product content */

/** The reviewed content a save proposes; `attributes` are the values already checked against the category. */
export function contentFromEditor(values: ProductEditorValues, attributes: AttributeValues): ProductContent {
  return {
    title: values.title,
    description: values.description,
    categoryId: values.categoryId,
    brandId: values.brandId,
    attributes,
    seoTitle: values.seoTitle,
    seoDescription: values.seoDescription,
    // Every picture needs a text alternative: an empty one falls back to the title.
    images: values.images.map(({ storageKey, alt, width, height }) => ({ storageKey, alt: alt || values.title, width, height })),
  };
}

export interface ContentRow {
  title: string;
  description: string;
  categoryId: string;
  brandId: string | null;
  attributes: AttributeValues;
  seoTitle: string | null;
  seoDescription: string | null;
}

/** The live content of a product row and its images (in display order). */
export function contentFromProduct(row: ContentRow, images: readonly ProductContent["images"][number][]): ProductContent {
  return {
    title: row.title,
    description: row.description,
    categoryId: row.categoryId,
    brandId: row.brandId,
    attributes: row.attributes,
    seoTitle: row.seoTitle,
    seoDescription: row.seoDescription,
    images: images.map(({ storageKey, alt, width, height }) => ({ storageKey, alt, width, height })),
  };
}

/** JSON with object keys sorted, so equal attribute maps compare equal whatever their key order. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === "object" && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b))) : v,
  );
}

/** The content fields that differ between two versions, in CONTENT_FIELDS order. */
export function diffContent(before: ProductContent, after: ProductContent): ContentField[] {
  return CONTENT_FIELDS.filter((field) => canonical(before[field] ?? null) !== canonical(after[field] ?? null));
}

export function sameContent(a: ProductContent, b: ProductContent): boolean {
  return diffContent(a, b).length === 0;
}

/* ------------------------------------------------------------------ digital stock */

/**
 * Stock of a digital product's variant, kept in stockOnHand by the service so listings, the product
 * page and checkout read it like any other stock. With licence keys each sale takes one key: stock
 * is the keys not yet handed out (never below what open orders reserved). File-only products never
 * run out: they get this fixed, large stock.
 */
export const UNLIMITED_DIGITAL_STOCK = 1_000_000;

export function digitalStockOnHand({ totalKeys, availableKeys, reserved }: { totalKeys: number; availableKeys: number; reserved: number }): number {
  return totalKeys > 0 ? Math.max(availableKeys, reserved) : UNLIMITED_DIGITAL_STOCK;
}

/* ------------------------------------------------------------------ editor values */

/** Paise as the editor's rupee text: 24950 → "249.50", 24900 → "249". */
export function paiseToRupeesInput(paise: number): string {
  const rupees = Math.floor(paise / 100);
  const rest = paise % 100;
  return rest === 0 ? String(rupees) : `${rupees}.${String(rest).padStart(2, "0")}`;
}

/** An optional measure as editor text: null → "". */
export function measureInput(value: number | null): string {
  return value === null ? "" : String(value);
}

/* ------------------------------------------------------------------ history */

export const PRODUCT_EVENT_LABELS: Record<ProductEventKind, string> = {
  created: "Created",
  submitted: "Submitted for review",
  approved: "Approved and published",
  rejected: "Rejected",
  change_submitted: "Change submitted for review",
  change_approved: "Change approved",
  change_rejected: "Change rejected",
  change_withdrawn: "Change withdrawn",
  archived: "Archived",
  restored: "Restored",
};
