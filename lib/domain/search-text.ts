// Text typed into a search box, made safe for a `contains` (LIKE) filter: full-width folded as users
// type it (NFKC), NUL dropped (PostgreSQL refuses it), at most 100 characters, and LIKE's wildcards
// escaped so 「100%」 searches for a percent sign instead of matching everything. Empty → undefined.
import { withoutNul } from "./without-nul";

export function searchText(raw: unknown): string | undefined {
  if (typeof raw !== "string") return undefined;
  const text = withoutNul(raw).normalize("NFKC").trim().slice(0, 100);
  return text ? escapeLike(text) : undefined;
}

export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, "\\$&");
}
