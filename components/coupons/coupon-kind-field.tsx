"use client";

import type { UseFormRegister } from "react-hook-form";
import type { CouponFormInput } from "@/lib/promotions/schemas";

const OPTIONS = [
  { value: "percent", label: "Percentage", hint: "e.g. 10 % off, up to a cap" },
  { value: "flat", label: "Flat amount", hint: "e.g. ₹50 off" },
] as const;

/** Percent or flat, as two large radio cards (a fieldset with a legend for screen readers). */
export function CouponKindField({ register, error }: { register: UseFormRegister<CouponFormInput>; error?: string }) {
  return (
    <fieldset className="grid gap-2" aria-describedby={error ? "coupon-kind-error" : undefined}>
      <legend className="mb-1.5 text-sm font-medium text-slate-900">Discount type</legend>
      <div className="grid grid-cols-1 gap-2 sm:grid-cols-2">
        {OPTIONS.map((o) => (
          <label
            key={o.value}
            className="flex min-h-11 cursor-pointer items-start gap-3 rounded-lg border border-slate-300 bg-white p-3 has-[:checked]:border-brand-600 has-[:checked]:bg-brand-50 has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-brand-600"
          >
            <input type="radio" value={o.value} className="mt-0.5 size-4 accent-brand-600" {...register("kind")} />
            <span className="grid">
              <span className="text-sm font-semibold text-slate-900">{o.label}</span>
              <span className="text-xs text-slate-600">{o.hint}</span>
            </span>
          </label>
        ))}
      </div>
      {error ? (
        <p id="coupon-kind-error" className="text-sm text-red-700">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
