// next-auth (v4) configuration. The session JWT carries the user id only; the role and
// everything else are read from the database on each request (lib/auth/current-user.ts).
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { getConfig } from "@/lib/config";
import { clientIpFrom } from "./client-ip";
import { LOGIN_LOCKED, signInWithPassword } from "./sign-in";

const SESSION_HOURS = 8;

export function getAuthOptions(): NextAuthOptions {
  return {
    secret: getConfig().AUTH_SECRET,
    // Behind HTTPS (APP_URL https://…) the session cookie is Secure with the __Secure- prefix; plain
    // http://localhost in demo mode could not keep a Secure cookie.
    useSecureCookies: getConfig().APP_URL.startsWith("https://"),
    session: { strategy: "jwt", maxAge: SESSION_HOURS * 60 * 60 },
    pages: { signIn: "/login", error: "/login" },
    providers: [
      CredentialsProvider({
        name: "メールアドレスとパスワード",
        credentials: { email: { type: "email" }, password: { type: "password" } },
        async authorize(credentials, req) {
          const result = await signInWithPassword(credentials, clientIpFrom(req?.headers));
          if (result.ok) return { id: result.userId };
          if (result.locked) throw new Error(LOGIN_LOCKED);
          return null;
        },
      }),
    ],
    callbacks: {
      jwt({ token, user }) {
        const sub = user?.id ?? token.sub;
        return { sub, iat: token.iat, exp: token.exp, jti: token.jti };
      },
      session({ session, token }) {
        return { expires: session.expires, user: { id: token.sub ?? "" } };
      },
    },
  };
}
