// 書類送信: the type is read from the bytes, not the name.
import { describe, expect, it } from "vitest";
import { MAX_DOCUMENT_BYTES, documentFileProblem, sniffFileType } from "@/lib/domain/file-type";

const PDF = new TextEncoder().encode("%PDF-1.7\n%âãÏÓ\n1 0 obj\n<<>>\nendobj\n%%EOF\n");
const PNG = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
const JPEG = Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46, 0x49, 0x46]);
const EXE = Uint8Array.from([0x4d, 0x5a, 0x90, 0, 3, 0, 0, 0]); // "MZ": a Windows program
const EOF = new TextEncoder().encode("%%EOF\n");

describe("file-type sniffing", () => {
  it("knows PDF, PNG and JPEG by their first bytes", () => {
    expect(sniffFileType(PDF)?.contentType).toBe("application/pdf");
    expect(sniffFileType(PNG)?.contentType).toBe("image/png");
    expect(sniffFileType(JPEG)?.contentType).toBe("image/jpeg");
  });

  it("a PDF renamed .png is a PDF (the name plays no part), an .exe renamed .pdf is refused", () => {
    // Only bytes are passed: there is no name to be fooled by.
    expect(sniffFileType(PDF)?.label).toBe("PDF");
    expect(documentFileProblem(EXE)).toBe("送信できるのはPDF、JPEG、PNGのファイルだけです（ファイルの中身で判定しています）。");
    expect(documentFileProblem(new TextEncoder().encode("%PDF"))).not.toBeNull(); // a truncated signature
  });

  it("10 MB passes, one byte more does not; an empty file is refused", () => {
    // A PDF padded to the size inside: its header first, its %%EOF last.
    const exact = new Uint8Array(MAX_DOCUMENT_BYTES);
    exact.set(PDF);
    exact.set(EOF, exact.length - EOF.length);
    expect(documentFileProblem(exact)).toBeNull();
    const over = new Uint8Array(MAX_DOCUMENT_BYTES + 1);
    over.set(PDF);
    over.set(EOF, over.length - EOF.length);
    expect(documentFileProblem(over)).toBe("ファイルの大きさは10MBまでです。");
    expect(documentFileProblem(new Uint8Array())).toBe("ファイルが空です。内容のあるファイルを選択してください。");
  });

  it("a PDF cut short (header only, or cut before its trailer) is refused; padding after %%EOF up to 1 KB is not", () => {
    const truncated = "PDFファイルが途中で切れているか、壊れています。パソコンで開けることを確かめてから、もう一度選択してください。";
    expect(documentFileProblem(new TextEncoder().encode("%PDF-1.7\n"))).toBe(truncated);
    expect(documentFileProblem(PDF.subarray(0, PDF.length - 8))).toBe(truncated);
    expect(documentFileProblem(PDF)).toBeNull();
    const padded = (n: number) => Uint8Array.from([...PDF, ...new Uint8Array(n)]);
    expect(documentFileProblem(padded(1024 - EOF.length))).toBeNull();
    expect(documentFileProblem(padded(1024))).toBe(truncated);
    // Images are judged by their first bytes only (a phone's JPEG may carry data after its end).
    expect(documentFileProblem(JPEG)).toBeNull();
    expect(documentFileProblem(PNG)).toBeNull();
  });
});
