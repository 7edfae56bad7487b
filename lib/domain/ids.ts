// The one id check. Ids arrive from URLs, forms and mail jobs; a malformed one is simply "not found"
// and never reaches a uuid column (PostgreSQL would answer a cast error instead).
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isUuid(value: unknown): value is string {
  return typeof value === "string" && UUID.test(value);
}
