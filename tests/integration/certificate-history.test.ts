// 電子保証履歴一覧 against real versions: every visible version of the company's e-guarantees (新規, 変更,
// 取消), versions replaced by 訂正 or 変更取消 hidden, newest first, searched by 保証契約番号 and by 電子保証発行日時,
// paged by 20, and nothing of another company.
import { beforeAll, describe, expect, it } from "vitest";
import type { ContractorActor, StaffActor } from "@/lib/auth/actor";
import { getPrisma } from "@/lib/db/client";
import { amendGuarantee } from "@/lib/server/guarantees/amend-guarantee";
import { cancelGuaranteeChange } from "@/lib/server/guarantees/cancel-guarantee-change";
import { correctGuarantee } from "@/lib/server/guarantees/correct-guarantee";
import { issueGuarantees } from "@/lib/server/guarantees/issue-guarantees";
import { listContractorCertificateHistory } from "@/lib/server/guarantees/list-contractor-certificate-history";
import { loadActor } from "@/lib/server/load-actor";
import { parseGuaranteeListQuery } from "@/lib/schemas/guarantee-list-filter";
import { copyOfFlyerApplication, errorOf, seedAndStaff } from "../support/issue-fixtures";

const prisma = getPrisma();
let nagano: StaffActor;
let contractor: ContractorActor;
let other: ContractorActor;

const filter = (params: Record<string, string> = {}) => parseGuaranteeListQuery(params).filter;
const history = (actor: ContractorActor, params: Record<string, string> = {}, page = 1) => listContractorCertificateHistory({ actor, filter: filter(params), page });

async function issue(projectName: string, overrides = {}) {
  const applicationId = await copyOfFlyerApplication({ projectName, completionMailWanted: false, advanceAmount: 15_000_000n, ...overrides });
  return (await issueGuarantees({ applicationId, actor: nagano })).guarantees;
}

beforeAll(async () => {
  ({ nagano } = await seedAndStaff());
  contractor = await loadActor("CONTRACTOR", { email: "contractor@example.jp" });
  other = await loadActor("CONTRACTOR", { email: "contractor2@example.jp" });
});

describe("電子保証履歴一覧", () => {
  it("lists 新規 and 変更 newest first, hides what 訂正 and 変更取消 replaced, and shows another company nothing", async () => {
    const [advance] = await issue("履歴一覧 確認工事", { contractGuaranteeRequested: false });
    await amendGuarantee({ guaranteeId: advance!.id, actor: nagano, input: { changeType: "INCREASE", amount: "1000000", reason: "増額" } }); // v2
    await amendGuarantee({ guaranteeId: advance!.id, actor: nagano, input: { changeType: "DECREASE", amount: "500000", reason: "減額" } }); // v3
    await cancelGuaranteeChange({ guaranteeId: advance!.id, actor: nagano, input: { reason: "減額の取消" } }); // v4 hides v3 (and itself)
    const current = await prisma.guarantee.findUniqueOrThrow({ where: { id: advance!.id } });
    await correctGuarantee({
      guaranteeId: advance!.id,
      actor: nagano,
      input: { projectName: "履歴一覧 確認工事（訂正）", projectLocation: "", jvName: "", depositBank: "〇〇銀行　××支店", guaranteeAmount: String(current.amount), termFrom: current.termFrom.toISOString().slice(0, 10), termTo: current.termTo.toISOString().slice(0, 10), reason: "工事名の誤り" },
    }); // v5 replaces v2

    const visible = await prisma.certificateVersion.findMany({ where: { guaranteeId: advance!.id, hiddenFromHistory: false }, orderBy: { versionNo: "desc" } });
    const page = await history(contractor, { number: advance!.contractNumber });
    expect(page.rows.map((r) => r.versionNo)).toEqual(visible.map((v) => v.versionNo));
    expect(page.rows.map((r) => r.kind)).toEqual(["CORRECTION", "NEW"]);
    expect(page.rows.every((r) => r.contractNumber === advance!.contractNumber && r.guaranteeKind === "ADVANCE")).toBe(true);
    expect(page.total).toBe(2);

    expect((await history(other, { number: advance!.contractNumber })).total).toBe(0);
    expect((await history(other)).rows.some((r) => r.guaranteeId === advance!.id)).toBe(false);
  });

  it("a paper guarantee has no e-guarantee history", async () => {
    const [paper] = await issue("履歴一覧 紙の証書工事", { advanceForm: "PAPER", contractGuaranteeRequested: false });
    expect((await history(contractor, { number: paper!.contractNumber })).total).toBe(0);
  });

  it("searches the 期間 on each version's 電子保証発行日時 in JST, both ends included", async () => {
    const [advance] = await issue("履歴一覧 期間検索工事", { contractGuaranteeRequested: false });
    // 2026-11-30 15:00 UTC is 2026-12-01 00:00 JST: the first minute of 12月1日 in Japan.
    await prisma.$executeRaw`UPDATE "CertificateVersion" SET "issuedAt" = '2026-11-30T15:00:00Z' WHERE "guaranteeId" = ${advance!.id}::uuid`;
    const ids = async (params: Record<string, string>) => (await history(contractor, params)).rows.filter((r) => r.guaranteeId === advance!.id).length;
    expect(await ids({ from: "2026-12-01", to: "2026-12-01" })).toBe(1);
    expect(await ids({ from: "2026-11-30", to: "2026-11-30" })).toBe(0);
    expect(await ids({ from: "2026-12-02" })).toBe(0);
  });

  it("pages by 20 like 保証契約一覧; a page past the end shows the last page", async () => {
    for (let i = 0; i < 11; i++) await issue(`履歴一覧 ページ工事 ${i}`);
    const first = await history(contractor);
    expect(first.rows).toHaveLength(20);
    expect(first.pageCount).toBe(Math.ceil(first.total / 20));
    const times = first.rows.map((r) => r.issuedAt.getTime());
    expect([...times].sort((a, b) => b - a)).toEqual(times);
    const last = await history(contractor, {}, 999);
    expect(last.page).toBe(first.pageCount);
    expect(last.firstRowNo).toBe((first.pageCount - 1) * 20 + 1);
    const all = [...first.rows, ...(await history(contractor, {}, 2)).rows].map((r) => `${r.guaranteeId}:${r.versionNo}`);
    expect(new Set(all).size).toBe(all.length);
  });

  it("is the contractor's own: staff may not call it", async () => {
    expect(await errorOf(listContractorCertificateHistory({ actor: nagano as unknown as ContractorActor, filter: filter(), page: 1 }))).toMatchObject({ code: "FORBIDDEN" });
  });
});
