"use client";
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select";
import { INDIAN_STATES } from "@/lib/identity/address-states";

/** The 28 states and 8 union territories, alphabetically (type a letter to jump). */
export function StateSelect({
  id,
  value,
  onChange,
  onBlur,
  invalid,
  describedBy,
  ref,
}: {
  id: string;
  value: string;
  onChange: (value: string) => void;
  onBlur: () => void;
  invalid: boolean;
  describedBy?: string;
  ref?: React.Ref<HTMLButtonElement>;
}) {
  return (
    <Select value={value} onValueChange={onChange} name="state" autoComplete="address-level1">
      <SelectTrigger id={id} ref={ref} onBlur={onBlur} aria-invalid={invalid || undefined} aria-describedby={describedBy}>
        <SelectValue placeholder="Choose a state or union territory" />
      </SelectTrigger>
      <SelectContent className="max-h-72">
        {INDIAN_STATES.map((state) => (
          <SelectItem key={state} value={state}>
            {state}
          </SelectItem>
        ))}
      </SelectContent>
    </Select>
  );
}
