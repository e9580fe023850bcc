import type { ImageShape } from "../types";
import { GLYPHS } from "./glyphs";
import { shade, textOn } from "./palette";

/** What a shape needs to draw itself on the 600×600 canvas. */
export interface ShapeContext {
  item: string;
  ink: string;
  /** Other colours of the palette, for produce and accents. */
  accents: string[];
  initials: string;
  label: string | null;
  glyph: string;
}

export const FONT = "DejaVu Sans, Liberation Sans, Arial, Helvetica, sans-serif";

export function escapeXml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&apos;");
}

/** A Lucide glyph at (x, y), `size` pixels square, with a stroke `width` pixels wide. */
export function glyph(name: string, x: number, y: number, size: number, color: string, width: number, opacity = 1): string {
  const elements = GLYPHS[name] ?? GLYPHS["shopping-basket"];
  const scale = size / 24;
  const body = elements
    .map(([tag, attrs]) => `<${tag} ${Object.entries(attrs).map(([k, v]) => `${k}="${v}"`).join(" ")}/>`)
    .join("");
  return `<g transform="translate(${x} ${y}) scale(${scale})" fill="none" stroke="${color}" stroke-opacity="${opacity}" stroke-width="${(width / scale).toFixed(3)}" stroke-linecap="round" stroke-linejoin="round">${body}</g>`;
}

export function text(content: string, x: number, y: number, size: number, color: string, { weight = 700, spacing = 0, opacity = 1 } = {}): string {
  return `<text x="${x}" y="${y}" text-anchor="middle" font-family="${FONT}" font-weight="${weight}" font-size="${size}" letter-spacing="${spacing}" fill="${color}" fill-opacity="${opacity}">${escapeXml(content)}</text>`;
}

/** Brand text sized to fit `width` pixels (roughly 0.72 em per capital letter), cut to fit at the smallest size. */
function labelText(label: string | null, x: number, y: number, width: number, color: string, maxSize = 17): string {
  if (!label) return "";
  const minSize = 10;
  const maxChars = Math.max(4, Math.floor(width / (minSize * 0.72)));
  const content = label.length > maxChars ? `${label.slice(0, maxChars - 1).trimEnd()}…` : label;
  const size = Math.max(minSize, Math.min(maxSize, Math.floor(width / (content.length * 0.72 + 1))));
  return text(content.toUpperCase(), x, y, size, color, { weight: 600, spacing: 1, opacity: 0.85 });
}

/** Initials sized so two wide capitals fit `width`. */
function initialsText(ctx: ShapeContext, x: number, y: number, size: number, color: string, opacity = 1): string {
  const fitted = ctx.initials.length > 1 ? size : Math.round(size * 1.15);
  return text(ctx.initials, x, y, fitted, color, { weight: 700, spacing: -2, opacity });
}

/** White label with a small glyph, the initials and the brand. */
function packageLabel(ctx: ShapeContext, x: number, y: number, w: number, h: number, rx: number): string {
  const cx = x + w / 2;
  return [
    `<rect x="${x}" y="${y}" width="${w}" height="${h}" rx="${rx}" fill="#ffffff"/>`,
    glyph(ctx.glyph, cx - 15, y + 14, 30, ctx.ink, 2.2),
    initialsText(ctx, cx, y + h * 0.66, Math.min(66, h * 0.42), shade(ctx.item, 0.35)),
    labelText(ctx.label, cx, y + h - 16, w - 24, ctx.ink),
  ].join("");
}

/** A paper hang tag on a string, for garments and accessories. */
function hangTag(ctx: ShapeContext, anchorX: number, anchorY: number, x: number, y: number): string {
  return [
    `<path d="M${anchorX} ${anchorY} C${anchorX + 20} ${anchorY + 10} ${x + 30} ${y - 30} ${x + 48} ${y + 22}" fill="none" stroke="${ctx.ink}" stroke-opacity=".55" stroke-width="2.5"/>`,
    `<g transform="rotate(10 ${x + 48} ${y + 22})">`,
    `<path d="M${x + 18} ${y} H${x + 78} L${x + 96} ${y + 22} V${y + 140} Q${x + 96} ${y + 150} ${x + 86} ${y + 150} H${x + 10} Q${x} ${y + 150} ${x} ${y + 140} V${y + 22} Z" fill="#fffdf8" stroke="${ctx.ink}" stroke-opacity=".18" stroke-width="2"/>`,
    `<circle cx="${x + 48}" cy="${y + 22}" r="7" fill="none" stroke="${ctx.ink}" stroke-opacity=".45" stroke-width="2.5"/>`,
    initialsText(ctx, x + 48, y + 98, 40, ctx.ink),
    labelText(ctx.label, x + 48, y + 130, 80, ctx.ink, 12),
    `</g>`,
  ].join("");
}

const shine = (d: string) => `<path d="${d}" fill="#ffffff" fill-opacity=".2"/>`;

function bottle(ctx: ShapeContext): string {
  return [
    `<rect x="266" y="92" width="68" height="44" rx="9" fill="${shade(ctx.item, 0.4)}"/>`,
    `<path d="M276 134 h48 v34 c0 16 61 32 61 82 v226 c0 16 -13 26 -28 26 h-114 c-15 0 -28 -10 -28 -26 v-226 c0 -50 61 -66 61 -82 z" fill="${ctx.item}"/>`,
    shine("M234 252 c0 -28 16 -44 34 -56 v300 h-6 c-16 0 -28 -10 -28 -26 z"),
    packageLabel(ctx, 215, 282, 170, 164, 14),
  ].join("");
}

function jar(ctx: ShapeContext): string {
  const lid = shade(ctx.item, 0.35);
  return [
    `<rect x="198" y="146" width="204" height="58" rx="12" fill="${lid}"/>`,
    `<path d="M214 160 v30 M234 160 v30 M254 160 v30 M274 160 v30 M294 160 v30 M314 160 v30 M334 160 v30 M354 160 v30 M374 160 v30" stroke="#ffffff" stroke-opacity=".18" stroke-width="4"/>`,
    `<rect x="184" y="198" width="232" height="304" rx="44" fill="${ctx.item}"/>`,
    shine("M204 236 q0 -18 18 -18 h8 v262 h-8 q-18 0 -18 -18 z"),
    packageLabel(ctx, 184, 268, 232, 172, 0),
  ].join("");
}

function pouch(ctx: ShapeContext): string {
  const seal = shade(ctx.item, 0.28);
  const teeth = Array.from({ length: 14 }, () => "l8 -8 l8 8").join(" ");
  return [
    `<path d="M188 150 L412 150 L404 188 C430 262 432 402 420 488 C419 497 412 502 404 502 L196 502 C188 502 181 497 180 488 C168 402 170 262 196 188 Z" fill="${ctx.item}"/>`,
    `<path d="M188 130 h224 v28 h-224 z" fill="${seal}"/><path d="M188 130 ${teeth}" fill="none" stroke="${seal}" stroke-width="3"/>`,
    shine("M206 200 c-20 90 -20 200 -8 286 h14 c-10 -86 -8 -196 12 -286 z"),
    `<circle cx="300" cy="342" r="96" fill="#ffffff"/>`,
    glyph(ctx.glyph, 285, 262, 30, ctx.ink, 2.2),
    initialsText(ctx, 300, 368, 60, shade(ctx.item, 0.35)),
    labelText(ctx.label, 300, 404, 150, ctx.ink, 15),
  ].join("");
}

function carton(ctx: ShapeContext): string {
  return [
    `<path d="M214 212 L300 150 L386 212 Z" fill="${shade(ctx.item, -0.25)}"/>`,
    `<path d="M300 150 L338 128 L424 190 L386 212 Z" fill="${shade(ctx.item, 0.15)}"/>`,
    `<path d="M288 150 L300 118 L338 104 L338 128 L300 150 Z" fill="${shade(ctx.item, 0.3)}"/>`,
    `<rect x="214" y="212" width="172" height="290" fill="${ctx.item}"/>`,
    `<path d="M386 212 L424 190 L424 480 L386 502 Z" fill="${shade(ctx.item, 0.28)}"/>`,
    packageLabel(ctx, 214, 278, 172, 164, 0),
  ].join("");
}

function box(ctx: ShapeContext): string {
  return [
    `<path d="M168 214 L216 176 L448 176 L400 214 Z" fill="${shade(ctx.item, -0.22)}"/>`,
    `<rect x="168" y="214" width="232" height="288" fill="${ctx.item}"/>`,
    `<path d="M400 214 L448 176 L448 464 L400 502 Z" fill="${shade(ctx.item, 0.28)}"/>`,
    packageLabel(ctx, 190, 268, 188, 176, 14),
  ].join("");
}

function tray(ctx: ShapeContext): string {
  const [a, b, c] = [ctx.accents[0] ?? ctx.item, ctx.item, ctx.accents[1] ?? ctx.item];
  const fruit = (cx: number, cy: number, r: number, fill: string) =>
    `<circle cx="${cx}" cy="${cy}" r="${r}" fill="${fill}"/><ellipse cx="${cx - r * 0.35}" cy="${cy - r * 0.4}" rx="${r * 0.28}" ry="${r * 0.18}" fill="#ffffff" fill-opacity=".35" transform="rotate(-30 ${cx - r * 0.35} ${cy - r * 0.4})"/>`;
  return [
    fruit(222, 318, 66, a),
    fruit(378, 318, 66, c),
    fruit(300, 282, 76, b),
    glyph(ctx.glyph, 272, 250, 56, "#ffffff", 3, 0.9),
    `<path d="M146 352 L454 352 L424 502 L176 502 Z" fill="${shade(ctx.ink, -0.15)}"/>`,
    `<path d="M146 352 L454 352 L450 372 L150 372 Z" fill="${shade(ctx.ink, 0.1)}"/>`,
    `<rect x="214" y="392" width="172" height="92" rx="12" fill="#ffffff"/>`,
    initialsText(ctx, 300, 452, 46, ctx.ink),
    labelText(ctx.label, 300, 476, 150, ctx.ink, 12),
  ].join("");
}

function toyBox(ctx: ShapeContext): string {
  const ink = textOn(ctx.item);
  return [
    `<path d="M146 200 L196 160 L462 160 L412 200 Z" fill="${shade(ctx.item, -0.22)}"/>`,
    `<rect x="146" y="200" width="266" height="302" rx="6" fill="${ctx.item}"/>`,
    `<path d="M412 200 L462 160 L462 462 L412 502 Z" fill="${shade(ctx.item, 0.3)}"/>`,
    `<rect x="172" y="226" width="214" height="168" rx="20" fill="#ffffff" fill-opacity=".95"/>`,
    `<rect x="172" y="226" width="214" height="168" rx="20" fill="none" stroke="${shade(ctx.item, 0.3)}" stroke-width="5"/>`,
    glyph(ctx.glyph, 231, 262, 96, ctx.item, 6),
    initialsText(ctx, 279, 462, 60, ink),
    labelText(ctx.label, 279, 488, 200, ink, 14),
    `<path d="M406 150 l10 22 l24 2 l-18 16 l6 24 l-22 -13 l-22 13 l6 -24 l-18 -16 l24 -2 z" fill="#ffd23f" stroke="#ffffff" stroke-width="3"/>`,
  ].join("");
}

function tee(ctx: ShapeContext): string {
  const edge = shade(ctx.item, 0.22);
  return [
    `<path d="M232 128 L200 138 L118 186 L150 270 L196 252 L196 502 L404 502 L404 252 L450 270 L482 186 L400 138 L368 128 C358 160 330 176 300 176 C270 176 242 160 232 128 Z" fill="${ctx.item}" stroke="${edge}" stroke-width="4" stroke-linejoin="round"/>`,
    `<path d="M236 132 C248 168 274 186 300 186 C326 186 352 168 364 132" fill="none" stroke="${edge}" stroke-width="8"/>`,
    `<path d="M196 252 L188 206 M404 252 L412 206" stroke="${edge}" stroke-width="3"/>`,
    initialsText(ctx, 300, 364, 96, textOn(ctx.item), 0.9),
    labelText(ctx.label, 300, 410, 170, textOn(ctx.item), 16),
  ].join("");
}

function trousers(ctx: ShapeContext): string {
  const edge = shade(ctx.item, 0.25);
  return [
    `<path d="M212 152 L388 152 L410 502 L320 502 L300 250 L280 502 L190 502 Z" fill="${ctx.item}" stroke="${edge}" stroke-width="4" stroke-linejoin="round"/>`,
    `<rect x="210" y="118" width="180" height="36" rx="6" fill="${edge}"/>`,
    `<path d="M300 154 V236 M222 160 C236 196 262 202 276 194 M378 160 C364 196 338 202 324 194" fill="none" stroke="${shade(ctx.item, 0.35)}" stroke-width="3"/>`,
    `<circle cx="300" cy="136" r="6" fill="#d8b45a"/>`,
    hangTag(ctx, 384, 130, 402, 170),
  ].join("");
}

function dress(ctx: ShapeContext): string {
  const edge = shade(ctx.item, 0.22);
  return [
    `<path d="M262 118 L272 118 L284 170 L316 170 L328 118 L338 118 L352 214 C352 228 346 238 340 244 L436 502 L164 502 L260 244 C254 238 248 228 248 214 Z" fill="${ctx.item}" stroke="${edge}" stroke-width="4" stroke-linejoin="round"/>`,
    `<path d="M258 246 H342" stroke="${edge}" stroke-width="10"/>`,
    `<path d="M230 330 L212 490 M300 260 V492 M370 330 L388 490" stroke="${shade(ctx.item, 0.12)}" stroke-width="3"/>`,
    hangTag(ctx, 342, 150, 400, 196),
  ].join("");
}

function shoe(ctx: ShapeContext): string {
  const edge = shade(ctx.item, 0.25);
  const accent = textOn(ctx.item) === "#ffffff" ? "#ffffff" : "#3a3a40";
  return [
    `<path d="M96 440 C96 408 118 396 158 390 C206 383 238 362 266 334 L298 300 C310 288 332 284 352 290 C372 298 394 302 420 298 C442 296 456 306 464 324 C478 356 486 396 488 440 Z" fill="${ctx.item}" stroke="${edge}" stroke-width="4" stroke-linejoin="round"/>`,
    `<path d="M96 440 C96 410 116 398 150 392 C160 404 168 420 170 440 Z" fill="${edge}" fill-opacity=".35"/>`,
    `<path d="M420 298 C436 330 444 380 446 440" fill="none" stroke="${edge}" stroke-width="4"/>`,
    `<path d="M262 352 L290 372 M280 334 L308 354 M298 316 L326 336" stroke="${accent}" stroke-width="7" stroke-linecap="round"/>`,
    `<path d="M196 420 C260 396 330 372 410 380" fill="none" stroke="${accent}" stroke-opacity=".65" stroke-width="9" stroke-linecap="round"/>`,
    `<rect x="88" y="436" width="408" height="40" rx="18" fill="#f5f4ef" stroke="#d6d2c6" stroke-width="3"/>`,
    `<path d="M98 458 H486" stroke="#d6d2c6" stroke-width="3"/>`,
    hangTag(ctx, 336, 292, 372, 118),
  ].join("");
}

function bag(ctx: ShapeContext): string {
  const edge = shade(ctx.item, 0.3);
  return [
    `<path d="M228 236 C228 128 372 128 372 236" fill="none" stroke="${edge}" stroke-width="18" stroke-linecap="round"/>`,
    `<path d="M168 232 L432 232 L460 488 C461 496 455 502 447 502 L153 502 C145 502 139 496 140 488 Z" fill="${ctx.item}" stroke="${edge}" stroke-width="4" stroke-linejoin="round"/>`,
    `<path d="M168 232 L432 232 L436 272 L164 272 Z" fill="${edge}" fill-opacity=".35"/>`,
    `<rect x="278" y="256" width="44" height="30" rx="7" fill="#d8b45a" stroke="#a8842f" stroke-width="2"/>`,
    initialsText(ctx, 300, 410, 84, textOn(ctx.item), 0.85),
    labelText(ctx.label, 300, 452, 200, textOn(ctx.item), 15),
  ].join("");
}

function folded(ctx: ShapeContext): string {
  const layers = [ctx.item, shade(ctx.item, 0.12), shade(ctx.item, -0.12)];
  const cloth = (y: number, fill: string) =>
    `<path d="M158 ${y} H428 C444 ${y} 450 ${y + 10} 450 ${y + 24} V${y + 56} C450 ${y + 70} 444 ${y + 78} 428 ${y + 78} H158 C146 ${y + 78} 140 ${y + 66} 146 ${y + 54} C152 ${y + 40} 152 ${y + 36} 146 ${y + 24} C140 ${y + 12} 146 ${y} 158 ${y} Z" fill="${fill}" stroke="${shade(fill, 0.2)}" stroke-width="3"/>`;
  return [
    cloth(424, layers[2]),
    cloth(350, layers[1]),
    cloth(276, layers[0]),
    `<path d="M176 300 H420 M176 330 H420" stroke="#d8b45a" stroke-width="5" stroke-dasharray="2 10" stroke-linecap="round"/>`,
    hangTag(ctx, 420, 290, 430, 110),
  ].join("");
}

function trinket(ctx: ShapeContext): string {
  return [
    `<circle cx="290" cy="320" r="170" fill="#ffffff" fill-opacity=".85"/>`,
    `<circle cx="290" cy="320" r="150" fill="none" stroke="${ctx.item}" stroke-opacity=".25" stroke-width="3" stroke-dasharray="4 10"/>`,
    glyph(ctx.glyph, 180, 210, 220, ctx.item, 9),
    hangTag(ctx, 410, 210, 420, 250),
  ].join("");
}

const SHAPES: Record<ImageShape, (ctx: ShapeContext) => string> = {
  bottle,
  jar,
  pouch,
  carton,
  box,
  tray,
  "toy-box": toyBox,
  tee,
  trousers,
  dress,
  shoe,
  bag,
  folded,
  trinket,
};

export function drawShape(shape: ImageShape, ctx: ShapeContext): string {
  return SHAPES[shape](ctx);
}
