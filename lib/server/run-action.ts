// Runs a server action's work and turns its outcome into an ActionState: a Japanese message and field errors for expected failures
// (AppError), a generic message with a logged reference for anything unexpected. Actions never 500
// on bad input. Next's own control-flow errors (redirect, notFound, forbidden) pass through.
import { randomUUID } from "node:crypto";
import { unstable_rethrow } from "next/navigation";
import type { ActionState } from "@/lib/action-state";
import { AppError, GENERIC_ERROR_MESSAGE } from "@/lib/errors";


export async function runAction(work: () => Promise<string | void>): Promise<ActionState> {
  try {
    const message = await work();
    return { status: "ok", message: message ?? undefined };
  } catch (error) {
    unstable_rethrow(error);
    if (error instanceof AppError) return { status: "error", message: error.message, fieldErrors: error.fieldErrors };
    const reference = randomUUID().slice(0, 8);
    console.error(`[action ${reference}]`, error);
    return { status: "error", message: `${GENERIC_ERROR_MESSAGE}（参照番号: ${reference}）` };
  }
}

/** FormData → plain object of its text fields, for zod. */
export function formFields(formData: FormData): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const [key, value] of formData.entries()) if (typeof value === "string" && !key.startsWith("$")) fields[key] = value;
  return fields;
}
