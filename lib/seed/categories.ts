import type { ImageShape } from "./types";

export const FASHION_ROOT = "Fashion";
export const TOYS_ROOT = "Toys & Games";

/** Display order of the top-level categories (anything else sorts after, alphabetically). */
export const TOP_CATEGORY_ORDER = [
  "Fruits & Vegetables",
  "Foodgrains, Oil & Masala",
  "Bakery, Cakes & Dairy",
  "Beverages",
  "Snacks & Branded Foods",
  "Eggs, Meat & Fish",
  "Gourmet & World Food",
  "Beauty & Hygiene",
  "Baby Care",
  "Cleaning & Household",
  "Kitchen, Garden & Pets",
  FASHION_ROOT,
  TOYS_ROOT,
];

/** Toy departments kept from the Amazon data; a few stray top levels (pet food, car parts…) are left out. */
const TOY_DEPARTMENTS = new Set([
  "Hobbies",
  "Die-Cast & Toy Vehicles",
  "Figures & Playsets",
  "Characters & Brands",
  "Games",
  "Arts & Crafts",
  "Party Supplies",
  "Fancy Dress",
  "Sports Toys & Outdoor",
  "Dolls & Accessories",
  "Jigsaws & Puzzles",
  "Puppets & Puppet Theatres",
  "Baby & Toddler Toys",
  "Pretend Play",
  "Musical Toy Instruments",
  "Electronic Toys",
  "Educational Toys",
]);

/** "Hobbies > Model Trains & Railway Sets > Rail Vehicles > Trains" → ["Toys & Games", "Hobbies", "Model Trains & Railway Sets"]. */
export function toyCategoryPath(amazonPath: string | null | undefined): string[] | null {
  if (!amazonPath) return null;
  const levels = amazonPath
    .split(">")
    .map((s) => s.replace(/\s+/g, " ").trim())
    .filter(Boolean);
  if (levels.length < 2 || !TOY_DEPARTMENTS.has(levels[0])) return null;
  return [TOYS_ROOT, levels[0], levels[1]];
}

/** Three BigBasket levels, cleaned; null when any level is missing. */
export function groceryCategoryPath(category: string | null, subCategory: string | null, type: string | null): string[] | null {
  const levels = [category, subCategory, type].map((s) => (s ?? "").replace(/\s+/g, " ").trim());
  return levels.every(Boolean) ? levels : null;
}

type Look = { shape: ImageShape; glyph: string };

const GROCERY_TOP: Record<string, Look> = {
  "Beauty & Hygiene": { shape: "bottle", glyph: "sparkles" },
  "Kitchen, Garden & Pets": { shape: "box", glyph: "cooking-pot" },
  "Cleaning & Household": { shape: "bottle", glyph: "spray-can" },
  "Gourmet & World Food": { shape: "jar", glyph: "chef-hat" },
  "Foodgrains, Oil & Masala": { shape: "pouch", glyph: "wheat" },
  "Snacks & Branded Foods": { shape: "pouch", glyph: "cookie" },
  "Bakery, Cakes & Dairy": { shape: "box", glyph: "croissant" },
  Beverages: { shape: "bottle", glyph: "coffee" },
  "Fruits & Vegetables": { shape: "tray", glyph: "carrot" },
  "Eggs, Meat & Fish": { shape: "tray", glyph: "egg" },
  "Baby Care": { shape: "jar", glyph: "baby" },
};

const GROCERY_SUB: Record<string, Look> = {
  "Health & Medicine": { shape: "jar", glyph: "heart-pulse" },
  "Fragrances & Deos": { shape: "bottle", glyph: "flower-2" },
  "Bath & Hand Wash": { shape: "bottle", glyph: "droplet" },
  "Feminine Hygiene": { shape: "box", glyph: "flower-2" },
  "Oral Care": { shape: "box", glyph: "smile" },
  "Storage & Accessories": { shape: "jar", glyph: "cooking-pot" },
  "Crockery & Cutlery": { shape: "box", glyph: "utensils" },
  "Steel Utensils": { shape: "box", glyph: "utensils" },
  "Pet Food & Accessories": { shape: "pouch", glyph: "paw-print" },
  "Appliances & Electricals": { shape: "box", glyph: "plug-zap" },
  Gardening: { shape: "pouch", glyph: "flower-2" },
  Stationery: { shape: "box", glyph: "pencil" },
  "Mops, Brushes & Scrubs": { shape: "box", glyph: "brush" },
  "Fresheners & Repellents": { shape: "bottle", glyph: "flower-2" },
  "Detergents & Dishwash": { shape: "box", glyph: "spray-can" },
  "Pooja Needs": { shape: "box", glyph: "flame" },
  "Bins & Bathroom Ware": { shape: "box", glyph: "droplet" },
  "Disposables, Garbage Bag": { shape: "box", glyph: "layers" },
  "Party & Festive Needs": { shape: "box", glyph: "party-popper" },
  "Car & Shoe Care": { shape: "bottle", glyph: "car" },
  "Snacks, Dry Fruits, Nuts": { shape: "pouch", glyph: "nut" },
  "Drinks & Beverages": { shape: "bottle", glyph: "cup-soda" },
  "Chocolates & Biscuits": { shape: "box", glyph: "cookie" },
  "Dairy & Cheese": { shape: "carton", glyph: "milk" },
  "Pasta, Soup & Noodles": { shape: "pouch", glyph: "soup" },
  "Oils & Vinegar": { shape: "bottle", glyph: "droplet" },
  "Cereals & Breakfast": { shape: "box", glyph: "wheat" },
  "Masalas & Spices": { shape: "jar", glyph: "flame" },
  "Organic Staples": { shape: "pouch", glyph: "leaf" },
  "Edible Oils & Ghee": { shape: "bottle", glyph: "droplet" },
  "Dry Fruits": { shape: "pouch", glyph: "nut" },
  "Ready To Cook & Eat": { shape: "box", glyph: "soup" },
  "Snacks & Namkeen": { shape: "pouch", glyph: "popcorn" },
  "Biscuits & Cookies": { shape: "box", glyph: "cookie" },
  "Spreads, Sauces, Ketchup": { shape: "jar", glyph: "chef-hat" },
  "Chocolates & Candies": { shape: "box", glyph: "candy" },
  "Breakfast Cereals": { shape: "box", glyph: "wheat" },
  "Frozen Veggies & Snacks": { shape: "pouch", glyph: "snowflake" },
  "Pickles & Chutney": { shape: "jar", glyph: "cherry" },
  "Noodle, Pasta, Vermicelli": { shape: "pouch", glyph: "soup" },
  "Indian Mithai": { shape: "box", glyph: "gift" },
  Tea: { shape: "box", glyph: "leaf" },
  "Fruit Juices & Drinks": { shape: "carton", glyph: "citrus" },
  "Energy & Soft Drinks": { shape: "bottle", glyph: "cup-soda" },
  "Health Drink, Supplement": { shape: "jar", glyph: "heart-pulse" },
  Coffee: { shape: "jar", glyph: "coffee" },
  Water: { shape: "bottle", glyph: "droplet" },
  Dairy: { shape: "carton", glyph: "milk" },
  "Non Dairy": { shape: "carton", glyph: "milk" },
  "Cookies, Rusk & Khari": { shape: "box", glyph: "cookie" },
  "Cakes & Pastries": { shape: "box", glyph: "cake-slice" },
  "Breads & Buns": { shape: "pouch", glyph: "croissant" },
  "Gourmet Breads": { shape: "pouch", glyph: "croissant" },
  "Bakery Snacks": { shape: "pouch", glyph: "croissant" },
  "Ice Creams & Desserts": { shape: "box", glyph: "ice-cream-cone" },
  "Diapers & Wipes": { shape: "pouch", glyph: "baby" },
  "Baby Bath & Hygiene": { shape: "bottle", glyph: "baby" },
  "Feeding & Nursing": { shape: "bottle", glyph: "milk" },
  "Fresh Fruits": { shape: "tray", glyph: "apple" },
  "Cuts & Sprouts": { shape: "tray", glyph: "salad" },
  "Exotic Fruits & Veggies": { shape: "tray", glyph: "citrus" },
  "Organic Fruits & Vegetables": { shape: "tray", glyph: "leaf" },
  "Herbs & Seasonings": { shape: "tray", glyph: "leaf" },
  "Flower Bouquets, Bunches": { shape: "tray", glyph: "flower-2" },
  "Sausages, Bacon & Salami": { shape: "tray", glyph: "beef" },
  "Fish & Seafood": { shape: "tray", glyph: "fish" },
  "Mutton & Lamb": { shape: "tray", glyph: "beef" },
  "Pork & Other Meats": { shape: "tray", glyph: "beef" },
  Marinades: { shape: "jar", glyph: "flame" },
};

/** How a grocery product is pictured: by its sub-category when known, else by its top category. */
export function groceryLook(category: string, subCategory: string): Look {
  return GROCERY_SUB[subCategory] ?? GROCERY_TOP[category] ?? { shape: "box", glyph: "shopping-basket" };
}

const TOY_GLYPHS: Record<string, string> = {
  Hobbies: "train-front",
  "Remote Controlled Devices": "rocket",
  "Trading Cards & Accessories": "layers",
  "Die-Cast & Toy Vehicles": "car",
  "Figures & Playsets": "castle",
  "Science Fiction & Fantasy": "rocket",
  "Characters & Brands": "star",
  Games: "dice-5",
  "Card Games": "spade",
  Chess: "crown",
  "Arts & Crafts": "palette",
  "Party Supplies": "party-popper",
  "Fancy Dress": "drama",
  "Sports Toys & Outdoor": "volleyball",
  "Dolls & Accessories": "heart",
  "Jigsaws & Puzzles": "puzzle",
  "Puppets & Puppet Theatres": "hand",
  "Baby & Toddler Toys": "baby",
  "Pretend Play": "store",
  "Musical Toy Instruments": "music",
  "Electronic Toys": "gamepad-2",
  "Educational Toys": "graduation-cap",
};

/** The glyph on a toy's box: by its department's sub-level when known, else the department. */
export function toyGlyph(department: string, subDepartment: string): string {
  return TOY_GLYPHS[subDepartment] ?? TOY_GLYPHS[department] ?? "toy-brick";
}
