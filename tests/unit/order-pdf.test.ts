import { describe, expect, it } from "vitest";
import { columns, drawTable, heading, note, pdfMoney, renderPdf, rule, summary } from "@/lib/documents/pdf";
import { pdfText } from "../support/orders-pdf-text";

const pages = (bytes: Buffer) => bytes.toString("latin1").match(/\/Type \/Page\b/g)?.length ?? 0;

describe("renderPdf", () => {
  it("writes an A4 PDF in the bundled font with the rupee sign", async () => {
    const bytes = await renderPdf(
      (doc) => {
        heading(doc, "Packing slip");
        columns(doc, [["Ship from", "Sharma Kirana Store"], ["Ship to", "Priya Sharma"]]);
        rule(doc);
        summary(doc, [{ label: "Total", value: pdfMoney(123_456_78), bold: true }]);
        note(doc, "Thank you");
      },
      { title: "Packing slip QL1-1" },
    );
    const raw = bytes.toString("latin1");
    expect(raw.startsWith("%PDF-")).toBe(true);
    expect(raw).toContain("/BaseFont /");
    expect(raw).toMatch(/DejaVuSans/);
    expect(raw).not.toContain("/Helvetica");
    expect(raw).toContain("(Packing slip QL1-1)");
    const text = pdfText(bytes);
    expect(text).toContain("₹1,23,456.78");
    expect(text).toContain("Sharma Kirana Store");
  });

  it("breaks a long table across pages and repeats its header", async () => {
    const rows = Array.from({ length: 120 }, (_, i) => [`Item ${i + 1}`, pdfMoney((i + 1) * 100)]);
    const bytes = await renderPdf((doc) => drawTable(doc, { columns: [{ header: "Product", weight: 3 }, { header: "Amount", weight: 1, align: "right" }], rows }));
    expect(pages(bytes)).toBeGreaterThanOrEqual(3);
    const text = pdfText(bytes);
    expect(text.match(/^Product$/gm)?.length).toBe(pages(bytes));
    expect(text).toContain("Item 120");
  });

  it("rejects when the drawing code throws", async () => {
    await expect(
      renderPdf(() => {
        throw new Error("bad layout");
      }),
    ).rejects.toThrow("bad layout");
  });
});
