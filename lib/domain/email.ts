// E-mail addresses are compared case-insensitively and after full-width → half-width folding
// (a user typing ＠ or full-width letters on a Japanese keyboard means the same address).
export function normaliseEmail(raw: string): string {
  return raw.normalize("NFKC").trim().toLowerCase();
}
