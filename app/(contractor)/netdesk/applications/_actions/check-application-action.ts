"use server";
import { checkApplication } from "@/lib/server/applications/check-application";
import { FORM, serverAction } from "@/lib/server/server-action";

/** 申込確認へ: the server's reading of the form; writes nothing. */
export const checkApplicationAction = serverAction({
  name: "application.check",
  role: "CONTRACTOR",
  schema: FORM,
  run: async ({ actor, input }) => {
    await checkApplication({ actor, input });
  },
});
