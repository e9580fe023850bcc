/**
 * Splits an engine-highlighted title (matched words between U+E000 and U+E001) into plain and
 * matched parts, tolerating unbalanced or nested marks. Pure.
 */
import { HIGHLIGHT_END, HIGHLIGHT_START } from "@/lib/search/types";

export interface HighlightPart {
  text: string;
  match: boolean;
}

export function splitHighlight(marked: string): HighlightPart[] {
  const parts: HighlightPart[] = [];
  let depth = 0;
  let buffer = "";
  const flush = () => {
    if (!buffer) return;
    const match = depth > 0;
    const last = parts[parts.length - 1];
    if (last && last.match === match) last.text += buffer;
    else parts.push({ text: buffer, match });
    buffer = "";
  };
  for (const ch of marked) {
    if (ch === HIGHLIGHT_START) {
      flush();
      depth += 1;
    } else if (ch === HIGHLIGHT_END) {
      flush();
      depth = Math.max(0, depth - 1);
    } else buffer += ch;
  }
  flush();
  return parts;
}

/** The title without marks. */
export const stripHighlight = (marked: string) => splitHighlight(marked).map((p) => p.text).join("");
