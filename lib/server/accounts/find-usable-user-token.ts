// Looks up a link's token: usable only if well formed, of the right purpose, unused, unexpired,
// and its user still active. Pages call it to decide between the form and "link invalid".
import { hashUserToken, isWellFormedToken, sameTokenHash } from "@/lib/auth/user-token";
import { getPrisma, type TokenPurpose } from "@/lib/db/client";

export const LINK_INVALID_MESSAGE =
  "このリンクは無効か、有効期限が切れています。お手数ですが、もう一度お手続きください。";

export async function findUsableUserToken(options: { token: unknown; purpose: TokenPurpose; now?: Date }) {
  if (!isWellFormedToken(options.token)) return null;
  const tokenHash = hashUserToken(options.token);
  const row = await getPrisma().userToken.findUnique({ where: { tokenHash }, include: { user: true } });
  // The lookup is by hash (an index cannot leak the token); the explicit comparison is constant-time.
  if (!row || !sameTokenHash(row.tokenHash, tokenHash)) return null;
  const now = options.now ?? new Date();
  if (row.purpose !== options.purpose || row.usedAt || row.expiresAt <= now || !row.user.active) return null;
  return row;
}
