// 書類送信: PDF, JPEG or PNG by their bytes (≤ 10 MB), attached to the company's own application,
// guarantee or 明細書 line, stored with its SHA-256; staff of the branch open it, every download is
// audited; another company and another branch get NOT_FOUND; refusals write nothing.
import { createHash } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import type { ContractorActor, StaffActor } from "@/lib/auth/actor";
import { getPrisma } from "@/lib/db/client";
import { MAX_DOCUMENT_BYTES } from "@/lib/domain/file-type";
import { listBranchDocuments } from "@/lib/server/documents/list-branch-documents";
import { listContractorDocuments } from "@/lib/server/documents/list-contractor-documents";
import { listDocumentTargets } from "@/lib/server/documents/list-document-targets";
import { openDocument } from "@/lib/server/documents/open-document";
import { setDocumentStatus } from "@/lib/server/documents/set-document-status";
import { uploadDocument } from "@/lib/server/documents/upload-document";
import { approveUsagePlan } from "@/lib/server/usage-plans/approve-usage-plan";
import { saveUsagePlanDraft } from "@/lib/server/usage-plans/save-usage-plan-draft";
import { submitUsagePlan } from "@/lib/server/usage-plans/submit-usage-plan";
import { loadActor } from "@/lib/server/load-actor";
import { auditEntriesFor } from "../support/accounts";
import { errorOf, REQUEST, seedAndStaff, otherContractorActor } from "../support/issue-fixtures";
import { issueTestGuarantees } from "../support/issued-guarantees";

const prisma = getPrisma();
let contractor: ContractorActor;
let otherContractor: ContractorActor;
let nagano: StaffActor;
let shizuoka: StaffActor;
let guaranteeId: string;

const PDF = new TextEncoder().encode("%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n");
const EXE = Uint8Array.from([0x4d, 0x5a, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04]);
const counts = async () => ({ documents: await prisma.submittedDocument.count(), audit: await prisma.auditEntry.count() });

beforeAll(async () => {
  ({ nagano, shizuoka } = await seedAndStaff());
  contractor = await loadActor("CONTRACTOR", { email: "contractor@example.jp" });
  otherContractor = await otherContractorActor();
  guaranteeId = (await issueTestGuarantees()).guarantees.find((g) => g.kind === "ADVANCE")!.id;
});

describe("書類送信", () => {
  it("stores the bytes with their SHA-256 and the type they are (a PDF named .png is a PDF); staff of the branch open it, audited", async () => {
    const { id, sha256 } = await uploadDocument({
      actor: contractor,
      input: { target: `guarantee:${guaranteeId}`, kind: "SUBCONTRACT", note: "下請契約書（〇〇工務店）" },
      file: { name: "C:\\Users\\keiri\\下請契約書.png", bytes: PDF },
      request: REQUEST,
    });
    expect(sha256).toBe(createHash("sha256").update(PDF).digest("hex"));
    const row = await prisma.submittedDocument.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ contentType: "application/pdf", size: PDF.length, fileName: "下請契約書.png", status: "PENDING", branchId: nagano.branchId });
    expect(Buffer.from(row.content).equals(Buffer.from(PDF))).toBe(true);

    expect((await listContractorDocuments({ actor: contractor }))[0]).toMatchObject({ id, kind: "SUBCONTRACT", status: "PENDING", target: expect.stringContaining("保証 37071-") });
    expect((await listBranchDocuments({ actor: nagano })).map((d) => d.id)).toContain(id);
    expect((await listBranchDocuments({ actor: shizuoka })).map((d) => d.id)).not.toContain(id);

    const file = await openDocument({ actor: nagano, documentId: id, request: REQUEST });
    expect(Buffer.from(file.bytes).equals(Buffer.from(PDF))).toBe(true);
    await openDocument({ actor: contractor, documentId: id });
    expect((await auditEntriesFor(id)).map((e) => [e.action, e.actorRole])).toEqual([
      ["document.upload", "CONTRACTOR"],
      ["document.download", "SURETY_STAFF"],
      ["document.download", "CONTRACTOR"],
    ]);

    await setDocumentStatus({ actor: nagano, documentId: id, input: { status: "ACCEPTED" } });
    expect((await listContractorDocuments({ actor: contractor })).find((d) => d.id === id)?.status).toBe("ACCEPTED");
  });

  it("another company and another branch get NOT_FOUND, and nothing is written", async () => {
    const { id } = await uploadDocument({ actor: contractor, input: { target: `guarantee:${guaranteeId}`, kind: "OTHER" }, file: { name: "a.pdf", bytes: PDF } });
    const before = await counts();
    expect(await errorOf(openDocument({ actor: otherContractor, documentId: id }))).toMatchObject({ code: "NOT_FOUND" });
    expect(await errorOf(openDocument({ actor: shizuoka, documentId: id }))).toMatchObject({ code: "NOT_FOUND" });
    expect(await errorOf(setDocumentStatus({ actor: shizuoka, documentId: id, input: { status: "ACCEPTED" } }))).toMatchObject({ code: "NOT_FOUND" });
    expect(await errorOf(uploadDocument({ actor: otherContractor, input: { target: `guarantee:${guaranteeId}`, kind: "OTHER" }, file: { name: "a.pdf", bytes: PDF } }))).toMatchObject({ code: "NOT_FOUND" });
    expect(await errorOf(openDocument({ actor: contractor, documentId: "not-a-uuid" }))).toMatchObject({ code: "NOT_FOUND" });
    expect(await counts()).toEqual(before);
  });

  it("refuses an .exe named .pdf, more than 10 MB, no file, no target, and 不備あり without a reason — writing nothing", async () => {
    const before = await counts();
    const input = { target: `guarantee:${guaranteeId}`, kind: "INVOICE" };
    expect((await errorOf(uploadDocument({ actor: contractor, input, file: { name: "請求書.pdf", bytes: EXE } })))?.fieldErrors).toEqual({
      file: "送信できるのはPDF、JPEG、PNGのファイルだけです（ファイルの中身で判定しています）。",
    });
    const big = new Uint8Array(MAX_DOCUMENT_BYTES + 1);
    big.set(PDF);
    expect((await errorOf(uploadDocument({ actor: contractor, input, file: { name: "big.pdf", bytes: big } })))?.fieldErrors).toEqual({ file: "ファイルの大きさは10MBまでです。" });
    expect((await errorOf(uploadDocument({ actor: contractor, input: { kind: "" }, file: null })))?.fieldErrors).toEqual({
      target: "添付先を選択してください。",
      kind: "書類の種類を選択してください。",
      file: "送信するファイルを選択してください。",
    });
    const { id } = await prisma.submittedDocument.findFirstOrThrow({ select: { id: true } });
    const counted = await counts();
    expect((await errorOf(setDocumentStatus({ actor: nagano, documentId: id, input: { status: "REJECTED", message: "" } })))?.fieldErrors).toEqual({ message: "不備の内容を入力してください。" });
    expect(counted).toEqual(before);
    expect(await counts()).toEqual(before);
  });

  it("attaches to a line of an approved 明細書, which the targets list offers", async () => {
    const plan = await saveUsagePlanDraft({
      actor: contractor,
      guaranteeId: (await issueTestGuarantees()).guarantees.find((g) => g.kind === "ADVANCE")!.id,
      basis: { versionId: "", revision: 0, basedOn: "" },
      input: { workType: "CONSTRUCTION", lines: [{ category: "MATERIAL", quantity: "一式", totalAmount: "20000000", advanceAmount: "20000000", payoutMethod: "TRANSFER", scheduledMonth: "202601", payeeKind: "MATERIAL", payee: "信濃資材" }] },
    });
    await submitUsagePlan({ actor: contractor, planId: plan.planId, basis: plan });
    await approveUsagePlan({ actor: nagano, planId: plan.planId, versionId: plan.versionId });
    const item = await prisma.usagePlanItem.findFirstOrThrow({ where: { planId: plan.planId } });
    const targets = await listDocumentTargets({ actor: contractor });
    expect(targets.find((g) => g.label.startsWith("明細書"))?.options.map((o) => o.value)).toContain(`item:${item.id}`);
    const { id } = await uploadDocument({ actor: contractor, input: { target: `item:${item.id}`, kind: "DELIVERY_NOTE" }, file: { name: "納品書.pdf", bytes: PDF } });
    expect((await listContractorDocuments({ actor: contractor })).find((d) => d.id === id)?.target).toMatch(/^明細書 37071-\d{5}[A-Z] No\.1（材料費）$/);
    expect(await errorOf(uploadDocument({ actor: otherContractor, input: { target: `item:${item.id}`, kind: "OTHER" }, file: { name: "a.pdf", bytes: PDF } }))).toMatchObject({ code: "NOT_FOUND" });
  });
});
