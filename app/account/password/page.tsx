import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { ActionForm } from "@/components/action-form";
import { SiteHeader } from "@/components/site-header";
import { getCurrentUser } from "@/lib/auth/current-user";
import { displayNameFor } from "@/lib/auth/display-name";
import { homePathFor } from "@/lib/auth/guards";
import { changePasswordAction } from "./actions";

export const metadata: Metadata = { title: "パスワード変更" };

// Every role reaches this page from the header (パスワード変更).
export default async function ChangePasswordPage() {
  const user = await getCurrentUser();
  if (!user) redirect("/login");
  return (
    <>
      <SiteHeader who={displayNameFor(user)} topHref={homePathFor(user)} />
      <main>
        <h1>パスワード変更</h1>
        <div className="panel">
          <ActionForm
            action={changePasswordAction}
            submitLabel="変更する"
            fields={[
              { name: "currentPassword", label: "現在のパスワード", type: "password", required: true, autoComplete: "current-password" },
              {
                name: "newPassword",
                label: "新しいパスワード",
                type: "password",
                required: true,
                autoComplete: "new-password",
                hint: "12文字以上。メールアドレスや、よく使われているパスワードは使えません。",
              },
              { name: "newPasswordConfirm", label: "新しいパスワード（確認）", type: "password", required: true, autoComplete: "new-password" },
            ]}
          />
        </div>
      </main>
    </>
  );
}
