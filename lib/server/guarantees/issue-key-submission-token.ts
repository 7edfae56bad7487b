// The 発注者へ提出 form's token: issued by the server when the page is shown, for this user and this
// guarantee, valid a day, spent by the one submission it allows (submit-key-to-ordering-body.ts).
// The user's expired tokens of the guarantee are removed on the way, so unused ones do not pile up.
import { assertRole, type ContractorActor } from "@/lib/auth/actor";
import { getPrisma } from "@/lib/db/client";
import { isUuid } from "@/lib/domain/ids";
import { notFound } from "@/lib/errors";

export const KEY_SUBMISSION_TOKEN_HOURS = 24;

export async function issueKeySubmissionToken(options: { actor: ContractorActor; guaranteeId: string; now?: Date }): Promise<string> {
  const actor = assertRole(options.actor, "CONTRACTOR");
  if (!isUuid(options.guaranteeId)) throw notFound();
  const now = options.now ?? new Date();
  const prisma = getPrisma();
  const guarantee = await prisma.guarantee.findFirst({
    where: { id: options.guaranteeId, companyId: actor.companyId, form: "ELECTRONIC", status: "ACTIVE" },
    select: { id: true },
  });
  if (!guarantee) throw notFound();
  const [, token] = await prisma.$transaction([
    prisma.keySubmissionToken.deleteMany({ where: { guaranteeId: guarantee.id, userId: actor.userId, expiresAt: { lt: now } } }),
    prisma.keySubmissionToken.create({
      data: { guaranteeId: guarantee.id, userId: actor.userId, expiresAt: new Date(now.getTime() + KEY_SUBMISSION_TOKEN_HOURS * 3_600_000) },
      select: { id: true },
    }),
  ]);
  return token.id;
}
