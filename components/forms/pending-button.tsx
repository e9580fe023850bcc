import { LoaderCircle } from "lucide-react";
import { Button, type ButtonProps } from "@/components/ui/button";

/** A button that shows a spinner and its pending label, and cannot be pressed again, while `pending`. */
export function PendingButton({ pending, pendingLabel, children, disabled, ...props }: ButtonProps & { pending: boolean; pendingLabel: string }) {
  return (
    <Button {...props} disabled={pending || disabled} aria-busy={pending || undefined}>
      {pending ? (
        <>
          <LoaderCircle className="animate-spin" aria-hidden="true" />
          <span>{pendingLabel}</span>
        </>
      ) : (
        children
      )}
    </Button>
  );
}
