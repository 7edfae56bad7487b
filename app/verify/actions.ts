"use server";
import { FORM, serverAction } from "@/lib/server/server-action";
import type { VerificationResult } from "@/lib/server/verification/verification-result";
import { verifyGuarantee } from "@/lib/server/verification/verify-guarantee";

/** 照会する: 保証契約番号 + 認証キー → the certificate (who looked is recorded for ordering-body users). */
export const verifyAction = serverAction({
  name: "guarantee.verify",
  role: "PUBLIC",
  schema: FORM,
  run: async ({ actor, input, request }): Promise<{ data: VerificationResult }> => ({
    data: await verifyGuarantee({
      input: { contractNumber: input.contractNumber, authKey: input.authKey },
      ipAddress: request.ipAddress,
      orderingBodyUserId: actor?.role === "ORDERING_BODY" ? actor.userId : null,
    }),
  }),
});
