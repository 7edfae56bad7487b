"use server";
import { z } from "zod";
import { submitApplication } from "@/lib/server/applications/submit-application";
import type { SavedApplication } from "@/lib/server/applications/save-application-draft";
import { ID_TEXT, serverAction } from "@/lib/server/server-action";

/** 送信する: { values, submissionKey, applicationId } — sent exactly once per submissionKey. */
export const submitApplicationAction = serverAction({
  name: "application.submit",
  role: "CONTRACTOR",
  schema: z.object({ values: z.unknown(), submissionKey: ID_TEXT, applicationId: ID_TEXT.nullable() }),
  run: async ({ actor, input, request }): Promise<{ data: SavedApplication }> => ({
    data: await submitApplication({ actor, input: input.values, submissionKey: input.submissionKey, applicationId: input.applicationId, request }),
  }),
});
