"use client";

import { useState } from "react";
import type { FieldValues, Path } from "react-hook-form";
import { toast } from "@/components/ui/toaster";
import type { ActionResult } from "@/lib/platform/errors";
import { applyServerErrors, type ServerErrorTarget } from "@/lib/ui/apply-server-errors";

const UNREACHABLE = {
  message: "We couldn't reach QuickLocal. Check your connection and try again.",
  toast: "Connection problem — please try again",
};

export interface ServerFormOptions<TFieldValues extends FieldValues> {
  /**
   * The form's fields in screen order: server errors on them show inline and the first one gets focus.
   * A function is called when the server answers, for forms whose fields change (rows added, fields loaded).
   */
  fields: readonly Path<TFieldValues>[] | (() => readonly Path<TFieldValues>[]);
  /** One toast per form: a new failure replaces the previous one. */
  toastId: string;
  /** What to say (above the form, and as a toast) when the server cannot be reached. */
  unreachable?: { message: string; toast: string };
  /** The toast when fields have server errors; by default the first field's message. */
  fieldErrorToast?: string;
  /** A form-level message to show before the first submit (e.g. from the URL). */
  initialFormError?: string | null;
}

/**
 * Applies a server action's `ActionResult` to a react-hook-form form. `submit(action)` clears the
 * form-level message and runs the action; a failure puts each field error on its field and focuses the
 * first (or shows the form-level message when no field is named) and toasts; a network failure shows the
 * `unreachable` message. The typed values stay in the form either way. Resolves with the result, or null
 * when the server could not be reached.
 */
export function useServerForm<TFieldValues extends FieldValues>(
  form: ServerErrorTarget<TFieldValues>,
  { fields, toastId, unreachable = UNREACHABLE, fieldErrorToast, initialFormError = null }: ServerFormOptions<TFieldValues>,
) {
  const [formError, setFormError] = useState<string | null>(initialFormError);

  async function submit<T>(action: () => Promise<ActionResult<T>>): Promise<ActionResult<T> | null> {
    setFormError(null);
    let result: ActionResult<T>;
    try {
      result = await action();
    } catch {
      setFormError(unreachable.message);
      toast.error(unreachable.toast, { id: toastId });
      return null;
    }
    if (result.ok) return result;
    const failure = applyServerErrors(form, typeof fields === "function" ? fields() : fields, result, fieldErrorToast);
    setFormError(failure.formError);
    toast.error(failure.toast, { id: toastId });
    return result;
  }

  return { formError, submit };
}
