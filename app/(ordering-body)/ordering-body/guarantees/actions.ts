"use server";

import { revalidatePath } from "next/cache";
import { requireOrderingBodyUser } from "@/lib/auth/guards";
import { AppError, GENERIC_ERROR_MESSAGE } from "@/lib/errors";
import { confirmReceipt } from "@/lib/server/ordering-body/confirm-receipt";
import { getRequestContext } from "@/lib/server/request-context";

export type ConfirmReceiptState = { ok: boolean; message: string } | null;

export async function confirmReceiptAction(_previous: ConfirmReceiptState, formData: FormData): Promise<ConfirmReceiptState> {
  const user = await requireOrderingBodyUser();
  const guaranteeId = String(formData.get("guaranteeId") ?? "");
  if (!/^[0-9a-f-]{36}$/i.test(guaranteeId)) return { ok: false, message: "対象の電子保証が見つかりません。" };
  try {
    await confirmReceipt({ guaranteeId, user, request: await getRequestContext() });
    revalidatePath("/ordering-body/guarantees");
    return { ok: true, message: "受領確認を記録しました。" };
  } catch (error) {
    if (error instanceof AppError) return { ok: false, message: "対象の電子保証が見つかりません。" };
    console.error("[ordering-body] confirm receipt failed", error);
    return { ok: false, message: GENERIC_ERROR_MESSAGE };
  }
}
