import type { Metadata } from "next";
import { TokenPasswordPage } from "@/components/token-password-page";
import { findUsableUserToken, LINK_INVALID_MESSAGE } from "@/lib/server/accounts/find-usable-user-token";
import { acceptInvitationAction } from "./actions";

// The token is in the address: never send it on as a Referer.
export const metadata: Metadata = { title: "アカウントの登録（パスワードの設定）", referrer: "no-referrer" };

export default async function AccountSetupPage({ searchParams }: { searchParams: Promise<{ token?: string }> }) {
  const { token } = await searchParams;
  const found = await findUsableUserToken({ token, purpose: "INVITATION" });
  return (
    <TokenPasswordPage
      title="アカウントの登録"
      intro="Net Desk へようこそ。ログインに使うパスワードを設定してください。"
      email={found?.user.email ?? null}
      token={typeof token === "string" ? token : ""}
      action={acceptInvitationAction}
      invalidMessage={`${LINK_INVALID_MESSAGE} 招待の有効期限は72時間です。招待した方に再度の招待をご依頼ください。`}
    />
  );
}
