"use server";
import { redirect } from "next/navigation";
import { copyApplication } from "@/lib/server/applications/copy-application";
import { ID_TEXT, formWith, serverAction } from "@/lib/server/server-action";

/** コピーして新規作成: the copy opens as a new draft. */
export const copyApplicationAction = serverAction({
  name: "application.copy",
  role: "CONTRACTOR",
  schema: formWith({ sourceId: ID_TEXT }),
  run: async ({ actor, input, request }) => {
    const copyId = await copyApplication({ actor, sourceId: input.sourceId, request });
    redirect(`/netdesk/applications/${copyId}/edit?copied=1`);
  },
});
