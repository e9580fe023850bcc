"use client";

import { useRouter } from "next/navigation";
import { zodResolver } from "@hookform/resolvers/zod";
import { useForm, useWatch, type Path } from "react-hook-form";
import { FormAlert } from "@/components/auth/form-alert";
import { FormField, describedBy } from "@/components/auth/form-field";
import { TextField } from "@/components/auth/text-field";
import { PendingButton } from "@/components/forms/pending-button";
import { useServerForm } from "@/components/forms/use-server-form";
import { toast } from "@/components/ui/toaster";
import { createPlatformCouponAction, createSellerCouponAction, updateCouponAction } from "@/lib/promotions/actions";
import { couponFormSchema, type CouponFormFields, type CouponFormInput, type CouponValues } from "@/lib/promotions/schemas";
import { CouponKindField } from "./coupon-kind-field";

const FIELDS: readonly Path<CouponFormInput>[] = [
  "code", "description", "kind", "percent", "flatAmount", "maxDiscount", "minOrder", "startsAt", "endsAt", "usageLimit", "perUserLimit", "categoryId",
];

const selectClass =
  "min-h-11 w-full rounded-lg border border-slate-300 bg-white px-3 py-2 text-sm text-slate-900 focus-visible:outline-2 focus-visible:outline-offset-0 focus-visible:outline-brand-600 aria-invalid:border-red-600";

export interface CouponFormProps {
  /** "platform" (admin) or "seller" (the signed-in seller's store) — who funds a new coupon. */
  scope: "platform" | "seller";
  /** Set when editing. */
  couponId?: string;
  defaults: CouponFormFields;
  categories: { id: string; label: string }[];
  /** Where to go after saving (the list). */
  backHref: string;
  /** For edits: uses so far (the total limit can't go below it). */
  usedCount?: number;
  /** A line above the fields, e.g. who funds the discount. */
  note?: string;
}

/**
 * Create or edit a coupon. Checked with the server's schema as you submit; server errors (code
 * taken, limit below uses, category without your products) land on their fields. Typed values stay
 * on failure.
 */
export function CouponForm({ scope, couponId, defaults, categories, backHref, usedCount = 0, note }: CouponFormProps) {
  const router = useRouter();
  const form = useForm<CouponFormInput, unknown, CouponValues>({ resolver: zodResolver(couponFormSchema), defaultValues: defaults, shouldFocusError: true });
  const { register, handleSubmit, control, formState: { errors, isSubmitting } } = form;
  const { formError, submit } = useServerForm(form, { fields: FIELDS, toastId: "coupon-save", fieldErrorToast: "Please fix the highlighted fields" });
  const kind = useWatch({ control, name: "kind" });

  const onSubmit = handleSubmit(async () => {
    const values = form.getValues();
    const result = await submit(() =>
      couponId ? updateCouponAction(couponId, values) : scope === "platform" ? createPlatformCouponAction(values) : createSellerCouponAction(values),
    );
    if (!result?.ok) return;
    toast.success(couponId ? "Coupon saved" : "Coupon created", { id: "coupon-save" });
    router.push(backHref);
    router.refresh();
  });

  const err = (field: keyof CouponFormInput) => errors[field]?.message;
  const categoryError = err("categoryId");
  const categoryHint = scope === "seller" ? "Only the store's own products in this category get the discount." : "Leave as all categories for a marketplace-wide coupon.";

  return (
    <form noValidate onSubmit={onSubmit} className="grid max-w-2xl grid-cols-1 gap-4" aria-label={couponId ? "Edit coupon" : "New coupon"}>
      {formError ? <FormAlert tone="error">{formError}</FormAlert> : null}
      {note ? <p className="rounded-lg bg-slate-50 p-3 text-sm text-slate-700">{note}</p> : null}
      <div className="grid grid-cols-1 gap-4 sm:grid-cols-2">
        <TextField id="coupon-code" label="Code" hint="3–32 letters, digits or dashes. Shoppers type it at checkout." error={err("code")} autoComplete="off" autoCapitalize="characters" spellCheck={false} placeholder="WELCOME10" {...register("code")} />
        <TextField id="coupon-description" label="Description (optional)" hint="Shown with the coupon." error={err("description")} autoComplete="off" {...register("description")} />
      </div>
      <CouponKindField register={register} error={err("kind")} />
      {kind === "percent" ? (
        <div className="grid grid-cols-1 gap-4 sm:grid-cols-2">
          <TextField id="coupon-percent" label="Percent off" hint="e.g. 10 or 12.5" error={err("percent")} inputMode="decimal" autoComplete="off" {...register("percent")} />
          <TextField id="coupon-maxDiscount" label="Maximum discount (₹, optional)" hint="Leave empty for no cap." error={err("maxDiscount")} inputMode="decimal" autoComplete="off" {...register("maxDiscount")} />
        </div>
      ) : (
        <TextField id="coupon-flatAmount" label="Amount off (₹)" hint="Never more than the eligible items' value." error={err("flatAmount")} inputMode="decimal" autoComplete="off" {...register("flatAmount")} />
      )}
      <TextField id="coupon-minOrder" label="Minimum order (₹, optional)" hint="Counted on the eligible items only." error={err("minOrder")} inputMode="decimal" autoComplete="off" {...register("minOrder")} />
      <div className="grid grid-cols-1 gap-4 sm:grid-cols-2">
        <TextField id="coupon-startsAt" label="Starts (India time)" hint="Empty: from now." type="datetime-local" error={err("startsAt")} {...register("startsAt")} />
        <TextField id="coupon-endsAt" label="Ends (India time, optional)" hint="Empty: no end date." type="datetime-local" error={err("endsAt")} {...register("endsAt")} />
      </div>
      <div className="grid grid-cols-1 gap-4 sm:grid-cols-2">
        <TextField
          id="coupon-usageLimit"
          label="Total uses (optional)"
          hint={usedCount > 0 ? `Used ${usedCount} times so far. Empty: unlimited.` : "Empty: unlimited."}
          error={err("usageLimit")}
          inputMode="numeric"
          autoComplete="off"
          {...register("usageLimit")}
        />
        <TextField id="coupon-perUserLimit" label="Uses per customer" error={err("perUserLimit")} inputMode="numeric" autoComplete="off" {...register("perUserLimit")} />
      </div>
      <FormField id="coupon-categoryId" label="Category (optional)" error={categoryError} hint={categoryHint}>
        <select id="coupon-categoryId" className={selectClass} aria-invalid={categoryError ? true : undefined} aria-describedby={describedBy("coupon-categoryId", { error: categoryError, hint: categoryHint })} {...register("categoryId")}>
          <option value="">{scope === "seller" ? "All the store's products" : "All categories"}</option>
          {categories.map((c) => (
            <option key={c.id} value={c.id}>
              {c.label}
            </option>
          ))}
        </select>
      </FormField>
      <div className="flex flex-col-reverse gap-2 sm:flex-row sm:justify-end">
        <PendingButton type="submit" pending={isSubmitting} pendingLabel="Saving…">
          {couponId ? "Save coupon" : "Create coupon"}
        </PendingButton>
      </div>
    </form>
  );
}
