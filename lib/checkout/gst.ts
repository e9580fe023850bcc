/**
 * GST contained in a GST-inclusive amount, split CGST + SGST (seller and buyer in the same state)
 * or IGST (different states). Pure, integer paise.
 */
import { mulDivRound } from "./allocation";

/** Highest GST rate we accept, in basis points (28 %). */
export const MAX_GST_RATE_BP = 2800;

export interface GstSplit {
  taxableValuePaise: number;
  cgstPaise: number;
  sgstPaise: number;
  igstPaise: number;
  taxPaise: number;
}

/** Same state when the names match ignoring case, spacing and "&" vs "and". */
export function isIntraState(sellerState: string, buyerState: string): boolean {
  const norm = (s: string) => s.toLowerCase().replace(/&/g, "and").replace(/\s+/g, " ").trim();
  return norm(sellerState) !== "" && norm(sellerState) === norm(buyerState);
}

/**
 * taxable = round(total × 10000 / (10000 + rate)); tax = total − taxable. Intra-state: CGST =
 * floor(tax / 2), SGST = the rest; inter-state: IGST = tax. taxable + CGST + SGST + IGST = total.
 */
export function splitGst(totalPaise: number, gstRateBp: number, intraState: boolean): GstSplit {
  if (!Number.isSafeInteger(gstRateBp) || gstRateBp < 0 || gstRateBp > MAX_GST_RATE_BP) {
    throw new RangeError(`GST rate must be 0–${MAX_GST_RATE_BP} basis points, got ${gstRateBp}`);
  }
  const taxableValuePaise = mulDivRound(totalPaise, 10_000, 10_000 + gstRateBp);
  const taxPaise = totalPaise - taxableValuePaise;
  if (intraState) {
    const cgstPaise = Math.floor(taxPaise / 2);
    return { taxableValuePaise, cgstPaise, sgstPaise: taxPaise - cgstPaise, igstPaise: 0, taxPaise };
  }
  return { taxableValuePaise, cgstPaise: 0, sgstPaise: 0, igstPaise: taxPaise, taxPaise };
}
