import { Input } from "@/components/ui/input";
import { FormField, describedBy } from "./form-field";
import { PasswordInput } from "./password-input";

export type TextFieldProps = Omit<React.ComponentProps<"input">, "id" | "aria-invalid" | "aria-describedby"> & {
  id: string;
  label: string;
  error?: string;
  hint?: string;
  labelAside?: React.ReactNode;
};

/** A FormField whose input is wired to its label, hint and error (spread `register(name)` into it). */
function LabelledInput({
  Control,
  id,
  label,
  error,
  hint,
  labelAside,
  ...inputProps
}: TextFieldProps & { Control: React.ComponentType<React.ComponentProps<"input">> }) {
  return (
    <FormField id={id} label={label} error={error} hint={hint} labelAside={labelAside}>
      <Control id={id} aria-invalid={error ? true : undefined} aria-describedby={describedBy(id, { error, hint })} {...inputProps} />
    </FormField>
  );
}

/** A labelled text input (any `type` but password) with its hint and inline error. */
export function TextField(props: TextFieldProps) {
  return <LabelledInput Control={Input} {...props} />;
}

/** A labelled password input with a show/hide toggle, its hint and inline error. */
export function PasswordField(props: Omit<TextFieldProps, "type">) {
  return <LabelledInput Control={PasswordInput} {...props} />;
}

/** The "Email address" field of the auth forms: email keyboard, no autocapitalise or spellcheck. */
export function EmailField({ id = "email", label = "Email address", ...props }: Omit<TextFieldProps, "id" | "label" | "type"> & { id?: string; label?: string }) {
  return (
    <TextField
      id={id}
      label={label}
      type="email"
      autoComplete="email"
      inputMode="email"
      autoCapitalize="none"
      spellCheck={false}
      placeholder="you@example.com"
      {...props}
    />
  );
}
