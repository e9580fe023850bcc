/**
 * The product editor's inputs: one schema for the seller's form (react-hook-form) and the server.
 * Money is typed in rupees and becomes integer paise; counts are typed as text and become integers.
 * Rules that need the database (category attributes, SKU uniqueness, image ownership, bundle
 * components) are checked by the service; everything checkable from the input alone is here.
 */
import { z } from "zod";
import { PRODUCT_TYPES } from "@/models/catalog";
import { MAX_OPTION_VALUES, MAX_OPTIONS, MAX_VARIANTS, matrixProblems } from "./variant-matrix";

export const MAX_IMAGES = 10;
export const MAX_BUNDLE_ITEMS = 20;
export const MAX_LICENCE_KEYS_PER_SAVE = 5000;

const rupees = (label: string) =>
  z
    .string({ error: `Enter the ${label}` })
    .trim()
    .min(1, { error: `Enter the ${label}`, abort: true })
    .regex(/^\d{1,7}(\.\d{1,2})?$/, { error: `Enter the ${label} in rupees, e.g. 249 or 249.50`, abort: true })
    .transform((v) => Math.round(Number(v) * 100));

const count = (label: string, max = 1_000_000) =>
  z
    .string({ error: `Enter the ${label}` })
    .trim()
    .regex(/^\d{1,7}$/, { error: `Enter the ${label} as a whole number`, abort: true })
    .transform(Number)
    .refine((v) => v <= max, `The ${label} can be at most ${max.toLocaleString("en-IN")}`);

/** Optional positive whole number (weight, dimensions): empty → null. */
const optionalMeasure = (label: string) =>
  z
    .string()
    .trim()
    .regex(/^(\d{1,6})?$/, { error: `Enter the ${label} as a whole number, or leave it empty`, abort: true })
    .transform((v) => (v === "" ? null : Number(v)))
    .refine((v) => v === null || v > 0, `The ${label} must be more than 0`)
    .optional()
    .transform((v) => v ?? null);

const optionalText = (max: number, label: string) =>
  z
    .string()
    .trim()
    .max(max, `The ${label} can be at most ${max} characters`)
    .optional()
    .transform((v) => (v ? v : null));

export const skuSchema = z
  .string({ error: "Enter a SKU" })
  .trim()
  .min(1, { error: "Enter a SKU", abort: true })
  .max(64, { error: "A SKU can be at most 64 characters", abort: true })
  .regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, { error: "Use letters, digits, dot, dash or underscore in a SKU" });

export const productOptionSchema = z.object({
  name: z.string().trim().min(1, "Name the option, e.g. Size").max(30, "An option name can be at most 30 characters"),
  values: z
    .array(z.string().trim().min(1, "A value cannot be empty").max(40, "A value can be at most 40 characters"))
    .min(1, "Give the option at least one value")
    .max(MAX_OPTION_VALUES, `An option can have at most ${MAX_OPTION_VALUES} values`)
    .refine((values) => new Set(values.map((v) => v.toLowerCase())).size === values.length, "Each value can appear only once"),
});

export const variantInputSchema = z
  .object({
    /** Set for a variant that already exists; absent for a new one. */
    id: z.uuid().optional(),
    optionValues: z.record(z.string(), z.string()),
    sku: skuSchema,
    price: rupees("price"),
    mrp: rupees("MRP"),
    stock: count("stock"),
    lowStockThreshold: count("low-stock alert", 100_000),
    weightGrams: optionalMeasure("weight"),
    lengthMm: optionalMeasure("length"),
    widthMm: optionalMeasure("width"),
    heightMm: optionalMeasure("height"),
  })
  .refine((v) => v.mrp >= v.price, { path: ["mrp"], message: "The MRP cannot be below the price" });

export const productImageInputSchema = z.object({
  storageKey: z.string().min(1).max(512),
  alt: z.string().trim().max(200, "Alt text can be at most 200 characters"),
  width: z.number().int().positive(),
  height: z.number().int().positive(),
});

export const bundleItemInputSchema = z.object({
  variantId: z.uuid({ error: "Choose a product for the bundle" }),
  quantity: count("quantity", 99).refine((v) => v >= 1, "The quantity must be at least 1"),
});

export const digitalFileInputSchema = z.object({
  storageKey: z.string().min(1).max(512),
  fileName: z.string().min(1).max(255),
  contentType: z.string().min(1).max(255),
  sizeBytes: z.number().int().positive(),
  sha256: z.string().regex(/^[a-f0-9]{64}$/),
});

/** Attribute values as typed: the service converts and checks them against the category's attributes. */
export const attributeInputSchema = z.record(z.string().max(64), z.string().trim().max(200, "An attribute value can be at most 200 characters"));

export const productEditorSchema = z
  .object({
    type: z.enum(PRODUCT_TYPES),
    title: z.string().trim().min(3, "Give the product a title of at least 3 characters").max(200, "A title can be at most 200 characters"),
    description: z.string().trim().max(5000, "The description can be at most 5,000 characters"),
    categoryId: z.uuid({ error: "Choose a category" }),
    brandId: z
      .union([z.uuid(), z.literal("")])
      .optional()
      .transform((v) => v || null),
    attributes: attributeInputSchema.default({}),
    seoTitle: optionalText(70, "SEO title"),
    seoDescription: optionalText(160, "SEO description"),
    images: z.array(productImageInputSchema).max(MAX_IMAGES, `A product can have at most ${MAX_IMAGES} images`).default([]),
    options: z
      .array(productOptionSchema)
      .max(MAX_OPTIONS, `A product can have at most ${MAX_OPTIONS} options`)
      .refine((options) => new Set(options.map((o) => o.name.toLowerCase())).size === options.length, "Each option needs its own name")
      .default([]),
    variants: z
      .array(variantInputSchema)
      .min(1, "Add at least one variant")
      .max(MAX_VARIANTS, `A product can have at most ${MAX_VARIANTS} variants`),
    bundleItems: z.array(bundleItemInputSchema).max(MAX_BUNDLE_ITEMS, `A bundle can have at most ${MAX_BUNDLE_ITEMS} items`).default([]),
    digitalFile: digitalFileInputSchema.nullable().default(null),
    /** New licence keys, one per line; existing keys are kept. */
    licenceKeys: z
      .string()
      .default("")
      .transform((text) => [...new Set(text.split(/\r?\n/).map((k) => k.trim()).filter(Boolean))])
      .refine((keys) => keys.length <= MAX_LICENCE_KEYS_PER_SAVE, `Add at most ${MAX_LICENCE_KEYS_PER_SAVE} keys at a time`)
      .refine((keys) => keys.every((k) => k.length <= 200), "A licence key can be at most 200 characters"),
  })
  .superRefine((v, ctx) => {
    // With no variants at all, "Add at least one variant" already says it all.
    if (v.variants.length > 0) {
      for (const problem of matrixProblems(v.options, v.variants)) ctx.addIssue({ code: "custom", path: ["variants"], message: problem });
    }
    const skus = v.variants.map((variant) => variant.sku.toUpperCase());
    skus.forEach((sku, i) => {
      if (skus.indexOf(sku) !== i) ctx.addIssue({ code: "custom", path: ["variants", i, "sku"], message: "Each variant needs its own SKU" });
    });
    if (v.type === "bundle") {
      if (v.bundleItems.length < 2) ctx.addIssue({ code: "custom", path: ["bundleItems"], message: "A bundle needs at least two items" });
      if (v.options.length > 0) ctx.addIssue({ code: "custom", path: ["options"], message: "A bundle has no options: its contents are fixed" });
      const ids = v.bundleItems.map((item) => item.variantId);
      if (new Set(ids).size !== ids.length) ctx.addIssue({ code: "custom", path: ["bundleItems"], message: "Each item can be in the bundle only once" });
    } else if (v.bundleItems.length > 0) {
      ctx.addIssue({ code: "custom", path: ["bundleItems"], message: "Only a bundle has items" });
    }
    // "A digital product needs a file or keys" is checked by the service: `licenceKeys` holds only the
    // keys added by this save, and the keys the product already has count too.
    if (v.type !== "digital" && (v.digitalFile || v.licenceKeys.length > 0)) {
      ctx.addIssue({ code: "custom", path: ["digitalFile"], message: "Only a digital product has a file or licence keys" });
    }
  });

export type ProductEditorInput = z.input<typeof productEditorSchema>;
export type ProductEditorValues = z.output<typeof productEditorSchema>;
export type VariantInput = z.input<typeof variantInputSchema>;

export const productIdSchema = z.uuid({ error: "Unknown product" });

export const reviewDecisionSchema = z.discriminatedUnion("decision", [
  z.object({ decision: z.literal("approve"), productIds: z.array(z.uuid()).min(1, "Choose at least one product").max(100) }),
  z.object({
    decision: z.literal("reject"),
    productIds: z.array(z.uuid()).min(1, "Choose at least one product").max(100),
    reason: z.string().trim().min(5, "Tell the seller why, in at least 5 characters").max(1000, "Keep the reason under 1,000 characters"),
  }),
]);
export type ReviewDecision = z.output<typeof reviewDecisionSchema>;
