/**
 * Category attributes as products fill them (pure, so the seller's form and the server agree). The
 * editor sends every value as text; parseAttributeValues turns it into typed values checked against
 * the category's definitions: numbers, one of a select's options, yes/no, or free text.
 */
import type { AttributeType, AttributeValue, AttributeValues } from "@/models/catalog";

export interface CategoryAttributeDef {
  id: string;
  categoryId: string;
  key: string;
  label: string;
  type: AttributeType;
  unit: string | null;
  options: string[];
  required: boolean;
  filterable: boolean;
  position: number;
}

type Def = Pick<CategoryAttributeDef, "key" | "label" | "type" | "unit" | "options" | "required">;

const TRUE_WORDS = new Set(["true", "yes", "y", "1"]);
const FALSE_WORDS = new Set(["false", "no", "n", "0"]);
const NUMBER = /^-?\d{1,12}(\.\d{1,6})?$/;

function parseOne(def: Def, raw: string): { value: AttributeValue } | { error: string } {
  switch (def.type) {
    case "number": {
      const text = raw.replace(/,/g, "");
      if (!NUMBER.test(text)) return { error: `Enter the ${def.label.toLowerCase()} as a number${def.unit ? ` in ${def.unit}` : ""}, e.g. 8` };
      return { value: Number(text) };
    }
    case "select": {
      const option = def.options.find((o) => o.toLowerCase() === raw.toLowerCase());
      if (option === undefined) return { error: `Choose one of: ${def.options.slice(0, 8).join(", ")}${def.options.length > 8 ? ", …" : ""}` };
      return { value: option };
    }
    case "boolean": {
      const word = raw.toLowerCase();
      if (TRUE_WORDS.has(word)) return { value: true };
      if (FALSE_WORDS.has(word)) return { value: false };
      return { error: "Choose yes or no" };
    }
    default:
      return { value: raw };
  }
}

/**
 * Typed attribute values from the editor's text, or an error message per attribute key. Keys the
 * category does not define are dropped (they linger when a product moves to another category);
 * empty optional values are left out.
 */
export function parseAttributeValues(defs: readonly Def[], input: Record<string, string>): { values: AttributeValues } | { errors: Record<string, string> } {
  const values: AttributeValues = {};
  const errors: Record<string, string> = {};
  for (const def of defs) {
    const raw = (input[def.key] ?? "").trim();
    if (raw === "") {
      if (def.required) errors[def.key] = def.type === "select" || def.type === "boolean" ? `Choose the ${def.label.toLowerCase()}` : `Enter the ${def.label.toLowerCase()}`;
      continue;
    }
    const parsed = parseOne(def, raw);
    if ("error" in parsed) errors[def.key] = parsed.error;
    else values[def.key] = parsed.value;
  }
  return Object.keys(errors).length > 0 ? { errors } : { values };
}

/** Stored values back as the editor's text. */
export function attributeInputFromValues(values: AttributeValues): Record<string, string> {
  return Object.fromEntries(Object.entries(values).map(([key, value]) => [key, String(value)]));
}

/** A value as shoppers and reviewers read it: "8 GB", "Yes", "Cotton". */
export function formatAttributeValue(def: Pick<Def, "type" | "unit"> | undefined, value: AttributeValue): string {
  if (typeof value === "boolean") return value ? "Yes" : "No";
  const text = typeof value === "number" ? value.toLocaleString("en-IN", { maximumFractionDigits: 6 }) : value;
  return def?.unit ? `${text} ${def.unit}` : text;
}
