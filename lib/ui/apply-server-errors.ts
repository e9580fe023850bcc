import type { FieldValues, Path, UseFormSetError, UseFormSetFocus } from "react-hook-form";
import type { ActionResult } from "@/lib/platform/errors";

export type ActionFailure = Extract<ActionResult<unknown>, { ok: false }>;

/** The part of a react-hook-form `useForm()` result that server errors are applied to. */
export type ServerErrorTarget<TFieldValues extends FieldValues> = { setError: UseFormSetError<TFieldValues>; setFocus: UseFormSetFocus<TFieldValues> };

/**
 * Puts a failed action's field errors on the form's fields (in the order given) and focuses the first.
 * Returns the form-level message to show (null when a field carries the error) and the toast text:
 * `fieldErrorToast` (or the first field's own message) when fields have errors, otherwise the failure's message.
 */
export function applyServerErrors<TFieldValues extends FieldValues>(
  form: ServerErrorTarget<TFieldValues>,
  fields: readonly Path<TFieldValues>[],
  failure: ActionFailure,
  fieldErrorToast?: string,
): { formError: string | null; toast: string } {
  let first: { field: Path<TFieldValues>; message: string } | null = null;
  for (const field of fields) {
    const message = failure.fieldErrors?.[field]?.[0];
    if (message) {
      form.setError(field, { type: "server", message });
      first ??= { field, message };
    }
  }
  if (!first) return { formError: failure.message, toast: failure.message };
  form.setFocus(first.field);
  return { formError: null, toast: fieldErrorToast ?? first.message };
}
