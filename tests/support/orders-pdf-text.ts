import { inflateSync } from "node:zlib";

/**
 * Extracts the text of a PDF written by pdfkit with embedded TrueType fonts (lib/documents/pdf.ts):
 * glyph ids in TJ arrays are mapped back to Unicode through each font's ToUnicode CMap. Each text run
 * becomes one line. Good enough to assert what an invoice says; not a general PDF parser.
 */
export function pdfText(bytes: Buffer): string {
  const src = bytes.toString("latin1");
  const objects = new Map<string, { dict: string; stream: Buffer | null }>();
  const objRe = /(\d+) 0 obj\s*([\s\S]*?)endobj/g;
  for (let m = objRe.exec(src); m; m = objRe.exec(src)) {
    const body = m[2];
    const streamAt = body.indexOf("stream");
    let stream: Buffer | null = null;
    if (streamAt >= 0) {
      const start = m.index + m[0].indexOf(body) + streamAt + "stream".length + 1;
      const end = src.indexOf("endstream", start);
      const raw = bytes.subarray(start, end).subarray(0, -1);
      stream = /\/FlateDecode/.test(body.slice(0, streamAt)) ? inflateSync(raw) : raw;
    }
    objects.set(m[1], { dict: streamAt >= 0 ? body.slice(0, streamAt) : body, stream });
  }

  const cmaps = new Map<string, Map<number, string>>();
  const fontRefRe = /\/(F\d+) (\d+) 0 R/g;
  for (const { dict } of objects.values()) {
    for (let m = fontRefRe.exec(dict); m; m = fontRefRe.exec(dict)) {
      if (cmaps.has(m[1])) continue;
      const toUnicode = /\/ToUnicode (\d+) 0 R/.exec(objects.get(m[2])?.dict ?? "");
      const cmap = toUnicode ? objects.get(toUnicode[1])?.stream : null;
      if (cmap) cmaps.set(m[1], parseCmap(cmap.toString("latin1")));
    }
  }

  const lines: string[] = [];
  for (const { stream } of objects.values()) {
    if (!stream) continue;
    const content = stream.toString("latin1");
    if (!content.includes(" Tf")) continue;
    const runRe = /\/(F\d+) [\d.]+ Tf\s*\[([^\]]*)\] TJ/g;
    for (let m = runRe.exec(content); m; m = runRe.exec(content)) {
      const map = cmaps.get(m[1]) ?? new Map<number, string>();
      const hex = [...m[2].matchAll(/<([0-9a-fA-F]*)>/g)].map((h) => h[1]).join("");
      let text = "";
      for (let i = 0; i + 4 <= hex.length; i += 4) text += map.get(parseInt(hex.slice(i, i + 4), 16)) ?? "\uFFFD";
      lines.push(text);
    }
  }
  return lines.join("\n");
}

function parseCmap(cmap: string): Map<number, string> {
  const map = new Map<number, string>();
  const rangeRe = /<([0-9a-f]+)> <([0-9a-f]+)> \[([^\]]*)\]/gi;
  for (let m = rangeRe.exec(cmap); m; m = rangeRe.exec(cmap)) {
    const first = parseInt(m[1], 16);
    // A ligature glyph maps to several code units: "<0066 0066>" is "ff".
    [...m[3].matchAll(/<([0-9a-f ]+)>/gi)].forEach((u, i) => {
      const codes = u[1].replace(/ /g, "").match(/.{4}/g) ?? [];
      map.set(first + i, String.fromCharCode(...codes.map((c) => parseInt(c, 16))));
    });
  }
  return map;
}
