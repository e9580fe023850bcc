/**
 * Geometry of the QuickLocal mark (a map pin holding a "Q") on a 512 × 512 canvas. Shared by the
 * in-app <BrandMark /> and scripts/generate-icons.ts so the app icon and the UI logo never drift apart.
 */
export const BRAND_MARK = {
  viewBox: 512,
  /** Pin outline: a circle (centre 256,220, r 140) drawn into a point at 256,440. */
  pin: "M256 440 L148.2 309.2 A140 140 0 1 1 363.8 309.2 Z",
  /** The Q's bowl and tail, drawn as strokes inside the pin head. */
  bowl: { cx: 256, cy: 220, r: 64, strokeWidth: 30 },
  tail: "M282 246 L332 296",
  /** Bounding box of the pin, used to centre and scale it. */
  box: { x: 116, y: 80, width: 280, height: 360 },
  colours: { brand: "#0f7a37", brandDark: "#0a4f27", paper: "#ffffff", accent: "#f59e0b" },
} as const;
