import { describe, expect, it } from "vitest";
import { ADDRESS_LABELS, INDIAN_STATES, addressSchema, addressStateSchema } from "@/lib/identity/address-schemas";
import { pincodeSchema as addressPincodeSchema } from "@/lib/shipping";
import { indianMobileSchema, normalizeIndianMobile, optionalIndianMobileSchema, updateProfileSchema } from "@/lib/identity/schemas";

const valid = {
  fullName: "Priya Sharma",
  phone: "9845012345",
  line1: "Flat 304, Lakeview Residency, 12th Main Road",
  line2: "HAL 2nd Stage, Indiranagar",
  landmark: "Near Indiranagar Metro Station",
  city: "Bengaluru",
  state: "Karnataka",
  pincode: "560038",
  label: "Home",
};

function errorsOf(result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) {
  const out: Record<string, string> = {};
  for (const issue of result.error?.issues ?? []) out[String(issue.path[0] ?? "_")] ??= issue.message;
  return out;
}

describe("PIN code", () => {
  it.each(["560038", "110001", "999999", " 560 038 "])("accepts %j", (pin) => {
    expect(addressPincodeSchema.safeParse(pin).data).toBe(pin.replace(/\s/g, ""));
  });
  it("refuses a PIN starting with 0", () => {
    expect(errorsOf(addressPincodeSchema.safeParse("060038"))).toEqual({ _: "PIN codes don't start with 0" });
  });
  it.each(["56003", "5600381", "56003a", "５６００３８", "560-038"])("refuses %j as not six digits", (pin) => {
    expect(errorsOf(addressPincodeSchema.safeParse(pin))).toEqual({ _: "Enter a 6-digit PIN code" });
  });
  it("asks for a PIN when blank or missing", () => {
    expect(errorsOf(addressPincodeSchema.safeParse(""))).toEqual({ _: "Enter a PIN code" });
    expect(errorsOf(addressPincodeSchema.safeParse(undefined))).toEqual({ _: "Enter a PIN code" });
  });
});

describe("Indian mobile number", () => {
  it.each([
    ["9845012345", "9845012345"],
    ["6000000000", "6000000000"],
    ["+91 98450 12345", "9845012345"],
    ["+91-98450-12345", "9845012345"],
    ["919845012345", "9845012345"],
    ["09845012345", "9845012345"],
    ["(984) 501-2345", "9845012345"],
    ["9198765432", "9198765432"],
  ])("accepts %j as %j", (raw, digits) => {
    expect(indianMobileSchema.safeParse(raw).data).toBe(digits);
    expect(normalizeIndianMobile(raw)).toBe(digits);
  });
  it.each(["5845012345", "0845012345", "1234567890"])("refuses %j: must start with 6–9", (raw) => {
    expect(errorsOf(indianMobileSchema.safeParse(raw))).toEqual({ _: "Indian mobile numbers start with 6, 7, 8 or 9" });
  });
  it.each(["984501234", "98450123456", "98450abcde", "+1 415 555 0100"])("refuses %j: not ten digits", (raw) => {
    expect(errorsOf(indianMobileSchema.safeParse(raw))).toEqual({ _: "Enter a 10-digit mobile number" });
  });
  it("requires a number where it is mandatory, and turns blank into null where it is optional", () => {
    expect(errorsOf(indianMobileSchema.safeParse("  "))).toEqual({ _: "Enter a mobile number" });
    expect(optionalIndianMobileSchema.safeParse("").data).toBeNull();
    expect(optionalIndianMobileSchema.safeParse("   ").data).toBeNull();
    expect(optionalIndianMobileSchema.safeParse(undefined).data).toBeNull();
    expect(optionalIndianMobileSchema.safeParse(null).data).toBeNull();
    expect(optionalIndianMobileSchema.safeParse(" 98450 12345 ").data).toBe("9845012345");
    expect(errorsOf(optionalIndianMobileSchema.safeParse("12345"))).toEqual({ _: "Enter a 10-digit mobile number" });
  });
});

describe("state", () => {
  it("lists all 28 states and 8 union territories, without duplicates", () => {
    expect(INDIAN_STATES).toHaveLength(36);
    expect(new Set(INDIAN_STATES).size).toBe(36);
    expect(INDIAN_STATES).toContain("Karnataka");
    expect(INDIAN_STATES).toContain("Delhi");
    expect(INDIAN_STATES).toContain("Ladakh");
  });
  it("accepts every listed state", () => {
    for (const state of INDIAN_STATES) expect(addressStateSchema.safeParse(state).success, state).toBe(true);
  });
  it.each(["", "Atlantis", "karnataka", "Bombay", "Orissa"])("refuses %j", (state) => {
    expect(errorsOf(addressStateSchema.safeParse(state))).toEqual({ _: "Choose a state or union territory" });
  });
});

describe("addressSchema", () => {
  it("accepts a full address, tidying spaces and normalising the phone and PIN", () => {
    const r = addressSchema.safeParse({ ...valid, fullName: "  Priya   Sharma ", phone: "+91 98450 12345", pincode: "560 038", city: " Bengaluru " });
    expect(r.success).toBe(true);
    expect(r.data).toMatchObject({ fullName: "Priya Sharma", phone: "9845012345", pincode: "560038", city: "Bengaluru", state: "Karnataka" });
  });
  it("turns blank optional lines into null", () => {
    const r = addressSchema.safeParse({ ...valid, line2: "  ", landmark: "" });
    expect(r.data).toMatchObject({ line2: null, landmark: null });
    expect(addressSchema.safeParse({ ...valid, line2: undefined, landmark: null }).data).toMatchObject({ line2: null, landmark: null });
  });
  it("strips a smuggled owner or id", () => {
    const r = addressSchema.safeParse({ ...valid, userId: "someone-else", id: "x", createdAt: "2020-01-01" });
    expect(r.success).toBe(true);
    expect(r.data).not.toHaveProperty("userId");
    expect(r.data).not.toHaveProperty("id");
    expect(r.data).not.toHaveProperty("createdAt");
  });
  it("accepts only the Home, Work and Other labels", () => {
    for (const label of ADDRESS_LABELS) expect(addressSchema.safeParse({ ...valid, label }).success).toBe(true);
    expect(errorsOf(addressSchema.safeParse({ ...valid, label: "Office" }))).toEqual({ label: "Choose Home, Work or Other" });
  });
  it("names every missing required field", () => {
    expect(errorsOf(addressSchema.safeParse({}))).toEqual({
      fullName: "Enter the full name of the person receiving the order",
      phone: "Enter a mobile number",
      line1: "Enter the flat or house number and street",
      city: "Enter the town or city",
      state: "Choose a state or union territory",
      pincode: "Enter a PIN code",
      label: "Choose Home, Work or Other",
    });
  });
  it("limits lengths and checks the city", () => {
    expect(errorsOf(addressSchema.safeParse({ ...valid, line1: "x".repeat(121) }))).toEqual({ line1: "This line must be at most 120 characters" });
    expect(errorsOf(addressSchema.safeParse({ ...valid, landmark: "x".repeat(81) }))).toEqual({ landmark: "Landmark must be at most 80 characters" });
    expect(errorsOf(addressSchema.safeParse({ ...valid, city: "560038" }))).toEqual({ city: "Use letters only for the town or city" });
    expect(addressSchema.safeParse({ ...valid, city: "Thiruvananthapuram" }).success).toBe(true);
    expect(addressSchema.safeParse({ ...valid, city: "Port Blair" }).success).toBe(true);
  });
  it("takes isDefault only as a boolean", () => {
    expect(addressSchema.safeParse({ ...valid, isDefault: true }).data?.isDefault).toBe(true);
    expect(addressSchema.safeParse({ ...valid, isDefault: "yes" }).success).toBe(false);
  });
});

describe("updateProfileSchema", () => {
  it("accepts a name with an optional phone", () => {
    expect(updateProfileSchema.safeParse({ name: " Priya  Sharma ", phone: "" }).data).toEqual({ name: "Priya Sharma", phone: null });
    expect(updateProfileSchema.safeParse({ name: "Priya Sharma", phone: "+91 70000 11111" }).data).toEqual({ name: "Priya Sharma", phone: "7000011111" });
  });
  it("strips email, role and any other field", () => {
    const r = updateProfileSchema.safeParse({ name: "Priya Sharma", role: "admin", email: "x@example.test" });
    expect(r.data).toEqual({ name: "Priya Sharma", phone: null });
  });
  it("explains a bad name or phone", () => {
    expect(errorsOf(updateProfileSchema.safeParse({ name: "  ", phone: "5845012345" }))).toEqual({
      name: "Enter your name",
      phone: "Indian mobile numbers start with 6, 7, 8 or 9",
    });
    expect(errorsOf(updateProfileSchema.safeParse({ name: "P" }))).toEqual({ name: "Name must be at least 2 characters" });
    expect(errorsOf(updateProfileSchema.safeParse({ name: "x".repeat(81) }))).toEqual({ name: "Name must be at most 80 characters" });
  });
});
