// next-auth (v4) configuration. The session JWT carries the user id and the user's session version
// only; the role and everything else are read from the database on each request, and a token whose
// version is not the user's current one is no session (lib/auth/find-active-user.ts). The version is
// taken from the user at sign-in and never from the client (an update() from the browser changes
// nothing): only the server re-issues a token with a new version (lib/auth/reissue-session.ts).
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { getConfig } from "@/lib/config";
import { clientIpFrom } from "./client-ip";
import { loginLockedError } from "@/lib/domain/login-locked";
import { signInWithPassword } from "./sign-in";

export const SESSION_MAX_AGE_SECONDS = 8 * 60 * 60;

export function getAuthOptions(): NextAuthOptions {
  return {
    secret: getConfig().AUTH_SECRET,
    // Behind HTTPS (APP_URL https://…) the session cookie is Secure with the __Secure- prefix; plain
    // http://localhost in demo mode could not keep a Secure cookie.
    useSecureCookies: getConfig().APP_URL.startsWith("https://"),
    session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
    pages: { signIn: "/login", error: "/login" },
    providers: [
      CredentialsProvider({
        name: "メールアドレスとパスワード",
        credentials: { email: { type: "email" }, password: { type: "password" } },
        async authorize(credentials, req) {
          const result = await signInWithPassword(credentials, clientIpFrom(req?.headers));
          if (result.ok) return { id: result.userId, sessionVersion: result.sessionVersion };
          // The form reads the wait out of the error (lib/domain/login-locked.ts).
          if (result.locked) throw new Error(loginLockedError(result.retryAfterSeconds));
          return null;
        },
      }),
    ],
    callbacks: {
      jwt({ token, user }) {
        // At sign-in `user` is what authorize returned; afterwards the token keeps what it had.
        const sub = user?.id ?? token.sub;
        const sv = user ? (user.sessionVersion ?? 0) : token.sv;
        return { sub, sv, iat: token.iat, exp: token.exp, jti: token.jti };
      },
      session({ session, token }) {
        return { expires: session.expires, user: { id: token.sub ?? "", sessionVersion: token.sv ?? 0 } };
      },
    },
  };
}
