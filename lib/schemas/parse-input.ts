// Parses a form's input with its schema on the server; a failure becomes an AppError whose
// field errors (one Japanese message per field) are shown beside the fields.
import type { z } from "zod";
import { AppError } from "@/lib/errors";

export const INPUT_ERROR_MESSAGE = "入力内容に誤りがあります。各項目のメッセージをご確認ください。";

export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const fieldErrors: Record<string, string> = {};
  for (const issue of result.error.issues) {
    const field = String(issue.path[0] ?? "_form");
    fieldErrors[field] ??= issue.message;
  }
  throw new AppError("VALIDATION", INPUT_ERROR_MESSAGE, fieldErrors);
}
