"use client";
// ログイン through next-auth's credentials provider, in the portal's one form system.
import { useRouter } from "next/navigation";
import { z } from "zod/mini";
import { ActionForm } from "@/components/form/action-form";
import { TextField } from "@/components/form/inputs";
import type { ActionResult } from "@/lib/action-result";
import { signInWithCredentials } from "@/lib/auth/browser-requests";
import { loginLockedMessage, retryAfterOfLoginError } from "@/lib/domain/login-locked";

// One message for any wrong part, so the form never tells whether an address exists.
const WRONG_CREDENTIALS = "メールアドレスまたはパスワードが正しくありません。";
const UNAVAILABLE = "ただいまログインできません。しばらくしてから、もう一度お試しください。";

const ZLogin = z.object({ email: z.string(), password: z.string() });

export function LoginForm() {
  const router = useRouter();
  // Called like a server action: (payload) from the form, or (previous, payload).
  async function signInWith(...args: unknown[]): Promise<ActionResult> {
    const payload = args.at(-1);
    const { email, password } = (payload instanceof FormData ? Object.fromEntries(payload) : payload) as z.infer<typeof ZLogin>;
    try {
      const result = await signInWithCredentials(email, password);
      if (result.ok && !result.error) {
        router.replace("/");
        router.refresh();
        return { status: "ok", data: undefined };
      }
      const wait = retryAfterOfLoginError(result.error);
      return { status: "error", message: wait === null ? WRONG_CREDENTIALS : loginLockedMessage(wait), fieldErrors: {} };
    } catch {
      return { status: "error", message: UNAVAILABLE, fieldErrors: {} };
    }
  }
  return (
    <ActionForm schema={ZLogin} action={signInWith} defaultValues={{ email: "", password: "" }} submitLabel="ログイン" aria-label="ログイン">
      <TextField name="email" label="メールアドレス" type="email" autoComplete="username" required />
      <TextField name="password" label="パスワード" type="password" autoComplete="current-password" required />
    </ActionForm>
  );
}
