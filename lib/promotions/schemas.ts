/**
 * Coupon inputs: one schema for the admin/seller form (react-hook-form) and the server. Amounts are
 * typed in rupees and become integer paise; the percentage becomes basis points; times are typed as
 * `datetime-local` values in Asia/Kolkata and become UTC instants.
 */
import { z } from "zod";
import { istLocalToUtc, utcToIstLocal } from "@/lib/catalog/deals-rules";
import { COUPON_CODE_PATTERN, normalizeCouponCode } from "./rules";

const blankToUndefined = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);

const rupees = (label: string) =>
  z
    .string()
    .trim()
    .regex(/^\d{1,7}(\.\d{1,2})?$/, { error: `Enter ${label} in rupees, e.g. 50 or 49.50` })
    .transform((v) => Math.round(Number(v) * 100));

const optionalRupees = (label: string) => z.preprocess(blankToUndefined, rupees(label).optional()).transform((v) => v ?? null);

const wholeNumber = (label: string) =>
  z
    .string()
    .trim()
    .regex(/^\d{1,7}$/, { error: `Enter ${label} as a whole number` })
    .transform(Number)
    .refine((n) => n >= 1, { error: `${label[0].toUpperCase()}${label.slice(1)} must be at least 1` });

const istDateTime = (label: string) =>
  z.preprocess(
    blankToUndefined,
    z
      .string()
      .trim()
      .transform((v, ctx) => {
        const date = istLocalToUtc(v);
        if (!date) {
          ctx.addIssue({ code: "custom", message: `Enter a valid ${label}` });
          return z.NEVER;
        }
        return date;
      })
      .optional(),
  );

export const couponFormSchema = z
  .object({
    code: z
      .string({ error: "Enter a code" })
      .transform(normalizeCouponCode)
      .pipe(z.string().regex(COUPON_CODE_PATTERN, { error: "Use 3–32 letters, digits or dashes, starting with a letter or digit" })),
    description: z.string().trim().max(200, { error: "Keep the description under 200 characters" }).optional().default(""),
    kind: z.enum(["percent", "flat"], { error: "Choose percent or flat" }),
    percent: z.preprocess(
      blankToUndefined,
      z
        .string()
        .trim()
        .regex(/^\d{1,3}(\.\d{1,2})?$/, { error: "Enter a percentage, e.g. 10 or 12.5" })
        .transform((v) => Math.round(Number(v) * 100))
        .refine((bp) => bp >= 1 && bp <= 10_000, { error: "The percentage must be between 0.01 and 100" })
        .optional(),
    ),
    flatAmount: z.preprocess(blankToUndefined, rupees("the amount").refine((p) => p > 0, { error: "The amount must be more than ₹0" }).optional()),
    maxDiscount: optionalRupees("the maximum discount").refine((p) => p === null || p > 0, { error: "The maximum discount must be more than ₹0" }),
    minOrder: optionalRupees("the minimum order").transform((v) => v ?? 0),
    startsAt: istDateTime("start time"),
    endsAt: istDateTime("end time"),
    usageLimit: z.preprocess(blankToUndefined, wholeNumber("the total limit").optional()).transform((v) => v ?? null),
    perUserLimit: z.preprocess(blankToUndefined, wholeNumber("the per-customer limit").optional()).transform((v) => v ?? 1),
    categoryId: z.preprocess(blankToUndefined, z.uuid({ error: "Choose a category from the list" }).optional()).transform((v) => v ?? null),
  })
  .superRefine((v, ctx) => {
    if (v.kind === "percent" && v.percent === undefined) ctx.addIssue({ code: "custom", path: ["percent"], message: "Enter the percentage off" });
    if (v.kind === "flat" && v.flatAmount === undefined) ctx.addIssue({ code: "custom", path: ["flatAmount"], message: "Enter the amount off" });
    if (v.startsAt && v.endsAt && v.endsAt.getTime() <= v.startsAt.getTime()) {
      ctx.addIssue({ code: "custom", path: ["endsAt"], message: "The coupon must end after it starts" });
    }
  })
  .transform((v) => ({
    code: v.code,
    description: v.description,
    kind: v.kind,
    percentBp: v.kind === "percent" ? (v.percent as number) : null,
    flatPaise: v.kind === "flat" ? (v.flatAmount as number) : null,
    maxDiscountPaise: v.kind === "percent" ? v.maxDiscount : null,
    minOrderPaise: v.minOrder,
    startsAt: v.startsAt ?? null,
    endsAt: v.endsAt ?? null,
    usageLimit: v.usageLimit,
    perUserLimit: v.perUserLimit,
    categoryId: v.categoryId,
  }));

export type CouponFormInput = z.input<typeof couponFormSchema>;
export type CouponValues = z.output<typeof couponFormSchema>;

/** The form's fields as the browser sends them (all strings). */
export interface CouponFormFields {
  code: string;
  description: string;
  kind: "percent" | "flat";
  percent: string;
  flatAmount: string;
  maxDiscount: string;
  minOrder: string;
  startsAt: string;
  endsAt: string;
  usageLimit: string;
  perUserLimit: string;
  categoryId: string;
}

export const couponIdSchema = z.uuid({ error: "Unknown coupon" });

export const couponCodeSchema = z
  .string({ error: "Enter a coupon code" })
  .transform(normalizeCouponCode)
  .pipe(z.string().min(1, { error: "Enter a coupon code" }).max(32, { error: "That code is too long" }));

/** The new-coupon form's starting values: percent, once per customer, starting now (India time). */
export function newCouponFields(now: Date): CouponFormFields {
  return {
    code: "",
    description: "",
    kind: "percent",
    percent: "",
    flatAmount: "",
    maxDiscount: "",
    minOrder: "",
    startsAt: utcToIstLocal(now),
    endsAt: "",
    usageLimit: "",
    perUserLimit: "1",
    categoryId: "",
  };
}
