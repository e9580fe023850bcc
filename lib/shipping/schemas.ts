/**
 * Inputs of the admin serviceability editor: one schema per form (react-hook-form) and its server
 * action. Fees are typed in rupees and become paise; cut-offs are typed as "HH:MM" (India time) and
 * become minutes after midnight.
 */
import { z } from "zod";
import { SAME_DAY_BY_MINUTES } from "./rules";
import { formatCutoff } from "./ist";

const checkbox = z
  .union([z.boolean(), z.literal("on"), z.literal("true"), z.literal("false")])
  .optional()
  .transform((v) => v === true || v === "on" || v === "true");

const rupees = (label: string) =>
  z
    .string({ error: `Enter the ${label}` })
    .trim()
    .min(1, { error: `Enter the ${label}`, abort: true })
    .regex(/^\d{1,6}(\.\d{1,2})?$/, { error: "Enter an amount in rupees, e.g. 49 or 49.50", abort: true })
    .transform((v) => Math.round(Number(v) * 100));

const cutoff = (label: string) =>
  z
    .string({ error: `Choose the ${label}` })
    .trim()
    .regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: `Enter the ${label} as a time, e.g. 20:00` })
    .transform((v) => Number(v.slice(0, 2)) * 60 + Number(v.slice(3, 5)));

const zoneFields = {
  code: z
    .string({ error: "Give the zone a code" })
    .trim()
    .transform((v) => v.toUpperCase())
    .pipe(
      z
        .string()
        .min(2, { error: "A code needs at least 2 characters", abort: true })
        .max(20, { error: "A code can be at most 20 characters", abort: true })
        .regex(/^[A-Z0-9]+(-[A-Z0-9]+)*$/, "Use letters, digits and single hyphens, e.g. BLR-METRO"),
    ),
  name: z.string({ error: "Name the zone" }).trim().min(2, "A zone name needs at least 2 characters").max(60, "A zone name can be at most 60 characters"),
  standardDays: z
    .string({ error: "Enter the days for standard delivery" })
    .trim()
    .regex(/^\d{1,2}$/, { error: "Enter a whole number of days from 0 to 30", abort: true })
    .transform(Number)
    .refine((n) => n <= 30, "Standard delivery can take at most 30 days"),
  standardFee: rupees("standard delivery fee"),
  freeStandardAbove: rupees("free-delivery threshold"),
  nextDayAvailable: checkbox,
  nextDayCutoff: cutoff("next-day cut-off"),
  nextDayFee: rupees("next-day fee"),
  sameDayAvailable: checkbox,
  sameDayCutoff: cutoff("same-day cut-off"),
  sameDayFee: rupees("same-day fee"),
  active: checkbox,
};

type ZoneDraft = { standardDays: number; nextDayAvailable: boolean; sameDayAvailable: boolean; sameDayCutoff: number };

function zoneShape(v: ZoneDraft, ctx: z.RefinementCtx) {
  if (v.standardDays === 0 && !v.nextDayAvailable && !v.sameDayAvailable) {
    ctx.addIssue({ code: "custom", path: ["standardDays"], message: "Offer at least one delivery speed (standard days above 0, next day or same day)" });
  }
  if (v.sameDayAvailable && v.sameDayCutoff >= SAME_DAY_BY_MINUTES) {
    ctx.addIssue({ code: "custom", path: ["sameDayCutoff"], message: `Same-day orders arrive by ${formatCutoff(SAME_DAY_BY_MINUTES)}: set the cut-off earlier` });
  }
}

export const zoneFormSchema = z.object(zoneFields).superRefine(zoneShape);
export const createZoneSchema = zoneFormSchema;
export const updateZoneSchema = z.object({ zoneId: z.uuid({ error: "Unknown zone" }), ...zoneFields }).superRefine(zoneShape);
export const zoneIdSchema = z.uuid({ error: "Unknown zone" });

export const prefixSchema = z
  .string({ error: "Enter a PIN prefix" })
  .transform((v) => v.replace(/\s+/g, ""))
  .pipe(
    z
      .string()
      .min(1, { error: "Enter a PIN prefix", abort: true })
      .regex(/^\d{1,6}$/, { error: "Enter 1 to 6 digits, e.g. 560 or 560038", abort: true })
      .regex(/^[1-9]/, "PIN codes don't start with 0"),
  );

const prefixFields = {
  prefix: prefixSchema,
  zoneId: z.uuid({ error: "Choose a zone" }),
  label: z.string().trim().max(60, "A label can be at most 60 characters").optional().default(""),
};

export const createPrefixSchema = z.object(prefixFields);
/** Edit: `originalPrefix` is the row being edited; `prefix` may differ (the row moves). */
export const updatePrefixSchema = z.object({ originalPrefix: prefixSchema, ...prefixFields });
export const deletePrefixSchema = z.object({ prefix: prefixSchema });

export type ZoneFormInput = z.input<typeof zoneFormSchema>;
export type ZoneFormValues = z.output<typeof zoneFormSchema>;
export type PrefixFormInput = z.input<typeof createPrefixSchema>;
