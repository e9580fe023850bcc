/**
 * Inputs of the admin synonym form (create, update, delete). Terms arrive as one comma-separated text
 * ("tv, television"); a phrase may have several words ("atta, wheat flour"). One-way means only the
 * first phrase also finds the others.
 */
import { z } from "zod";
import { MAX_SYNONYM_TERMS, parseSynonymTerms } from "./synonym-rules";

/** Checkboxes arrive as "on" from a form post and as booleans from react-hook-form. */
const checkbox = z
  .union([z.boolean(), z.literal("on"), z.literal("true"), z.literal("false"), z.literal("")])
  .optional()
  .transform((v) => v === true || v === "on" || v === "true");

const terms = z
  .string({ error: "List the words or phrases, separated by commas" })
  .max(1000, "Keep the list under 1,000 characters")
  .transform((text) => parseSynonymTerms(text))
  .refine((list) => list.length >= 2, "Give at least two different words or phrases, separated by commas")
  .refine((list) => list.length <= MAX_SYNONYM_TERMS, `At most ${MAX_SYNONYM_TERMS} words or phrases in one rule`);

export const synonymIdSchema = z.uuid({ error: "Unknown synonym rule" });

export const createSynonymSchema = z.object({ terms, oneWay: checkbox });
export const updateSynonymSchema = z.object({ id: synonymIdSchema, terms, oneWay: checkbox });
export const deleteSynonymSchema = z.object({ id: synonymIdSchema });

export type SynonymInput = z.infer<typeof createSynonymSchema>;
