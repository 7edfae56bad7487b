// PostgreSQL text cannot hold U+0000: a NUL in any stored or searched text made the query fail with
// a 500 (found by fuzzing the master-data saves). It is never meaningful in a form value, so the
// schemas drop it where text comes in, as they fold other typing noise.
export function withoutNul<T>(value: T): T {
  return (typeof value === "string" ? value.replace(/\u0000/g, "") : value) as T;
}
