"use client";

import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { useState } from "react";

// One message for any wrong part, so the form never tells whether an address exists.
const WRONG_CREDENTIALS = "メールアドレスまたはパスワードが正しくありません。";
const LOCKED =
  "ログインの失敗が続いたため、しばらくの間ログインできません。15分ほど時間をおいてから、もう一度お試しください。";
const UNAVAILABLE = "ただいまログインできません。しばらくしてから、もう一度お試しください。";

export function LoginForm() {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setPending(true);
    setError(null);
    try {
      const result = await signIn("credentials", {
        redirect: false,
        email: String(form.get("email") ?? ""),
        password: String(form.get("password") ?? ""),
      });
      if (result?.ok && !result.error) {
        router.replace("/");
        router.refresh();
        return;
      }
      setError(result?.error === "LOGIN_LOCKED" ? LOCKED : WRONG_CREDENTIALS);
    } catch {
      setError(UNAVAILABLE);
    }
    setPending(false);
  }

  return (
    <form onSubmit={onSubmit} noValidate>
      {error && (
        <div className="alert alert--error" role="alert">
          {error}
        </div>
      )}
      <div className="form-row">
        <label htmlFor="email">メールアドレス</label>
        <input id="email" name="email" type="email" autoComplete="username" required />
      </div>
      <div className="form-row">
        <label htmlFor="password">パスワード</label>
        <input id="password" name="password" type="password" autoComplete="current-password" required />
      </div>
      <button className="button" type="submit" disabled={pending}>
        ログイン
      </button>
    </form>
  );
}
