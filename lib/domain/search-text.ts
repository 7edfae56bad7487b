// Text typed into a search box, made safe for a `contains` (LIKE) filter: full-width folded as users
// type it (NFKC), NUL dropped (PostgreSQL refuses it), at most 100 characters, and LIKE's wildcards
// escaped so 「100%」 searches for a percent sign instead of matching everything. Empty → undefined.
import { withoutNul } from "./without-nul";

export function searchText(raw: unknown): string | undefined {
  const text = plainSearchText(raw);
  return text ? escapeLike(text) : undefined;
}

/** The same text before LIKE's escaping, for the n-gram search of the staff lists (SQL builds its grams). */
export function plainSearchText(raw: unknown): string | undefined {
  if (typeof raw !== "string") return undefined;
  return withoutNul(raw).normalize("NFKC").trim().slice(0, 100) || undefined;
}

export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, "\\$&");
}
