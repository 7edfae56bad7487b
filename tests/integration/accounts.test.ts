// Accounts: registering a contractor and inviting its first user, setting a password from the
// link, password reset, password change, colleagues and deactivation — on a real PostgreSQL.
import { beforeAll, describe, expect, it } from "vitest";
import { findActiveUser } from "@/lib/auth/find-active-user";
import { signInWithPassword } from "@/lib/auth/sign-in";
import { hashUserToken } from "@/lib/auth/user-token";
import { getPrisma } from "@/lib/db/client";
import { seedDemo } from "@/lib/db/seed-demo";
import { AppError } from "@/lib/errors";
import { changePassword } from "@/lib/server/accounts/change-password";
import { deactivateColleague } from "@/lib/server/accounts/deactivate-colleague";
import { findUsableUserToken } from "@/lib/server/accounts/find-usable-user-token";
import { inviteColleague } from "@/lib/server/accounts/invite-colleague";
import { registerContractor } from "@/lib/server/accounts/register-contractor";
import { requestPasswordReset } from "@/lib/server/accounts/request-password-reset";
import { setPasswordWithToken } from "@/lib/server/accounts/set-password-with-token";
import { updateCompanyProfile } from "@/lib/server/accounts/update-company-profile";
import { actorByEmail, auditEntriesFor, tokenFromLatestMail, userByEmail } from "../support/accounts";

const prisma = getPrisma();
const IP = "192.0.2.10";
const GOOD_PASSWORD = "樹氷の朝に橋を渡る-2026";
const DEMO_PASSWORD = "netdesk-demo-2026";

const newCompany = {
  name: "□□土木 株式会社",
  representativeName: "代表取締役 田中 一",
  postalCode: "３８５００１１", // full-width, no hyphen: folded to 385-0011
  address: "長野県 佐久市 猿久保 1-1",
  phone: "0267-00-0000",
  email: "info@shikaku-doboku.example.jp",
  userName: "田中 一",
  userEmail: "Tanaka@Shikaku-Doboku.example.jp",
};

async function expectAppError(promise: Promise<unknown>, code: AppError["code"]) {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  expect((error as AppError).code).toBe(code);
  return error as AppError;
}

beforeAll(async () => {
  await seedDemo(prisma);
});

describe("invitation → set password → sign in", () => {
  it("staff register a company; its first user receives a single-use link, sets a password and signs in", async () => {
    const staff = await actorByEmail("SURETY_STAFF", "staff.nagano@example.jp");
    const { companyId, userId } = await registerContractor({ actor: staff, input: newCompany });
    const company = await prisma.contractorCompany.findUniqueOrThrow({ where: { id: companyId } });
    expect(company.postalCode).toBe("385-0011");
    const user = await prisma.user.findUniqueOrThrow({ where: { id: userId } });
    expect(user).toMatchObject({ email: "tanaka@shikaku-doboku.example.jp", role: "CONTRACTOR", companyId, passwordHash: null, active: true });

    const mail = await prisma.emailOutbox.findFirstOrThrow({ where: { toAddress: user.email } });
    expect(mail).toMatchObject({ kind: "INVITATION", status: "PENDING", subject: "【Net Desk】アカウント登録のご案内" });
    expect(mail.textBody).toContain("http://localhost:3000/account/setup?token=");
    expect(mail.htmlBody).toContain("□□土木 株式会社 田中 一 様");
    const token = await tokenFromLatestMail(user.email, "INVITATION");
    // Only the hash is stored, never the token itself.
    const stored = await prisma.userToken.findFirstOrThrow({ where: { userId } });
    expect(stored.tokenHash).toBe(hashUserToken(token));
    expect(stored.tokenHash).not.toContain(token);
    expect(stored.expiresAt.getTime() - stored.createdAt.getTime()).toBe(72 * 60 * 60 * 1000);

    // No password yet: nobody can sign in as this user.
    expect((await signInWithPassword({ email: user.email, password: "" }, IP)).ok).toBe(false);

    // Each password rule answers beside its field, in Japanese; the link stays usable meanwhile.
    for (const [password, message] of [
      ["short-pass", "12文字以上"],
      ["tanaka@shikaku-doboku.example.jp", "メールアドレスと同じ"],
      ["password1234", "よく使われている"],
    ] as const) {
      const error = await expectAppError(setPasswordWithToken({ token, purpose: "INVITATION", input: { password, passwordConfirm: password } }), "VALIDATION");
      expect(error.fieldErrors?.password).toContain(message);
    }
    const mismatch = await expectAppError(
      setPasswordWithToken({ token, purpose: "INVITATION", input: { password: GOOD_PASSWORD, passwordConfirm: "別のもの" } }),
      "VALIDATION",
    );
    expect(mismatch.fieldErrors?.passwordConfirm).toBe("確認用のパスワードが一致しません。");

    await setPasswordWithToken({ token, purpose: "INVITATION", input: { password: GOOD_PASSWORD, passwordConfirm: GOOD_PASSWORD } });
    const signedIn = await signInWithPassword({ email: "TANAKA@shikaku-doboku.example.jp", password: GOOD_PASSWORD }, IP);
    // Setting the password from the link raised the session version (it ends any session; an invited user had none).
    expect(signedIn).toEqual({ ok: true, userId, sessionVersion: 1 });

    // A used link is refused, on the page and on submit.
    expect(await findUsableUserToken({ token, purpose: "INVITATION" })).toBeNull();
    await expectAppError(
      setPasswordWithToken({ token, purpose: "INVITATION", input: { password: "もう一度使おうとした合言葉", passwordConfirm: "もう一度使おうとした合言葉" } }),
      "NOT_FOUND",
    );

    const actions = (await auditEntriesFor(userId)).map((e) => e.action);
    expect(actions).toEqual(["user.invite", "user.accept-invitation"]);
    const [created] = await auditEntriesFor(companyId);
    expect(created).toMatchObject({ action: "contractor-company.create", actorId: staff.userId, before: null });
    expect(created!.after).toMatchObject({ name: "□□土木 株式会社" });
    expect(JSON.stringify((await auditEntriesFor(userId)).map((e) => [e.before, e.after]))).not.toContain("$2"); // no bcrypt hash in the trail
  });

  it("refuses an invitation link after 72 hours, and a link of the wrong purpose", async () => {
    const contractor = await actorByEmail("CONTRACTOR", "contractor@example.jp");
    await inviteColleague({ actor: contractor, input: { name: "期限 切子", email: "kigen@example.jp" } });
    const token = await tokenFromLatestMail("kigen@example.jp", "INVITATION");
    const later = new Date(Date.now() + 72 * 60 * 60 * 1000 + 1000);
    expect(await findUsableUserToken({ token, purpose: "INVITATION", now: later })).toBeNull();
    await expectAppError(
      setPasswordWithToken({ token, purpose: "INVITATION", input: { password: GOOD_PASSWORD, passwordConfirm: GOOD_PASSWORD }, now: later }),
      "NOT_FOUND",
    );
    expect(await findUsableUserToken({ token, purpose: "PASSWORD_RESET" })).toBeNull();
    expect(await findUsableUserToken({ token: "not-a-token", purpose: "INVITATION" })).toBeNull();
    expect(await findUsableUserToken({ token, purpose: "INVITATION" })).not.toBeNull(); // still fine before expiry
  });

  it("lets only one of two concurrent uses of the same link succeed", async () => {
    const contractor = await actorByEmail("CONTRACTOR", "contractor@example.jp");
    await inviteColleague({ actor: contractor, input: { name: "同時 二郎", email: "douji@example.jp" } });
    const token = await tokenFromLatestMail("douji@example.jp", "INVITATION");
    const attempt = (password: string) => setPasswordWithToken({ token, purpose: "INVITATION", input: { password, passwordConfirm: password } });
    const results = await Promise.allSettled([attempt("一本目の合言葉はこれです"), attempt("二本目の合言葉はこれです")]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(results.filter((r) => r.status === "rejected")).toHaveLength(1);
  });
});

describe("password reset", () => {
  it("answers an unknown address exactly like a known one, and only the known one gets a mail", async () => {
    const before = await prisma.emailOutbox.count();
    const timed = async (email: string) => {
      const started = performance.now();
      const result = await requestPasswordReset({ input: { email } });
      return { result, ms: performance.now() - started };
    };
    const known = await timed("contractor2@example.jp");
    const unknown = await timed("nobody@example.jp");
    expect(unknown.result).toEqual(known.result);
    expect(await prisma.emailOutbox.count()).toBe(before + 1);
    const mail = await prisma.emailOutbox.findFirstOrThrow({ where: { kind: "PASSWORD_RESET" }, orderBy: { createdAt: "desc" } });
    expect(mail.toAddress).toBe("contractor2@example.jp");
    expect(mail.subject).toBe("【Net Desk】パスワード再設定のご案内");
    // Neither path hashes or waits on anything slow: both answer within a few milliseconds of each other.
    // Compared by the fastest of a few alternating tries, so a busy machine's pauses do not count.
    const fastest = { known: known.ms, unknown: unknown.ms };
    for (let i = 0; i < 4; i++) {
      fastest.unknown = Math.min(fastest.unknown, (await timed("nobody@example.jp")).ms);
      fastest.known = Math.min(fastest.known, (await timed("contractor2@example.jp")).ms);
    }
    expect(Math.abs(fastest.known - fastest.unknown)).toBeLessThan(100);
    // A malformed address is a field error, the same for everyone.
    await expectAppError(requestPasswordReset({ input: { email: "not an address" } }), "VALIDATION");
  });

  it("sets a new password from the link within the hour; the old password and the link stop working", async () => {
    const token = await tokenFromLatestMail("contractor2@example.jp", "PASSWORD_RESET");
    const tooLate = new Date(Date.now() + 61 * 60 * 1000);
    expect(await findUsableUserToken({ token, purpose: "PASSWORD_RESET", now: tooLate })).toBeNull();

    await setPasswordWithToken({ token, purpose: "PASSWORD_RESET", input: { password: GOOD_PASSWORD, passwordConfirm: GOOD_PASSWORD } });
    expect((await signInWithPassword({ email: "contractor2@example.jp", password: DEMO_PASSWORD }, IP)).ok).toBe(false);
    expect((await signInWithPassword({ email: "contractor2@example.jp", password: GOOD_PASSWORD }, IP)).ok).toBe(true);
    await expectAppError(
      setPasswordWithToken({ token, purpose: "PASSWORD_RESET", input: { password: GOOD_PASSWORD, passwordConfirm: GOOD_PASSWORD } }),
      "NOT_FOUND",
    );
    const user = await userByEmail("contractor2@example.jp");
    expect((await auditEntriesFor(user.id)).map((e) => e.action)).toContain("user.password-reset");
  });

  it("queues at most three reset mails per user and hour", async () => {
    for (let i = 0; i < 5; i++) await requestPasswordReset({ input: { email: "staff.shizuoka@example.jp" } });
    expect(await prisma.emailOutbox.count({ where: { toAddress: "staff.shizuoka@example.jp", kind: "PASSWORD_RESET" } })).toBe(3);
  });
});

describe("password change", () => {
  it("requires the current password and applies the rules", async () => {
    const user = await actorByEmail("ORDERING_BODY", "verifier@saku.example.jp");
    const wrong = await expectAppError(
      changePassword({ actor: user, input: { currentPassword: "違う", newPassword: GOOD_PASSWORD, newPasswordConfirm: GOOD_PASSWORD } }),
      "VALIDATION",
    );
    expect(wrong.fieldErrors?.currentPassword).toBe("現在のパスワードが正しくありません。");
    const weak = await expectAppError(
      changePassword({ actor: user, input: { currentPassword: DEMO_PASSWORD, newPassword: "qwertyuiop123", newPasswordConfirm: "qwertyuiop123" } }),
      "VALIDATION",
    );
    expect(weak.fieldErrors?.newPassword).toContain("よく使われている");
    await changePassword({ actor: user, input: { currentPassword: DEMO_PASSWORD, newPassword: GOOD_PASSWORD, newPasswordConfirm: GOOD_PASSWORD } });
    expect((await signInWithPassword({ email: user.email, password: GOOD_PASSWORD }, IP)).ok).toBe(true);
    const [entry] = await auditEntriesFor(user.userId);
    expect(entry).toMatchObject({ action: "user.password-change", before: { passwordSet: true }, after: { passwordSet: true } });
  });
});

describe("colleagues and deactivation", () => {
  it("deactivation refuses sign-in and ends an open session at its next request", async () => {
    const contractor = await actorByEmail("CONTRACTOR", "contractor@example.jp");
    const colleagueId = await inviteColleague({ actor: contractor, input: { name: "退職 予定", email: "taishoku@example.jp" } });
    const token = await tokenFromLatestMail("taishoku@example.jp", "INVITATION");
    await setPasswordWithToken({ token, purpose: "INVITATION", input: { password: GOOD_PASSWORD, passwordConfirm: GOOD_PASSWORD } });
    const session = await signInWithPassword({ email: "taishoku@example.jp", password: GOOD_PASSWORD }, IP);
    if (!session.ok) throw new Error("sign-in refused");
    // What every request does with the session's user id and version (lib/auth/current-user.ts):
    expect(await findActiveUser(colleagueId, session.sessionVersion)).not.toBeNull();

    await deactivateColleague({ actor: contractor, userId: colleagueId });
    expect(await findActiveUser(colleagueId, session.sessionVersion)).toBeNull();
    expect((await signInWithPassword({ email: "taishoku@example.jp", password: GOOD_PASSWORD }, IP)).ok).toBe(false);

    const deactivated = (await auditEntriesFor(colleagueId)).find((e) => e.action === "user.deactivate");
    expect(deactivated).toMatchObject({ action: "user.deactivate", actorId: contractor.userId });
    expect(deactivated!.before).toMatchObject({ active: true });
    expect(deactivated!.after).toMatchObject({ active: false });
  });

  it("a deactivated user's pending invitation no longer works", async () => {
    const contractor = await actorByEmail("CONTRACTOR", "contractor@example.jp");
    const id = await inviteColleague({ actor: contractor, input: { name: "招待 取消", email: "torikeshi@example.jp" } });
    const token = await tokenFromLatestMail("torikeshi@example.jp", "INVITATION");
    await deactivateColleague({ actor: contractor, userId: id });
    expect(await findUsableUserToken({ token, purpose: "INVITATION" })).toBeNull();
  });

  it("only a company's own users manage its colleagues: another company's user is not found", async () => {
    const mine = await actorByEmail("CONTRACTOR", "contractor@example.jp");
    const other = await actorByEmail("CONTRACTOR", "contractor2@example.jp");
    const staff = await actorByEmail("SURETY_STAFF", "staff.nagano@example.jp");
    const colleagueId = await inviteColleague({ actor: mine, input: { name: "守られる 人", email: "mamorareru@example.jp" } });

    await expectAppError(deactivateColleague({ actor: other, userId: colleagueId }), "NOT_FOUND");
    await expectAppError(deactivateColleague({ actor: other, userId: mine.userId }), "NOT_FOUND");
    await expectAppError(deactivateColleague({ actor: other, userId: "../../etc" }), "NOT_FOUND");
    await expectAppError(deactivateColleague({ actor: staff as never, userId: colleagueId }), "FORBIDDEN");
    await expectAppError(deactivateColleague({ actor: mine, userId: mine.userId }), "VALIDATION");
    expect((await prisma.user.findUniqueOrThrow({ where: { id: colleagueId } })).active).toBe(true);

    // The company comes from the actor; a companyId sent with the form is ignored.
    const invitedId = await inviteColleague({ actor: other, input: { name: "紛れ 込み", email: "magire@example.jp", companyId: mine.companyId } });
    expect((await prisma.user.findUniqueOrThrow({ where: { id: invitedId } })).companyId).toBe(other.companyId);
    await expectAppError(inviteColleague({ actor: staff as never, input: { name: "x", email: "x@example.jp" } }), "FORBIDDEN");
    const taken = await expectAppError(inviteColleague({ actor: mine, input: { name: "重複", email: "Contractor2@example.jp" } }), "CONFLICT");
    expect(taken.fieldErrors?.email).toBe("このメールアドレスは既に登録されています。");
  });

  it("the company's users edit its profile; the change is audited with before and after", async () => {
    const mine = await actorByEmail("CONTRACTOR", "contractor@example.jp");
    const staff = await actorByEmail("SURETY_STAFF", "staff.nagano@example.jp");
    const current = await prisma.contractorCompany.findUniqueOrThrow({ where: { id: mine.companyId } });
    const input = { ...current, phone: "026-999-0000", contactName: "" };
    await updateCompanyProfile({ actor: mine, input });
    const entries = await auditEntriesFor(current.id);
    const update = entries.at(-1)!;
    expect(update).toMatchObject({ action: "contractor-company.update", actorId: mine.userId });
    expect(update.before).toMatchObject({ phone: "026-000-1111", contactName: "佐藤 花子" });
    expect(update.after).toMatchObject({ phone: "026-999-0000", contactName: null });

    // 会社名・代表者・所在地 are not the contractor's to save (a change is a request: company-details-change.test.ts).
    const invalid = await expectAppError(updateCompanyProfile({ actor: mine, input: { ...input, phone: "0-1-123", email: "no", name: " " } }), "VALIDATION");
    expect(invalid.fieldErrors).toMatchObject({ phone: "電話番号は「026-226-7520」のような電話番号の形式で入力してください。", email: expect.stringContaining("メールアドレス") });
    expect(invalid.fieldErrors?.name).toBeUndefined();
    await expectAppError(updateCompanyProfile({ actor: staff as never, input }), "FORBIDDEN");
    expect(await auditEntriesFor(current.id)).toHaveLength(entries.length);
  });
});
