// 差戻し of one line (bank), with the reason: the line holds nothing any more, so its amount is available
// on the 明細書 line again; the contractor is mailed.
import type { BankActor } from "@/lib/auth/actor";
import { parseInput } from "@/lib/schemas/parse-input";
import { ZReturnPayoutLine } from "@/lib/schemas/payout-request";
import type { RequestContext } from "@/lib/server/request-context";
import { decidePayoutLine } from "./decide-payout-line";

export async function returnPayoutLine(options: { actor: BankActor; lineId: string; input: unknown; request?: RequestContext; now?: Date }): Promise<void> {
  const { reason } = parseInput(ZReturnPayoutLine, options.input);
  await decidePayoutLine({ ...options, decide: () => ({ status: "RETURNED", reason }) });
}
