import { describe, expect, it } from "vitest";
import { isCommonPassword, PASSWORD_MESSAGES, passwordProblem } from "@/lib/auth/password-rules";

describe("password rules", () => {
  it("refuse short passwords, the e-mail address and common passwords, in Japanese", () => {
    expect(passwordProblem("abc", "a@example.jp")).toBe(PASSWORD_MESSAGES.tooShort);
    expect(passwordProblem("１２文字未満です", "a@example.jp")).toBe(PASSWORD_MESSAGES.tooShort);
    expect(passwordProblem("Hanako.Sato@example.jp", "hanako.sato@example.jp")).toBe(PASSWORD_MESSAGES.sameAsEmail);
    expect(passwordProblem("hanako.sato.", "hanako.sato.@example.jp")).toBe(PASSWORD_MESSAGES.sameAsEmail);
    expect(passwordProblem("Password1234", "a@example.jp")).toBe(PASSWORD_MESSAGES.common);
    expect(passwordProblem("あ".repeat(25), "a@example.jp")).toBe(PASSWORD_MESSAGES.tooLong); // 75 bytes > bcrypt's 72
  });

  it("accept a long, uncommon password, Japanese included", () => {
    expect(passwordProblem("樹氷の朝に橋を渡る-2026", "a@example.jp")).toBeNull();
    expect(passwordProblem("correct-horse-battery-7", "a@example.jp")).toBeNull();
  });

  it("ship a list of at least a thousand common passwords", () => {
    for (const p of ["123456", "password", "qwerty", "iloveyou", "dragon", "freepass"]) expect(isCommonPassword(p)).toBe(true);
    expect(isCommonPassword("樹氷の朝に橋を渡る")).toBe(false);
  });
});
