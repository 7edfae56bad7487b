// 保証料計算書 as a reader gets it: issued through the real 発行, built by the route's use case, read back with
// pdftotext (the numbers the guarantee froze), its size, and scoped (another company's statement is a 404).
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { getPrisma } from "@/lib/db/client";
import { formatYen } from "@/lib/domain/yen";
import type { ContractorActor, StaffActor } from "@/lib/auth/actor";
import { amendGuarantee } from "@/lib/server/guarantees/amend-guarantee";
import { cancelGuarantee } from "@/lib/server/guarantees/cancel-guarantee";
import { issueGuarantees } from "@/lib/server/guarantees/issue-guarantees";
import { buildFeeStatementFile } from "@/lib/server/fees/build-fee-statement-file";
import { buildMonthlyStatementFile } from "@/lib/server/fees/build-monthly-statement-file";
import { listContractorMonthlyStatements } from "@/lib/server/fees/list-contractor-fee-statements";
import { feeDateToday } from "@/lib/server/fees/rate-table-in-force";
import { actorByEmail } from "../support/accounts";
import { copyOfFlyerApplication, errorOf, seedAndStaff } from "../support/issue-fixtures";

const prisma = getPrisma();
let nagano: StaffActor;
let shizuoka: StaffActor;
let contractor: ContractorActor;
let other: ContractorActor;

beforeAll(async () => {
  ({ nagano, shizuoka } = await seedAndStaff());
  contractor = await actorByEmail("CONTRACTOR", "contractor@example.jp");
  other = await actorByEmail("CONTRACTOR", "contractor2@example.jp");
});

function textOf(bytes: Uint8Array): string {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "netdesk-fee-")), "s.pdf");
  fs.writeFileSync(file, bytes);
  return execFileSync("pdftotext", ["-layout", file, "-"], { encoding: "utf8" });
}

describe("保証料計算書 PDF", () => {
  it("prints 宛先, 保証契約番号, 工事名, 保証金額, 保証期間, the breakdown, 保証料 and 納付方法; 追加 and 返還 too", async () => {
    const day = feeDateToday().getTime();
    const id = await copyOfFlyerApplication({ periodFrom: new Date(day - 10 * 86_400_000), periodTo: new Date(day + 200 * 86_400_000) });
    const { guarantees } = await issueGuarantees({ applicationId: id, actor: nagano });
    const advance = guarantees.find((g) => g.kind === "ADVANCE")!;
    await amendGuarantee({ guaranteeId: advance.id, actor: nagano, input: { changeType: "DECREASE", amount: "2,000,000", reason: "" } });
    await amendGuarantee({ guaranteeId: advance.id, actor: nagano, input: { changeType: "INCREASE", amount: "1,000,000", reason: "" } });
    await cancelGuarantee({ guaranteeId: advance.id, actor: nagano, input: { reason: "契約解除" } });
    const statements = await prisma.feeStatement.findMany({ where: { guaranteeId: advance.id }, orderBy: { statementNumber: "asc" } });
    const [fee, refund, additional, cancel] = statements;

    const start = performance.now();
    const file = await buildFeeStatementFile({ actor: contractor, statementId: fee!.id });
    const elapsed = performance.now() - start;
    expect(file.bytes.byteLength).toBeLessThan(200 * 1024);
    expect(file.fileName).toBe(`保証料計算書_${advance.contractNumber}-01.pdf`);
    expect(elapsed).toBeLessThan(5_000); // cold, fonts included; the warm 50 ms goal is measured by npm run bench
    const text = textOf(file.bytes);
    for (const expected of ["保証料計算書", "〇〇建設 株式会社", advance.contractNumber, "令和○年度 県単河川維持工事", "20,000,000円", "区分 1円〜10,000,000円", "10,000,000円 × 0.45% = 45,000円", "期間係数", "211日 ÷ 365", "100円未満切り捨て", formatYen(fee!.amount), "一括納付", "令和元年5月1日から適用の料率表", "消費税はかかりません"]) {
      expect(text).toContain(expected);
    }
    expect(textOf((await buildFeeStatementFile({ actor: contractor, statementId: refund!.id })).bytes)).toMatch(/保証料返還計算書[\s\S]*既納保証料[\s\S]*返還額/);
    expect(textOf((await buildFeeStatementFile({ actor: nagano, statementId: additional!.id })).bytes)).toMatch(/追加保証料計算書[\s\S]*変更前の保証料[\s\S]*追加保証料\s+[\d,]+円/);
    expect(textOf((await buildFeeStatementFile({ actor: contractor, statementId: cancel!.id })).bytes)).toContain("取消");
  });

  it("the 一括納付 month: every statement of the month, the total net of refunds, the due date", async () => {
    const [month] = await listContractorMonthlyStatements({ actor: contractor });
    const key = month!.month.toISOString().slice(0, 7);
    const file = await buildMonthlyStatementFile({ actor: contractor, month: key });
    expect(file.bytes.byteLength).toBeLessThan(200 * 1024);
    const text = textOf(file.bytes);
    expect(text).toMatch(/保証料一括納付計算書（令和\d+年\d+月分）/);
    expect(text).toContain(`請求額合計`);
    expect(text).toContain(formatYen(month!.total));
    expect(text).toContain("納付期限");
    expect(text).toMatch(/保証料返還計算書.*△[\d,]+円/); // the 返還 of the first test is deducted
    expect((await errorOf(buildMonthlyStatementFile({ actor: other, month: key })))?.code).toBe("NOT_FOUND");
    expect((await errorOf(buildMonthlyStatementFile({ actor: contractor, month: "2026-13" })))?.code).toBe("NOT_FOUND");
  });

  it("is not found for another company or another branch", async () => {
    const statement = await prisma.feeStatement.findFirstOrThrow();
    expect((await errorOf(buildFeeStatementFile({ actor: other, statementId: statement.id })))?.code).toBe("NOT_FOUND");
    expect((await errorOf(buildFeeStatementFile({ actor: shizuoka, statementId: statement.id })))?.code).toBe("NOT_FOUND");
    expect((await errorOf(buildFeeStatementFile({ actor: contractor, statementId: "not-a-uuid" })))?.code).toBe("NOT_FOUND");
  });
});
