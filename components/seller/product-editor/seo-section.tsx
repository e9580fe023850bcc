"use client";

import { useState } from "react";
import { ChevronDown } from "lucide-react";
import { get, useFormContext, useWatch } from "react-hook-form";
import { TextField } from "@/components/auth/text-field";
import { Card } from "@/components/ui/card";
import { cn } from "@/lib/ui/cn";
import { errorMessage } from "./editor-section";
import { CharCounter, TextAreaField } from "./text-area-field";
import type { EditorOutput, EditorValues } from "./types";

const TITLE_MAX = 70;
const DESCRIPTION_MAX = 160;

/** Search-engine title and description, collapsed unless filled in or wrong. */
export function SeoSection() {
  const { register, control, formState } = useFormContext<EditorValues, unknown, EditorOutput>();
  const [seoTitle, seoDescription, title, description] = useWatch({ control, name: ["seoTitle", "seoDescription", "title", "description"] });
  const titleError = errorMessage(get(formState.errors, "seoTitle"));
  const descriptionError = errorMessage(get(formState.errors, "seoDescription"));
  const [open, setOpen] = useState(Boolean(seoTitle || seoDescription));
  const shown = open || Boolean(titleError || descriptionError);

  return (
    <Card>
      <details open={shown} onToggle={(e) => setOpen(e.currentTarget.open)} className="group">
        <summary className="flex min-h-11 cursor-pointer list-none items-center justify-between gap-3 rounded-xl p-4 sm:p-5 [&::-webkit-details-marker]:hidden">
          <span>
            <span className="block text-base font-semibold text-slate-900">Search engine listing</span>
            <span className="block text-sm text-slate-600">Optional. By default search engines show the title and the start of the description.</span>
          </span>
          <ChevronDown aria-hidden="true" className={cn("size-5 shrink-0 text-slate-600 transition-transform", shown && "rotate-180")} />
        </summary>
        <div className="space-y-4 px-4 pb-4 sm:px-5 sm:pb-5">
          <TextField
            id="product-seoTitle"
            label="SEO title"
            placeholder={title?.slice(0, TITLE_MAX)}
            error={titleError}
            autoComplete="off"
            labelAside={<CharCounter length={(seoTitle ?? "").length} max={TITLE_MAX} />}
            {...register("seoTitle")}
          />
          <TextAreaField
            id="product-seoDescription"
            label="SEO description"
            placeholder={description?.slice(0, DESCRIPTION_MAX)}
            error={descriptionError}
            maxChars={DESCRIPTION_MAX}
            length={(seoDescription ?? "").length}
            rows={3}
            {...register("seoDescription")}
          />
        </div>
      </details>
    </Card>
  );
}
