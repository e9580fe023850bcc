"use client";

import { Controller, get, useFormContext, useWatch } from "react-hook-form";
import { DigitalFileUploader } from "@/components/seller/digital-file-uploader";
import { EditorSection, errorMessage } from "./editor-section";
import { TextAreaField } from "./text-area-field";
import type { EditorOutput, EditorValues } from "./types";

/** Distinct non-empty lines, as the server counts new keys. */
function countKeys(text: string): number {
  return new Set(text.split(/\r?\n/).map((k) => k.trim()).filter(Boolean)).size;
}

/**
 * What a digital product delivers: a file (uploaded privately, handed out by a signed link after
 * payment) and/or licence keys, one per line; saved keys are kept and only new ones are typed here.
 */
export function DigitalSection({
  keyCounts,
  disabled,
  onBusyChange,
}: {
  keyCounts: { available: number; assigned: number };
  disabled: boolean;
  onBusyChange: (busy: boolean) => void;
}) {
  const { register, control, formState } = useFormContext<EditorValues, unknown, EditorOutput>();
  const typed = useWatch({ control, name: "licenceKeys" }) ?? "";
  const fresh = countKeys(typed);
  const fileError = errorMessage(get(formState.errors, "digitalFile"));
  return (
    <EditorSection
      id="product-digital"
      title="Digital delivery"
      description="Upload the file customers download, add licence keys, or both. Stock follows the keys left (unlimited for a file alone)."
    >
      <div className="space-y-1">
        <h3 className="text-sm font-medium text-slate-800">File to download</h3>
        <Controller
          control={control}
          name="digitalFile"
          render={({ field }) => <DigitalFileUploader value={field.value ?? null} onChange={field.onChange} disabled={disabled} onBusyChange={onBusyChange} />}
        />
        {fileError ? (
          <p role="alert" tabIndex={-1} data-error-anchor className="text-sm text-red-700">
            {fileError}
          </p>
        ) : null}
      </div>
      <TextAreaField
        id="product-licenceKeys"
        label="Add licence keys"
        hint="One key per line. Duplicates are ignored; keys already saved stay as they are."
        error={errorMessage(get(formState.errors, "licenceKeys"))}
        rows={5}
        spellCheck={false}
        className="font-mono"
        {...register("licenceKeys")}
      />
      <dl className="grid grid-cols-3 gap-2 text-center text-sm">
        {[
          { label: "New, to add", value: fresh },
          { label: "Available", value: keyCounts.available },
          { label: "Assigned to orders", value: keyCounts.assigned },
        ].map((item) => (
          <div key={item.label} className="rounded-lg bg-slate-50 p-2">
            <dt className="text-xs text-slate-600">{item.label}</dt>
            <dd className="text-lg font-semibold tabular-nums text-slate-900">{item.value.toLocaleString("en-IN")}</dd>
          </div>
        ))}
      </dl>
    </EditorSection>
  );
}
