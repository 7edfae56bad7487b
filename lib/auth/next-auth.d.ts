// The session carries the user id only (see lib/auth/options.ts).
import "next-auth";

declare module "next-auth" {
  interface Session {
    user: { id: string };
  }
}
