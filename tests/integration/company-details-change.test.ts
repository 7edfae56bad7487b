// お客様情報: 会社名・代表者・所在地 are kept by the guarantee company. A contractor's change is a request
// (申請中) that reaches neither the company row nor a certificate issued meanwhile; staff approve it (the
// next certificate carries the new name) or reject it (with a reason the contractor sees). One request is
// open per company at a time, also when two arrive at once.
import { beforeAll, describe, expect, it } from "vitest";
import { getPrisma } from "@/lib/db/client";
import type { ContractorActor, StaffActor } from "@/lib/auth/actor";
import { asCertificateContent } from "@/lib/domain/certificate-content";
import { auditActionLabel } from "@/lib/domain/audit-actions";
import { approveCompanyDetailsChange } from "@/lib/server/accounts/approve-company-details-change";
import { getCompanyProfile } from "@/lib/server/accounts/get-company-profile";
import { rejectCompanyDetailsChange } from "@/lib/server/accounts/reject-company-details-change";
import { DETAILS_CHANGE_ALREADY_OPEN, requestCompanyDetailsChange } from "@/lib/server/accounts/request-company-details-change";
import { updateCompanyProfile } from "@/lib/server/accounts/update-company-profile";
import { issueGuarantees } from "@/lib/server/guarantees/issue-guarantees";
import { loadActor } from "@/lib/server/load-actor";
import { auditEntriesFor } from "../support/accounts";
import { copyOfFlyerApplication, errorOf, seedAndStaff } from "../support/issue-fixtures";

const prisma = getPrisma();
let contractor: ContractorActor;
let colleague: ContractorActor;
let nagano: StaffActor;
let shizuoka: StaffActor;

const REGISTERED = { name: "〇〇建設 株式会社", representativeName: "代表取締役 山田 一郎", postalCode: "380-8537", address: "長野県 長野市 南石堂町 1230-6" };
const RENAMED = { ...REGISTERED, name: "〇〇建設ホールディングス 株式会社", representativeName: "代表取締役 山田 二郎" };

beforeAll(async () => {
  ({ nagano, shizuoka } = await seedAndStaff());
  contractor = await loadActor("CONTRACTOR", { email: "contractor@example.jp" });
  const second = await prisma.user.create({ data: { email: "colleague@marumaru-kensetsu.example.jp", name: "同僚 一郎", role: "CONTRACTOR", companyId: contractor.companyId } });
  colleague = await loadActor("CONTRACTOR", { id: second.id });
});

const company = () => prisma.contractorCompany.findUniqueOrThrow({ where: { id: contractor.companyId } });
const openRequests = () => prisma.companyDetailsChangeRequest.findMany({ where: { companyId: contractor.companyId, status: "PENDING" } });

/** Issues a copy of the flyer's application for 〇〇建設 and answers the 請負者 its certificate names. */
async function contractorOnNextCertificate(): Promise<string> {
  const applicationId = await copyOfFlyerApplication({ contractGuaranteeRequested: false });
  const { guarantees } = await issueGuarantees({ applicationId, actor: nagano });
  const version = await prisma.certificateVersion.findFirstOrThrow({ where: { guaranteeId: guarantees[0]!.id } });
  return asCertificateContent(version.content).contractor;
}

describe("a change of 会社名・代表者・所在地 is a request staff confirm", () => {
  it("does not reach the company row or a certificate issued meanwhile; approval does, for the next certificate", async () => {
    // お客様情報's direct save takes only the contact details: a name sent with it is ignored.
    await updateCompanyProfile({ actor: contractor, input: { ...(await company()), name: "勝手に変えた 株式会社", phone: "026-000-2222" } });
    expect(await company()).toMatchObject({ ...REGISTERED, phone: "026-000-2222" });

    const requestId = await requestCompanyDetailsChange({ actor: contractor, input: RENAMED });
    expect(await company()).toMatchObject(REGISTERED);
    const profile = await getCompanyProfile({ actor: colleague }); // every user of the company sees it
    expect(profile.latestDetailsChange).toMatchObject({ id: requestId, status: "PENDING", before: REGISTERED, after: RENAMED });
    expect(await contractorOnNextCertificate()).toBe(REGISTERED.name);

    await approveCompanyDetailsChange({ actor: shizuoka, requestId }); // any branch's staff, for now
    expect(await company()).toMatchObject(RENAMED);
    expect(await prisma.companyDetailsChangeRequest.findUniqueOrThrow({ where: { id: requestId } })).toMatchObject({
      status: "APPROVED",
      openCompanyId: null,
      decidedById: shizuoka.userId,
    });
    expect(await contractorOnNextCertificate()).toBe(RENAMED.name);

    const entries = (await auditEntriesFor(contractor.companyId)).filter((e) => e.action.includes("change"));
    expect(entries.map((e) => [e.action, auditActionLabel(e.action), e.actorId])).toEqual([
      ["contractor-company.request-change", "登録情報の変更申請", contractor.userId],
      ["contractor-company.approve-change", "登録情報の変更承認", shizuoka.userId],
    ]);
    expect(entries[1]).toMatchObject({ before: REGISTERED, after: RENAMED });

    // Back to the flyer's name for the other tests (as a contractor would: asked, then approved).
    await approveCompanyDetailsChange({ actor: nagano, requestId: await requestCompanyDetailsChange({ actor: contractor, input: REGISTERED }) });
    expect(await company()).toMatchObject(REGISTERED);
  });

  it("rejection leaves the details as registered, tells the reason, and lets the company ask again", async () => {
    const requestId = await requestCompanyDetailsChange({ actor: contractor, input: RENAMED });
    expect(await errorOf(rejectCompanyDetailsChange({ actor: nagano, requestId, input: { reason: " " } }))).toMatchObject({
      code: "VALIDATION",
      fieldErrors: { reason: "却下の理由を入力してください。" },
    });
    await rejectCompanyDetailsChange({ actor: nagano, requestId, input: { reason: "登記事項証明書の写しをお送りください。" } });
    expect(await company()).toMatchObject(REGISTERED);
    expect((await getCompanyProfile({ actor: contractor })).latestDetailsChange).toMatchObject({
      status: "REJECTED",
      rejectionReason: "登記事項証明書の写しをお送りください。",
    });
    expect(await errorOf(approveCompanyDetailsChange({ actor: nagano, requestId }))).toMatchObject({ code: "CONFLICT", message: "この申請は既に承認または却下されています。" });
    expect(await company()).toMatchObject(REGISTERED);
    const last = (await auditEntriesFor(contractor.companyId)).at(-1)!;
    expect(last).toMatchObject({ action: "contractor-company.reject-change", after: { reason: "登記事項証明書の写しをお送りください。" } });

    const again = await requestCompanyDetailsChange({ actor: contractor, input: RENAMED });
    await rejectCompanyDetailsChange({ actor: nagano, requestId: again, input: { reason: "テスト" } });
  });

  it("one request is open at a time: a second one waits for the decision, also when both arrive at once", async () => {
    const first = await requestCompanyDetailsChange({ actor: contractor, input: RENAMED });
    expect(await errorOf(requestCompanyDetailsChange({ actor: colleague, input: { ...RENAMED, address: "長野県 長野市 別の場所 1-1" } }))).toMatchObject({
      code: "CONFLICT",
      message: DETAILS_CHANGE_ALREADY_OPEN,
    });
    await rejectCompanyDetailsChange({ actor: nagano, requestId: first, input: { reason: "重複確認" } });

    const both = await Promise.allSettled([
      requestCompanyDetailsChange({ actor: contractor, input: RENAMED }),
      requestCompanyDetailsChange({ actor: colleague, input: { ...RENAMED, name: "別の名前 株式会社" } }),
    ]);
    expect(both.map((r) => r.status).sort()).toEqual(["fulfilled", "rejected"]);
    const refused = both.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect(refused.reason).toMatchObject({ code: "CONFLICT", message: DETAILS_CHANGE_ALREADY_OPEN });
    const open = await openRequests();
    expect(open).toHaveLength(1);

    // Two staff deciding at once: one decides, the other is told it is decided.
    const decisions = await Promise.allSettled([
      approveCompanyDetailsChange({ actor: nagano, requestId: open[0]!.id }),
      rejectCompanyDetailsChange({ actor: shizuoka, requestId: open[0]!.id, input: { reason: "同時" } }),
    ]);
    expect(decisions.map((r) => r.status).sort()).toEqual(["fulfilled", "rejected"]);
    const decided = await prisma.companyDetailsChangeRequest.findUniqueOrThrow({ where: { id: open[0]!.id } });
    expect((await company()).name).toBe(decided.status === "APPROVED" ? (decided.after as { name: string }).name : REGISTERED.name);
    expect(await openRequests()).toHaveLength(0);
    if (decided.status === "APPROVED") {
      await approveCompanyDetailsChange({ actor: nagano, requestId: await requestCompanyDetailsChange({ actor: contractor, input: REGISTERED }) });
    }
  });

  it("refuses a request that changes nothing, a staff member asking, a contractor deciding, and an unknown id", async () => {
    expect(await errorOf(requestCompanyDetailsChange({ actor: contractor, input: REGISTERED }))).toMatchObject({ code: "VALIDATION" });
    expect(await errorOf(requestCompanyDetailsChange({ actor: contractor, input: { ...REGISTERED, name: "" } }))).toMatchObject({
      fieldErrors: { name: "会社名を入力してください。" },
    });
    expect(await errorOf(requestCompanyDetailsChange({ actor: nagano as never, input: RENAMED }))).toMatchObject({ code: "FORBIDDEN" });
    const requestId = await requestCompanyDetailsChange({ actor: contractor, input: RENAMED });
    expect(await errorOf(approveCompanyDetailsChange({ actor: contractor as never, requestId }))).toMatchObject({ code: "FORBIDDEN" });
    expect(await errorOf(approveCompanyDetailsChange({ actor: nagano, requestId: "00000000-0000-4000-8000-000000000000" }))).toMatchObject({ code: "NOT_FOUND" });
    expect(await errorOf(approveCompanyDetailsChange({ actor: nagano, requestId: "not-an-id" }))).toMatchObject({ code: "NOT_FOUND" });
    expect(await company()).toMatchObject(REGISTERED);
    await rejectCompanyDetailsChange({ actor: nagano, requestId, input: { reason: "後片付け" } });
  });
});
