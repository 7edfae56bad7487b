// After the signed-in user changed their own password (which raised their session version and so
// ended every session of theirs), this session carries on: the server writes a fresh session token of
// the new version into this browser's cookie, exactly as next-auth writes one at sign-in (same name,
// encryption, lifetime and cookie flags). Only a server action that has just raised the version calls it.
import { encode } from "next-auth/jwt";
import { cookies } from "next/headers";
import { getAuthOptions, SESSION_MAX_AGE_SECONDS } from "./options";

export async function reissueSession(user: { id: string; sessionVersion: number }): Promise<void> {
  const options = getAuthOptions();
  const secure = options.useSecureCookies ?? false;
  const value = await encode({ token: { sub: user.id, sv: user.sessionVersion }, secret: options.secret!, maxAge: SESSION_MAX_AGE_SECONDS });
  (await cookies()).set(`${secure ? "__Secure-" : ""}next-auth.session-token`, value, {
    httpOnly: true,
    sameSite: "lax",
    path: "/",
    secure,
    expires: new Date(Date.now() + SESSION_MAX_AGE_SECONDS * 1000),
  });
}
