// 変更・訂正・取消 after issue: the right versions, the right history, the same 認証キー, refusals in
// Japanese without writing, and an audit entry for each action.
import { beforeAll, describe, expect, it } from "vitest";
import { getPrisma } from "@/lib/db/client";
import { signingPublicKeyPem, verifyCertificateContent } from "@/lib/crypto/certificate-signature";
import type { JsonValue } from "@/lib/domain/canonical-json";
import { asCertificateContent } from "@/lib/domain/certificate-content";
import { currentVersion, visibleHistory } from "@/lib/domain/certificate-history";
import { amendGuarantee } from "@/lib/server/guarantees/amend-guarantee";
import { cancelGuarantee } from "@/lib/server/guarantees/cancel-guarantee";
import { cancelGuaranteeChange } from "@/lib/server/guarantees/cancel-guarantee-change";
import { correctGuarantee } from "@/lib/server/guarantees/correct-guarantee";
import { issueGuarantees } from "@/lib/server/guarantees/issue-guarantees";
import type { StaffActor } from "@/lib/auth/actor";
import { copyOfFlyerApplication, issueRowCounts, REQUEST, seedAndStaff, errorOf } from "../support/issue-fixtures";

const prisma = getPrisma();
let nagano: StaffActor;
let shizuoka: StaffActor;

beforeAll(async () => {
  ({ nagano, shizuoka } = await seedAndStaff());
});


/** A freshly issued e-guarantee (前払金保証 20,000,000円, 請負金額 60,000,000円 so that 4/10 leaves room
 * for a 増額 up to 24,000,000円, 2022-11-01〜2023-03-17). */
async function issuedAdvanceGuarantee(overrides: Parameters<typeof copyOfFlyerApplication>[0] = {}): Promise<string> {
  const applicationId = await copyOfFlyerApplication({ contractGuaranteeRequested: false, contractAmount: 60_000_000n, ...overrides });
  const { guarantees } = await issueGuarantees({ applicationId, actor: nagano });
  return guarantees[0]!.id;
}

async function load(guaranteeId: string) {
  return prisma.guarantee.findUniqueOrThrow({ where: { id: guaranteeId }, include: { authKey: true, versions: { orderBy: { versionNo: "asc" } } } });
}

function expectAllSigned(versions: { content: unknown; signature: Uint8Array | null }[]) {
  const publicKey = signingPublicKeyPem();
  for (const v of versions) expect(verifyCertificateContent(v.content as JsonValue, v.signature!, publicKey)).toBe(true);
}

describe("変更 (amendment)", () => {
  it("増額 adds a signed 変更 version with its own 電子保証発行日時 and keeps the same 認証キー", async () => {
    const id = await issuedAdvanceGuarantee();
    const before = await load(id);
    await new Promise((r) => setTimeout(r, 5)); // a later instant than the issue
    await amendGuarantee({ guaranteeId: id, actor: nagano, input: { changeType: "INCREASE", amount: "２,０００,０００円", reason: "請負金額の変更" }, request: REQUEST });

    const after = await load(id);
    expect(after.amount).toBe(22_000_000n);
    expect(after.authKey!.id).toBe(before.authKey!.id);
    expect(Buffer.from(after.authKey!.keyHash).equals(Buffer.from(before.authKey!.keyHash))).toBe(true);
    expect(after.versions.map((v) => [v.versionNo, v.kind, v.changeType, v.hiddenFromHistory])).toEqual([
      [1, "NEW", null, false],
      [2, "CHANGE", "INCREASE", false],
    ]);
    const v2 = after.versions[1]!;
    expect(v2.issuedAt.getTime()).toBeGreaterThan(after.versions[0]!.issuedAt.getTime());
    expect(asCertificateContent(v2.content)).toMatchObject({ guaranteeAmount: "22000000", versionNo: 2, versionKind: "CHANGE", changeType: "INCREASE", issuedAt: v2.issuedAt.toISOString(), contractNumber: after.contractNumber });
    expect(asCertificateContent(after.versions[0]!.content).guaranteeAmount).toBe("20000000"); // v1 frozen
    expectAllSigned(after.versions);
    const audit = await prisma.auditEntry.findFirstOrThrow({ where: { entityId: id, action: "guarantee.amend" } });
    expect(audit).toMatchObject({ actorId: nagano.userId, ipAddress: "192.0.2.10", before: { amount: "20000000" }, after: { amount: "22000000", changeType: "INCREASE" } });
  });

  it("減額 and 保証期限変更 change amount and term; rules are refused in Japanese without writing", async () => {
    const id = await issuedAdvanceGuarantee();
    await amendGuarantee({ guaranteeId: id, actor: nagano, input: { changeType: "DECREASE", amount: "5000000" } });
    await amendGuarantee({ guaranteeId: id, actor: nagano, input: { changeType: "TERM_CHANGE", termTo: "20230630" } });
    const g = await load(id);
    expect(g.amount).toBe(15_000_000n);
    expect(g.termTo.toISOString().slice(0, 10)).toBe("2023-06-30");
    expect(asCertificateContent(currentVersion(g.versions)!.content)).toMatchObject({ guaranteeAmount: "15000000", termTo: "2023-06-30", changeType: "TERM_CHANGE" });

    const counts = await issueRowCounts();
    const belowZero = await errorOf(amendGuarantee({ guaranteeId: id, actor: nagano, input: { changeType: "DECREASE", amount: "15000000" } }));
    expect(belowZero).toMatchObject({ code: "VALIDATION", fieldErrors: { amount: expect.stringContaining("0円以下") } });
    const beforeStart = await errorOf(amendGuarantee({ guaranteeId: id, actor: nagano, input: { changeType: "TERM_CHANGE", termTo: "2022-10-31" } }));
    expect(beforeStart).toMatchObject({ code: "VALIDATION", fieldErrors: { termTo: "変更後の保証期限は保証期間の開始日（令和4年11月1日）より後の日付を入力してください。" } });
    const overContract = await errorOf(amendGuarantee({ guaranteeId: id, actor: nagano, input: { changeType: "INCREASE", amount: "40000000" } }));
    expect(overContract?.fieldErrors?.amount).toContain("請負金額");
    const notANumber = await errorOf(amendGuarantee({ guaranteeId: id, actor: nagano, input: { changeType: "INCREASE", amount: "abc" } }));
    expect(notANumber?.fieldErrors?.amount).toBe("増額する金額は半角または全角の数字（円単位）で入力してください。");
    const badDate = await errorOf(amendGuarantee({ guaranteeId: id, actor: nagano, input: { changeType: "TERM_CHANGE", termTo: "20230231" } }));
    expect(badDate?.fieldErrors?.termTo).toBe("変更後の保証期限が正しい日付ではありません。");
    const unknownType = await errorOf(amendGuarantee({ guaranteeId: id, actor: nagano, input: { changeType: "DOUBLE" } }));
    expect(unknownType?.code).toBe("VALIDATION");
    expect(await issueRowCounts()).toEqual(counts);
  });
});

describe("変更 and 訂正 keep the rules of 送信 and 発行 (lib/domain/guarantee-rules.ts)", () => {
  it("増額 beyond the ordering body's 4/10 of 請負金額 is refused, naming the rule and the number", async () => {
    const id = await issuedAdvanceGuarantee();
    const counts = await issueRowCounts();
    const over = await errorOf(amendGuarantee({ guaranteeId: id, actor: nagano, input: { changeType: "INCREASE", amount: "4,000,001" } }));
    expect(over).toMatchObject({
      code: "VALIDATION",
      fieldErrors: { amount: "増額後の保証金額（24,000,001円）は請負金額の4/10（24,000,000円）以内でなければなりません。" },
    });
    expect(await issueRowCounts()).toEqual(counts);
    await amendGuarantee({ guaranteeId: id, actor: nagano, input: { changeType: "INCREASE", amount: "4,000,000" } });
    expect((await load(id)).amount).toBe(24_000_000n); // exactly 4/10 passes
  });

  it("reads the limit from the ordering body and 今年度対象額 from the application", async () => {
    const strict = await prisma.orderingBody.create({
      data: { name: `3/10の発注者 ${Date.now()}`, prefecture: "長野県", eGuaranteeEnabled: true, advanceLimitNumerator: 3 },
    });
    const id = await issuedAdvanceGuarantee({ orderingBodyId: strict.id, advanceAmount: 17_000_000n });
    const over = await errorOf(amendGuarantee({ guaranteeId: id, actor: nagano, input: { changeType: "INCREASE", amount: "1,000,001" } }));
    expect(over?.fieldErrors?.amount).toBe("増額後の保証金額（18,000,001円）は請負金額の3/10（18,000,000円）以内でなければなりません。");

    const multiYear = await issuedAdvanceGuarantee({ advanceFiscalYearAmount: 45_000_000n, advanceAmount: 17_000_000n });
    const overYear = await errorOf(amendGuarantee({ guaranteeId: multiYear, actor: nagano, input: { changeType: "INCREASE", amount: "1,000,001" } }));
    expect(overYear?.fieldErrors?.amount).toBe("増額後の保証金額（18,000,001円）は今年度対象額の4/10（18,000,000円）以内でなければなりません。");
  });

  it("減額 of a 契約保証 below the ordering body's 1/10 is refused", async () => {
    const applicationId = await copyOfFlyerApplication({ advanceRequested: false, contractGuaranteeAmount: 6_000_000n });
    const { guarantees } = await issueGuarantees({ applicationId, actor: nagano });
    const id = guarantees[0]!.id;
    const under = await errorOf(amendGuarantee({ guaranteeId: id, actor: nagano, input: { changeType: "DECREASE", amount: "1,000,001" } }));
    expect(under?.fieldErrors?.amount).toBe("減額後の保証金額（4,999,999円）は請負金額の1/10（5,000,000円）以上でなければなりません。");
    await amendGuarantee({ guaranteeId: id, actor: nagano, input: { changeType: "DECREASE", amount: "1,000,000" } });
    expect((await load(id)).amount).toBe(5_000_000n);
  });

  it("訂正 is held to the same amount limit and the same term rule", async () => {
    const id = await issuedAdvanceGuarantee();
    const input = {
      projectName: "令和○年度 県単河川維持工事",
      projectLocation: "長野県長野市 ××川 地内",
      jvName: "",
      depositBank: "〇〇銀行 ××支店",
      guaranteeAmount: "24000001",
      termFrom: "2022-11-01",
      termTo: "2023-03-17",
      reason: "金額の誤記",
    };
    const over = await errorOf(correctGuarantee({ guaranteeId: id, actor: nagano, input }));
    expect(over?.fieldErrors?.guaranteeAmount).toBe("保証金額は請負金額の4/10（24,000,000円）以内で入力してください。");
    const oneDay = await errorOf(correctGuarantee({ guaranteeId: id, actor: nagano, input: { ...input, guaranteeAmount: "24000000", termTo: "2022-11-01" } }));
    expect(oneDay?.fieldErrors?.termTo).toBe("保証期間の終了日は開始日より後の日付を入力してください。");
  });

  it("保証期限変更 to the start day is refused, as a 工期 ending on its start day is at 送信", async () => {
    const id = await issuedAdvanceGuarantee();
    const sameDay = await errorOf(amendGuarantee({ guaranteeId: id, actor: nagano, input: { changeType: "TERM_CHANGE", termTo: "2022-11-01" } }));
    expect(sameDay?.fieldErrors?.termTo).toBe("変更後の保証期限は保証期間の開始日（令和4年11月1日）より後の日付を入力してください。");
    await amendGuarantee({ guaranteeId: id, actor: nagano, input: { changeType: "TERM_CHANGE", termTo: "2022-11-02" } });
    expect((await load(id)).termTo.toISOString().slice(0, 10)).toBe("2022-11-02");
  });
});

describe("訂正 (correction)", () => {
  it("replaces the version in force; the replaced one stays for audit but leaves the history", async () => {
    const id = await issuedAdvanceGuarantee();
    await amendGuarantee({ guaranteeId: id, actor: nagano, input: { changeType: "INCREASE", amount: "1000000" } });
    const input = {
      projectName: "令和○年度 県単河川維持工事（その2）",
      projectLocation: "長野県長野市 ××川 地内",
      jvName: "",
      depositBank: "〇〇銀行 △△支店",
      guaranteeAmount: "21000000",
      termFrom: "2022-11-01",
      termTo: "2023-03-17",
      reason: "工事名の誤記",
    };
    await correctGuarantee({ guaranteeId: id, actor: nagano, input, request: REQUEST });

    const g = await load(id);
    expect(g.versions.map((v) => [v.versionNo, v.kind, v.hiddenFromHistory])).toEqual([
      [1, "NEW", false],
      [2, "CHANGE", true],
      [3, "CORRECTION", false],
    ]);
    expect(g.versions[2]!.replacesVersionId).toBe(g.versions[1]!.id);
    expect(g.versions[2]!.changeType).toBe("INCREASE"); // still a change, so it can be cancelled as one
    expect(visibleHistory(g.versions).map((v) => v.versionNo)).toEqual([1, 3]);
    expect(asCertificateContent(g.versions[2]!.content)).toMatchObject({ projectName: input.projectName, depositBank: "〇〇銀行 △△支店", versionKind: "CORRECTION" });
    expect(asCertificateContent(g.versions[1]!.content).projectName).toBe("令和○年度 県単河川維持工事"); // kept as it was
    expect(g.projectName).toBe(input.projectName);
    expectAllSigned(g.versions);
    expect(await prisma.auditEntry.count({ where: { entityId: id, action: "guarantee.correct" } })).toBe(1);

    const same = await errorOf(correctGuarantee({ guaranteeId: id, actor: nagano, input }));
    expect(same?.message).toBe("訂正する内容がありません（現在の内容と同じです）。");
    const reversed = await errorOf(correctGuarantee({ guaranteeId: id, actor: nagano, input: { ...input, termTo: "2022-10-01" } }));
    expect(reversed?.fieldErrors?.termTo).toBe("保証期間の終了日は開始日より後の日付を入力してください。");
    const noReason = await errorOf(correctGuarantee({ guaranteeId: id, actor: nagano, input: { ...input, reason: " " } }));
    expect(noReason?.fieldErrors?.reason).toBe("訂正の理由を入力してください。");
  });
});

describe("取消 (cancellation)", () => {
  it("取消 of a change hides it and puts the version before it back in force", async () => {
    const id = await issuedAdvanceGuarantee();
    expect((await errorOf(cancelGuaranteeChange({ guaranteeId: id, actor: nagano, input: { reason: "誤り" } })))?.message).toContain("取り消せる変更がありません");
    await amendGuarantee({ guaranteeId: id, actor: nagano, input: { changeType: "TERM_CHANGE", termTo: "2023-09-30" } });
    await cancelGuaranteeChange({ guaranteeId: id, actor: nagano, input: { reason: "変更契約が締結されなかった" }, request: REQUEST });

    const g = await load(id);
    expect(g.versions.map((v) => [v.versionNo, v.kind, v.hiddenFromHistory])).toEqual([
      [1, "NEW", false],
      [2, "CHANGE", true],
      [3, "CANCELLATION", true],
    ]);
    expect(g.versions[2]!.replacesVersionId).toBe(g.versions[1]!.id);
    expect(currentVersion(g.versions)!.versionNo).toBe(1);
    expect(g.termTo.toISOString().slice(0, 10)).toBe("2023-03-17");
    expect(g.status).toBe("ACTIVE");
    expect(asCertificateContent(g.versions[2]!.content)).toMatchObject({ termTo: "2023-03-17", versionKind: "CANCELLATION" });
    expectAllSigned(g.versions);
    expect(await prisma.auditEntry.count({ where: { entityId: id, action: "guarantee.cancel-change" } })).toBe(1);
  });

  it("取消 of the whole guarantee marks it cancelled everywhere and refuses every later amendment", async () => {
    const id = await issuedAdvanceGuarantee();
    expect((await errorOf(cancelGuarantee({ guaranteeId: id, actor: nagano, input: { reason: "" } })))?.fieldErrors?.reason).toBe("取消の理由を入力してください。");
    await cancelGuarantee({ guaranteeId: id, actor: nagano, input: { reason: "契約解除" }, request: REQUEST });

    const g = await load(id);
    expect(g.status).toBe("CANCELLED");
    expect(g.cancelledAt).not.toBeNull();
    const current = currentVersion(g.versions)!;
    expect(current).toMatchObject({ versionNo: 2, kind: "CANCELLATION", hiddenFromHistory: false });
    expect(asCertificateContent(current.content).status).toBe("CANCELLED");
    expectAllSigned(g.versions);

    const counts = await issueRowCounts();
    for (const attempt of [
      () => amendGuarantee({ guaranteeId: id, actor: nagano, input: { changeType: "INCREASE", amount: "1" } }),
      () => correctGuarantee({ guaranteeId: id, actor: nagano, input: { projectName: "x", projectLocation: "", jvName: "", depositBank: "", guaranteeAmount: "1", termFrom: "2022-11-01", termTo: "2023-01-01", reason: "r" } }),
      () => cancelGuaranteeChange({ guaranteeId: id, actor: nagano, input: { reason: "r" } }),
      () => cancelGuarantee({ guaranteeId: id, actor: nagano, input: { reason: "r" } }),
    ]) {
      expect(await errorOf(attempt())).toMatchObject({ code: "CONFLICT", message: "取消済みの保証は変更・訂正・取消できません。" });
    }
    expect(await issueRowCounts()).toEqual(counts);
  });

  it("another branch's staff cannot amend, correct or cancel: not found", async () => {
    const id = await issuedAdvanceGuarantee();
    expect(await errorOf(amendGuarantee({ guaranteeId: id, actor: shizuoka, input: { changeType: "INCREASE", amount: "1" } }))).toMatchObject({ code: "NOT_FOUND" });
    expect(await errorOf(cancelGuarantee({ guaranteeId: id, actor: shizuoka, input: { reason: "r" } }))).toMatchObject({ code: "NOT_FOUND" });
    expect((await load(id)).versions).toHaveLength(1);
  });
});
