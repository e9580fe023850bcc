/** Background and item colours of generated product pictures, one palette per top-level category. */
export interface Palette {
  /** Gradient start (lightest) and end of the background. */
  light: string;
  mid: string;
  /** Text and outline colour, dark enough for AA contrast on `light`. */
  ink: string;
  /** Package colours; each product picks one deterministically. */
  items: string[];
}

const PALETTES: Record<string, Palette> = {
  "Fruits & Vegetables": { light: "#f3f9ec", mid: "#cfe8b4", ink: "#2f5d16", items: ["#6aa531", "#e9762b", "#d8433b"] },
  "Foodgrains, Oil & Masala": { light: "#fff8e6", mid: "#fbdc8e", ink: "#7a4b00", items: ["#e0a21b", "#c2432c", "#8a5a2b"] },
  "Bakery, Cakes & Dairy": { light: "#fff5e8", mid: "#fbd3a0", ink: "#7d3f06", items: ["#e8892a", "#4f8fcf", "#c8553d"] },
  Beverages: { light: "#e8f8fa", mid: "#a6e1e8", ink: "#0b5560", items: ["#14877c", "#d9453b", "#7a4e33"] },
  "Snacks & Branded Foods": { light: "#fff3ea", mid: "#ffc2a3", ink: "#8a2a07", items: ["#ef5a2a", "#e8b71a", "#8a3aa5"] },
  "Eggs, Meat & Fish": { light: "#fdf0ec", mid: "#f6c8b8", ink: "#7f2c1a", items: ["#c9502c", "#7a5141", "#2f7fb5"] },
  "Gourmet & World Food": { light: "#f6effa", mid: "#dcc0ea", ink: "#52205f", items: ["#7b3294", "#2e7d4f", "#b5482a"] },
  "Beauty & Hygiene": { light: "#fdf0f5", mid: "#f5c3d7", ink: "#84194a", items: ["#d23f7c", "#8f4bb3", "#1f8f86"] },
  "Baby Care": { light: "#eef6fd", mid: "#c5def7", ink: "#1d4a85", items: ["#5aa6e8", "#ea8db0", "#75b97a"] },
  "Cleaning & Household": { light: "#edf8ef", mid: "#b9e0bf", ink: "#1c5a24", items: ["#3a9a48", "#2a7fd4", "#e5b61f"] },
  "Kitchen, Garden & Pets": { light: "#f0f3f5", mid: "#c5d0d8", ink: "#334650", items: ["#50707f", "#e5761f", "#148591"] },
  Fashion: { light: "#f5f2fb", mid: "#d9cdef", ink: "#3b2a73", items: ["#5b4bb7", "#c6457a", "#2f7f7a"] },
  "Toys & Games": { light: "#fff8e4", mid: "#ffdb7a", ink: "#6b3f00", items: ["#e2453c", "#2f7fd8", "#3d9b48", "#f08a1c", "#8a3fb0"] },
};

const FALLBACK: Palette = { light: "#eef7f1", mid: "#bfe3cb", ink: "#0f5a2c", items: ["#0f7a37", "#e29a16", "#2f7fd8"] };

export function paletteFor(topCategory: string): Palette {
  return PALETTES[topCategory] ?? FALLBACK;
}

/** Myntra's PrimaryColor values as garment colours. */
const NAMED_COLOURS: Record<string, string> = {
  blue: "#3d63a8", black: "#2a2a2e", red: "#c23b32", green: "#2f7d50", white: "#f7f7f4", grey: "#8c9199",
  brown: "#7b5234", yellow: "#e9bb2a", pink: "#e693b3", beige: "#d9c4a3", gold: "#c9a23a", maroon: "#7a1f2d",
  orange: "#e67c22", silver: "#bfc3c8", purple: "#6c4aa1", burgundy: "#7c2436", khaki: "#a89a69", navy: "#1f2f57",
  lavender: "#b8a6da", matte: "#5a5a60", mustard: "#d2a021", magenta: "#c21c64", charcoal: "#37444f", rose: "#d98b9b",
  platinum: "#d8d8d4", bronze: "#9b6a31", peach: "#f3b596", teal: "#1f7f80", olive: "#6b7a35", cream: "#f2e8cf",
};

export function namedColour(name: string | null | undefined): string | null {
  if (!name) return null;
  return NAMED_COLOURS[name.trim().toLowerCase()] ?? null;
}

function channels(hex: string): [number, number, number] {
  const n = Number.parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

function toHex([r, g, b]: [number, number, number]): string {
  return `#${[r, g, b].map((c) => Math.max(0, Math.min(255, Math.round(c))).toString(16).padStart(2, "0")).join("")}`;
}

/** Mixes `hex` towards black (amount > 0) or white (amount < 0). */
export function shade(hex: string, amount: number): string {
  const target = amount >= 0 ? 0 : 255;
  const t = Math.abs(amount);
  return toHex(channels(hex).map((c) => c + (target - c) * t) as [number, number, number]);
}

/** Relative luminance (WCAG). */
export function luminance(hex: string): number {
  const [r, g, b] = channels(hex).map((c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** White or near-black, whichever reads better on `hex`. */
export function textOn(hex: string): string {
  return luminance(hex) > 0.4 ? "#1f1f24" : "#ffffff";
}
