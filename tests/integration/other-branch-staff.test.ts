// The staff server actions' use cases with another branch's staff, for the ones the area tests do not
// already cover (see application-review, issue-guarantees and amend-guarantee tests for 受付, 差戻し,
// 発行, 変更 and 取消): 審査開始, 訂正 and 変更の取消 are NOT_FOUND, and nothing is written.
import { beforeAll, describe, expect, it } from "vitest";
import { getPrisma } from "@/lib/db/client";
import type { AppError } from "@/lib/errors";
import { startApplicationReview } from "@/lib/server/applications/start-application-review";
import { amendGuarantee } from "@/lib/server/guarantees/amend-guarantee";
import { cancelGuaranteeChange } from "@/lib/server/guarantees/cancel-guarantee-change";
import { correctGuarantee } from "@/lib/server/guarantees/correct-guarantee";
import { issueGuarantees } from "@/lib/server/guarantees/issue-guarantees";
import type { StaffActor } from "@/lib/auth/actor";
import { copyOfFlyerApplication, issueRowCounts, REQUEST, seedAndStaff } from "../support/issue-fixtures";

const prisma = getPrisma();
let nagano: StaffActor;
let shizuoka: StaffActor;

beforeAll(async () => {
  ({ nagano, shizuoka } = await seedAndStaff());
});

const codeOf = async (promise: Promise<unknown>) => promise.then(() => null, (e: unknown) => (e as AppError).code);

describe("another branch's staff on 長野支店's records", () => {
  it("cannot start the review of a sent application", async () => {
    const sent = await copyOfFlyerApplication({ status: "SUBMITTED" });
    const before = await issueRowCounts();
    expect(await codeOf(startApplicationReview({ applicationId: sent, actor: shizuoka, request: REQUEST }))).toBe("NOT_FOUND");
    expect((await prisma.application.findUniqueOrThrow({ where: { id: sent } })).status).toBe("SUBMITTED");
    expect(await issueRowCounts()).toEqual(before);
  });

  it("cannot correct an issued guarantee nor cancel its change", async () => {
    const applicationId = await copyOfFlyerApplication({ contractGuaranteeRequested: false });
    const { guarantees } = await issueGuarantees({ applicationId, actor: nagano });
    const guaranteeId = guarantees[0]!.id;
    await amendGuarantee({ guaranteeId, actor: nagano, input: { changeType: "DECREASE", amount: "1000", reason: "減額" }, request: REQUEST });
    const guarantee = await prisma.guarantee.findUniqueOrThrow({ where: { id: guaranteeId } });
    const before = await issueRowCounts();

    const correction = {
      projectName: "訂正後の工事名",
      projectLocation: "",
      jvName: "",
      depositBank: "〇〇銀行　××支店",
      guaranteeAmount: String(guarantee.amount),
      termFrom: "2022-11-01",
      termTo: "2023-03-17",
      reason: "工事名の誤記",
    };
    expect(await codeOf(correctGuarantee({ guaranteeId, actor: shizuoka, input: correction, request: REQUEST }))).toBe("NOT_FOUND");
    expect(await codeOf(cancelGuaranteeChange({ guaranteeId, actor: shizuoka, input: { reason: "誤り" }, request: REQUEST }))).toBe("NOT_FOUND");

    expect(await issueRowCounts()).toEqual(before);
    expect(await prisma.guarantee.findUniqueOrThrow({ where: { id: guaranteeId } })).toMatchObject({ amount: guarantee.amount, status: guarantee.status });
  });
});
