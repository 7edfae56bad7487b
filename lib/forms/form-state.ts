// What a server action returns to its form: a message, one Japanese message per field, and the
// submitted values (passwords never) so the form shows what was typed next to the errors.
export type FormState = {
  status: "idle" | "error" | "success";
  message?: string;
  fieldErrors?: Record<string, string>;
  values?: Record<string, string>;
  // Changes on every answer, so the form re-mounts with the right default values.
  submission?: number;
};

export const IDLE_FORM: FormState = { status: "idle" };

/** The submitted values as strings, without passwords and without Next's internal fields. */
export function formValues(formData: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of formData) {
    if (typeof value === "string" && !key.startsWith("$ACTION")) values[key] = value;
  }
  return values;
}

export function withoutSecrets(values: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(values).filter(([key]) => !/password|token/i.test(key)));
}
