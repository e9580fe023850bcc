import type { SellerStatus } from "@/models/sellers";
import type { SeedDomain } from "./types";

export interface SeedSeller {
  name: string;
  slug: string;
  description: string;
  domain: SeedDomain;
  status: SellerStatus;
  city: string;
  state: string;
  pincode: string;
  /** 2-digit GST state code + PAN; the registration digit, "Z" and the check character are added. */
  gstStatePan: string;
  ratingX100: number;
  owner: { email: string; name: string; phone: string };
}

const GSTIN_CHARS = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";

/** Completes a GSTIN with its mod-36 check character (the checksum the GST portal validates). */
export function gstinWithCheck(first14: string): string {
  if (!/^[0-9]{2}[A-Z]{5}[0-9]{4}[A-Z][1-9A-Z]Z$/.test(first14)) throw new Error(`not a GSTIN prefix: ${first14}`);
  let sum = 0;
  for (let i = 0; i < 14; i++) {
    const product = GSTIN_CHARS.indexOf(first14[i]) * (i % 2 === 0 ? 1 : 2);
    sum += Math.floor(product / 36) + (product % 36);
  }
  return first14 + GSTIN_CHARS[(36 - (sum % 36)) % 36];
}

export function gstinOf(seller: SeedSeller): string {
  return gstinWithCheck(`${seller.gstStatePan}1Z`);
}

/** The seller row of a seed seller owned by `ownerUserId` (input of upsertSeller). */
export function sellerRecord(seller: SeedSeller, ownerUserId: string) {
  return {
    ownerUserId,
    name: seller.name,
    slug: seller.slug,
    description: seller.description,
    status: seller.status,
    city: seller.city,
    state: seller.state,
    pincode: seller.pincode,
    gstin: gstinOf(seller),
    ratingX100: seller.ratingX100,
  };
}

/** Neighbourhood shops of the demo marketplace: 9 active (4 grocery, 3 fashion, 2 toys) and 1 awaiting approval. */
export const SEED_SELLERS: readonly SeedSeller[] = [
  {
    name: "Sharma Kirana Store", slug: "sharma-kirana-store", domain: "grocery", status: "active",
    description: "Family-run kirana in Raja Park since 1987: staples, snacks and household needs, delivered within the hour.",
    city: "Jaipur", state: "Rajasthan", pincode: "302004", gstStatePan: "08ABWPS4821K", ratingX100: 462,
    owner: { email: "seller@quicklocal.test", name: "Rakesh Sharma", phone: "9414012345" },
  },
  {
    name: "Annapurna Provision Stores", slug: "annapurna-provision-stores", domain: "grocery", status: "active",
    description: "Kothrud's favourite provision store for grains, masalas and fresh dairy.",
    city: "Pune", state: "Maharashtra", pincode: "411038", gstStatePan: "27AFKPK7314M", ratingX100: 447,
    owner: { email: "annapurna.owner@quicklocal.test", name: "Sunita Kulkarni", phone: "9822045671" },
  },
  {
    name: "Fresh Basket Mart", slug: "fresh-basket-mart", domain: "grocery", status: "active",
    description: "Fruits, vegetables and everyday groceries from Koramangala, sourced every morning.",
    city: "Bengaluru", state: "Karnataka", pincode: "560034", gstStatePan: "29AAHFF5529Q", ratingX100: 439,
    owner: { email: "freshbasket.owner@quicklocal.test", name: "Naveen Gowda", phone: "9886034512" },
  },
  {
    name: "Lakshmi Super Market", slug: "lakshmi-super-market", domain: "grocery", status: "active",
    description: "T. Nagar supermarket with South Indian staples, personal care and kitchenware.",
    city: "Chennai", state: "Tamil Nadu", pincode: "600017", gstStatePan: "33AAKFL6623R", ratingX100: 455,
    owner: { email: "lakshmi.owner@quicklocal.test", name: "Meenakshi Sundaram", phone: "9840067823" },
  },
  {
    name: "Mehta Fashion House", slug: "mehta-fashion-house", domain: "fashion", status: "active",
    description: "Ethnic and western wear for the whole family, from the heart of Navrangpura.",
    city: "Ahmedabad", state: "Gujarat", pincode: "380009", gstStatePan: "24AEMPM3397H", ratingX100: 441,
    owner: { email: "mehta.owner@quicklocal.test", name: "Hetal Mehta", phone: "9825056734" },
  },
  {
    name: "Trendz Boutique", slug: "trendz-boutique", domain: "fashion", status: "active",
    description: "Bandra boutique for everyday fashion, footwear and accessories from brands you love.",
    city: "Mumbai", state: "Maharashtra", pincode: "400050", gstStatePan: "27AAJFT8841C", ratingX100: 428,
    owner: { email: "trendz.owner@quicklocal.test", name: "Farah Khan", phone: "9819078456" },
  },
  {
    name: "Bose Garments & Co.", slug: "bose-garments", domain: "fashion", status: "active",
    description: "Gariahat garment store: sarees, kurtas, shirts and school-ready kidswear.",
    city: "Kolkata", state: "West Bengal", pincode: "700019", gstStatePan: "19AAEFB2276N", ratingX100: 436,
    owner: { email: "bose.owner@quicklocal.test", name: "Subhash Bose", phone: "9830089567" },
  },
  {
    name: "Khilona Ghar", slug: "khilona-ghar", domain: "toys", status: "active",
    description: "Hazratganj's toy shop: board games, puzzles, ride-ons and craft kits for every age.",
    city: "Lucknow", state: "Uttar Pradesh", pincode: "226001", gstStatePan: "09ABNPA5512D", ratingX100: 458,
    owner: { email: "khilona.owner@quicklocal.test", name: "Imran Ahmed", phone: "9839090678" },
  },
  {
    name: "Little Champs Toy Store", slug: "little-champs-toy-store", domain: "toys", status: "active",
    description: "Imported and Indian toys, hobby kits and party supplies in Banjara Hills.",
    city: "Hyderabad", state: "Telangana", pincode: "500034", gstStatePan: "36AAGFL9934E", ratingX100: 449,
    owner: { email: "littlechamps.owner@quicklocal.test", name: "Kavya Reddy", phone: "9848001789" },
  },
  {
    name: "Noor Dry Fruits & Spices", slug: "noor-dry-fruits-spices", domain: "grocery", status: "pending",
    description: "Khari Baoli wholesaler of dry fruits and whole spices, now selling to homes.",
    city: "Delhi", state: "Delhi", pincode: "110006", gstStatePan: "07AAPFN4417G", ratingX100: 0,
    owner: { email: "noor.owner@quicklocal.test", name: "Zoya Noor", phone: "9810012890" },
  },
];

/** The active sellers of a domain, in roster order. */
export function sellersFor(domain: SeedDomain): SeedSeller[] {
  return SEED_SELLERS.filter((s) => s.domain === domain && s.status === "active");
}
