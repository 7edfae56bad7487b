// Issues a single-use link for a user (invitation: 72 h, password reset: 1 h) and queues the
// e-mail that carries it, in the caller's transaction: no link without its mail, no mail
// without its link. `issueAccountLink` alone is for `npm run admin -- create`, which prints the link.
import { getConfig } from "@/lib/config";
import type { Prisma, TokenPurpose } from "@/lib/db/client";
import { INVITATION_TTL_MS, newUserToken, PASSWORD_RESET_TTL_MS } from "@/lib/auth/user-token";
import { enqueueMail } from "@/lib/mail/enqueue-mail";
import { accountLinkMail } from "@/lib/mail/templates/account-link-mail";

const PATHS: Record<TokenPurpose, string> = { INVITATION: "/account/setup", PASSWORD_RESET: "/password/reset" };
const TTL: Record<TokenPurpose, number> = { INVITATION: INVITATION_TTL_MS, PASSWORD_RESET: PASSWORD_RESET_TTL_MS };

export type AccountLink = { tokenId: string; url: string; expiresAt: Date };

/** A new single-use link of `purpose` for the user (only its hash is stored). */
export async function issueAccountLink(
  tx: Prisma.TransactionClient,
  options: { userId: string; purpose: TokenPurpose; now?: Date },
): Promise<AccountLink> {
  const now = options.now ?? new Date();
  const { token, tokenHash } = newUserToken();
  const expiresAt = new Date(now.getTime() + TTL[options.purpose]);
  const row = await tx.userToken.create({
    data: { userId: options.userId, purpose: options.purpose, tokenHash, expiresAt, createdAt: now },
  });
  const url = new URL(PATHS[options.purpose], getConfig().APP_URL);
  url.searchParams.set("token", token);
  return { tokenId: row.id, url: url.toString(), expiresAt };
}

export async function sendAccountLink(
  tx: Prisma.TransactionClient,
  options: {
    user: { id: string; email: string; name: string };
    organisation: string | null;
    purpose: TokenPurpose;
    now?: Date;
  },
): Promise<void> {
  const link = await issueAccountLink(tx, { userId: options.user.id, purpose: options.purpose, now: options.now });
  const mail = accountLinkMail({
    purpose: options.purpose,
    name: options.user.name,
    organisation: options.organisation,
    url: link.url,
    expiresAt: link.expiresAt,
  });
  await enqueueMail(tx, {
    kind: options.purpose,
    idempotencyKey: `user-token:${link.tokenId}`,
    to: options.user.email,
    ...mail,
  });
}
