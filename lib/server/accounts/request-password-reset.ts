// パスワードをお忘れの方: queues a reset link when the address belongs to an active user, and
// answers exactly the same either way, so the page never tells whether an address exists.
// A few requests per hour per user are enough; more are ignored (silently, for the same reason).
import { getPrisma } from "@/lib/db/client";
import { ZForgotPassword } from "@/lib/schemas/account";
import { parseInput } from "@/lib/schemas/parse-input";
import { organisationOf } from "./organisation-of";
import { sendAccountLink } from "./send-account-link";

export const RESET_REQUESTED_MESSAGE =
  "ご入力のメールアドレスが登録されている場合は、パスワード再設定のご案内をお送りしました。メールが届かない場合は、アドレスをご確認のうえ、もう一度お試しください。";

const MAX_RESETS_PER_HOUR = 3;

export async function requestPasswordReset(options: { input: unknown; now?: Date }): Promise<{ message: string }> {
  const { email } = parseInput(ZForgotPassword, options.input);
  const now = options.now ?? new Date();
  await getPrisma().$transaction(async (tx) => {
    const user = await tx.user.findUnique({
      where: { email },
      include: { company: { select: { name: true } }, branch: { select: { name: true } }, orderingBody: { select: { name: true } } },
    });
    if (!user?.active) return;
    const recent = await tx.userToken.count({
      where: { userId: user.id, purpose: "PASSWORD_RESET", createdAt: { gt: new Date(now.getTime() - 60 * 60 * 1000) } },
    });
    if (recent >= MAX_RESETS_PER_HOUR) return;
    await sendAccountLink(tx, { user, organisation: organisationOf(user), purpose: "PASSWORD_RESET", now });
  });
  return { message: RESET_REQUESTED_MESSAGE };
}
