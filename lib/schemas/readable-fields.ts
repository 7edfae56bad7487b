// A form's rules run even when some fields already failed to read, so the user sees every problem at once.
// A field that failed (or was not sent at all) holds no usable value: the rules must see it as empty (null),
// never as the raw text or undefined (an amount rule comparing a bigint with a string throws).

export function readableFields<T>(data: T, fields: readonly string[], failed: ReadonlySet<string>): T {
  const values = data as Record<string, unknown>;
  return Object.fromEntries(fields.map((field) => [field, failed.has(field) ? null : (values[field] ?? null)])) as T;
}
