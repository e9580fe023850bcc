"use client";

import { useMemo, useState } from "react";
import { useRouter } from "next/navigation";
import { FormAlert } from "@/components/auth/form-alert";
import { TextField } from "@/components/auth/text-field";
import { PendingButton } from "@/components/forms/pending-button";
import { Button } from "@/components/ui/button";
import { toast } from "@/components/ui/toaster";
import type { ActionResult } from "@/lib/platform/errors";
import { createSynonymAction, updateSynonymAction } from "@/lib/search/synonym-actions";
import { parseSynonymTerms } from "@/lib/search/synonym-rules";

export interface SynonymFormValues {
  id?: string;
  terms: string;
  oneWay: boolean;
}

const OFFLINE = "We couldn't reach QuickLocal. Check your connection and try again.";

/** Create or edit one synonym rule: comma-separated phrases and whether it works one way only. */
export function SynonymForm({ initial, onDone }: { initial: SynonymFormValues; onDone: () => void }) {
  const router = useRouter();
  const [terms, setTerms] = useState(initial.terms);
  const [oneWay, setOneWay] = useState(initial.oneWay);
  const [pending, setPending] = useState(false);
  const [formError, setFormError] = useState<string | null>(null);
  const [termsError, setTermsError] = useState<string | undefined>();
  const preview = useMemo(() => parseSynonymTerms(terms), [terms]);
  const editing = Boolean(initial.id);

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setPending(true);
    setFormError(null);
    setTermsError(undefined);
    const data = new FormData(event.currentTarget);
    const result: ActionResult<{ id: string; terms: string[] }> | null = await (editing ? updateSynonymAction(data) : createSynonymAction(data)).catch(() => null);
    setPending(false);
    if (!result || !result.ok) {
      const fieldMessage = result?.fieldErrors?.terms?.[0];
      if (fieldMessage) setTermsError(fieldMessage);
      else setFormError(result?.message ?? OFFLINE);
      return;
    }
    toast.success(editing ? "Synonym saved — searches use it now" : `Synonym “${result.data.terms.join(", ")}” added — searches use it now`, { id: "synonym-save" });
    onDone();
    router.refresh();
  }

  return (
    <form noValidate onSubmit={onSubmit} className="grid gap-4">
      {formError ? <FormAlert tone="error">{formError}</FormAlert> : null}
      {initial.id ? <input type="hidden" name="id" value={initial.id} /> : null}
      <TextField
        id="synonym-terms"
        name="terms"
        label="Words or phrases"
        hint="Separate with commas, e.g. “tv, television” or “atta, wheat flour”."
        autoComplete="off"
        autoFocus
        value={terms}
        onChange={(e) => setTerms(e.target.value)}
        error={termsError}
      />
      {preview.length ? (
        <ul aria-label="Phrases in this rule" className="-mt-2 flex flex-wrap gap-1.5">
          {preview.map((term, i) => (
            <li key={term} className="rounded-full bg-slate-100 px-2.5 py-1 text-xs font-medium text-slate-800">
              {oneWay && i === 0 ? <span className="font-semibold text-brand-800">{term} →</span> : term}
            </li>
          ))}
        </ul>
      ) : null}
      <label className="flex min-h-11 cursor-pointer items-start gap-3 text-sm text-slate-800">
        <input type="checkbox" name="oneWay" checked={oneWay} onChange={(e) => setOneWay(e.target.checked)} className="mt-0.5 size-5 shrink-0 accent-brand-600" />
        <span>
          One-way
          <span className="block text-xs text-slate-600">Only the first phrase also finds the others (“atta” finds wheat flour, not the other way round). Off: every phrase finds all the others.</span>
        </span>
      </label>
      <div className="flex flex-col-reverse gap-2 sm:flex-row sm:justify-end">
        <Button type="button" variant="outline" onClick={onDone} disabled={pending}>
          Cancel
        </Button>
        <PendingButton type="submit" pending={pending} pendingLabel="Saving…">
          {editing ? "Save synonym" : "Add synonym"}
        </PendingButton>
      </div>
    </form>
  );
}
