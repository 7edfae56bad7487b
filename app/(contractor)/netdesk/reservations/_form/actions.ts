"use server";
import { z } from "zod";
import type { SavedApplication } from "@/lib/server/applications/save-application-draft";
import { saveReservationDraft, submitReservation } from "@/lib/server/bond/submit-reservation";
import { ID_TEXT, serverAction } from "@/lib/server/server-action";

/** 一時保存 of a 契約保証予約申込: { values, applicationId }. */
export const saveReservationDraftAction = serverAction({
  name: "reservation.save-draft",
  role: "CONTRACTOR",
  schema: z.object({ values: z.unknown(), applicationId: ID_TEXT.nullable() }),
  run: async ({ actor, input, request }): Promise<{ data: SavedApplication }> => ({
    data: await saveReservationDraft({ actor, input: input.values, applicationId: input.applicationId, request }),
  }),
});

/** 送信する: { values, submissionKey, applicationId } — sent exactly once per submissionKey. */
export const submitReservationAction = serverAction({
  name: "reservation.submit",
  role: "CONTRACTOR",
  schema: z.object({ values: z.unknown(), submissionKey: ID_TEXT, applicationId: ID_TEXT.nullable() }),
  run: async ({ actor, input, request }): Promise<{ data: SavedApplication }> => ({
    data: await submitReservation({ actor, input: input.values, submissionKey: input.submissionKey, applicationId: input.applicationId, request }),
  }),
});
