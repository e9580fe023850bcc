import { beforeAll, describe, expect, it } from "vitest";
import { InvalidStorageKeyError, type Storage } from "@/lib/platform/storage";

const BAD_KEYS = ["../x", "a/../../etc/passwd", "/etc/passwd", "a//b", "./a", ".hidden", "a\\b", "", "a/b/", "sp ace.png"];

/** The behaviour every Storage adapter must share; `make` runs once per suite. */
export function storageContract(name: string, make: () => Promise<Storage>) {
  describe(name, () => {
    let storage: Storage;
    beforeAll(async () => {
      storage = await make();
    });

    it("puts, gets, checks and deletes objects", async () => {
      const key = `test/${name.replace(/\s+/g, "-")}/hello.txt`;
      expect(await storage.exists(key)).toBe(false);
      expect(await storage.get(key)).toBeNull();
      await storage.put(key, Buffer.from("namaste"), "text/plain");
      expect(await storage.exists(key)).toBe(true);
      const got = await storage.get(key);
      expect(got?.bytes.toString()).toBe("namaste");
      expect(got?.contentType).toBe("text/plain; charset=utf-8");
      await storage.put(key, Buffer.from("namaste again"), "text/plain");
      expect((await storage.get(key))?.bytes.toString()).toBe("namaste again");
      await storage.delete(key);
      expect(await storage.exists(key)).toBe(false);
      await storage.delete(key);
    });

    it.each(BAD_KEYS)("rejects the key %j", async (key) => {
      await expect(storage.put(key, Buffer.from("x"), "text/plain")).rejects.toBeInstanceOf(InvalidStorageKeyError);
      await expect(storage.get(key)).rejects.toBeInstanceOf(InvalidStorageKeyError);
    });

    it("rejects a content type that contradicts the extension", async () => {
      await expect(storage.put("test/pic.webp", Buffer.from("x"), "text/html")).rejects.toBeInstanceOf(InvalidStorageKeyError);
    });
  });
}
