"use server";
import { notFound, redirect } from "next/navigation";
import { requireContractor } from "@/lib/auth/guards";
import { copyApplication } from "@/lib/server/applications/copy-application";
import { getRequestContext } from "@/lib/server/request-context";

/** コピーして新規作成 (a form post): the copy opens as a new draft. */
export async function copyApplicationAction(formData: FormData) {
  const user = await requireContractor();
  const copyId = await copyApplication({
    actor: { userId: user.id, companyId: user.companyId },
    sourceId: formData.get("sourceId"),
    request: await getRequestContext(),
  });
  if (!copyId) notFound();
  redirect(`/netdesk/applications/${copyId}/edit?copied=1`);
}
