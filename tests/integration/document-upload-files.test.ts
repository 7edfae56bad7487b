// 書類送信 with hostile files, through the upload's use case (the route handler only frames the multipart body):
// truncated PDFs, a zip bomb, SVG with script, exactly 10 MB and one byte more, bytes and names that disagree,
// an empty file and polyglots. The type is judged from the bytes and nothing is ever unpacked or rendered: a
// refusal names the problem in Japanese and writes no document and no audit entry; what is accepted is stored
// byte for byte, under the type its bytes are, and downloads as an attachment that is never sniffed.
import { deflateRawSync, crc32 } from "node:zlib";
import { PDFDocument } from "pdf-lib";
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { ContractorActor, StaffActor } from "@/lib/auth/actor";
import { getPrisma } from "@/lib/db/client";
import { MAX_DOCUMENT_BYTES, documentFileMessages } from "@/lib/domain/file-type";
import { documentResponse } from "@/lib/http/document-response";
import { openDocument } from "@/lib/server/documents/open-document";
import { uploadDocument, type UploadedFile } from "@/lib/server/documents/upload-document";
import { loadActor } from "@/lib/server/load-actor";
import { errorOf, seedAndStaff } from "../support/issue-fixtures";
import { issueTestGuarantees } from "../support/issued-guarantees";

// The portal's code never unpacks anything it is sent: any inflate it called would throw here (the test's
// own deflate, building the bomb, stays real).
vi.mock("node:zlib", async (importOriginal) => {
  const zlib = await importOriginal<typeof import("node:zlib")>();
  const expanded = () => {
    throw new Error("the upload expanded compressed data");
  };
  return { ...zlib, inflateSync: expanded, inflateRawSync: expanded, gunzipSync: expanded, unzipSync: expanded, brotliDecompressSync: expanded, inflate: expanded, inflateRaw: expanded, gunzip: expanded, unzip: expanded };
});

const prisma = getPrisma();
const text = (s: string) => new TextEncoder().encode(s);
const concat = (...parts: Uint8Array[]) => Uint8Array.from(parts.flatMap((p) => [...p]));
let contractor: ContractorActor;
let nagano: StaffActor;
let guaranteeId: string;
let realPdf: Uint8Array;

// A 1×1 PNG, whole.
const PNG = Uint8Array.from(Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==", "base64"));
const JPEG_START = Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46, 0x49, 0x46, 0, 1]);
const SVG = text(`<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>fetch("/api/v1/verify",{method:"POST"})</script><rect width="10" height="10"/></svg>`);

/** A zip of one file of `size` zero bytes: a few kilobytes that an unpacker would expand a thousandfold. */
function zipBomb(size: number): Uint8Array {
  const data = Buffer.alloc(size);
  const deflated = deflateRawSync(data, { level: 9 });
  const name = Buffer.from("zeros.bin");
  const crc = crc32(data);
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(20, 4);
  local.writeUInt16LE(8, 8); // deflate
  local.writeUInt32LE(crc, 14);
  local.writeUInt32LE(deflated.length, 18);
  local.writeUInt32LE(size, 22);
  local.writeUInt16LE(name.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(20, 4);
  central.writeUInt16LE(20, 6);
  central.writeUInt16LE(8, 10);
  central.writeUInt32LE(crc, 16);
  central.writeUInt32LE(deflated.length, 20);
  central.writeUInt32LE(size, 24);
  central.writeUInt16LE(name.length, 28);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(central.length + name.length, 12);
  end.writeUInt32LE(local.length + name.length + deflated.length, 16);
  return Uint8Array.from(Buffer.concat([local, name, deflated, central, name, end]));
}

const rows = async () => ({ documents: await prisma.submittedDocument.count(), audit: await prisma.auditEntry.count() });
const upload = (file: UploadedFile) => uploadDocument({ actor: contractor, input: { target: `guarantee:${guaranteeId}`, kind: "SUBCONTRACT", note: "" }, file });

/** Refused with this message on the file, and nothing written. */
async function expectRefused(file: UploadedFile, message: string) {
  const before = await rows();
  const error = await errorOf(upload(file));
  expect(error).toMatchObject({ code: "VALIDATION", fieldErrors: { file: message } });
  expect(await rows()).toEqual(before);
}

/** Accepted: stored byte for byte under the type its bytes are, and downloaded as such (an attachment, never sniffed). */
async function expectStored(file: NonNullable<UploadedFile>, contentType: string) {
  const { id, sha256 } = await upload(file);
  const row = await prisma.submittedDocument.findUniqueOrThrow({ where: { id } });
  expect(row).toMatchObject({ contentType, size: file.bytes.length, sha256 });
  expect(Buffer.from(row.content).equals(Buffer.from(file.bytes))).toBe(true);
  const response = documentResponse(await openDocument({ actor: nagano, documentId: id }));
  expect(response.headers.get("Content-Type")).toBe(contentType);
  expect(response.headers.get("X-Content-Type-Options")).toBe("nosniff");
  expect(response.headers.get("Content-Disposition")).toMatch(/^attachment;/);
  return row;
}

beforeAll(async () => {
  ({ nagano } = await seedAndStaff());
  contractor = await loadActor("CONTRACTOR", { email: "contractor@example.jp" });
  guaranteeId = (await issueTestGuarantees()).guarantees.find((g) => g.kind === "ADVANCE")!.id;
  const pdf = await PDFDocument.create();
  pdf.addPage([595, 842]).drawText("Subcontract");
  realPdf = await pdf.save();
});

describe("書類送信 of hostile files", () => {
  it("a truncated PDF — its header only, or cut in the middle or just before its end — is refused; the whole one is stored", async () => {
    await expectRefused({ name: "下請契約書.pdf", bytes: text("%PDF-1.7\n") }, documentFileMessages.truncated);
    await expectRefused({ name: "下請契約書.pdf", bytes: realPdf.subarray(0, Math.floor(realPdf.length / 2)) }, documentFileMessages.truncated);
    await expectRefused({ name: "下請契約書.pdf", bytes: realPdf.subarray(0, realPdf.length - 7) }, documentFileMessages.truncated);
    await expectRefused({ name: "下請契約書.pdf", bytes: text("%PDF") }, documentFileMessages.wrongType); // not even the whole signature
    await expectStored({ name: "下請契約書.pdf", bytes: realPdf }, "application/pdf");
  });

  it("a zip bomb is refused as not PDF, JPEG or PNG, without unpacking it (under any name)", async () => {
    const bomb = zipBomb(50 * 1024 * 1024);
    expect(bomb.length).toBeLessThan(100 * 1024);
    for (const name of ["書類.zip", "書類.pdf", "書類.png"]) await expectRefused({ name, bytes: bomb }, documentFileMessages.wrongType);
  });

  it("an SVG with a script is refused, under its own name and as .png or .pdf", async () => {
    for (const name of ["図面.svg", "図面.png", "図面.pdf"]) await expectRefused({ name, bytes: SVG }, documentFileMessages.wrongType);
    await expectRefused({ name: "図面.html", bytes: text("<!doctype html><script>alert(1)</script>") }, documentFileMessages.wrongType);
  });

  it("exactly 10 MB is stored; 10 MB and one byte is refused", async () => {
    const sized = (size: number) => {
      const bytes = new Uint8Array(size);
      bytes.set(realPdf.subarray(0, realPdf.length - 6)); // the PDF, padded inside, its %%EOF last
      bytes.set(text("%%EOF\n"), size - 6);
      return bytes;
    };
    await expectRefused({ name: "大きな図面.pdf", bytes: sized(MAX_DOCUMENT_BYTES + 1) }, documentFileMessages.tooLarge);
    const row = await expectStored({ name: "大きな図面.pdf", bytes: sized(MAX_DOCUMENT_BYTES) }, "application/pdf");
    expect(row.size).toBe(10 * 1024 * 1024);
  });

  it("bytes and name that disagree: the bytes decide the type, the name is kept as sent (a PNG named .pdf is a PNG)", async () => {
    const png = await expectStored({ name: "scan.pdf", bytes: PNG }, "image/png");
    expect(png.fileName).toBe("scan.pdf");
    const pdf = await expectStored({ name: "scan.png", bytes: realPdf }, "application/pdf");
    expect(pdf.fileName).toBe("scan.png");
    await expectStored({ name: "photo.png", bytes: concat(JPEG_START, new Uint8Array(64)) }, "image/jpeg");
    await expectRefused({ name: "setup.pdf", bytes: Uint8Array.from([0x4d, 0x5a, 0x90, 0, 3, 0, 0, 0]) }, documentFileMessages.wrongType); // a Windows program
  });

  it("an empty file and no file are asked for again", async () => {
    await expectRefused({ name: "空.pdf", bytes: new Uint8Array() }, documentFileMessages.empty);
    await expectRefused(null, documentFileMessages.missing);
  });

  it("polyglots are stored as the type their first bytes are, byte for byte, and never served as anything else", async () => {
    // A PDF with a zip bomb inside (a PDF reader ignores it; nothing here unpacks it).
    await expectStored({ name: "pdf+zip.pdf", bytes: concat(text("%PDF-1.4\n"), zipBomb(10 * 1024 * 1024), text("\n%%EOF\n")) }, "application/pdf");
    // A PNG signature in front of an SVG with a script, and a JPEG start in front of HTML: images, downloaded as images.
    await expectStored({ name: "polyglot.svg", bytes: concat(PNG.subarray(0, 8), SVG) }, "image/png");
    await expectStored({ name: "polyglot.html", bytes: concat(JPEG_START, text("<html><script>alert(1)</script></html>")) }, "image/jpeg");
    // An SVG or HTML in front of a PDF is neither: the signature must come first.
    await expectRefused({ name: "svg+pdf.pdf", bytes: concat(SVG, realPdf) }, documentFileMessages.wrongType);
  });

  it("a hostile name is cut to its last part, without control characters, at most 200 characters", async () => {
    const { id } = await upload({ name: "..\\..\\C:/Windows/system32/\u0000請求\u0007書.pdf", bytes: realPdf });
    expect((await prisma.submittedDocument.findUniqueOrThrow({ where: { id } })).fileName).toBe("請求書.pdf");
    const { id: long } = await upload({ name: `${"あ".repeat(300)}.pdf`, bytes: realPdf });
    expect((await prisma.submittedDocument.findUniqueOrThrow({ where: { id: long } })).fileName).toBe("あ".repeat(200));
    const { id: blank } = await upload({ name: " /\u0001 ", bytes: PNG });
    expect((await prisma.submittedDocument.findUniqueOrThrow({ where: { id: blank } })).fileName).toBe("document.png");
  });
});
