/**
 * Inputs of the admin taxonomy tools (categories, category attributes, brands): one schema for each
 * form (react-hook-form) and its server action. Form values arrive as typed (text, checkboxes); the
 * schemas turn them into what the service stores.
 */
import { z } from "zod";
import { ATTRIBUTE_TYPES, type AttributeType } from "@/models/catalog";

/** The kinds of attribute (for the attribute form's type picker). */
export { ATTRIBUTE_TYPES, type AttributeType };

export const MAX_ATTRIBUTE_OPTIONS = 50;

const id = (what: string) => z.uuid({ error: `Unknown ${what}` });

/** A parent category, or "" / null for the top level. */
const parentId = z
  .union([z.uuid({ error: "Choose a parent category" }), z.literal(""), z.null()])
  .optional()
  .transform((v) => v || null);

const categoryName = z
  .string({ error: "Name the category" })
  .trim()
  .min(2, "A category name needs at least 2 characters")
  .max(60, "A category name can be at most 60 characters");

/** Checkboxes arrive as booleans from react-hook-form and as "on" from a plain form post. */
const checkbox = z.union([z.boolean(), z.literal("on"), z.literal("true"), z.literal("false")]).optional().transform((v) => v === true || v === "on" || v === "true");

export const createCategorySchema = z.object({ parentId, name: categoryName });

export const renameCategorySchema = z.object({
  categoryId: id("category"),
  name: categoryName,
  /** Also change the URL (slug and path) to match the new name; by default links keep working. */
  updateSlug: checkbox,
});

export const moveCategorySchema = z.object({ categoryId: id("category"), parentId });

export const reorderCategorySchema = z.object({ categoryId: id("category"), direction: z.enum(["up", "down"]) });

export const categoryIdSchema = id("category");

const attributeFields = {
  label: z
    .string({ error: "Give the attribute a label" })
    .trim()
    .min(1, "Give the attribute a label, e.g. Screen size")
    .max(40, "A label can be at most 40 characters"),
  type: z.enum(ATTRIBUTE_TYPES, { error: "Choose a type" }),
  unit: z.string().trim().max(12, "A unit can be at most 12 characters").optional().default(""),
  /** Select options as typed: one per line. */
  options: z
    .string()
    .optional()
    .default("")
    .transform((text) => text.split(/\r?\n/).map((o) => o.trim()).filter(Boolean)),
  required: checkbox,
  filterable: checkbox,
  position: z
    .string()
    .trim()
    .regex(/^\d{1,3}$/, "Enter the position as a whole number from 0 to 999")
    .optional()
    .default("0")
    .transform(Number),
};

type AttributeDraft = { type: (typeof ATTRIBUTE_TYPES)[number]; unit: string; options: string[] };

/** Options only for a select (at least two, each once), a unit only for a number. */
function attributeShape<T extends AttributeDraft>(v: T, ctx: z.RefinementCtx) {
  if (v.type === "select") {
    if (v.options.length < 2) ctx.addIssue({ code: "custom", path: ["options"], message: "Give a select at least two options, one per line" });
    if (v.options.length > MAX_ATTRIBUTE_OPTIONS) ctx.addIssue({ code: "custom", path: ["options"], message: `A select can have at most ${MAX_ATTRIBUTE_OPTIONS} options` });
    if (v.options.some((o) => o.length > 40)) ctx.addIssue({ code: "custom", path: ["options"], message: "An option can be at most 40 characters" });
    const lower = v.options.map((o) => o.toLowerCase());
    if (new Set(lower).size !== lower.length) ctx.addIssue({ code: "custom", path: ["options"], message: "Each option can appear only once" });
  }
}

const normalise = <T extends AttributeDraft>(v: T) => ({
  ...v,
  unit: v.type === "number" && v.unit ? v.unit : null,
  options: v.type === "select" ? v.options : [],
});

/** The attribute form's own fields (create and edit share it). */
export const attributeFormSchema = z.object(attributeFields).superRefine(attributeShape).transform(normalise);

export const createAttributeSchema = z
  .object({ categoryId: id("category"), ...attributeFields })
  .superRefine(attributeShape)
  .transform(normalise);

export const updateAttributeSchema = z
  .object({ attributeId: id("attribute"), ...attributeFields })
  .superRefine(attributeShape)
  .transform(normalise);

export const attributeIdSchema = id("attribute");

const brandName = z
  .string({ error: "Name the brand" })
  .trim()
  .min(1, "Name the brand")
  .max(80, "A brand name can be at most 80 characters");

export const createBrandSchema = z.object({ name: brandName });

export const renameBrandSchema = z.object({
  brandId: id("brand"),
  name: brandName,
  /** Also change the brand's URL slug to match the new name. */
  updateSlug: checkbox,
});

export const mergeBrandsSchema = z
  .object({ sourceId: id("brand"), targetId: z.uuid({ error: "Choose the brand to merge into" }) })
  .refine((v) => v.sourceId !== v.targetId, { path: ["targetId"], message: "Choose a different brand to merge into" });

export const brandIdSchema = id("brand");

export const BRAND_SORTS = ["name", "products", "unused"] as const;

export const brandListSchema = z.object({
  q: z.string().trim().max(100).catch(""),
  /** A–Z, most products first, or unused first (then A–Z). */
  sort: z.enum(BRAND_SORTS).catch("name"),
  page: z.coerce.number().int().min(1).max(1000).catch(1),
});

export type CreateCategoryInput = z.input<typeof createCategorySchema>;
export type RenameCategoryInput = z.input<typeof renameCategorySchema>;
export type MoveCategoryInput = z.input<typeof moveCategorySchema>;
export type AttributeFormInput = z.input<typeof attributeFormSchema>;
export type AttributeFormValues = z.output<typeof attributeFormSchema>;
export type CreateBrandInput = z.input<typeof createBrandSchema>;
export type RenameBrandInput = z.input<typeof renameBrandSchema>;
export type MergeBrandsInput = z.input<typeof mergeBrandsSchema>;
