import { describe, expect, it } from "vitest";
import { detectFormat } from "@/lib/catalog/import/formats";
import { countRows, ImportFileError, previewFile, readRows, sniffDelimiter, type ParsedRow } from "@/lib/catalog/import/parse";
import { csvCell, errorReportCsv } from "@/lib/catalog/import/report";

async function rows(text: string, format: "csv" | "jsonl" | "json" = "csv"): Promise<ParsedRow[]> {
  const out: ParsedRow[] = [];
  for await (const row of readRows(Buffer.from(text), format)) out.push(row);
  return out;
}

const summary = (list: ParsedRow[]) => list.map((r) => ("record" in r ? `${r.row}:${Object.values(r.record)[0]}` : `${r.row}:ERR`));

describe("CSV rows", () => {
  it("reads quoted values, doubled quotes, line breaks inside quotes, CRLF and a BOM", async () => {
    const list = await rows('\uFEFFsku,title,price\r\nA1,"Rice, 5 kg",100\r\nA2,"He said ""hi""",5\r\nA3,"Two\r\nlines",7\r\n');
    expect(list).toEqual([
      { row: 2, record: { sku: "A1", title: "Rice, 5 kg", price: "100" } },
      { row: 3, record: { sku: "A2", title: 'He said "hi"', price: "5" } },
      { row: 4, record: { sku: "A3", title: "Two\r\nlines", price: "7" } },
    ]);
  });

  it("reports each broken row and keeps reading the rows after it", async () => {
    const text = [
      "sku,title,price",
      "A1,Good,100",
      'A2,"Unbalanced quote,200',
      "A3,Fine,300",
      "A4,too,many,values",
      "A5,short",
      'A6,"ok ""quoted""",400',
      "",
      'A7,"Multi',
      'line",500',
      'A8,stray"quote,3',
      'A9,"never closed,1',
      "A10,last,2",
    ].join("\n");
    const list = await rows(text);
    expect(summary(list)).toEqual(["2:A1", "3:ERR", "4:A3", "5:ERR", "6:ERR", "7:A6", "9:A7", "11:ERR", "12:ERR", "13:A10"]);
    const errors = list.flatMap((r) => ("error" in r ? [r.error] : []));
    expect(errors[0]).toMatch(/quote/i);
    expect(errors[1]).toBe("This row has 4 values but the header has 3 columns");
    expect(errors[2]).toBe("This row has 2 values but the header has 3 columns");
    expect(errors[4]).toBe('A quote (") opens a value but never closes it');
    expect(await countRows(Buffer.from(text), "csv")).toBe(10);
  });

  it("detects semicolon and tab separators from the header", async () => {
    expect(sniffDelimiter("uniq_id;product_name;price")).toBe(";");
    expect(sniffDelimiter('"a,b"\tc\td')).toBe("\t");
    expect(await rows("sku;price\nA;1,50\n")).toEqual([{ row: 2, record: { sku: "A", price: "1,50" } }]);
  });

  it("names unnamed and repeated columns", async () => {
    const preview = await previewFile(Buffer.from("sku,,price,price\n1,2,3,4\n"), "csv");
    expect(preview.headers).toEqual(["sku", "column 2", "price", "price (2)"]);
  });

  it("refuses files without a usable header", async () => {
    await expect(rows("just-one-column\n1\n")).rejects.toThrow(ImportFileError);
    await expect(rows("")).rejects.toThrow(ImportFileError);
    await expect(previewFile(Buffer.from("<?php echo 'hi'; ?>\n"), "csv")).rejects.toThrow(/no rows/);
    await expect(previewFile(Buffer.from("<?php\necho 1;\n"), "csv")).rejects.toThrow(/name the columns/);
  });
});

describe("JSON Lines and JSON", () => {
  it("reads one object per line, reporting bad lines by line number", async () => {
    const list = await rows('{"id":1,"price":9.5}\n\nnot json\n[1,2]\n{"id":2,"tags":["a","b"]}\n', "jsonl");
    expect(list).toEqual([
      { row: 1, record: { id: 1, price: 9.5 } },
      { row: 3, error: "This line is not valid JSON" },
      { row: 4, error: "Each line must be a JSON object ({ … })" },
      { row: 5, record: { id: 2, tags: "a, b" } },
    ]);
  });

  it("reads arrays and objects holding one array", async () => {
    expect(summary(await rows('[{"id":"x"},3]', "json"))).toEqual(["1:x", "2:ERR"]);
    expect(summary(await rows('{"products":[{"id":"y"}],"total":1}', "json"))).toEqual(["1:y"]);
    await expect(rows('{"a":1}', "json")).rejects.toThrow(/array of products/);
    await expect(rows("[{", "json")).rejects.toThrow(/not valid JSON/);
  });

  it("collects the columns of the first objects for the mapping step", async () => {
    const preview = await previewFile(Buffer.from('{"id":1}\n{"id":2,"brand":"X"}\n'), "jsonl");
    expect(preview.headers).toEqual(["id", "brand"]);
  });
});

describe("detectFormat", () => {
  const head = (text: string) => new TextEncoder().encode(text);
  it("accepts CSV, JSON Lines and JSON by name and content", () => {
    expect(detectFormat("products.csv", head("a,b\n"))).toEqual({ format: "csv" });
    expect(detectFormat("products.JSONL", head('{"a":1}\n'))).toEqual({ format: "jsonl" });
    expect(detectFormat("products.json", head("[\n {"))).toEqual({ format: "json" });
    expect(detectFormat("export.json", head('{"a":1}\n{"a":2}\n'))).toEqual({ format: "jsonl" });
  });

  it("refuses other files with a clear message", () => {
    expect(detectFormat("shell.php", head("<?php"))).toEqual({ error: expect.stringContaining("not a CSV or JSON Lines file") });
    expect(detectFormat("sheet.csv", new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]))).toEqual({ error: expect.stringContaining("not text") });
    expect(detectFormat("data.jsonl", head("id,name"))).toEqual({ error: expect.stringContaining("one JSON object per line") });
    expect(detectFormat("empty.csv", new Uint8Array())).toEqual({ error: "This file is empty." });
  });
});

describe("error report", () => {
  it("quotes what needs quoting and defuses formulas", () => {
    expect(csvCell('say "hi", ok')).toBe('"say ""hi"", ok"');
    expect(csvCell("=HYPERLINK(1)")).toBe("'=HYPERLINK(1)");
    const csv = errorReportCsv([{ row: 3, column: "price", value: "abc", message: "Enter the price in rupees, e.g. 249 or 249.50" }]).toString("utf8");
    expect(csv).toBe('\uFEFFrow,column,value,message\r\n3,price,abc,"Enter the price in rupees, e.g. 249 or 249.50"\r\n');
  });
});
