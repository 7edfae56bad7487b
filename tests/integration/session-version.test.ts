// Sessions end when the password changes (issue 14, item 7): the session token carries the user's
// session version, and every request compares it with the user's (findActiveUser, as
// lib/auth/current-user.ts calls it). A change, a reset and a deactivation raise it; the change also
// spends the user's open links. (The browser side, two contexts: tests/e2e/session-version.spec.ts.)
import { beforeAll, describe, expect, it } from "vitest";
import { findActiveUser } from "@/lib/auth/find-active-user";
import { signInWithPassword } from "@/lib/auth/sign-in";
import { getPrisma } from "@/lib/db/client";
import { DEMO_PASSWORD, seedDemo } from "@/lib/db/seed-demo";
import { changePassword } from "@/lib/server/accounts/change-password";
import { deactivateManagedUser } from "@/lib/server/accounts/deactivate-managed-user";
import { reactivateManagedUser } from "@/lib/server/accounts/reactivate-managed-user";
import { findUsableUserToken } from "@/lib/server/accounts/find-usable-user-token";
import { requestPasswordReset } from "@/lib/server/accounts/request-password-reset";
import { setPasswordWithToken } from "@/lib/server/accounts/set-password-with-token";
import { actorByEmail, tokenFromLatestMail, userByEmail } from "../support/accounts";

const prisma = getPrisma();
const NEW_PASSWORD = "樹氷の朝に橋を渡る-2026";
const OTHER_PASSWORD = "雪解けの川を遡る鮭-2027";

/** Signs in and answers what the session token would carry. */
async function session(email: string, password: string, ip: string) {
  const result = await signInWithPassword({ email, password }, ip);
  if (!result.ok) throw new Error(`sign-in refused for ${email}`);
  return { id: result.userId, sessionVersion: result.sessionVersion };
}

const isSignedIn = async (s: { id: string; sessionVersion: number }) => (await findActiveUser(s.id, s.sessionVersion)) !== null;

beforeAll(async () => {
  await seedDemo(prisma);
}, 120_000);

describe("session version", () => {
  it("a password change ends every other session, keeps the one re-issued with the new version, and spends open reset links", async () => {
    const email = "contractor2@example.jp";
    const phone = await session(email, DEMO_PASSWORD, "192.0.2.1");
    const office = await session(email, DEMO_PASSWORD, "192.0.2.2");
    expect(await isSignedIn(phone)).toBe(true);
    expect(await isSignedIn(office)).toBe(true);
    await requestPasswordReset({ input: { email } });
    const link = await tokenFromLatestMail(email, "PASSWORD_RESET");
    expect(await findUsableUserToken({ token: link, purpose: "PASSWORD_RESET" })).not.toBeNull();

    const actor = await actorByEmail("CONTRACTOR", email);
    const { sessionVersion } = await changePassword({ actor, input: { currentPassword: DEMO_PASSWORD, newPassword: NEW_PASSWORD, newPasswordConfirm: NEW_PASSWORD } });
    expect(sessionVersion).toBe(office.sessionVersion + 1);
    expect(await isSignedIn(phone)).toBe(false);
    expect(await isSignedIn(office)).toBe(false);
    // The office session, re-issued by the action with the version the change returned (lib/auth/reissue-session.ts).
    expect(await isSignedIn({ id: office.id, sessionVersion })).toBe(true);
    // The reset link sent before the change no longer works.
    expect(await findUsableUserToken({ token: link, purpose: "PASSWORD_RESET" })).toBeNull();
    expect((await session(email, NEW_PASSWORD, "192.0.2.3")).sessionVersion).toBe(sessionVersion);
  });

  it("a password reset ends every session", async () => {
    const email = "verifier@saku.example.jp";
    const before = await session(email, DEMO_PASSWORD, "192.0.2.4");
    await requestPasswordReset({ input: { email } });
    const token = await tokenFromLatestMail(email, "PASSWORD_RESET");
    await setPasswordWithToken({ token, purpose: "PASSWORD_RESET", input: { password: OTHER_PASSWORD, passwordConfirm: OTHER_PASSWORD } });
    expect(await isSignedIn(before)).toBe(false);
    expect(await isSignedIn(await session(email, OTHER_PASSWORD, "192.0.2.5"))).toBe(true);
  });

  it("a deactivation ends every session for good: reactivating the account does not bring them back", async () => {
    const email = "staff.shizuoka@example.jp";
    const before = await session(email, DEMO_PASSWORD, "192.0.2.6");
    const administrator = await actorByEmail("ADMINISTRATOR", "admin@example.jp");
    await deactivateManagedUser({ actor: administrator, userId: before.id });
    expect(await isSignedIn(before)).toBe(false);
    // The administrator switches the account on again: the old session stays ended.
    await reactivateManagedUser({ actor: administrator, userId: before.id });
    expect(await isSignedIn(before)).toBe(false);
    expect((await userByEmail(email)).sessionVersion).toBe(before.sessionVersion + 1);
  });

  it("a token without a version (issued before versions existed) is version 0", async () => {
    const user = await userByEmail("contractor@example.jp");
    expect(user.sessionVersion).toBe(0);
    expect(await findActiveUser(user.id, undefined)).not.toBeNull();
    await prisma.user.update({ where: { id: user.id }, data: { sessionVersion: 1 } });
    expect(await findActiveUser(user.id, undefined)).toBeNull();
  });
});
