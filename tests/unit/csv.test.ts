import { describe, expect, it } from "vitest";
import { csvCell, toCsv } from "@/lib/domain/csv";

describe("CSV for Excel", () => {
  it("starts with a UTF-8 BOM and ends every line with CRLF", () => {
    const csv = toCsv(["保証種類", "工事名"], [["前払", "県単河川維持工事"]]);
    expect(csv).toBe("\uFEFF保証種類,工事名\r\n前払,県単河川維持工事\r\n");
    expect([...Buffer.from(csv, "utf8").subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  });

  it("quotes commas, quotes, line breaks and edge spaces", () => {
    expect(csvCell("a,b")).toBe('"a,b"');
    expect(csvCell('「"特殊"」工事')).toBe('"「""特殊""」工事"');
    expect(csvCell("一行目\n二行目")).toBe('"一行目\n二行目"');
    expect(csvCell(" 前後の空白 ")).toBe('" 前後の空白 "');
    expect(csvCell("普通の工事名")).toBe("普通の工事名");
  });

  it("prefixes text that a spreadsheet would run as a formula, in half- and full-width", () => {
    for (const text of ["=1+1", "+1", "-1", "@SUM(A1)", "\t=1", "＝1", "＋1", "－1", "＠1"]) expect(csvCell(text).replace(/^"/, "")).toMatch(/^'/);
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
  });

  it("writes numbers as they are and empty values as empty cells", () => {
    expect(csvCell(50_000_000n)).toBe("50000000");
    expect(csvCell(-3)).toBe("-3");
    expect(csvCell(null)).toBe("");
    expect(csvCell(undefined)).toBe("");
  });
});
