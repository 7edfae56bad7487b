"use server";

import { getCurrentUser } from "@/lib/auth/current-user";
import { getRequestContext } from "@/lib/server/request-context";
import { NO_MATCH_MESSAGE, THROTTLED_MESSAGE, verifyGuarantee } from "@/lib/server/verification/verify-guarantee";
import type { VerificationResult } from "@/lib/server/verification/verification-result";
import { GENERIC_ERROR_MESSAGE } from "@/lib/errors";

export type VerifyActionState =
  | { kind: "idle" }
  | { kind: "error"; message: string; fieldErrors?: Record<string, string> }
  | { kind: "verified"; result: VerificationResult };

export async function verifyAction(input: { contractNumber: string; authKey: string }): Promise<VerifyActionState> {
  try {
    const user = await getCurrentUser();
    const { ipAddress } = await getRequestContext();
    const outcome = await verifyGuarantee({
      input,
      ipAddress,
      // Who looked is recorded when an ordering-body user is signed in.
      orderingBodyUserId: user?.role === "ORDERING_BODY" ? user.id : null,
    });
    switch (outcome.kind) {
      case "invalid":
        return { kind: "error", message: "入力内容をご確認ください。", fieldErrors: outcome.fieldErrors };
      case "not-found":
        return { kind: "error", message: NO_MATCH_MESSAGE };
      case "throttled":
        return { kind: "error", message: THROTTLED_MESSAGE };
      case "verified":
        return { kind: "verified", result: outcome.result };
    }
  } catch (error) {
    console.error("[verify] unexpected error", error);
    return { kind: "error", message: GENERIC_ERROR_MESSAGE };
  }
}
