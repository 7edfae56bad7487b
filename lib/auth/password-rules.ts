// Password rules for every password a user chooses (invitation, reset, change):
// at least 12 characters, not the e-mail address, not one of the most common passwords.
// The list ships with the project (common-passwords.txt); nothing is fetched at run time.
import fs from "node:fs";
import path from "node:path";

export const PASSWORD_MIN_LENGTH = 12;
// bcrypt only reads the first 72 bytes; a longer password would silently lose its tail.
const BCRYPT_MAX_BYTES = 72;

export const PASSWORD_MESSAGES = {
  tooShort: `パスワードは${PASSWORD_MIN_LENGTH}文字以上で入力してください。`,
  tooLong: "パスワードが長すぎます（半角72文字以内、全角は24文字以内）。",
  sameAsEmail: "メールアドレスと同じ文字列はパスワードに使えません。",
  common: "よく使われているパスワードのため使えません。推測されにくいパスワードにしてください。",
} as const;

let commonPasswords: Set<string> | undefined;

function loadCommonPasswords(): Set<string> {
  const file = path.join(/*turbopackIgnore: true*/ process.cwd(), "lib/auth/common-passwords.txt");
  const lines = fs.readFileSync(file, "utf8").split("\n");
  return new Set(lines.filter((line) => line && !line.startsWith("#")).map((line) => line.trim().toLowerCase()));
}

export function isCommonPassword(password: string): boolean {
  commonPasswords ??= loadCommonPasswords();
  return commonPasswords.has(password.toLowerCase());
}

/** The first rule the password breaks, as the message shown beside the field; null when it is acceptable. */
export function passwordProblem(password: string, email: string): string | null {
  if ([...password].length < PASSWORD_MIN_LENGTH) return PASSWORD_MESSAGES.tooShort;
  if (Buffer.byteLength(password, "utf8") > BCRYPT_MAX_BYTES) return PASSWORD_MESSAGES.tooLong;
  const lowered = password.normalize("NFKC").toLowerCase();
  const address = email.toLowerCase();
  if (lowered === address || lowered === address.split("@")[0]) return PASSWORD_MESSAGES.sameAsEmail;
  if (isCommonPassword(password) || isCommonPassword(lowered)) return PASSWORD_MESSAGES.common;
  return null;
}
