// Parses input with its schema on the server; a failure becomes an AppError whose field errors
// (one Japanese message per field) are shown beside the fields. Issues without a path, and any
// message given by the schema for the whole form (path "_form"), become the form's message.
// Any zod schema (the forms' zod/mini ones, the server's own envelopes) goes through here.
import { z } from "zod/mini";
import { INPUT_ERROR_MESSAGE, invalidInput } from "@/lib/errors";

export { INPUT_ERROR_MESSAGE };

/** zod issues → { field: its first Japanese message } (nested paths are joined with dots). */
export function fieldErrorsOf(error: { issues: readonly z.core.$ZodIssue[] }): { fieldErrors: Record<string, string>; formError: string | null } {
  const fieldErrors: Record<string, string> = {};
  let formError: string | null = null;
  for (const issue of error.issues) {
    if (issue.path.length === 0 || issue.path[0] === "_form") {
      formError ??= issue.message;
      continue;
    }
    fieldErrors[issue.path.map(String).join(".")] ??= issue.message;
  }
  return { fieldErrors, formError };
}

export function parseInput<S extends z.core.$ZodType>(schema: S, input: unknown, message = INPUT_ERROR_MESSAGE): z.output<S> {
  const result = z.safeParse(schema, input);
  if (result.success) return result.data;
  const { fieldErrors, formError } = fieldErrorsOf(result.error);
  throw invalidInput(fieldErrors, formError ?? message);
}
