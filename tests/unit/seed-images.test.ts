import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { pictureSvg, PICTURE_SIZE, renderPicture } from "@/lib/seed/images/picture";
import type { ImageShape } from "@/lib/seed/types";

const SHAPES: ImageShape[] = ["bottle", "jar", "pouch", "carton", "box", "tray", "toy-box", "tee", "trousers", "dress", "shoe", "bag", "folded", "trinket"];

describe("generated product pictures", () => {
  it("draw every shape with the initials and escape label text", () => {
    for (const shape of SHAPES) {
      const svg = pictureSvg({ seed: shape, topCategory: "Fashion", shape, glyph: "shirt", itemColor: null, labelText: "Tom & Jerry <Co>", initials: "TJ", view: 0 });
      expect(svg.startsWith("<svg")).toBe(true);
      expect(svg).toContain(">TJ<");
      expect(svg).not.toContain("<Co>");
    }
  });

  it("is deterministic per product", () => {
    const input = { seed: "bigbasket:1", topCategory: "Beverages", shape: "bottle" as const, glyph: "coffee", itemColor: null, labelText: "Nescafe", initials: "NC", view: 0 };
    expect(pictureSvg(input)).toBe(pictureSvg(input));
    expect(pictureSvg({ ...input, view: 1 })).not.toBe(pictureSvg(input));
  });

  it("renders to a 600×600 WebP", async () => {
    const bytes = await renderPicture({ seed: "t", topCategory: "Toys & Games", shape: "toy-box", glyph: "dice-5", itemColor: null, labelText: "Hasbro", initials: "MG", view: 0 });
    const meta = await sharp(bytes).metadata();
    expect(meta).toMatchObject({ format: "webp", width: PICTURE_SIZE, height: PICTURE_SIZE });
    expect(bytes.length).toBeLessThan(40_000);
  });
});
