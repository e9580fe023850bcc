"use client";
import { Briefcase, House, MapPin, type LucideIcon } from "lucide-react";
import type { UseFormRegisterReturn } from "react-hook-form";
import { ADDRESS_LABELS, type AddressLabel } from "@/lib/identity/address-schemas";

export const LABEL_ICONS: Record<AddressLabel, LucideIcon> = { Home: House, Work: Briefcase, Other: MapPin };

/** Home / Work / Other as a row of radio "pills" (native radios: arrow keys move between them). */
export function LabelPicker({ registration, error }: { registration: UseFormRegisterReturn<"label">; error?: string }) {
  return (
    <fieldset className="space-y-1.5" aria-describedby={error ? "address-label-error" : undefined}>
      <legend className="text-sm font-medium text-slate-800">Address type</legend>
      <div className="flex flex-wrap gap-2">
        {ADDRESS_LABELS.map((label) => {
          const Icon = LABEL_ICONS[label];
          return (
            <label key={label} className="relative">
              <input type="radio" value={label} className="peer sr-only" {...registration} />
              <span className="inline-flex min-h-11 cursor-pointer items-center gap-2 rounded-full border border-slate-300 bg-white px-4 text-sm font-medium text-slate-800 hover:border-brand-600 peer-checked:border-brand-600 peer-checked:bg-brand-50 peer-checked:text-brand-800 peer-focus-visible:outline-2 peer-focus-visible:outline-offset-2 peer-focus-visible:outline-brand-600">
                <Icon className="size-4" aria-hidden="true" />
                {label}
              </span>
            </label>
          );
        })}
      </div>
      {error ? (
        <p id="address-label-error" className="text-sm text-red-700">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
