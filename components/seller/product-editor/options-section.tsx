"use client";

import { Plus, RefreshCw, Trash2 } from "lucide-react";
import { Controller, get, useFieldArray, useFormContext, useWatch } from "react-hook-form";
import { TextField } from "@/components/auth/text-field";
import { Button } from "@/components/ui/button";
import type { VariantInput } from "@/lib/catalog/product-schemas";
import { MAX_OPTION_VALUES, MAX_OPTIONS, MAX_VARIANTS, matrixProblems, mergeVariantMatrix, type OptionSpec } from "@/lib/catalog/variant-matrix";
import { cn } from "@/lib/ui/cn";
import { ChipsInput } from "./chips-input";
import { newVariantRow } from "./defaults";
import { EditorSection, errorMessage } from "./editor-section";
import type { EditorOutput, EditorValues } from "./types";

const NAME_SUGGESTIONS = ["Size", "Colour", "Material", "Pack size", "Flavour", "Storage", "Weight"];

/** The options as the server will read them: trimmed names, and only options with a name and values. */
export function usableOptions(options: EditorValues["options"]): OptionSpec[] {
  return (options ?? [])
    .map((o) => ({ name: o.name.trim(), values: o.values.map((v) => v.trim()).filter(Boolean) }))
    .filter((o) => o.name && o.values.length > 0);
}

/**
 * Up to three options (e.g. Size × Colour) with values typed as chips, and one button that
 * regenerates the variant table: rows of combinations that still exist keep their SKU, prices and
 * stock; new combinations start with the first row's prices and a suggested SKU.
 */
export function OptionsSection({ replaceVariants, skuBase }: { replaceVariants: (rows: VariantInput[]) => void; skuBase: (title: string) => string }) {
  const { control, register, getValues, formState } = useFormContext<EditorValues, unknown, EditorOutput>();
  const options = useFieldArray({ control, name: "options", keyName: "key" });
  const typed = useWatch({ control, name: "options" });
  const variants = useWatch({ control, name: "variants" });
  const specs = usableOptions(typed);
  const combinations = specs.reduce((n, o) => n * o.values.length, 1);
  const tooMany = combinations > MAX_VARIANTS;
  const upToDate = matrixProblems(specs, variants).length === 0;
  const error = (path: string): string | undefined => errorMessage(get(formState.errors, path));

  function generate() {
    const current = getValues("variants");
    const base = skuBase(getValues("title"));
    replaceVariants(mergeVariantMatrix(specs, current, (combination) => newVariantRow(base, specs, combination, current[0])));
  }

  return (
    <EditorSection
      id="product-options"
      title="Options"
      description={`Does it come in sizes, colours or other choices? Add up to ${MAX_OPTIONS} options; each combination becomes a variant with its own SKU, price and stock.`}
    >
      <datalist id="option-name-suggestions">
        {NAME_SUGGESTIONS.map((name) => (
          <option key={name} value={name} />
        ))}
      </datalist>
      {options.fields.length > 0 ? (
        <ol className="space-y-4">
          {options.fields.map((option, i) => (
            <li key={option.key} className="grid gap-3 rounded-lg border border-slate-200 p-3 md:grid-cols-[12rem_1fr_auto] md:items-start">
              <TextField
                id={`product-option-${i}-name`}
                label={`Option ${i + 1} name`}
                placeholder={NAME_SUGGESTIONS[i]}
                list="option-name-suggestions"
                autoComplete="off"
                maxLength={30}
                error={error(`options.${i}.name`)}
                {...register(`options.${i}.name`)}
              />
              <Controller
                control={control}
                name={`options.${i}.values`}
                render={({ field, fieldState }) => (
                  <ChipsInput
                    id={`product-option-${i}-values`}
                    label={`${typed?.[i]?.name.trim() || `Option ${i + 1}`} values`}
                    values={field.value ?? []}
                    onChange={field.onChange}
                    inputRef={field.ref}
                    max={MAX_OPTION_VALUES}
                    error={errorMessage(fieldState.error)}
                    hint="Type a value and press Enter or a comma, e.g. S, M, L."
                    placeholder="S, M, L"
                  />
                )}
              />
              <Button type="button" variant="ghost" className="self-end text-red-700 md:mt-6 md:self-start" onClick={() => options.remove(i)}>
                <Trash2 aria-hidden="true" />
                Remove<span className="sr-only"> option {typed?.[i]?.name || i + 1}</span>
              </Button>
            </li>
          ))}
        </ol>
      ) : (
        <p className="text-sm text-slate-600">No options: the product is sold as one variant.</p>
      )}
      {error("options") ? (
        <p role="alert" className="text-sm text-red-700">
          {error("options")}
        </p>
      ) : null}

      <div className="flex flex-col gap-3 border-t border-slate-100 pt-4 sm:flex-row sm:items-center sm:justify-between">
        <Button type="button" variant="outline" disabled={options.fields.length >= MAX_OPTIONS} onClick={() => options.append({ name: "", values: [] })}>
          <Plus aria-hidden="true" />
          Add option
        </Button>
        <div className="flex flex-col gap-2 sm:flex-row sm:items-center">
          <p role="status" className={cn("text-sm", tooMany ? "text-red-700" : upToDate ? "text-slate-600" : "font-medium text-amber-900")}>
            {tooMany
              ? `${combinations.toLocaleString("en-IN")} combinations — at most ${MAX_VARIANTS} variants. Remove some values.`
              : upToDate
                ? `${variants.length} ${variants.length === 1 ? "variant" : "variants"}, matching the options.`
                : `Options changed: ${combinations} ${combinations === 1 ? "variant" : "variants"} to generate.`}
          </p>
          <Button type="button" variant={upToDate ? "outline" : "primary"} disabled={tooMany || upToDate} onClick={generate}>
            <RefreshCw aria-hidden="true" />
            Generate variants
          </Button>
        </div>
      </div>
    </EditorSection>
  );
}
