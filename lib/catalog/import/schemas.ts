/** Inputs of the import screens, parsed again on the server. Client-safe. */
import { z } from "zod";
import { IMPORT_KINDS } from "@/models/catalog";

export const importIdSchema = z.uuid({ error: "Unknown import" });

export const startImportSchema = z.object({
  uploadId: importIdSchema,
  kind: z.enum(IMPORT_KINDS, { error: "Choose what the file does" }),
  /** Target field (or "spec:<Label>") → source column. */
  mapping: z
    .record(z.string().min(1).max(120), z.string().min(1).max(300))
    .refine((m) => Object.keys(m).length <= 100, "Map at most 100 columns"),
  defaultCategoryId: z
    .union([z.uuid({ error: "Choose a category from the list" }), z.literal("")])
    .optional()
    .transform((v) => v || null),
  submitForReview: z.boolean().default(false),
});
export type StartImportInput = z.input<typeof startImportSchema>;
export type StartImportValues = z.output<typeof startImportSchema>;

/** What catalog_imports.options holds. */
export const importOptionsSchema = z.object({
  defaultCategoryId: z.uuid().optional(),
  submitForReview: z.boolean().default(false),
});
export type ImportOptions = z.output<typeof importOptionsSchema>;

export const importListSchema = z.object({
  page: z.preprocess((v) => (Array.isArray(v) ? v[0] : v), z.coerce.number().int().min(1).max(1000)).catch(1),
});
