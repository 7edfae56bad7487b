"use server";
// The bank's decision on one line of a 預託金払出依頼書: 払出済 (date, amount) or 差戻し (reason).
import { revalidatePath } from "next/cache";
import { payPayoutLine } from "@/lib/server/payouts/pay-payout-line";
import { returnPayoutLine } from "@/lib/server/payouts/return-payout-line";
import { ID_TEXT, formWith, serverAction } from "@/lib/server/server-action";

export const payPayoutLineAction = serverAction({
  name: "payout-request.pay",
  role: "BANK_USER",
  schema: formWith({ requestId: ID_TEXT, lineId: ID_TEXT }),
  run: async ({ actor, input, request }) => {
    await payPayoutLine({ actor, lineId: input.lineId, input, request });
    revalidatePath(`/bank/requests/${input.requestId}`);
    return "払出済として登録しました。保証会社へ報告し、請負者に通知しました。";
  },
});

export const returnPayoutLineAction = serverAction({
  name: "payout-request.return",
  role: "BANK_USER",
  schema: formWith({ requestId: ID_TEXT, lineId: ID_TEXT }),
  run: async ({ actor, input, request }) => {
    await returnPayoutLine({ actor, lineId: input.lineId, input, request });
    revalidatePath(`/bank/requests/${input.requestId}`);
    return "差し戻しました。依頼額は明細書の残額に戻り、請負者に通知しました。";
  },
});
