import type { Metadata } from "next";
import { SiteHeader } from "@/components/site-header";
import { displayNameFor } from "@/lib/auth/display-name";
import { homePathFor, requireSignedIn } from "@/lib/auth/guards";
import { changePasswordAction } from "./actions";
import { ChangePasswordForm } from "./change-password-form";

export const metadata: Metadata = { title: "パスワード変更" };

// Every role reaches this page from the header (パスワード変更).
export default async function ChangePasswordPage() {
  const actor = await requireSignedIn();
  return (
    <>
      <SiteHeader who={displayNameFor(actor)} topHref={homePathFor(actor)} />
      <main>
        <h1>パスワード変更</h1>
        <div className="panel">
          <ChangePasswordForm action={changePasswordAction} />
        </div>
      </main>
    </>
  );
}
