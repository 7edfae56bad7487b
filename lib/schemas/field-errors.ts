import type { z } from "zod";

/** zod issues → { field: its first Japanese message }, for errors shown next to each field; issues without a path go under `fallback`. */
export function firstErrorPerField(error: z.ZodError, fallback = "form"): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = issue.path.length ? String(issue.path[0]) : fallback;
    errors[key] ??= issue.message;
  }
  return errors;
}
