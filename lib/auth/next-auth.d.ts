// The session carries the user id and the user's session version only (see lib/auth/options.ts).
import "next-auth";
import "next-auth/jwt";

declare module "next-auth" {
  interface Session {
    user: { id: string; sessionVersion: number };
  }
  interface User {
    sessionVersion?: number;
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    /** User.sessionVersion when the token was issued; a raised version ends the session. */
    sv?: number;
  }
}
