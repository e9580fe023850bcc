import { describe, expect, it, vi } from "vitest";
import { applyServerErrors, type ActionFailure } from "@/lib/ui/apply-server-errors";

type Values = { name: string; email: string; password: string };
const FIELDS = ["name", "email", "password"] as const;

function target() {
  return { setError: vi.fn(), setFocus: vi.fn() };
}

describe("applyServerErrors", () => {
  it("puts each field error on its field, focuses the first in field order and toasts its message", () => {
    const form = target();
    const failure: ActionFailure = {
      ok: false,
      code: "validation",
      message: "Please correct the highlighted fields.",
      fieldErrors: { password: ["Too short"], email: ["Taken", "Also bad"], _form: ["ignored"] },
    };
    expect(applyServerErrors<Values>(form, FIELDS, failure)).toEqual({ formError: null, toast: "Taken" });
    expect(form.setError.mock.calls).toEqual([
      ["email", { type: "server", message: "Taken" }],
      ["password", { type: "server", message: "Too short" }],
    ]);
    expect(form.setFocus.mock.calls).toEqual([["email"]]);
  });

  it("uses the fixed toast for field errors when given one", () => {
    const failure: ActionFailure = { ok: false, code: "conflict", message: "Taken", fieldErrors: { name: ["Taken"] } };
    expect(applyServerErrors<Values>(target(), FIELDS, failure, "Please fix the highlighted fields")).toEqual({
      formError: null,
      toast: "Please fix the highlighted fields",
    });
  });

  it("shows the message above the form when no listed field carries the error", () => {
    const form = target();
    const failure: ActionFailure = { ok: false, code: "rate_limited", message: "Too many attempts, try again in 5 minutes." };
    expect(applyServerErrors<Values>(form, FIELDS, failure, "unused")).toEqual({ formError: failure.message, toast: failure.message });
    expect(form.setError).not.toHaveBeenCalled();
    expect(form.setFocus).not.toHaveBeenCalled();
  });
});
