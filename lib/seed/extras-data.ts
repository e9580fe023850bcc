import type { ProductType } from "@/models";
import type { ImageShape } from "./types";

/** The demo's extra products (see extras.ts): digital goods and products in review, as data. */

const DIGITAL_ROOT = "Digital Goods";

/** What the demo shows for a product: live (approved), waiting for review, or rejected with a reason. */
export type Story = { status: "active" } | { status: "pending_review" } | { status: "rejected"; reason: string };

export interface ExtraSpec {
  ref: string;
  type: ProductType;
  title: string;
  description: string;
  pricePaise: number;
  mrpPaise: number;
  story: Story;
  /** Names from the root, or words to find an existing category by name (the seller's own first category otherwise). */
  category: { path: string[] } | { hints: string[] };
  picture: { shape: ImageShape; glyph: string; label: string; topCategory: string };
  stock?: number;
  licenceKeys?: { prefix: string; count: number };
  file?: { name: string; text: string };
}

const RECIPES = [
  "Festive Kitchen — 12 family recipes from Sharma Kirana Store, Jaipur",
  "",
  "1. Dal baati churma   2. Gatte ki sabzi   3. Ker sangri   4. Besan chakki   5. Mawa kachori   6. Ghevar",
  "7. Kadhi pakora   8. Bajre ki roti   9. Lehsun ki chutney   10. Moong dal halwa   11. Mirchi vada   12. Aam ka achaar",
  "",
  "Every recipe lists its ingredients by weight; all of them are in stock at the store.",
].join("\n");

export const SPECS: readonly ExtraSpec[] = [
  {
    ref: "demo:ebook-festive-kitchen",
    type: "digital",
    title: "Festive Kitchen: 12 Rajasthani Family Recipes (e-book)",
    description: "A downloadable recipe book from the Sharma family kitchen: twelve festive dishes with ingredients by weight and step-by-step methods.",
    pricePaise: 14_900,
    mrpPaise: 19_900,
    story: { status: "active" },
    category: { path: [DIGITAL_ROOT, "E-books", "Cookbooks"] },
    picture: { shape: "box", glyph: "chef-hat", label: "E-BOOK", topCategory: DIGITAL_ROOT },
    file: { name: "festive-kitchen-recipes.txt", text: RECIPES },
  },
  {
    ref: "demo:gift-card-500",
    type: "digital",
    title: "Sharma Kirana Gift Card ₹500 (digital code)",
    description: "A gift code worth ₹500 at Sharma Kirana Store, sent by email after payment. Valid for 12 months on groceries and household needs.",
    pricePaise: 50_000,
    mrpPaise: 50_000,
    story: { status: "active" },
    category: { path: [DIGITAL_ROOT, "Gift Cards", "Store Gift Cards"] },
    picture: { shape: "box", glyph: "gift", label: "₹500", topCategory: DIGITAL_ROOT },
    licenceKeys: { prefix: "SKGC5", count: 25 },
  },
  {
    ref: "demo:gift-card-1000",
    type: "digital",
    title: "Sharma Kirana Gift Card ₹1,000 (digital code)",
    description: "A gift code worth ₹1,000 at Sharma Kirana Store, sent by email after payment. Valid for 12 months on groceries and household needs.",
    pricePaise: 1_00_000,
    mrpPaise: 1_00_000,
    story: { status: "active" },
    category: { path: [DIGITAL_ROOT, "Gift Cards", "Store Gift Cards"] },
    picture: { shape: "box", glyph: "gift", label: "₹1000", topCategory: DIGITAL_ROOT },
    licenceKeys: { prefix: "SKGC1K", count: 15 },
  },
  {
    ref: "demo:review-groundnut-oil",
    type: "physical",
    title: "Sharma's Cold-Pressed Groundnut Oil, 1 L",
    description: "Wood-pressed (kachi ghani) groundnut oil from Rajasthan groundnuts, unrefined and bottled at the store every week.",
    pricePaise: 32_000,
    mrpPaise: 36_000,
    story: { status: "pending_review" },
    category: { hints: ["Groundnut Oil", "Edible Oil", "Oil"] },
    picture: { shape: "bottle", glyph: "droplet", label: "GROUNDNUT", topCategory: "Foodgrains, Oil & Masala" },
    stock: 40,
  },
  {
    ref: "demo:review-mango-pickle",
    type: "physical",
    title: "Homemade Mango Pickle (Aam ka Achaar), 500 g",
    description: "Raw mango pickled in mustard oil with fennel, fenugreek and red chilli, made in small batches to Mrs Sharma's recipe.",
    pricePaise: 18_000,
    mrpPaise: 22_000,
    story: { status: "pending_review" },
    category: { hints: ["Pickle", "Chutney", "Spreads"] },
    picture: { shape: "jar", glyph: "leaf", label: "ACHAAR", topCategory: "Gourmet & World Food" },
    stock: 25,
  },
  {
    ref: "demo:rejected-namkeen",
    type: "physical",
    title: "Assorted Namkeen 1kg",
    description: "Mixed namkeen.",
    pricePaise: 26_000,
    mrpPaise: 30_000,
    story: { status: "rejected", reason: "Please add a photo of the actual pack and list the ingredients and the FSSAI licence number in the description." },
    category: { hints: ["Namkeen", "Snacks"] },
    picture: { shape: "pouch", glyph: "popcorn", label: "NAMKEEN", topCategory: "Snacks & Branded Foods" },
    stock: 60,
  },
];

