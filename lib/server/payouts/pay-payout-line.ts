// 払出済 (bank): the date and the amount paid, at most what was asked (the rest is released to the line),
// not in the future and not before the request; the contractor is mailed.
import type { BankActor } from "@/lib/auth/actor";
import { compareYmd, todayInJapan, ymdOfDate } from "@/lib/domain/wareki";
import { paidAmountProblem } from "@/lib/domain/payout-rules";
import { invalidInput } from "@/lib/errors";
import { parseInput } from "@/lib/schemas/parse-input";
import { ZPayPayoutLine } from "@/lib/schemas/payout-request";
import type { RequestContext } from "@/lib/server/request-context";
import { decidePayoutLine } from "./decide-payout-line";
import { payoutRefusals as R } from "./payout-messages";

export async function payPayoutLine(options: { actor: BankActor; lineId: string; input: unknown; request?: RequestContext; now?: Date; silent?: boolean }): Promise<void> {
  const input = parseInput(ZPayPayoutLine, options.input);
  const now = options.now ?? new Date();
  await decidePayoutLine({
    ...options,
    now,
    decide: (line) => {
      if (paidAmountProblem(input.paidAmount, line.amount)) throw invalidInput({ paidAmount: R.paidExceeds(line.amount) });
      const paidOn = ymdOfDate(input.paidOn);
      if (compareYmd(paidOn, todayInJapan(now)) > 0) throw invalidInput({ paidOn: R.paidInFuture });
      if (compareYmd(paidOn, todayInJapan(line.request.submittedAt)) < 0) throw invalidInput({ paidOn: R.paidBeforeRequest });
      return { status: "PAID", paidOn: input.paidOn, paidAmount: input.paidAmount };
    },
  });
}
