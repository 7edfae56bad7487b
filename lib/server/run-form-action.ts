// Runs a form's use case and turns the outcome into a FormState: expected errors (AppError)
// show their message and field errors; anything else is logged with an id and shown as a
// generic message, so a server action never answers with a 500 page or an internal detail.
import { randomUUID } from "node:crypto";
import { AppError, GENERIC_ERROR_MESSAGE } from "@/lib/errors";
import { type FormState, withoutSecrets } from "@/lib/forms/form-state";

function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { code?: unknown }).code === "P2002";
}

export async function runFormAction(values: Record<string, string>, work: () => Promise<string>): Promise<FormState> {
  const submission = Date.now();
  try {
    const message = await work();
    return { status: "success", message, submission };
  } catch (error) {
    const kept = withoutSecrets(values);
    if (error instanceof AppError) {
      return { status: "error", message: error.message, fieldErrors: error.fieldErrors, values: kept, submission };
    }
    if (isUniqueViolation(error)) {
      return { status: "error", message: "同じ内容が既に登録されています。入力内容をご確認ください。", values: kept, submission };
    }
    const id = randomUUID().slice(0, 8);
    console.error(`[netdesk] form action failed (${id}):`, error);
    return { status: "error", message: `${GENERIC_ERROR_MESSAGE}（エラーID: ${id}）`, values: kept, submission };
  }
}
