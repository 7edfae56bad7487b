// Property-based fuzzing of 書類送信 on the demo data: the upload (fields and file: real signatures, random bytes,
// signatures followed by junk, empty, none; any name), the download (it writes an audit entry) and the staff's
// 受付. Mostly the right actor and real targets of either company (applications, guarantees, 明細書 lines), the
// rest any account and junk: only success or an expected refusal in Japanese, and a refusal writes nothing.
// The named hostile files (zip bomb, SVG, 10 MB + 1 byte, …) are in document-upload-files.test.ts.
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { getPrisma } from "@/lib/db/client";
import { openDocument } from "@/lib/server/documents/open-document";
import { setDocumentStatus } from "@/lib/server/documents/set-document-status";
import { uploadDocument, type UploadedFile } from "@/lib/server/documents/upload-document";
import { FUZZ_RUNS, FUZZ_TEST_TIMEOUT, hostileString, inputFor } from "../support/fuzz";
import { fuzzEntryPoint } from "../support/fuzz-entry-point";
import { demoWorld, idAmong, idsOf, type DemoWorld } from "../support/fuzz-demo-world";

const prisma = getPrisma();
const CONTRACTORS = ["contractor@example.jp", "contractor2@example.jp"];
const STAFF = ["staff.nagano@example.jp", "staff.shizuoka@example.jp"];
let world: DemoWorld;
let targets: string[];

const text = (s: string) => new TextEncoder().encode(s);
const PDF = text("%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n");
const SIGNATURES = [text("%PDF-"), Uint8Array.from([0xff, 0xd8, 0xff]), Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), text("PK\u0003\u0004"), text("<svg"), text("MZ")];

/** Small files only (a big one is one case, in document-upload-files.test.ts): whole, random, a signature then junk, empty, or none. */
const file: fc.Arbitrary<UploadedFile> = fc.oneof(
  fc.constant(null),
  fc.record({
    name: fc.oneof({ arbitrary: fc.constantFrom("下請契約書.pdf", "scan.png", "photo.jpg", "a.exe"), weight: 2 }, hostileString),
    bytes: fc.oneof(
      { arbitrary: fc.constant(PDF), weight: 3 },
      fc.uint8Array({ maxLength: 256 }),
      fc.tuple(fc.constantFrom(...SIGNATURES), fc.uint8Array({ maxLength: 128 }), fc.constantFrom(new Uint8Array(), text("%%EOF\n"))).map(([head, body, end]) => Uint8Array.from([...head, ...body, ...end])),
    ),
  }),
);

beforeAll(async () => {
  world = await demoWorld();
  const [applications, guarantees, items] = await Promise.all([
    idsOf(prisma.application.findMany({ select: { id: true } })),
    idsOf(prisma.guarantee.findMany({ select: { id: true } })),
    idsOf(prisma.usagePlanItem.findMany({ select: { id: true } })),
  ]);
  // Every record of either company as each kind of target (a guarantee's id as an application is NOT_FOUND too).
  const ids = [...applications, ...guarantees, ...items];
  targets = ["application", "guarantee", "item"].flatMap((type) => ids.map((id) => `${type}:${id}`));
}, 120_000);

describe("書類送信 entry points, fuzzed", { timeout: FUZZ_TEST_TIMEOUT }, () => {
  it(`送信 (uploadDocument): ${FUZZ_RUNS} inputs`, async () => {
    const input = fc.constantFrom(...targets).chain((target) => inputFor(() => ({ target, kind: "SUBCONTRACT", note: "下請契約書（〇〇工務店）" })));
    const call = fc.record({ actor: world.mostly(...CONTRACTORS), input, file });
    const tally = await fuzzEntryPoint(call, (g) => uploadDocument({ actor: g.actor as never, input: g.input, file: g.file }));
    expect(tally.ok).toBeGreaterThan(0);
  });

  it(`受付 (setDocumentStatus): ${FUZZ_RUNS} inputs`, async () => {
    const documentIds = await idsOf(prisma.submittedDocument.findMany({ select: { id: true } }));
    const input = inputFor(() => ({ status: "REJECTED", message: "印影が不鮮明です。再度送信してください。" }));
    const tally = await fuzzEntryPoint(fc.record({ actor: world.mostly(...STAFF), documentId: idAmong(documentIds), input }), (g) => setDocumentStatus({ ...g, actor: g.actor as never }));
    expect(tally.ok).toBeGreaterThan(0);
  });

  it(`ダウンロード (openDocument, audited): ${FUZZ_RUNS} inputs`, async () => {
    const documentIds = await idsOf(prisma.submittedDocument.findMany({ select: { id: true } }));
    const actor = world.mostly(...CONTRACTORS, ...STAFF, "bank@example.jp");
    const tally = await fuzzEntryPoint(fc.record({ actor, documentId: idAmong(documentIds) }), (g) => openDocument({ ...g, actor: g.actor as never }));
    expect(tally.ok).toBeGreaterThan(0);
  });
});
