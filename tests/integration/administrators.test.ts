// 本店の管理者 (issue 14, items 1–3 and 14): the administrator's accounts and their limits, reactivation,
// ordering-body accounts and their scope, `npm run admin -- create`, and switched-off branches and
// ordering bodies. The refusals of branch staff on master data are in master-data.test.ts.
import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import { beforeAll, describe, expect, it } from "vitest";
import { actorOf } from "@/lib/auth/actor";
import { findActiveUser } from "@/lib/auth/find-active-user";
import { getPrisma } from "@/lib/db/client";
import { seedDemoAccounts } from "@/lib/db/seed-demo";
import { seedDemoApplication } from "@/lib/db/seed-demo-application";
import { createAdministrator, OTHER_ROLE_MESSAGE } from "@/lib/server/accounts/create-administrator";
import { deactivateColleague } from "@/lib/server/accounts/deactivate-colleague";
import { deactivateManagedUser } from "@/lib/server/accounts/deactivate-managed-user";
import { LAST_ADMINISTRATOR_MESSAGE } from "@/lib/server/accounts/deactivate-user";
import { findUsableUserToken } from "@/lib/server/accounts/find-usable-user-token";
import { inviteAdministrator } from "@/lib/server/accounts/invite-administrator";
import { inviteColleague } from "@/lib/server/accounts/invite-colleague";
import { inviteOrderingBodyUser } from "@/lib/server/accounts/invite-ordering-body-user";
import { inviteStaffUser } from "@/lib/server/accounts/invite-staff-user";
import { reactivateColleague } from "@/lib/server/accounts/reactivate-colleague";
import { reactivateManagedUser } from "@/lib/server/accounts/reactivate-managed-user";
import { setPasswordWithToken } from "@/lib/server/accounts/set-password-with-token";
import { inactiveBranchMessage, issueGuarantees } from "@/lib/server/guarantees/issue-guarantees";
import { listVerifiedGuarantees } from "@/lib/server/ordering-body/list-verified-guarantees";
import { verifyGuarantee } from "@/lib/server/verification/verify-guarantee";
import { actorByEmail, anyActorByEmail, auditEntriesFor, tokenFromLatestMail, userByEmail } from "../support/accounts";
import { copyOfFlyerApplication, errorOf } from "../support/issue-fixtures";
import { issueTestGuarantees } from "../support/issued-guarantees";

const prisma = getPrisma();
const PASSWORD = "本店の管理は慎重に-2026";
const ROOT = path.resolve(import.meta.dirname, "../..");

/** The actor a request of this user would get (lib/auth/guards.ts: findActiveUser, then actorOf). */
async function requestActorOf(email: string) {
  const row = await userByEmail(email);
  const user = await findActiveUser(row.id, row.sessionVersion);
  return user ? actorOf(user) : null;
}

async function acceptInvitation(email: string) {
  const token = await tokenFromLatestMail(email, "INVITATION");
  await setPasswordWithToken({ token, purpose: "INVITATION", input: { password: PASSWORD, passwordConfirm: PASSWORD } });
}

beforeAll(async () => {
  await seedDemoAccounts(prisma);
  await seedDemoApplication(prisma);
});

describe("the administrator (本店の管理者)", () => {
  it("is an actor of its own role, of no branch, named with 本店", async () => {
    const admin = await actorByEmail("ADMINISTRATOR", "admin@example.jp");
    expect(admin).toMatchObject({ role: "ADMINISTRATOR", headOfficeName: "本店", name: "管理 一郎" });
    expect(admin).not.toHaveProperty("branchId");
    expect(await prisma.user.findUniqueOrThrow({ where: { email: "admin@example.jp" } })).toMatchObject({ branchId: null, companyId: null, orderingBodyId: null });
  });

  it("invites staff into any branch; branch staff invite nobody, not even into their own branch", async () => {
    const admin = await actorByEmail("ADMINISTRATOR", "admin@example.jp");
    const shizuokaStaff = await actorByEmail("SURETY_STAFF", "staff.shizuoka@example.jp");
    const nagano = await prisma.branch.findUniqueOrThrow({ where: { name: "長野支店" } });
    const shizuoka = await prisma.branch.findUniqueOrThrow({ where: { name: "静岡支店" } });
    for (const branchId of [nagano.id, shizuoka.id]) {
      expect((await errorOf(inviteStaffUser({ actor: shizuokaStaff as never, branchId, input: { name: "紛れ 込み", email: "magire.staff@example.jp" } })))?.code).toBe("FORBIDDEN");
    }
    expect(await prisma.user.count({ where: { email: "magire.staff@example.jp" } })).toBe(0);
    const id = await inviteStaffUser({ actor: admin, branchId: nagano.id, input: { name: "長野 新人", email: "staff.nagano2@example.jp" } });
    expect(await prisma.user.findUniqueOrThrow({ where: { id } })).toMatchObject({ role: "SURETY_STAFF", branchId: nagano.id });
    const [invite] = await auditEntriesFor(id);
    expect(invite).toMatchObject({ action: "user.invite", actorId: admin.userId, actorRole: "ADMINISTRATOR" });
  });

  it("cannot deactivate themselves, and the last active administrator stays", async () => {
    const admin = await actorByEmail("ADMINISTRATOR", "admin@example.jp");
    expect((await errorOf(deactivateManagedUser({ actor: admin, userId: admin.userId })))?.code).toBe("VALIDATION");

    const secondId = await inviteAdministrator({ actor: admin, input: { name: "本店 次郎", email: "admin2@example.jp" } });
    await acceptInvitation("admin2@example.jp");
    const second = await actorByEmail("ADMINISTRATOR", "admin2@example.jp");
    expect(second.userId).toBe(secondId);

    // Each deactivates the other at the same moment: one wins, the other is refused, one stays active.
    const outcomes = await Promise.all([
      errorOf(deactivateManagedUser({ actor: admin, userId: second.userId })),
      errorOf(deactivateManagedUser({ actor: second, userId: admin.userId })),
    ]);
    const refused = outcomes.filter((e) => e !== null);
    expect(refused).toHaveLength(1);
    expect(refused[0]).toMatchObject({ code: "CONFLICT", message: LAST_ADMINISTRATOR_MESSAGE });
    expect(await prisma.user.count({ where: { role: "ADMINISTRATOR", active: true } })).toBe(1);

    // Whichever is left is the last: the other (even with an actor loaded earlier) cannot remove them.
    const [left, gone] = outcomes[0] === null ? [admin, second] : [second, admin];
    expect((await errorOf(deactivateManagedUser({ actor: gone, userId: left.userId })))?.message).toBe(LAST_ADMINISTRATOR_MESSAGE);
    // Reactivated, audited; then back to one administrator for the other tests.
    await reactivateManagedUser({ actor: left, userId: gone.userId });
    expect((await auditEntriesFor(gone.userId)).map((e) => e.action)).toEqual(expect.arrayContaining(["user.deactivate", "user.reactivate"]));
    await deactivateManagedUser({ actor: admin, userId: second.userId });
    expect((await userByEmail("admin@example.jp")).active).toBe(true);
  });
});

describe("reactivation", () => {
  it("an administrator reactivates a staff account, audited; the user acts again", async () => {
    const admin = await actorByEmail("ADMINISTRATOR", "admin@example.jp");
    const staff = await userByEmail("staff.shizuoka@example.jp");
    await deactivateManagedUser({ actor: admin, userId: staff.id });
    expect(await requestActorOf("staff.shizuoka@example.jp")).toBeNull();

    // Branch staff reactivate nobody.
    const nagano = await actorByEmail("SURETY_STAFF", "staff.nagano@example.jp");
    expect((await errorOf(reactivateManagedUser({ actor: nagano as never, userId: staff.id })))?.code).toBe("FORBIDDEN");

    await reactivateManagedUser({ actor: admin, userId: staff.id });
    await reactivateManagedUser({ actor: admin, userId: staff.id }); // again: nothing more happens
    expect(await requestActorOf("staff.shizuoka@example.jp")).toMatchObject({ role: "SURETY_STAFF", branchName: "静岡支店" });
    const entries = (await auditEntriesFor(staff.id)).filter((e) => e.action === "user.reactivate");
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ actorId: admin.userId, before: { active: false }, after: { active: true, deactivatedAt: null } });
  });

  it("a user who never set a password gets a new invitation (the old link stays spent)", async () => {
    const admin = await actorByEmail("ADMINISTRATOR", "admin@example.jp");
    const saku = await prisma.orderingBody.findUniqueOrThrow({ where: { name: "佐久市" } });
    const id = await inviteOrderingBodyUser({ actor: admin, orderingBodyId: saku.id, input: { name: "佐久 未設定", email: "misettei@saku.example.jp" } });
    const first = await tokenFromLatestMail("misettei@saku.example.jp", "INVITATION");
    await deactivateManagedUser({ actor: admin, userId: id });
    await reactivateManagedUser({ actor: admin, userId: id });
    const second = await tokenFromLatestMail("misettei@saku.example.jp", "INVITATION");
    expect(second).not.toBe(first);
    expect(await findUsableUserToken({ token: first, purpose: "INVITATION" })).toBeNull();
    expect(await findUsableUserToken({ token: second, purpose: "INVITATION" })).not.toBeNull();
  });

  it("contractors reactivate their own colleagues only", async () => {
    const mine = await actorByEmail("CONTRACTOR", "contractor@example.jp");
    const other = await actorByEmail("CONTRACTOR", "contractor2@example.jp");
    const admin = await actorByEmail("ADMINISTRATOR", "admin@example.jp");
    const id = await inviteColleague({ actor: mine, input: { name: "復帰 予定", email: "fukki@example.jp" } });
    await acceptInvitation("fukki@example.jp");
    await deactivateColleague({ actor: mine, userId: id });
    expect((await errorOf(reactivateColleague({ actor: other, userId: id })))?.code).toBe("NOT_FOUND");
    // An administrator manages no contractor's users.
    expect((await errorOf(reactivateManagedUser({ actor: admin, userId: id })))?.code).toBe("NOT_FOUND");
    expect((await userByEmail("fukki@example.jp")).active).toBe(false);
    await reactivateColleague({ actor: mine, userId: id });
    expect(await requestActorOf("fukki@example.jp")).toMatchObject({ role: "CONTRACTOR", companyId: mine.companyId });
    expect((await auditEntriesFor(id)).at(-1)).toMatchObject({ action: "user.reactivate", actorId: mine.userId });
    // No new invitation for a user who has a password.
    expect(await prisma.emailOutbox.count({ where: { toAddress: "fukki@example.jp" } })).toBe(1);
  });
});

describe("ordering-body accounts", () => {
  it("an administrator invites a user of 三島市 by mail; they set a password and act for 三島市 only", async () => {
    const admin = await actorByEmail("ADMINISTRATOR", "admin@example.jp");
    const mishima = await prisma.orderingBody.findUniqueOrThrow({ where: { name: "三島市" } });
    const staff = await actorByEmail("SURETY_STAFF", "staff.nagano@example.jp");
    expect((await errorOf(inviteOrderingBodyUser({ actor: staff as never, orderingBodyId: mishima.id, input: { name: "x", email: "x@mishima.example.jp" } })))?.code).toBe("FORBIDDEN");
    expect((await errorOf(inviteOrderingBodyUser({ actor: admin, orderingBodyId: "00000000-0000-4000-8000-000000000000", input: { name: "x", email: "x@mishima.example.jp" } })))?.code).toBe("NOT_FOUND");

    const id = await inviteOrderingBodyUser({ actor: admin, orderingBodyId: mishima.id, input: { name: "三島 契約担当", email: "Keiyaku2@Mishima.example.jp" } });
    const mail = await prisma.emailOutbox.findFirstOrThrow({ where: { toAddress: "keiyaku2@mishima.example.jp", kind: "INVITATION" } });
    expect(mail.textBody).toContain("三島市 三島 契約担当 様");
    expect(mail.textBody).toContain("/account/setup?token=");
    expect((await auditEntriesFor(id))[0]).toMatchObject({ action: "user.invite", actorId: admin.userId, after: { role: "ORDERING_BODY", orderingBodyId: mishima.id } });
    await acceptInvitation("keiyaku2@mishima.example.jp");
    expect(await requestActorOf("keiyaku2@mishima.example.jp")).toMatchObject({ role: "ORDERING_BODY", orderingBodyId: mishima.id, orderingBodyName: "三島市" });
  });

  it("each body's users see only that body's guarantees, whatever else they verified", async () => {
    const sakuUser = await actorByEmail("ORDERING_BODY", "verifier@saku.example.jp");
    const mishimaUser = await actorByEmail("ORDERING_BODY", "keiyaku2@mishima.example.jp");
    const [sakuGuarantee] = (await issueTestGuarantees({ orderingBodyName: "佐久市", projectName: "佐久の工事" })).guarantees;
    const [mishimaGuarantee] = (await issueTestGuarantees({ orderingBodyName: "三島市", projectName: "三島の工事" })).guarantees;
    // Both users verify both guarantees (number and key are enough to look at one).
    for (const user of [sakuUser, mishimaUser]) {
      for (const g of [sakuGuarantee!, mishimaGuarantee!]) {
        await verifyGuarantee({ input: { contractNumber: g.contractNumber, authKey: g.authKey }, ipAddress: "10.70.0.1", orderingBodyUserId: user.userId });
      }
    }
    expect((await listVerifiedGuarantees({ actor: mishimaUser })).map((r) => r.contractNumber)).toEqual([mishimaGuarantee!.contractNumber]);
    expect((await listVerifiedGuarantees({ actor: sakuUser })).map((r) => r.contractNumber)).toEqual([sakuGuarantee!.contractNumber]);
  });
});

describe("npm run admin -- create", () => {
  it("creates an administrator with a single-use 72-hour link, audited; again it changes nothing", async () => {
    const now = new Date();
    const created = await createAdministrator({ input: { email: "First.Admin@example.jp", name: "最初の 管理者" }, now });
    if (created.outcome === "unchanged") throw new Error("expected a new administrator");
    expect(created.outcome).toBe("created");
    expect(created.expiresAt.getTime() - now.getTime()).toBe(72 * 60 * 60 * 1000);
    expect(created.url).toMatch(/\/account\/setup\?token=[A-Za-z0-9_-]{43}$/);
    const user = await userByEmail("first.admin@example.jp");
    expect(user).toMatchObject({ role: "ADMINISTRATOR", passwordHash: null, active: true, branchId: null });
    expect(await auditEntriesFor(user.id)).toEqual([
      expect.objectContaining({ action: "user.create-administrator", actorId: null, before: null, userAgent: "npm run admin -- create" }),
    ]);

    // Not accepted yet: running it again issues a new link and spends the first.
    const again = await createAdministrator({ input: { email: "first.admin@example.jp", name: "最初の 管理者" } });
    expect(again.outcome).toBe("link-issued");
    const firstToken = new URL(created.url).searchParams.get("token");
    expect(await findUsableUserToken({ token: firstToken, purpose: "INVITATION" })).toBeNull();
    const token = new URL((again as { url: string }).url).searchParams.get("token");
    await setPasswordWithToken({ token, purpose: "INVITATION", input: { password: PASSWORD, passwordConfirm: PASSWORD } });
    expect(await requestActorOf("first.admin@example.jp")).toMatchObject({ role: "ADMINISTRATOR" });
    // The link is single-use.
    expect(await findUsableUserToken({ token, purpose: "INVITATION" })).toBeNull();

    const auditCount = await prisma.auditEntry.count();
    expect(await createAdministrator({ input: { email: "first.admin@example.jp", name: "別の 名前" } })).toMatchObject({ outcome: "unchanged" });
    expect(await prisma.auditEntry.count()).toBe(auditCount);
    expect(await prisma.user.count({ where: { email: "first.admin@example.jp" } })).toBe(1);
  });

  it("refuses an address of another role and bad input", async () => {
    const other = await errorOf(createAdministrator({ input: { email: "contractor@example.jp", name: "乗っ取り" } }));
    expect(other).toMatchObject({ code: "CONFLICT", message: OTHER_ROLE_MESSAGE });
    expect((await userByEmail("contractor@example.jp")).role).toBe("CONTRACTOR");
    expect((await errorOf(createAdministrator({ input: { email: "not-an-address", name: "" } })))?.code).toBe("VALIDATION");
  });

  it("the command itself: prints the link that sets the password; usage errors exit 2", async () => {
    const run = promisify(execFile);
    const script = [path.join(ROOT, "node_modules/tsx/dist/cli.mjs"), "scripts/admin.ts"];
    const { stdout } = await run(process.execPath, [...script, "create", "--email", "cli.admin@example.jp", "--name", "コマンド 管理者"], { cwd: ROOT, env: process.env });
    expect(stdout).toContain("管理者 cli.admin@example.jp を登録しました。");
    const url = /https?:\/\/\S+\/account\/setup\?token=[A-Za-z0-9_-]{43}/.exec(stdout)?.[0];
    expect(url, stdout).toBeTruthy();
    await setPasswordWithToken({ token: new URL(url!).searchParams.get("token"), purpose: "INVITATION", input: { password: PASSWORD, passwordConfirm: PASSWORD } });
    const second = await run(process.execPath, [...script, "create", "--email", "cli.admin@example.jp", "--name", "コマンド 管理者"], { cwd: ROOT, env: process.env });
    expect(second.stdout).toContain("既に有効な管理者です");
    const usage = await run(process.execPath, [...script, "create", "--email", "x@example.jp"], { cwd: ROOT, env: process.env }).catch((e: { code: number; stderr: string }) => e);
    expect(usage).toMatchObject({ code: 2, stderr: expect.stringContaining("使い方") });
  }, 120_000);
});

describe("a switched-off branch or ordering body", () => {
  it("gives its users no actor until it is switched on again", async () => {
    const admin = await actorByEmail("ADMINISTRATOR", "admin@example.jp");
    for (const [model, name, email] of [
      ["branch", "静岡支店", "staff.shizuoka@example.jp"],
      ["orderingBody", "佐久市", "verifier@saku.example.jp"],
    ] as const) {
      expect(await requestActorOf(email), email).not.toBeNull();
      const where = { where: { name } };
      if (model === "branch") await prisma.branch.update({ ...where, data: { active: false } });
      else await prisma.orderingBody.update({ ...where, data: { active: false } });
      expect(await requestActorOf(email), `${email} of a switched-off ${name}`).toBeNull();
      await expect(anyActorByEmail(email)).rejects.toThrow();
      if (model === "branch") await prisma.branch.update({ ...where, data: { active: true } });
      else await prisma.orderingBody.update({ ...where, data: { active: true } });
      expect(await requestActorOf(email)).not.toBeNull();
    }
    // The administrator belongs to neither.
    expect(await requestActorOf("admin@example.jp")).toMatchObject({ role: admin.role });
  });

  it("issues nothing for an application routed to a switched-off branch, with a clear message", async () => {
    const staff = await actorByEmail("SURETY_STAFF", "staff.nagano@example.jp"); // loaded while the branch was active
    const nagano = await prisma.branch.findUniqueOrThrow({ where: { name: "長野支店" } });
    const applicationId = await copyOfFlyerApplication({ branchId: nagano.id });
    await prisma.branch.update({ where: { id: nagano.id }, data: { active: false } });
    try {
      const error = await errorOf(issueGuarantees({ applicationId, actor: staff }));
      expect(error).toMatchObject({ code: "CONFLICT", message: inactiveBranchMessage("長野支店") });
      expect(error?.message).toBe("申込送信先の長野支店は現在無効のため、発行できません。本店の管理者にお問い合わせください。");
      expect(await prisma.guarantee.count({ where: { applicationId } })).toBe(0);
      expect((await prisma.application.findUniqueOrThrow({ where: { id: applicationId } })).status).toBe("ACCEPTED");
      expect((await prisma.branch.findUniqueOrThrow({ where: { id: nagano.id } })).nextSerial).toBe(nagano.nextSerial);
    } finally {
      await prisma.branch.update({ where: { id: nagano.id }, data: { active: true } });
    }
    expect((await issueGuarantees({ applicationId, actor: staff })).guarantees.length).toBeGreaterThan(0);
  });
});
