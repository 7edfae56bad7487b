"use server";
import { z } from "zod";
import { saveApplicationDraft, type SavedApplication } from "@/lib/server/applications/save-application-draft";
import { ID_TEXT, serverAction } from "@/lib/server/server-action";

/** 一時保存: { values, applicationId } — the draft being edited, or none for a new one. */
export const saveDraftAction = serverAction({
  name: "application.save-draft",
  role: "CONTRACTOR",
  schema: z.object({ values: z.unknown(), applicationId: ID_TEXT.nullable() }),
  run: async ({ actor, input, request }): Promise<{ data: SavedApplication }> => ({
    data: await saveApplicationDraft({ actor, input: input.values, applicationId: input.applicationId, request }),
  }),
});
