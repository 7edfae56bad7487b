"use server";
// Server actions of the staff's guarantee page (変更・訂正・取消): the staff member comes from the
// session; each calls one use case, which enforces the rules and writes one transaction.
import { revalidatePath } from "next/cache";
import type { ActionState } from "@/lib/action-state";
import { requireStaff } from "@/lib/auth/guards";
import { amendGuarantee } from "@/lib/server/guarantees/amend-guarantee";
import { cancelGuarantee } from "@/lib/server/guarantees/cancel-guarantee";
import { cancelGuaranteeChange } from "@/lib/server/guarantees/cancel-guarantee-change";
import { correctGuarantee } from "@/lib/server/guarantees/correct-guarantee";
import { getRequestContext } from "@/lib/server/request-context";
import { formFields, runAction } from "@/lib/server/run-action";

type GuaranteeUseCase = (options: { guaranteeId: string; staff: { id: string; branchId: string }; input: unknown; request: Awaited<ReturnType<typeof getRequestContext>> }) => Promise<unknown>;

async function run(useCase: GuaranteeUseCase, formData: FormData, done: string): Promise<ActionState> {
  const user = await requireStaff();
  const request = await getRequestContext();
  const guaranteeId = String(formData.get("guaranteeId") ?? "");
  return runAction(async () => {
    await useCase({ guaranteeId, staff: { id: user.id, branchId: user.branchId }, input: formFields(formData), request });
    revalidatePath(`/staff/guarantees/${guaranteeId}`);
    return done;
  });
}

export async function amendAction(_prev: ActionState, formData: FormData) {
  return run(amendGuarantee, formData, "変更しました。新しい電子保証（対象 変更）を発行しました。認証キーは変わりません。");
}
export async function correctAction(_prev: ActionState, formData: FormData) {
  return run(correctGuarantee, formData, "訂正しました。訂正前の履歴はお客様の画面に表示されません。");
}
export async function cancelChangeAction(_prev: ActionState, formData: FormData) {
  return run(cancelGuaranteeChange, formData, "変更を取り消しました。変更前の内容に戻りました。");
}
export async function cancelGuaranteeAction(_prev: ActionState, formData: FormData) {
  return run(cancelGuarantee, formData, "保証を取り消しました。");
}
