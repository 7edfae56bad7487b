import type { Metadata } from "next";
import { TokenPasswordPage } from "@/components/token-password-page";
import { findUsableUserToken, LINK_INVALID_MESSAGE } from "@/lib/server/accounts/find-usable-user-token";
import { resetPasswordAction } from "./actions";

// The token is in the address: never send it on as a Referer.
export const metadata: Metadata = { title: "新しいパスワードの設定", referrer: "no-referrer" };

export default async function ResetPasswordPage({ searchParams }: { searchParams: Promise<{ token?: string }> }) {
  const { token } = await searchParams;
  const found = await findUsableUserToken({ token, purpose: "PASSWORD_RESET" });
  return (
    <TokenPasswordPage
      title="新しいパスワードの設定"
      intro="新しいパスワードを入力してください。"
      email={found?.user.email ?? null}
      token={typeof token === "string" ? token : ""}
      action={resetPasswordAction}
      invalidMessage={LINK_INVALID_MESSAGE}
    />
  );
}
