import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { getAddress, listAddresses } from "@/lib/identity/address-queries";
import { MAX_ADDRESSES_PER_USER } from "@/lib/identity/address-schemas";
import {
  ADDRESS_LIMIT_MESSAGE,
  ADDRESS_NOT_FOUND_MESSAGE,
  addAddress,
  deleteAddress,
  setDefaultAddress,
  updateAddress,
} from "@/lib/identity/address-service";
import { getDb, type Db } from "@/lib/platform/db";
import { ConflictError, NotFoundError, ValidationError } from "@/lib/platform/errors";
import { addresses, users } from "@/models";

let db: Db;
beforeAll(async () => {
  db = await getDb();
});

async function newActor(role: Actor["role"] = "customer"): Promise<Actor> {
  const tag = randomUUID().slice(0, 8);
  const [row] = await db
    .insert(users)
    .values({ email: `addr-${tag}@example.test`, name: `Tester ${tag}`, role })
    .returning({ id: users.id, email: users.email, name: users.name, role: users.role });
  return { ...row, sellerId: null };
}

const address = (overrides: Record<string, unknown> = {}) => ({
  fullName: "Priya Sharma",
  phone: "+91 98450 12345",
  line1: "Flat 304, Lakeview Residency, 12th Main Road",
  line2: "HAL 2nd Stage",
  landmark: "",
  city: "Bengaluru",
  state: "Karnataka",
  pincode: "560038",
  label: "Home",
  ...overrides,
});

async function rowsOf(actor: Actor) {
  return db.select().from(addresses).where(eq(addresses.userId, actor.id));
}

async function defaultsOf(actor: Actor): Promise<string[]> {
  return (await rowsOf(actor)).filter((r) => r.isDefault).map((r) => r.id);
}

async function failure(run: () => Promise<unknown>): Promise<unknown> {
  return run().then(
    () => {
      throw new Error("expected the call to fail");
    },
    (err: unknown) => err,
  );
}

describe("adding addresses", () => {
  it("saves a normalised address owned by the actor; the first one becomes the default", async () => {
    const actor = await newActor();
    const saved = await addAddress(actor, address({ userId: randomUUID(), isDefault: false }));
    expect(saved).toMatchObject({ fullName: "Priya Sharma", phone: "9845012345", landmark: null, state: "Karnataka", isDefault: true });
    const rows = await rowsOf(actor);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ id: saved.id, userId: actor.id, isDefault: true });
  });

  it("keeps the existing default unless the new address asks to be it", async () => {
    const actor = await newActor();
    const first = await addAddress(actor, address());
    const second = await addAddress(actor, address({ label: "Work", line1: "WeWork Galaxy, Residency Road" }));
    expect(second.isDefault).toBe(false);
    expect(await defaultsOf(actor)).toEqual([first.id]);
    const third = await addAddress(actor, address({ label: "Other", isDefault: true }));
    expect(third.isDefault).toBe(true);
    expect(await defaultsOf(actor)).toEqual([third.id]);
  });

  it("refuses invalid input with field errors and saves nothing", async () => {
    const actor = await newActor();
    const err = await failure(() => addAddress(actor, address({ pincode: "012345", phone: "12345", state: "Atlantis" })));
    expect(err).toBeInstanceOf(ValidationError);
    expect(Object.keys((err as ValidationError).fieldErrors).sort()).toEqual(["phone", "pincode", "state"]);
    expect(await rowsOf(actor)).toHaveLength(0);
  });

  it(`stops at ${MAX_ADDRESSES_PER_USER} addresses with a clear message`, async () => {
    const actor = await newActor();
    await db.insert(addresses).values(
      Array.from({ length: MAX_ADDRESSES_PER_USER }, (_, i) => ({
        userId: actor.id,
        fullName: "Priya Sharma",
        phone: "9845012345",
        line1: `House ${i + 1}, MG Road`,
        city: "Bengaluru",
        state: "Karnataka",
        pincode: "560001",
        isDefault: i === 0,
      })),
    );
    const err = await failure(() => addAddress(actor, address()));
    expect(err).toBeInstanceOf(ConflictError);
    expect((err as ConflictError).message).toBe(ADDRESS_LIMIT_MESSAGE);
    expect(await rowsOf(actor)).toHaveLength(MAX_ADDRESSES_PER_USER);
  });

  it("keeps one default when several first addresses are added at once", async () => {
    const actor = await newActor();
    await Promise.all(Array.from({ length: 4 }, (_, i) => addAddress(actor, address({ line1: `House ${i + 1}, MG Road` }))));
    expect(await rowsOf(actor)).toHaveLength(4);
    expect(await defaultsOf(actor)).toHaveLength(1);
  });
});

describe("editing, default and delete", () => {
  it("updates the fields of the actor's address", async () => {
    const actor = await newActor();
    const saved = await addAddress(actor, address());
    const updated = await updateAddress(actor, saved.id, address({ city: "Mysuru", pincode: "570001", label: "Work", landmark: "Opposite the palace" }));
    expect(updated).toMatchObject({ id: saved.id, city: "Mysuru", pincode: "570001", label: "Work", landmark: "Opposite the palace", isDefault: true });
    const [row] = await rowsOf(actor);
    expect(row).toMatchObject({ city: "Mysuru", pincode: "570001", isDefault: true });
  });

  it("never leaves the user without a default when an edit says isDefault: false", async () => {
    const actor = await newActor();
    const saved = await addAddress(actor, address());
    await updateAddress(actor, saved.id, address({ isDefault: false }));
    expect(await defaultsOf(actor)).toEqual([saved.id]);
  });

  it("moves the default with an edit or with setDefaultAddress, one default at a time", async () => {
    const actor = await newActor();
    const a = await addAddress(actor, address());
    const b = await addAddress(actor, address({ line1: "House 2, MG Road" }));
    const c = await addAddress(actor, address({ line1: "House 3, MG Road" }));
    await updateAddress(actor, b.id, address({ line1: "House 2, MG Road", isDefault: true }));
    expect(await defaultsOf(actor)).toEqual([b.id]);
    expect((await setDefaultAddress(actor, c.id)).isDefault).toBe(true);
    expect(await defaultsOf(actor)).toEqual([c.id]);
    await setDefaultAddress(actor, c.id);
    expect(await defaultsOf(actor)).toEqual([c.id]);
    await Promise.all([setDefaultAddress(actor, a.id), setDefaultAddress(actor, b.id)]);
    expect(await defaultsOf(actor)).toHaveLength(1);
  });

  it("lists the default first, then the newest", async () => {
    const actor = await newActor();
    const a = await addAddress(actor, address());
    const b = await addAddress(actor, address({ line1: "House 2, MG Road" }));
    const c = await addAddress(actor, address({ line1: "House 3, MG Road" }));
    expect((await listAddresses(actor)).map((x) => x.id)).toEqual([a.id, c.id, b.id]);
  });

  it("deleting the default promotes the oldest remaining address; deleting the last leaves none", async () => {
    const actor = await newActor();
    const a = await addAddress(actor, address());
    const b = await addAddress(actor, address({ line1: "House 2, MG Road" }));
    const c = await addAddress(actor, address({ line1: "House 3, MG Road" }));
    expect(await deleteAddress(actor, a.id)).toEqual({ deletedId: a.id, defaultId: b.id });
    expect(await defaultsOf(actor)).toEqual([b.id]);
    expect(await deleteAddress(actor, c.id)).toEqual({ deletedId: c.id, defaultId: b.id });
    expect(await defaultsOf(actor)).toEqual([b.id]);
    expect(await deleteAddress(actor, b.id)).toEqual({ deletedId: b.id, defaultId: null });
    expect(await rowsOf(actor)).toHaveLength(0);
    const next = await addAddress(actor, address());
    expect(next.isDefault).toBe(true);
  });

  it("an invalid edit changes nothing", async () => {
    const actor = await newActor();
    const saved = await addAddress(actor, address());
    const err = await failure(() => updateAddress(actor, saved.id, address({ city: "", pincode: "5600" })));
    expect(err).toBeInstanceOf(ValidationError);
    const [row] = await rowsOf(actor);
    expect(row).toMatchObject({ city: "Bengaluru", pincode: "560038" });
  });

  it("an unknown or malformed id is not found", async () => {
    const actor = await newActor();
    for (const id of [randomUUID(), "not-a-uuid", "", null, 42]) {
      const err = await failure(() => setDefaultAddress(actor, id));
      expect(err, String(id)).toBeInstanceOf(NotFoundError);
    }
    expect(await getAddress(actor, "not-a-uuid")).toBeNull();
  });
});

describe("another user's address", () => {
  it("cannot be read, edited, made default or deleted — by anyone else, even an admin — and stays unchanged", async () => {
    const owner = await newActor();
    const mine = await addAddress(owner, address());
    const theirs = await addAddress(owner, address({ line1: "House 2, MG Road" }));
    const before = await rowsOf(owner);

    for (const intruder of [await newActor(), await newActor("admin"), await newActor("support")]) {
      expect(await getAddress(intruder, mine.id)).toBeNull();
      expect(await listAddresses(intruder)).toEqual([]);
      const attempts = [
        () => updateAddress(intruder, mine.id, address({ city: "Mumbai", state: "Maharashtra", pincode: "400001" })),
        () => updateAddress(intruder, mine.id, address({ isDefault: true })),
        () => setDefaultAddress(intruder, theirs.id),
        () => deleteAddress(intruder, mine.id),
      ];
      for (const attempt of attempts) {
        const err = await failure(attempt);
        expect(err).toBeInstanceOf(NotFoundError);
        expect((err as NotFoundError).message).toBe(ADDRESS_NOT_FOUND_MESSAGE);
      }
      expect(await rowsOf(intruder)).toHaveLength(0);
    }

    const after = await rowsOf(owner);
    const byId = (rows: typeof before) => [...rows].sort((x, y) => x.id.localeCompare(y.id));
    expect(byId(after)).toEqual(byId(before));
    expect((await getAddress(owner, mine.id))?.isDefault).toBe(true);
  });
});
