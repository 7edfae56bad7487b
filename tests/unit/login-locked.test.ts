// A refused sign-in says when to try again: next-auth carries the wait as `LOGIN_LOCKED:<seconds>`.
import { describe, expect, it } from "vitest";
import { loginLockedError, loginLockedMessage, retryAfterOfLoginError, waitLabel } from "@/lib/domain/login-locked";

describe("the refused sign-in's message", () => {
  it("carries the wait through next-auth's error string", () => {
    expect(retryAfterOfLoginError(loginLockedError(59.2))).toBe(60);
    expect(retryAfterOfLoginError("LOGIN_LOCKED")).toBe(60);
    expect(retryAfterOfLoginError("CredentialsSignin")).toBeNull();
    expect(retryAfterOfLoginError(undefined)).toBeNull();
  });

  it("says how long and until when, in Japan time, never early", () => {
    expect(waitLabel(30)).toBe("30秒");
    expect(waitLabel(120)).toBe("2分");
    expect(waitLabel(121)).toBe("3分");
    expect(waitLabel(3600)).toBe("1時間");
    const now = new Date("2026-11-23T01:00:10Z"); // 10:00:10 JST
    expect(loginLockedMessage(120, now)).toBe(
      "ログインの失敗が続いたため、この接続元からのログインを一時的に制限しています。2分ほど後（2026/11/23 10:03 以降）に、もう一度お試しください。",
    );
  });
});
