"use server";
import { revalidatePath } from "next/cache";
import { setDocumentStatus } from "@/lib/server/documents/set-document-status";
import { ID_TEXT, formWith, serverAction } from "@/lib/server/server-action";

/** 受付 of a sent document: 受付済, or 不備あり with what is wrong. */
export const setDocumentStatusAction = serverAction({
  name: "document.set-status",
  role: "SURETY_STAFF",
  schema: formWith({ documentId: ID_TEXT }),
  run: async ({ actor, input, request }) => {
    await setDocumentStatus({ actor, documentId: input.documentId, input, request });
    revalidatePath("/staff/documents");
    return "受付の結果を記録しました。";
  },
});
