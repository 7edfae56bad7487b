// 申込確認 shows 保証料（概算） of each guarantee applied for, computed with the rule 発行 uses
// (lib/domain/fee-calculation.ts) under the table in force, over the 工期: the same number for the same inputs.
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { ApplicationSummary } from "@/app/(contractor)/netdesk/applications/_form/application-summary";
import { computeFee, DEMO_FEE_RULES, feeRulesToJson } from "@/lib/domain/fee-calculation";
import { formatYen } from "@/lib/domain/yen";
import { EMPTY_APPLICATION_FORM, ZApplicationDraft } from "@/lib/schemas/application";

const data = ZApplicationDraft.parse({
  ...EMPTY_APPLICATION_FORM, advanceRequested: true, contractGuaranteeRequested: true,
  contractAmount: "50,000,000", advanceAmount: "20,000,000", contractGuaranteeAmount: "5,000,000", periodFrom: "20261101", periodTo: "20270319",
});
const term = { termFrom: new Date("2026-11-01T00:00:00Z"), termTo: new Date("2027-03-19T00:00:00Z") };
const render = (feeTables?: Parameters<typeof ApplicationSummary>[0]["feeTables"]) =>
  renderToStaticMarkup(createElement(ApplicationSummary, { data, orderingBodyName: null, branchName: null, feeTables }));

describe("保証料（概算） on 申込確認", () => {
  it("states each guarantee's fee under the table in force", () => {
    const html = render({ ADVANCE: { rules: feeRulesToJson(DEMO_FEE_RULES.ADVANCE) }, CONTRACT: { rules: feeRulesToJson(DEMO_FEE_RULES.CONTRACT) } });
    const advance = computeFee(DEMO_FEE_RULES.ADVANCE, { amount: 20_000_000n, ...term }).fee;
    const contract = computeFee(DEMO_FEE_RULES.CONTRACT, { amount: 5_000_000n, ...term }).fee;
    expect(advance).toBe(30_400n); // 139 days: 80,000円 a year × 139/365 = 30,465.7…, 100円未満切り捨て
    expect(html.match(/保証料（概算）<\/th><td>([\d,]+円)/g)).toEqual([`保証料（概算）</th><td>${formatYen(advance)}`, `保証料（概算）</th><td>${formatYen(contract)}`]);
  });

  it("says when no table is published, and shows nothing where fees are not asked (an application's detail page)", () => {
    expect(render({})).toContain("料率表が公開されていないため計算できません");
    expect(render(undefined)).not.toContain("保証料（概算）");
  });
});

describe("the 保証料 audit entries read in Japanese", () => {
  it("names 入金日, 入金額 and 入金方法 and their values", async () => {
    const { describeAuditValue } = await import("@/lib/domain/audit-labels");
    expect(describeAuditValue({ kind: "ADVANCE", receivedOn: "2026-12-02", receivedAmount: "33000", method: "CHEQUE" })).toBe(
      "保証種類: 前払金保証\n入金日: 2026-12-02\n入金額: 33,000円\n入金方法: 小切手",
    );
    expect(describeAuditValue({ kind: "BID_BOND_RESERVATION", status: "PUBLISHED" })).toBe("保証種類: 契約保証予約（入札ボンド）\n状態: 公開済み");
  });
});
