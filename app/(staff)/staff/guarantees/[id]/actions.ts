"use server";
// The staff's guarantee page (変更・訂正・取消): the staff member comes from the session; each action
// calls one use case, which enforces the rules and writes one transaction.
import { revalidatePath } from "next/cache";
import { amendGuarantee } from "@/lib/server/guarantees/amend-guarantee";
import { cancelGuarantee } from "@/lib/server/guarantees/cancel-guarantee";
import { cancelGuaranteeChange } from "@/lib/server/guarantees/cancel-guarantee-change";
import { correctGuarantee } from "@/lib/server/guarantees/correct-guarantee";
import { ID_TEXT, formWith, serverAction } from "@/lib/server/server-action";

const ZTarget = formWith({ guaranteeId: ID_TEXT });
const refresh = (guaranteeId: string) => revalidatePath(`/staff/guarantees/${guaranteeId}`);

export const amendAction = serverAction({
  name: "guarantee.amend",
  role: "SURETY_STAFF",
  schema: ZTarget,
  run: async ({ actor, input, request }) => {
    await amendGuarantee({ actor, guaranteeId: input.guaranteeId, input, request });
    refresh(input.guaranteeId);
    return "変更しました。新しい電子保証（対象 変更）を発行しました。認証キーは変わりません。";
  },
});

export const correctAction = serverAction({
  name: "guarantee.correct",
  role: "SURETY_STAFF",
  schema: ZTarget,
  run: async ({ actor, input, request }) => {
    await correctGuarantee({ actor, guaranteeId: input.guaranteeId, input, request });
    refresh(input.guaranteeId);
    return "訂正しました。訂正前の履歴はお客様の画面に表示されません。";
  },
});

export const cancelChangeAction = serverAction({
  name: "guarantee.cancel-change",
  role: "SURETY_STAFF",
  schema: ZTarget,
  run: async ({ actor, input, request }) => {
    await cancelGuaranteeChange({ actor, guaranteeId: input.guaranteeId, input, request });
    refresh(input.guaranteeId);
    return "変更を取り消しました。変更前の内容に戻りました。";
  },
});

export const cancelGuaranteeAction = serverAction({
  name: "guarantee.cancel",
  role: "SURETY_STAFF",
  schema: ZTarget,
  run: async ({ actor, input, request }) => {
    await cancelGuarantee({ actor, guaranteeId: input.guaranteeId, input, request });
    refresh(input.guaranteeId);
    return "保証を取り消しました。";
  },
});
