// 発注者へ提出 is no open relay (issue 14, item 10): a key notice goes only to the ordering body's registered
// address or an address in its registered mail domains; the form's token must be one the server issued to
// this user for this guarantee, and it is spent by its one submission; at most five a day per guarantee.
// Every refusal writes nothing: no mail, no audit entry, and the token stays unspent.
import { actorByEmail } from "../support/accounts";
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import type { ContractorActor, StaffActor } from "@/lib/auth/actor";
import { getPrisma } from "@/lib/db/client";
import { saveOrderingBody } from "@/lib/server/master-data/save-ordering-body";
import { issueGuarantees } from "@/lib/server/guarantees/issue-guarantees";
import { issueKeySubmissionToken } from "@/lib/server/guarantees/issue-key-submission-token";
import { KEY_SUBMISSIONS_PER_DAY, submitKeyToOrderingBody, TOKEN_NOT_VALID, TOO_MANY_SUBMISSIONS } from "@/lib/server/guarantees/submit-key-to-ordering-body";
import { loadActor } from "@/lib/server/load-actor";
import { copyOfFlyerApplication, errorOf, seedAndStaff } from "../support/issue-fixtures";

const prisma = getPrisma();
let nagano: StaffActor;
let contractor: ContractorActor;

/** The advance-payment e-guarantee of a new copy of the flyer (ordering body 長野県△△建設事務所長). */
async function newGuarantee(projectName: string): Promise<string> {
  const applicationId = await copyOfFlyerApplication({ projectName, completionMailWanted: false });
  const { guarantees } = await issueGuarantees({ applicationId, actor: nagano });
  return guarantees[0]!.id;
}

const written = async (guaranteeId: string) => ({
  mails: await prisma.emailOutbox.count({ where: { guaranteeId, kind: "KEY_SUBMISSION" } }),
  audit: await prisma.auditEntry.count({ where: { entityId: guaranteeId, action: "guarantee.submit-key" } }),
  spent: await prisma.keySubmissionToken.count({ where: { guaranteeId, usedAt: { not: null } } }),
});

/** The refusal, and proof that it wrote nothing. */
async function refused(guaranteeId: string, call: () => Promise<unknown>) {
  const before = await written(guaranteeId);
  const error = await errorOf(call());
  expect(error).not.toBeNull();
  expect(await written(guaranteeId)).toEqual(before);
  return error!;
}

beforeAll(async () => {
  ({ nagano } = await seedAndStaff());
  contractor = await loadActor("CONTRACTOR", { email: "contractor@example.jp" });
});

describe("発注者へ提出: only to the ordering body's registered addresses", () => {
  it("refuses an address outside the body's registered address and mail domains, a look-alike domain included", async () => {
    const guaranteeId = await newGuarantee("提出先制限確認工事");
    for (const to of ["attacker@example.com", "keiyaku@pref-nagano.example.jp.evil.example", "x@sub.pref-nagano.example.jp", "kensetsu@pref-nagano.example.com"]) {
      const token = await issueKeySubmissionToken({ actor: contractor, guaranteeId });
      const error = await refused(guaranteeId, () => submitKeyToOrderingBody({ actor: contractor, guaranteeId, input: { to, submissionToken: token } }));
      expect(error).toMatchObject({ code: "VALIDATION", fieldErrors: { to: expect.stringContaining("以外には送信できません") } });
      expect(error.fieldErrors!.to).toContain("kensetsu@pref-nagano.example.jp");
      expect(error.fieldErrors!.to).toContain("@pref-nagano.example.jp");
    }
    // The registered address and an address in the registered domain are accepted.
    for (const to of ["", "kensetsu@pref-nagano.example.jp", "keiyaku-ka@pref-nagano.example.jp"]) {
      const token = await issueKeySubmissionToken({ actor: contractor, guaranteeId });
      await submitKeyToOrderingBody({ actor: contractor, guaranteeId, input: { to, submissionToken: token } });
    }
    expect((await written(guaranteeId)).mails).toBe(3);
  });

  it("follows the domains the administrator registers in 発注者マスタ", async () => {
    const guaranteeId = await newGuarantee("ドメイン登録確認工事");
    const body = await prisma.orderingBody.findFirstOrThrow({ where: { guarantees: { some: { id: guaranteeId } } } });
    const to = "keiyaku@city.mishima.shizuoka.jp";
    const submissionToken = await issueKeySubmissionToken({ actor: contractor, guaranteeId });
    await refused(guaranteeId, () => submitKeyToOrderingBody({ actor: contractor, guaranteeId, input: { to, submissionToken } }));
    const input = {
      name: body.name,
      prefecture: body.prefecture,
      eGuaranteeEnabled: "on",
      keySubmissionEmail: body.keySubmissionEmail ?? "",
      keySubmissionDomains: `${body.keySubmissionDomains.join("\n")}\nCity.Mishima.Shizuoka.JP`,
      keyEmailSubjectTemplate: body.keyEmailSubjectTemplate ?? "",
      advanceLimitNumerator: String(body.advanceLimitNumerator),
      advanceLimitDenominator: String(body.advanceLimitDenominator),
      contractMinNumerator: String(body.contractMinNumerator),
      contractMinDenominator: String(body.contractMinDenominator),
      active: "on",
    };
    try {
      await saveOrderingBody({ actor: await actorByEmail("ADMINISTRATOR", "admin@example.jp"), id: body.id, input });
      expect((await prisma.orderingBody.findUniqueOrThrow({ where: { id: body.id } })).keySubmissionDomains).toEqual([...body.keySubmissionDomains, "city.mishima.shizuoka.jp"]);
      const sent = await submitKeyToOrderingBody({ actor: contractor, guaranteeId, input: { to, submissionToken: await issueKeySubmissionToken({ actor: contractor, guaranteeId }) } });
      expect(sent.to).toBe(to);
    } finally {
      await prisma.orderingBody.update({ where: { id: body.id }, data: { keySubmissionDomains: body.keySubmissionDomains } });
    }
    // A malformed domain is refused beside the field.
    await expect(saveOrderingBody({ actor: await actorByEmail("ADMINISTRATOR", "admin@example.jp"), id: body.id, input: { ...input, keySubmissionDomains: "city..example.jp" } })).rejects.toMatchObject({
      code: "VALIDATION",
      fieldErrors: { keySubmissionDomains: expect.stringContaining("ドメインの形式ではありません") },
    });
  });
});

describe("発注者へ提出: the form's token is the server's, for this user and guarantee, and works once", () => {
  it("refuses a token the client invented, one issued for another guarantee, and an expired one", async () => {
    const guaranteeId = await newGuarantee("トークン確認工事");
    const other = await newGuarantee("別の保証のトークン確認工事");
    const invented = randomUUID();
    const otherToken = await issueKeySubmissionToken({ actor: contractor, guaranteeId: other });
    const expired = await issueKeySubmissionToken({ actor: contractor, guaranteeId, now: new Date(Date.now() - 25 * 3_600_000) });
    for (const submissionToken of [invented, otherToken, expired]) {
      const error = await refused(guaranteeId, () => submitKeyToOrderingBody({ actor: contractor, guaranteeId, input: { to: "", submissionToken } }));
      expect(error).toMatchObject({ code: "CONFLICT", message: TOKEN_NOT_VALID });
    }
  });

  it("refuses a token issued to another user of the same company", async () => {
    const guaranteeId = await newGuarantee("別ユーザーのトークン確認工事");
    const colleague = await prisma.user.create({
      data: { email: `colleague-${randomUUID().slice(0, 8)}@marumaru-kensetsu.example.jp`, name: "同僚 一郎", role: "CONTRACTOR", companyId: contractor.companyId },
    });
    const theirs = await issueKeySubmissionToken({ actor: { ...contractor, userId: colleague.id }, guaranteeId });
    const error = await refused(guaranteeId, () => submitKeyToOrderingBody({ actor: contractor, guaranteeId, input: { to: "", submissionToken: theirs } }));
    expect(error).toMatchObject({ code: "CONFLICT" });
  });

  it("is spent by its submission: the same form again queues nothing more (it answers the mail it queued)", async () => {
    const guaranteeId = await newGuarantee("トークン使用済み確認工事");
    const submissionToken = await issueKeySubmissionToken({ actor: contractor, guaranteeId });
    const first = await submitKeyToOrderingBody({ actor: contractor, guaranteeId, input: { to: "", submissionToken } });
    const before = await written(guaranteeId);
    expect(before).toEqual({ mails: 1, audit: 1, spent: 1 });
    // A replay, even to another (allowed) address, sends nothing new.
    const again = await submitKeyToOrderingBody({ actor: contractor, guaranteeId, input: { to: "other@pref-nagano.example.jp", submissionToken } });
    expect(again).toEqual(first);
    expect(await written(guaranteeId)).toEqual(before);
  });
});

describe("発注者へ提出: at most five a day per guarantee", () => {
  it(`refuses the ${KEY_SUBMISSIONS_PER_DAY + 1}th submission within 24 hours with a Japanese message, and allows it again a day later`, async () => {
    const guaranteeId = await newGuarantee("送信回数上限確認工事");
    for (let i = 0; i < KEY_SUBMISSIONS_PER_DAY; i++) {
      await submitKeyToOrderingBody({ actor: contractor, guaranteeId, input: { to: "", submissionToken: await issueKeySubmissionToken({ actor: contractor, guaranteeId }) } });
    }
    const token = await issueKeySubmissionToken({ actor: contractor, guaranteeId });
    const error = await refused(guaranteeId, () => submitKeyToOrderingBody({ actor: contractor, guaranteeId, input: { to: "", submissionToken: token } }));
    expect(error).toMatchObject({ code: "RATE_LIMITED", message: TOO_MANY_SUBMISSIONS });
    // The token was not spent by the refusal: a day later it may be used.
    const tomorrow = new Date(Date.now() + 24 * 3_600_000 + 60_000);
    const tokenTomorrow = await issueKeySubmissionToken({ actor: contractor, guaranteeId, now: tomorrow });
    await submitKeyToOrderingBody({ actor: contractor, guaranteeId, input: { to: "", submissionToken: tokenTomorrow }, now: tomorrow });
    expect((await written(guaranteeId)).mails).toBe(KEY_SUBMISSIONS_PER_DAY + 1);
  });
});
