import sharp from "sharp";
import { pick, seededRandom } from "../random";
import type { ImageShape } from "../types";
import { paletteFor, shade } from "./palette";
import { drawShape, glyph } from "./shapes";

export const PICTURE_SIZE = 600;
export const PICTURE_QUALITY = 75;

export interface PictureInput {
  /** Stable identity of the product (its external ref): same input, same picture. */
  seed: string;
  topCategory: string;
  shape: ImageShape;
  glyph: string;
  itemColor: string | null;
  labelText: string | null;
  initials: string;
  /** 0 = main picture; 1 = a close-up on a mirrored background, for a product's second picture. */
  view: number;
}

/** The picture as SVG: soft gradient in the category's colours, a large faint glyph, and the drawn item. */
export function pictureSvg(input: PictureInput): string {
  const palette = paletteFor(input.topCategory);
  const random = seededRandom(`${input.seed}:picture`);
  const item = input.itemColor ?? pick(random, palette.items);
  const accents = palette.items.filter((c) => c !== item);
  const closeUp = input.view > 0;
  const [x1, y1, x2, y2] = closeUp ? [1, 0, 0, 1] : [0, 0, 1, 1];
  const bubbleX = closeUp ? 90 : 510;
  const watermark = closeUp
    ? glyph(input.glyph, 360, 360, 260, "#ffffff", 10, 0.4)
    : glyph(input.glyph, -30, -30, 230, "#ffffff", 9, 0.45);
  const object = drawShape(input.shape, { item, ink: palette.ink, accents, initials: input.initials, label: input.labelText, glyph: input.glyph });
  const framed = closeUp ? `<g transform="translate(300 300) scale(1.32) translate(-300 -318)">${object}</g>` : object;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${PICTURE_SIZE}" height="${PICTURE_SIZE}" viewBox="0 0 600 600">`,
    `<defs><linearGradient id="bg" x1="${x1}" y1="${y1}" x2="${x2}" y2="${y2}"><stop offset="0" stop-color="${palette.light}"/><stop offset="1" stop-color="${palette.mid}"/></linearGradient></defs>`,
    `<rect width="600" height="600" fill="url(#bg)"/>`,
    `<circle cx="${bubbleX}" cy="96" r="150" fill="#ffffff" fill-opacity=".28"/>`,
    `<circle cx="${600 - bubbleX}" cy="560" r="110" fill="#ffffff" fill-opacity=".2"/>`,
    watermark,
    closeUp ? "" : `<ellipse cx="300" cy="508" rx="190" ry="20" fill="${shade(palette.ink, 0.2)}" fill-opacity=".16"/>`,
    framed,
    `</svg>`,
  ].join("");
}

/** Renders the picture to WebP with sharp (librsvg draws the SVG, fonts come from the system's sans-serif). */
export async function renderPicture(input: PictureInput): Promise<Buffer> {
  return sharp(Buffer.from(pictureSvg(input)), { density: 72 })
    .webp({ quality: PICTURE_QUALITY, effort: 2 })
    .toBuffer();
}
