"use client";

import { useState } from "react";
import { X } from "lucide-react";
import { FormField, describedBy } from "@/components/auth/form-field";

/**
 * Values typed as chips: Enter, Tab or a comma adds what was typed (pasting "S, M, L" adds three),
 * Backspace in the empty box removes the last chip, and each chip has its own remove button.
 * Duplicates (ignoring case) and values past `max` are not added; the hint says why.
 */
export function ChipsInput({
  id,
  label,
  values,
  onChange,
  max,
  error,
  hint,
  placeholder,
  inputRef,
}: {
  id: string;
  label: string;
  values: readonly string[];
  onChange: (values: string[]) => void;
  max: number;
  error?: string;
  hint?: string;
  placeholder?: string;
  inputRef?: React.Ref<HTMLInputElement>;
}) {
  const [text, setText] = useState("");
  const [notice, setNotice] = useState<string | null>(null);

  function add(raw: string): boolean {
    const parts = raw.split(",").map((p) => p.trim()).filter(Boolean);
    if (parts.length === 0) return false;
    const next = [...values];
    const skipped: string[] = [];
    for (const part of parts) {
      if (next.some((v) => v.toLowerCase() === part.toLowerCase()) || next.length >= max) skipped.push(part);
      else next.push(part.slice(0, 40));
    }
    setNotice(skipped.length ? `Not added: ${skipped.join(", ")} (already there, or ${max} values at most)` : null);
    if (next.length !== values.length) onChange(next);
    setText("");
    return true;
  }

  function onKeyDown(e: React.KeyboardEvent<HTMLInputElement>) {
    if (e.key === "Enter" || e.key === ",") {
      e.preventDefault();
      add(text);
    } else if (e.key === "Tab" && text.trim()) {
      e.preventDefault();
      add(text);
    } else if (e.key === "Backspace" && text === "" && values.length > 0) {
      onChange(values.slice(0, -1));
    }
  }

  const shownHint = notice ?? hint;
  return (
    <FormField id={id} label={label} error={error} hint={shownHint}>
      <div className="flex min-h-11 flex-wrap items-center gap-1.5 rounded-lg border border-slate-300 bg-white px-2 py-1.5 focus-within:border-brand-600 focus-within:outline-2 focus-within:outline-brand-600 has-[[aria-invalid=true]]:border-red-600">
        {values.length > 0 ? (
          <ul aria-label={`${label}: ${values.length} added`} className="contents">
            {values.map((value, i) => (
              <li key={value} className="inline-flex items-center gap-0.5 rounded-full bg-brand-50 py-0.5 pl-2.5 pr-0.5 text-sm font-medium text-brand-800 ring-1 ring-brand-200">
                {value}
                <button
                  type="button"
                  onClick={() => onChange(values.filter((_, j) => j !== i))}
                  className="inline-flex size-7 items-center justify-center rounded-full text-brand-800 hover:bg-brand-100"
                  aria-label={`Remove ${value}`}
                >
                  <X aria-hidden="true" className="size-3.5" />
                </button>
              </li>
            ))}
          </ul>
        ) : null}
        <input
          id={id}
          ref={inputRef}
          value={text}
          onChange={(e) => setText(e.target.value)}
          onKeyDown={onKeyDown}
          onPaste={(e) => {
            const pasted = e.clipboardData.getData("text");
            if (pasted.includes(",") && add(text + pasted)) e.preventDefault();
          }}
          onBlur={() => add(text)}
          placeholder={values.length ? "Add another" : placeholder}
          enterKeyHint="enter"
          autoComplete="off"
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(id, { error, hint: shownHint })}
          className="min-h-8 min-w-24 flex-1 bg-transparent px-1 text-base text-slate-900 placeholder:text-slate-500 focus:outline-none sm:text-sm"
        />
      </div>
    </FormField>
  );
}
