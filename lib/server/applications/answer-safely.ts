// Server actions answer, never crash: an unexpected failure becomes a generic message with an id
// that is logged, so the form keeps everything typed and the user can try again.
import { randomUUID } from "node:crypto";
import { unstable_rethrow } from "next/navigation";
import { GENERIC_ERROR_MESSAGE } from "@/lib/errors";
import { refused, type ApplicationActionResult } from "./application-action-result";

export async function answerSafely(action: string, run: () => Promise<ApplicationActionResult>): Promise<ApplicationActionResult> {
  try {
    return await run();
  } catch (error) {
    unstable_rethrow(error); // redirect(), notFound() and friends are not failures
    const errorId = randomUUID().slice(0, 8);
    console.error(`[${action}] error ${errorId}`, error);
    return refused({}, `${GENERIC_ERROR_MESSAGE}（エラーID: ${errorId}）`);
  }
}
