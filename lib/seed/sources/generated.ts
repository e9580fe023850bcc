import { toPaise } from "@/lib/platform/money";
import { FASHION_ROOT, groceryLook, TOYS_ROOT, toyGlyph } from "../categories";
import { fashionAudience, fashionTypeOf } from "../fashion-types";
import { namedColour } from "../images/palette";
import { ceilRetailRupees, mrpFor } from "../pricing";
import { pick, randomInt, seededRandom } from "../random";
import { splitTotal } from "../sample";
import type { SeedProduct } from "../types";
import { singleVariant, sizeVariants, sizesFor } from "../variants";

/**
 * A smaller catalogue built from word lists, used when the shared data folder is missing.
 * Same three-level tree shape, variants, sizes and pictures as the real data; deterministic.
 */

type GroceryLine = [category: string, sub: string, type: string, names: string[], packs: string[], rupees: [number, number]];

const GROCERY: GroceryLine[] = [
  ["Fruits & Vegetables", "Fresh Vegetables", "Potato, Onion & Tomato", ["Onion", "Potato", "Tomato - Hybrid"], ["1 kg", "2 kg"], [25, 80]],
  ["Fruits & Vegetables", "Fresh Fruits", "Banana, Sapota & Papaya", ["Banana - Robusta", "Papaya - Semi Ripe", "Sapota"], ["500 g", "1 kg"], [40, 110]],
  ["Foodgrains, Oil & Masala", "Rice & Rice Products", "Basmati Rice", ["Basmati Rice - Classic", "Sona Masoori Rice", "Kolam Rice"], ["1 kg", "5 kg"], [90, 520]],
  ["Foodgrains, Oil & Masala", "Dals & Pulses", "Toor, Channa & Moong Dal", ["Toor Dal", "Moong Dal", "Chana Dal", "Masoor Dal"], ["500 g", "1 kg"], [70, 220]],
  ["Foodgrains, Oil & Masala", "Edible Oils & Ghee", "Ghee", ["Cow Ghee", "Desi Danedar Ghee"], ["500 ml", "1 L"], [280, 720]],
  ["Foodgrains, Oil & Masala", "Masalas & Spices", "Powdered Spices", ["Turmeric Powder", "Red Chilli Powder", "Garam Masala"], ["100 g", "200 g"], [35, 140]],
  ["Bakery, Cakes & Dairy", "Dairy", "Paneer, Tofu & Cream", ["Fresh Paneer", "Malai Paneer"], ["200 g", "500 g"], [80, 240]],
  ["Bakery, Cakes & Dairy", "Breads & Buns", "Breads", ["Whole Wheat Bread", "Multigrain Bread", "Ladi Pav"], ["400 g"], [30, 65]],
  ["Beverages", "Tea", "Leaf & Dust Tea", ["Assam Tea", "Masala Chai", "Darjeeling Green Tea"], ["250 g", "500 g"], [120, 420]],
  ["Beverages", "Coffee", "Ground Coffee", ["Filter Coffee Powder", "Instant Coffee"], ["100 g", "200 g"], [150, 520]],
  ["Snacks & Branded Foods", "Snacks & Namkeen", "Namkeen & Savoury Snacks", ["Aloo Bhujia", "Moong Dal Namkeen", "Khatta Meetha"], ["200 g", "400 g"], [45, 130]],
  ["Snacks & Branded Foods", "Biscuits & Cookies", "Cookies", ["Butter Cookies", "Oat Cookies", "Jeera Biscuits"], ["150 g", "300 g"], [30, 160]],
  ["Beauty & Hygiene", "Bath & Hand Wash", "Bathing Bars & Soaps", ["Sandal Soap", "Neem Soap", "Glycerine Soap"], ["75 g", "125 g"], [40, 180]],
  ["Beauty & Hygiene", "Hair Care", "Hair Oil & Serum", ["Coconut Hair Oil", "Amla Hair Oil", "Onion Hair Oil"], ["100 ml", "200 ml"], [90, 420]],
  ["Cleaning & Household", "Detergents & Dishwash", "Dishwash Liquids & Pastes", ["Dishwash Gel - Lemon", "Dishwash Bar"], ["500 ml", "1 L"], [40, 230]],
  ["Kitchen, Garden & Pets", "Steel Utensils", "Steel Storage Containers", ["Steel Container Set", "Steel Tiffin Box"], ["3 pcs", "5 pcs"], [250, 950]],
  ["Baby Care", "Diapers & Wipes", "Baby Wipes", ["Baby Wipes - Aloe Vera", "Baby Wipes - Fragrance Free"], ["72 pcs"], [99, 349]],
];
const GROCERY_BRANDS = ["Desi Farms", "Annapurna Foods", "Green Valley", "Swastik", "Gokul Dairy", "Himalayan Harvest", "Kaveri", "Sunrise"];

const FASHION_AUDIENCES = ["Men", "Women", "Kids"] as const;
const FASHION_WORDS: Record<(typeof FASHION_AUDIENCES)[number], string[]> = {
  Men: ["Slim Fit T-shirt", "Casual Shirt", "Slim Fit Jeans", "Cotton Kurta", "Sneakers", "Chinos", "Backpack"],
  Women: ["Straight Kurta", "Top", "A-Line Dress", "Palazzos", "Block Heels", "Handbag", "Jhumkas"],
  Kids: ["T-shirt", "Shorts", "Dress", "Sneakers", "Sweatshirt"],
};
const FASHION_BRANDS = ["Urban Loom", "Desi Threads", "Kalaa", "Street Story", "Monsoon Mills", "Indigo Route"];
const COLOURS = ["Blue", "Black", "Navy", "Maroon", "Green", "White", "Grey", "Pink", "Mustard"];
const PATTERNS = ["Solid", "Printed", "Striped", "Checked"];

type ToyLine = [department: string, sub: string, names: string[], rupees: [number, number]];
const TOYS: ToyLine[] = [
  ["Games", "Board Games", ["Ludo & Snakes and Ladders", "Business Trading Board Game", "Carrom Board - Junior"], [299, 1499]],
  ["Games", "Chess", ["Magnetic Travel Chess Set", "Wooden Chess Board"], [249, 1299]],
  ["Jigsaws & Puzzles", "Jigsaws", ["Taj Mahal Jigsaw - 500 Pieces", "Map of India Jigsaw - 100 Pieces"], [199, 899]],
  ["Die-Cast & Toy Vehicles", "Toy Vehicles & Accessories", ["Remote Control Racing Car", "Pull-Back Auto Rickshaw", "Die-Cast Fire Engine"], [199, 2499]],
  ["Hobbies", "Model Trains & Railway Sets", ["Wooden Train Set", "Battery Express Train with Tracks"], [499, 2999]],
  ["Arts & Crafts", "Children's Craft Kits", ["Colouring Kit with Crayons", "Clay Modelling Kit", "Rangoli Colours Set"], [149, 799]],
  ["Sports Toys & Outdoor", "Outdoor Games", ["Kids Cricket Set", "Badminton Set", "Kite with Manja"], [149, 1299]],
  ["Dolls & Accessories", "Soft Dolls", ["Soft Teddy Bear", "Rag Doll in Lehenga"], [249, 999]],
  ["Pretend Play", "Doctor Sets", ["Doctor Play Set", "Kitchen Play Set"], [299, 1199]],
  ["Musical Toy Instruments", "Keyboards", ["Musical Keyboard for Kids", "Toy Tabla Set"], [399, 1799]],
];
const TOY_MAKERS = ["Khel Khilona", "Tinker Town", "Chhota Champ", "Playmate India"];

function groceryProduct(i: number): SeedProduct {
  const ref = `generated:grocery:${i}`;
  const random = seededRandom(ref);
  const [category, sub, type, names, packs, [lo, hi]] = GROCERY[i % GROCERY.length];
  const brand = GROCERY_BRANDS[Math.floor(i / GROCERY.length) % GROCERY_BRANDS.length];
  const name = names[Math.floor(i / GROCERY.length) % names.length];
  const pack = pick(random, packs);
  const price = toPaise(ceilRetailRupees(randomInt(random, lo, hi)));
  const look = groceryLook(category, sub);
  return {
    externalRef: ref,
    domain: "grocery",
    title: `${brand} ${name}, ${pack}`,
    brand,
    categoryPath: [category, sub, type],
    description: `${name} from ${brand}, a ${pack} pack from our ${sub} range. Packed with care by your neighbourhood store and delivered fresh.`,
    specifications: { Brand: brand, "Product Type": type, "Net Quantity": pack },
    ratingX100: randomInt(random, 340, 480),
    ratingCount: randomInt(random, 4, 400),
    options: [],
    variants: [singleVariant(`GEN-G-${String(i).padStart(5, "0")}`, price, mrpFor(price, random, 0.4), random() < 0.05 ? 0 : randomInt(random, 5, 60))],
    image: { shape: look.shape, glyph: look.glyph, itemColor: null, labelText: brand, count: 1 },
  };
}

function fashionProduct(i: number): SeedProduct {
  const ref = `generated:fashion:${i}`;
  const random = seededRandom(ref);
  const audience = FASHION_AUDIENCES[i % FASHION_AUDIENCES.length];
  const words = FASHION_WORDS[audience];
  const item = words[Math.floor(i / FASHION_AUDIENCES.length) % words.length];
  const brand = pick(random, FASHION_BRANDS);
  const colour = pick(random, COLOURS);
  const pattern = pick(random, PATTERNS);
  const gender = audience === "Kids" ? pick(random, ["Boys", "Girls"]) : audience;
  const name = `${brand} ${gender} ${colour} ${pattern} ${item}`;
  const type = fashionTypeOf(name);
  if (!type) throw new Error(`generated fashion name has no type: ${name}`);
  const price = toPaise(ceilRetailRupees(randomInt(random, 399, 2999)));
  const mrp = mrpFor(price, random, 0.6);
  const sizes = sizesFor(type.sizes, fashionAudience(gender));
  const skuBase = `GEN-F-${String(i).padStart(5, "0")}`;
  return {
    externalRef: ref,
    domain: "fashion",
    title: name,
    brand,
    categoryPath: [FASHION_ROOT, audience, type.name],
    description: `A ${colour.toLowerCase()} ${pattern.toLowerCase()} ${item.toLowerCase()} from ${brand}, cut for everyday comfort. Machine wash cold; do not bleach.`,
    specifications: { Brand: brand, Gender: gender, Colour: colour, "Product Type": type.name, Pattern: pattern },
    ratingX100: 0,
    ratingCount: 0,
    options: sizes.length ? [{ name: "Size", values: sizes }] : [],
    variants: sizes.length ? sizeVariants(skuBase, sizes, price, mrp, random) : [singleVariant(skuBase, price, mrp, randomInt(random, 2, 25))],
    image: { shape: type.shape, glyph: type.glyph, itemColor: namedColour(colour), labelText: brand, count: i % 2 === 0 ? 2 : 1 },
  };
}

function toyProduct(i: number): SeedProduct {
  const ref = `generated:toys:${i}`;
  const random = seededRandom(ref);
  const [department, sub, names, [lo, hi]] = TOYS[i % TOYS.length];
  const name = names[Math.floor(i / TOYS.length) % names.length];
  const maker = TOY_MAKERS[Math.floor(i / TOYS.length) % TOY_MAKERS.length];
  const price = toPaise(ceilRetailRupees(randomInt(random, lo, hi)));
  return {
    externalRef: ref,
    domain: "toys",
    title: `${maker} ${name}`,
    brand: maker,
    categoryPath: [TOYS_ROOT, department, sub],
    description: `${name} by ${maker}: a ${sub.toLowerCase()} favourite from our ${department} shelf, for ages 3 and up.`,
    specifications: { Manufacturer: maker, Department: department, Category: sub },
    ratingX100: randomInt(random, 360, 490),
    ratingCount: randomInt(random, 2, 250),
    options: [],
    variants: [singleVariant(`GEN-T-${String(i).padStart(5, "0")}`, price, mrpFor(price, random, 0.35), randomInt(random, 0, 18))],
    image: { shape: "toy-box", glyph: toyGlyph(department, sub), itemColor: null, labelText: maker, count: 1 },
  };
}

/** `total` generated products split 10 : 8 : 6 across grocery, fashion and toys. */
export function generatedCatalogue(total: number): SeedProduct[] {
  const counts = splitTotal(total);
  return [
    ...Array.from({ length: counts.grocery }, (_, i) => groceryProduct(i)),
    ...Array.from({ length: counts.fashion }, (_, i) => fashionProduct(i)),
    ...Array.from({ length: counts.toys }, (_, i) => toyProduct(i)),
  ];
}
