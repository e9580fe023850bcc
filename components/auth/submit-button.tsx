import { PendingButton } from "@/components/forms/pending-button";
import type { ButtonProps } from "@/components/ui/button";

/** A full-width submit button that shows progress and cannot be pressed twice while `pending`. */
export function SubmitButton(props: ButtonProps & { pending: boolean; pendingLabel: string }) {
  return <PendingButton {...props} type="submit" size="lg" className="w-full" />;
}
