"use server";
import { revalidatePath } from "next/cache";
import { saveAdvanceInvoice } from "@/lib/server/invoices/save-advance-invoice";
import { ID_TEXT, formWith, serverAction } from "@/lib/server/server-action";

/** 前払金請求書: 請求日 and the 前払金専用口座. */
export const saveAdvanceInvoiceAction = serverAction({
  name: "advance-invoice.save",
  role: "CONTRACTOR",
  schema: formWith({ guaranteeId: ID_TEXT }),
  run: async ({ actor, input, request }) => {
    await saveAdvanceInvoice({ actor, guaranteeId: input.guaranteeId, input, request });
    revalidatePath(`/netdesk/invoices/${input.guaranteeId}`);
    return "保存しました。「PDFをダウンロード」で請求書を作成できます。";
  },
});
