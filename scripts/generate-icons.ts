/**
 * Generates the PWA icons, the Apple touch icon and favicon.ico from one SVG mark (see
 * components/workspace/brand-mark-paths.ts). Run with `npx tsx scripts/generate-icons.ts`; the PNGs are committed.
 */
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { createElement, type ComponentType } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { Package, Search, type LucideProps } from "lucide-react";
import sharp from "sharp";
import { BRAND_MARK as M } from "../components/workspace/brand-mark-paths";

const OUT = path.join(process.cwd(), "public", "icons");
const { brand, brandDark, paper, accent } = M.colours;

type Backdrop = "rounded" | "square" | "none";

/** The mark on a 512 canvas, the pin scaled by `scale` of its natural size around the canvas centre. */
function markSvg({ backdrop, scale }: { backdrop: Backdrop; scale: number }): string {
  const size = M.viewBox;
  const cx = M.box.x + M.box.width / 2;
  const cy = M.box.y + M.box.height / 2;
  const transform = `translate(${size / 2} ${size / 2}) scale(${scale}) translate(${-cx} ${-cy})`;
  const background =
    backdrop === "none"
      ? ""
      : `<rect width="${size}" height="${size}" rx="${backdrop === "rounded" ? 112 : 0}" fill="url(#bg)"/>`;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 ${size} ${size}">
  <defs>
    <linearGradient id="bg" x1="0" y1="0" x2="0" y2="1">
      <stop offset="0" stop-color="${brand}"/>
      <stop offset="1" stop-color="${brandDark}"/>
    </linearGradient>
  </defs>
  ${background}
  <g transform="${transform}">
    <ellipse cx="256" cy="452" rx="70" ry="14" fill="#000" opacity="0.18"/>
    <path d="${M.pin}" fill="${backdrop === "none" ? brand : paper}" stroke="${backdrop === "none" ? brand : paper}" stroke-width="18" stroke-linejoin="round"/>
    <circle cx="${M.bowl.cx}" cy="${M.bowl.cy}" r="${M.bowl.r}" fill="none" stroke="${backdrop === "none" ? paper : brand}" stroke-width="${M.bowl.strokeWidth}"/>
    <path d="${M.tail}" stroke="${accent}" stroke-width="${M.bowl.strokeWidth}" stroke-linecap="round"/>
  </g>
</svg>`;
}

/** A 96 px shortcut icon: a lucide glyph in white on the brand square. */
function shortcutSvg(Icon: ComponentType<LucideProps>): string {
  const glyph = renderToStaticMarkup(createElement(Icon, { size: 56, color: paper, strokeWidth: 2.25, x: 20, y: 20 }));
  return `<svg xmlns="http://www.w3.org/2000/svg" width="96" height="96" viewBox="0 0 96 96">
  <rect width="96" height="96" rx="20" fill="${brand}"/>
  ${glyph}
</svg>`;
}

async function png(svg: string, size: number, file: string) {
  const buffer = await sharp(Buffer.from(svg))
    .resize(size, size)
    .png({ compressionLevel: 9, palette: false })
    .toBuffer();
  await writeFile(path.join(OUT, file), buffer);
  return buffer;
}

/** A Windows ICO that embeds PNG images (supported by every current browser). */
function ico(images: { size: number; data: Buffer }[]): Buffer {
  const header = Buffer.alloc(6);
  header.writeUInt16LE(0, 0); // reserved
  header.writeUInt16LE(1, 2); // type: icon
  header.writeUInt16LE(images.length, 4);
  const entries: Buffer[] = [];
  let offset = 6 + 16 * images.length;
  for (const { size, data } of images) {
    const entry = Buffer.alloc(16);
    entry.writeUInt8(size >= 256 ? 0 : size, 0);
    entry.writeUInt8(size >= 256 ? 0 : size, 1);
    entry.writeUInt8(0, 2); // palette colours
    entry.writeUInt8(0, 3); // reserved
    entry.writeUInt16LE(1, 4); // colour planes
    entry.writeUInt16LE(32, 6); // bits per pixel
    entry.writeUInt32LE(data.length, 8);
    entry.writeUInt32LE(offset, 12);
    entries.push(entry);
    offset += data.length;
  }
  return Buffer.concat([header, ...entries, ...images.map((i) => i.data)]);
}

async function main() {
  await mkdir(OUT, { recursive: true });
  // "any": the pin on a rounded tile with breathing room.
  const anyIcon = markSvg({ backdrop: "rounded", scale: 0.82 });
  await png(anyIcon, 192, "icon-192.png");
  await png(anyIcon, 512, "icon-512.png");
  // "maskable": full-bleed tile; the pin stays inside the central 80 % safe circle whatever mask the OS applies.
  const maskable = markSvg({ backdrop: "square", scale: 0.72 });
  await png(maskable, 192, "maskable-192.png");
  await png(maskable, 512, "maskable-512.png");
  // iOS rounds the corners itself and shows transparency as black, so the tile is square and opaque.
  await png(markSvg({ backdrop: "square", scale: 0.78 }), 180, "apple-touch-icon.png");
  await png(shortcutSvg(Package), 96, "shortcut-orders-96.png");
  await png(shortcutSvg(Search), 96, "shortcut-search-96.png");

  const favicon = markSvg({ backdrop: "rounded", scale: 0.9 });
  const sizes = [16, 32, 48];
  const images = await Promise.all(
    sizes.map(async (size) => ({ size, data: await sharp(Buffer.from(favicon)).resize(size, size).png().toBuffer() })),
  );
  await writeFile(path.join(process.cwd(), "public", "favicon.ico"), ico(images));
  console.log(`icons written to ${path.relative(process.cwd(), OUT)} and public/favicon.ico`);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
